// Calendar arithmetic (Howard Hinnant's days-from-civil algorithm) and DateRange forms.
#include "dates/date_range.hpp"

#include <charconv>
#include <cstdio>

namespace exodus::dates {

long Day::serial() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Day Day::from_serial(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Day{y, m, d};
}

int Day::weekday() const {
  const long s = serial();  // 1970-01-01 was a Thursday (ISO 4)
  long w = (s + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

std::string Day::iso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int days_in_month(int year, int month) {
  static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return lengths[month - 1];
}

bool is_valid_day(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

Day last_day_of_month(int year, int month) { return Day{year, month, days_in_month(year, month)}; }

Day PartialDate::first() const { return Day{year, month ? month : 1, day ? day : 1}; }

Day PartialDate::last() const {
  if (!month) return Day{year, 12, 31};
  if (!day) return last_day_of_month(year, month);
  return Day{year, month, day};
}

std::string PartialDate::iso() const {
  if (!year) return {};
  char buf[32];
  if (!month) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (!day) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {
bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && p == s.data() + s.size();
}
}  // namespace

std::optional<PartialDate> parse_partial_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (auto t = text.find_first_of("T "); t != std::string_view::npos && t >= 10) text = text.substr(0, t);
  PartialDate d;
  if (text.size() < 4 || !parse_int(text.substr(0, 4), d.year) || d.year < 1) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !parse_int(text.substr(5, 2), d.month) || d.month < 1 || d.month > 12)
    return std::nullopt;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-' || !parse_int(text.substr(8, 2), d.day) ||
      !is_valid_day(d.year, d.month, d.day))
    return std::nullopt;
  return d;
}

std::string_view precision_name(Precision p) {
  switch (p) {
    case Precision::day: return "day";
    case Precision::week: return "week";
    case Precision::month: return "month";
    case Precision::quarter: return "quarter";
    case Precision::year: return "year";
    case Precision::range: return "range";
    case Precision::unknown: break;
  }
  return "unknown";
}

std::optional<Precision> parse_precision(std::string_view name) {
  for (auto p : {Precision::day, Precision::week, Precision::month, Precision::quarter, Precision::year,
                 Precision::range, Precision::unknown})
    if (precision_name(p) == name) return p;
  return std::nullopt;
}

Precision precision_of(const std::optional<Day>& earliest, const std::optional<Day>& latest) {
  if (!earliest && !latest) return Precision::unknown;
  if (!earliest || !latest) return Precision::range;
  const Day& a = *earliest;
  const Day& b = *latest;
  if (a == b) return Precision::day;
  if (a.weekday() == 1 && b.serial() - a.serial() == 6) return Precision::week;
  if (a.year == b.year && a.day == 1 && b == last_day_of_month(b.year, b.month)) {
    if (a.month == b.month) return Precision::month;
    if (a.month % 3 == 1 && b.month == a.month + 2) return Precision::quarter;
    if (a.month == 1 && b.month == 12) return Precision::year;
  }
  return Precision::range;
}

std::string DateRange::edtf() const {
  if (!earliest && !latest) return {};
  if (!earliest) return ".." + latest->iso();
  if (!latest) return earliest->iso() + "/..";
  char buf[16];
  switch (precision_of(earliest, latest)) {
    case Precision::day: return earliest->iso();
    case Precision::month:
      std::snprintf(buf, sizeof buf, "%04d-%02d", earliest->year, earliest->month);
      return buf;
    case Precision::year:
      std::snprintf(buf, sizeof buf, "%04d", earliest->year);
      return buf;
    case Precision::quarter:  // EDTF level 2 sub-year grouping: 33..36 are the quarters
      std::snprintf(buf, sizeof buf, "%04d-%02d", earliest->year, 33 + (earliest->month - 1) / 3);
      return buf;
    default: return earliest->iso() + "/" + latest->iso();
  }
}

DateRange DateRange::single_day(Day d, std::string text) {
  return between(d, d, Precision::day, std::move(text));
}

DateRange DateRange::month_of(int year, int month, std::string text) {
  return between(Day{year, month, 1}, last_day_of_month(year, month), Precision::month, std::move(text));
}

DateRange DateRange::year_of(int year, std::string text) {
  return between(Day{year, 1, 1}, Day{year, 12, 31}, Precision::year, std::move(text));
}

DateRange DateRange::between(Day from, Day to, Precision p, std::string text) {
  DateRange r;
  r.earliest = from;
  r.latest = to;
  r.precision = p;
  r.text = std::move(text);
  return r;
}

DateRange DateRange::on_or_before(Day d, std::string text) {
  DateRange r;
  r.latest = d;
  r.precision = Precision::range;
  r.text = std::move(text);
  return r;
}

std::optional<DateRange> intersect(const DateRange& a, const DateRange& b) {
  if (!a.known()) return b;
  if (!b.known()) return a;
  DateRange r;
  r.earliest = a.earliest;
  if (b.earliest && (!r.earliest || *b.earliest > *r.earliest)) r.earliest = b.earliest;
  r.latest = a.latest;
  if (b.latest && (!r.latest || *b.latest < *r.latest)) r.latest = b.latest;
  if (r.earliest && r.latest && *r.earliest > *r.latest) return std::nullopt;
  // Keep the words of whichever side was tighter.
  auto width = [](const DateRange& x) {
    return (x.earliest && x.latest) ? x.latest->serial() - x.earliest->serial() : 1L << 40;
  };
  const DateRange& tighter = width(a) <= width(b) ? a : b;
  r.text = tighter.text;
  r.reference = tighter.reference;
  r.precision = precision_of(r.earliest, r.latest);
  if (r.precision == Precision::range && tighter.precision != Precision::range && r.earliest == tighter.earliest &&
      r.latest == tighter.latest)
    r.precision = tighter.precision;
  return r;
}

}  // namespace exodus::dates
