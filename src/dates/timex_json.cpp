// JSON lines for temporal expressions, written by hand so the dates module needs no JSON library.
#include "dates/timex_json.hpp"

#include <cstdio>

namespace exodus::dates {

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

std::string timex_json_line(const TemporalExpression& e) {
  const bool known = e.range.known();
  auto day_or_null = [](const std::optional<Day>& d) { return d ? json_quote(d->iso()) : std::string("null"); };
  std::string out = "{\"start\": " + std::to_string(e.start) + ", \"end\": " + std::to_string(e.end) +
                    ", \"text\": " + json_quote(e.text) + ", \"type\": " + json_quote(timex_type_name(e.type)) +
                    ", \"value\": " + json_quote(e.value) + ", \"earliest\": " + day_or_null(e.range.earliest) +
                    ", \"latest\": " + day_or_null(e.range.latest) + ", \"precision\": " +
                    (known ? json_quote(precision_name(e.range.precision)) : std::string("null")) +
                    ", \"edtf\": " + (known ? json_quote(e.range.edtf()) : std::string("null")) + "}";
  return out;
}

}  // namespace exodus::dates
