// A small hand-written reader for inline ISO-TimeML, and TempEval-3 style scoring of the date engine.
#include "dates/timeml.hpp"

#include "text/utf8.hpp"

namespace exodus::dates {

namespace {


// Decodes the entity starting at xml[i] == '&' into out; returns the index past it (or i+1 if not an entity).
std::size_t decode_entity(std::string_view xml, std::size_t i, std::string& out) {
  const auto semi = xml.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) {
    out.push_back('&');
    return i + 1;
  }
  const std::string_view name = xml.substr(i + 1, semi - i - 1);
  if (name == "amp") out.push_back('&');
  else if (name == "lt") out.push_back('<');
  else if (name == "gt") out.push_back('>');
  else if (name == "quot") out.push_back('"');
  else if (name == "apos") out.push_back('\'');
  else if (!name.empty() && name[0] == '#') {
    unsigned long cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (std::size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      const char c = name[k];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) {
        out.push_back('&');
        return i + 1;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    text::append_utf8(out, static_cast<char32_t>(cp));
  } else {
    out.push_back('&');
    return i + 1;
  }
  return semi + 1;
}

std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&') i = decode_entity(s, i, out);
    else out.push_back(s[i++]);
  }
  return out;
}

// The value of attribute `name` in a start tag's text, entities decoded; empty when absent.
std::string attribute(std::string_view tag, std::string_view name) {
  std::size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    const bool boundary = p > 0 && (tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n');
    std::size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (boundary && q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        const char quote = tag[q];
        const auto close = tag.find(quote, q + 1);
        if (close == std::string_view::npos) return {};
        return decode(tag.substr(q + 1, close - q - 1));
      }
    }
    p += name.size();
  }
  return {};
}

std::string_view tag_name(std::string_view tag) {  // tag: the text between '<' and '>'
  std::size_t e = 0;
  while (e < tag.size() && tag[e] != ' ' && tag[e] != '/' && tag[e] != '\t' && tag[e] != '\n') ++e;
  return tag.substr(0, e);
}

}  // namespace

std::optional<TimemlDocument> parse_timeml(std::string_view xml) {
  TimemlDocument doc;
  // the creation time, wherever it is
  for (std::size_t p = 0; (p = xml.find("<TIMEX3", p)) != std::string_view::npos; ++p) {
    const auto close = xml.find('>', p);
    if (close == std::string_view::npos) break;
    const std::string_view tag = xml.substr(p + 1, close - p - 1);
    if (attribute(tag, "functionInDocument") == "CREATION_TIME") {
      doc.creation = parse_partial_date(attribute(tag, "value"));
      break;
    }
  }
  const auto open = xml.find("<TEXT>");
  if (open == std::string_view::npos) return std::nullopt;
  const auto end = xml.find("</TEXT>", open);
  const std::string_view body = xml.substr(open + 6, (end == std::string_view::npos ? xml.size() : end) - open - 6);
  struct Open {
    std::size_t start;
    GoldTimex timex;
    bool creation;
  };
  std::vector<Open> stack;
  for (std::size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '&') {
      i = decode_entity(body, i, doc.text);
      continue;
    }
    if (c != '<') {
      doc.text.push_back(c);
      ++i;
      continue;
    }
    if (body.compare(i, 4, "<!--") == 0) {
      const auto e = body.find("-->", i);
      i = e == std::string_view::npos ? body.size() : e + 3;
      continue;
    }
    const auto close = body.find('>', i);
    if (close == std::string_view::npos) break;
    const std::string_view tag = body.substr(i + 1, close - i - 1);
    i = close + 1;
    if (!tag.empty() && tag[0] == '/') {
      if (tag_name(tag.substr(1)) == "TIMEX3" && !stack.empty()) {
        Open o = std::move(stack.back());
        stack.pop_back();
        if (o.creation) continue;
        o.timex.start = o.start;
        o.timex.end = doc.text.size();
        o.timex.text = doc.text.substr(o.start);
        doc.timexes.push_back(std::move(o.timex));
      }
      continue;
    }
    if (tag_name(tag) != "TIMEX3") continue;
    const bool self_closing = !tag.empty() && tag.back() == '/';
    GoldTimex t;
    t.type = attribute(tag, "type");
    t.value = attribute(tag, "value");
    const bool creation = attribute(tag, "functionInDocument") == "CREATION_TIME";
    if (creation && !doc.creation) doc.creation = parse_partial_date(t.value);
    if (self_closing) continue;  // an empty TIMEX3 has no span to find
    stack.push_back(Open{doc.text.size(), std::move(t), creation});
  }
  return doc;
}

void TimexScores::add(const TimexScores& o) {
  gold += o.gold;
  system += o.system;
  strict_matches += o.strict_matches;
  relaxed_matches += o.relaxed_matches;
  type_correct += o.type_correct;
  value_correct += o.value_correct;
}

namespace {
double ratio(std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }
double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
}  // namespace

double TimexScores::strict_precision() const { return ratio(strict_matches, system); }
double TimexScores::strict_recall() const { return ratio(strict_matches, gold); }
double TimexScores::strict_f1() const { return f1(strict_precision(), strict_recall()); }
double TimexScores::relaxed_precision() const { return ratio(relaxed_matches, system); }
double TimexScores::relaxed_recall() const { return ratio(relaxed_matches, gold); }
double TimexScores::relaxed_f1() const { return f1(relaxed_precision(), relaxed_recall()); }
double TimexScores::type_accuracy() const { return ratio(type_correct, relaxed_matches); }
double TimexScores::value_accuracy() const { return ratio(value_correct, relaxed_matches); }
double TimexScores::value_f1() const { return relaxed_f1() * value_accuracy(); }

TimexScores score_document(const TimemlDocument& doc, const std::vector<TemporalExpression>& system,
                           std::vector<TimexMismatch>* mismatches) {
  TimexScores s;
  std::vector<const TemporalExpression*> sys;
  for (const auto& e : system)
    if (e.is_timex) sys.push_back(&e);
  s.gold = doc.timexes.size();
  s.system = sys.size();
  std::vector<bool> used(sys.size(), false);
  for (const auto& g : doc.timexes) {
    // prefer an exact span, then the first overlapping one
    std::size_t match = sys.size();
    for (std::size_t k = 0; k < sys.size(); ++k)
      if (!used[k] && sys[k]->start == g.start && sys[k]->end == g.end) match = k;
    if (match == sys.size())
      for (std::size_t k = 0; k < sys.size() && match == sys.size(); ++k)
        if (!used[k] && sys[k]->start < g.end && g.start < sys[k]->end) match = k;
    if (match == sys.size()) {
      if (mismatches) mismatches->push_back({"missed", g.text, g.type, g.value, "", "", ""});
      continue;
    }
    used[match] = true;
    const TemporalExpression& e = *sys[match];
    ++s.relaxed_matches;
    const bool strict = e.start == g.start && e.end == g.end;
    if (strict) ++s.strict_matches;
    const bool type_ok = timex_type_name(e.type) == g.type;
    const bool value_ok = e.value == g.value;
    if (type_ok) ++s.type_correct;
    if (value_ok) ++s.value_correct;
    if (mismatches && (!value_ok || !type_ok || !strict))
      mismatches->push_back({!value_ok ? "value" : !type_ok ? "type" : "span", g.text, g.type, g.value, e.text,
                             std::string(timex_type_name(e.type)), e.value});
  }
  if (mismatches)
    for (std::size_t k = 0; k < sys.size(); ++k)
      if (!used[k])
        mismatches->push_back(
            {"spurious", "", "", "", sys[k]->text, std::string(timex_type_name(sys[k]->type)), sys[k]->value});
  return s;
}

}  // namespace exodus::dates
