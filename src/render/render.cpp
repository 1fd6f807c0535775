// Format names, the human form of dates, and the dispatch from a format to its printer.
#include "render/render.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "render/detail.hpp"

namespace exodus::render {

namespace {
constexpr std::array<std::pair<Format, std::string_view>, 8> format_table{{
    {Format::table, "table"},
    {Format::json, "json"},
    {Format::jsonl, "jsonl"},
    {Format::csv, "csv"},
    {Format::markdown, "markdown"},
    {Format::timelinejs, "timelinejs"},
    {Format::svg, "svg"},
    {Format::html, "html"},
}};

constexpr std::array<std::string_view, 4> count_keys{"month", "org", "kind", "source"};

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}
}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& [format, format_text] : format_table)
    if (equals_ignoring_case(name, format_text)) return format;
  return std::nullopt;
}

std::string_view format_name(Format f) {
  for (const auto& [format, format_text] : format_table)
    if (format == f) return format_text;
  return "table";
}

std::vector<std::string_view> format_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : format_table) names.push_back(entry.second);
  return names;
}

std::string describe_date(const dates::DateRange& range) {
  using dates::Precision;
  if (!range.earliest && !range.latest) return "unknown";
  if (!range.earliest) return "on or before " + range.latest->iso();
  if (!range.latest) return "on or after " + range.earliest->iso();
  const dates::Day& a = *range.earliest;
  const dates::Day& b = *range.latest;
  // The shape comes from the bounds, not from the stored precision, so a month can never read as a day.
  switch (dates::precision_of(range.earliest, range.latest)) {
    case Precision::day: return a.iso();
    case Precision::week: return "week of " + a.iso();
    case Precision::month: return std::string(detail::month_name(a.month)) + " " + std::to_string(a.year);
    case Precision::quarter: return "Q" + std::to_string((a.month - 1) / 3 + 1) + " " + std::to_string(a.year);
    case Precision::year: return std::to_string(a.year);
    default: break;
  }
  // Whole months (a season, "March to May"): say the months, not made-up days.
  if (a.day == 1 && b == dates::last_day_of_month(b.year, b.month)) {
    const std::string from = std::string(detail::month_name(a.month)) + (a.year == b.year ? "" : " " + std::to_string(a.year));
    return from + " – " + std::string(detail::month_name(b.month)) + " " + std::to_string(b.year);
  }
  return a.iso() + " – " + b.iso();
}

void write_timeline(std::ostream& out, const std::vector<TimelineEntry>& entries, Format format,
                    const Options& options) {
  switch (format) {
    case Format::table: detail::write_table(out, entries, options); return;
    case Format::json: detail::write_json(out, entries, options, false); return;
    case Format::jsonl: detail::write_json(out, entries, options, true); return;
    case Format::csv: detail::write_csv(out, entries, options); return;
    case Format::markdown: detail::write_markdown(out, entries, options); return;
    case Format::timelinejs: detail::write_timelinejs(out, entries, options); return;
    case Format::svg: detail::write_svg(out, entries, options, true); return;
    case Format::html: detail::write_html(out, entries, options); return;
  }
}

void write_counts(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows, Format format,
                  const Options& options) {
  if (std::find(count_keys.begin(), count_keys.end(), count_by) == count_keys.end())
    throw std::invalid_argument("cannot count by '" + std::string(count_by) +
                                "': choose one of month, org, kind, source");
  switch (format) {
    case Format::table: detail::write_counts_table(out, count_by, rows, options); return;
    case Format::json: detail::write_counts_json(out, count_by, rows, false); return;
    case Format::jsonl: detail::write_counts_json(out, count_by, rows, true); return;
    case Format::csv: detail::write_counts_csv(out, count_by, rows); return;
    case Format::markdown: detail::write_counts_markdown(out, count_by, rows); return;
    case Format::svg: detail::write_counts_svg(out, count_by, rows, options, true); return;
    case Format::html: detail::write_counts_html(out, count_by, rows, options); return;
    case Format::timelinejs: break;
  }
  throw std::invalid_argument(
      "the timelinejs format shows departures on a timeline and cannot show counts; "
      "use table, json, jsonl, csv, markdown, svg or html with --count-by");
}

namespace detail {

std::string_view month_name(int month) {
  static constexpr std::array<std::string_view, 12> names{"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
  return (month >= 1 && month <= 12) ? names[static_cast<std::size_t>(month - 1)] : std::string_view("?");
}

std::string_view month_abbrev(int month) {
  static constexpr std::array<std::string_view, 12> names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return (month >= 1 && month <= 12) ? names[static_cast<std::size_t>(month - 1)] : std::string_view("?");
}

dates::Precision reported_precision(const dates::DateRange& range) {
  if (!range.known()) return dates::Precision::unknown;
  if (range.precision == dates::Precision::unknown) return dates::precision_of(range.earliest, range.latest);
  return range.precision;
}

std::string date_with_precision(const dates::DateRange& range) {
  if (!range.known()) return "unknown";
  return describe_date(range) + " (" + std::string(dates::precision_name(reported_precision(range))) + ")";
}

std::string explain_date(const dates::DateRange& range) {
  // A report with no time at all is dated "on or before" its publication: say so rather than show bare bounds.
  if (range.text.empty() && !range.earliest && range.latest && range.latest->iso() == range.reference)
    return "no date given → on or before the publication date, " + range.reference;
  std::string out = range.text.empty() ? std::string("no date words") : "\"" + clean_text(range.text) + "\"";
  out += " → " + date_with_precision(range);
  if (!range.reference.empty()) out += ", resolved against " + clean_text(range.reference);
  return out;
}

std::string source_names(const TimelineEntry& entry, std::string_view separator) {
  std::vector<std::string> seen;
  for (const auto& source : entry.sources) {
    const std::string name = !source.name.empty() ? source.name : source.outlet.value_or("");
    if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
  }
  std::string out;
  for (const auto& name : seen) {
    if (!out.empty()) out += separator;
    out += name;
  }
  return out;
}

Row tabular_row(const TimelineEntry& entry) {
  Row row;
  row.date = describe_date(entry.date) + (entry.dates_disagree ? " *" : "");
  row.precision = std::string(dates::precision_name(reported_precision(entry.date)));
  row.person = clean_text(entry.person);
  row.org = entry.org.empty() ? std::string("—") : clean_text(entry.org);
  row.role = entry.role && !entry.role->empty() ? clean_text(*entry.role) : std::string("—");
  row.kind = std::string(kind_name(entry.kind)) + (entry.hedged ? "?" : "");
  row.source = clean_text(source_names(entry, ", "));
  if (row.source.empty()) row.source = "—";
  return row;
}

std::string count_key(const CountRow& row) { return row.key.empty() ? std::string("unknown") : row.key; }

}  // namespace detail
}  // namespace exodus::render
