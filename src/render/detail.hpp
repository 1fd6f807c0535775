// Internal to the render module: text cleaning, escaping and width helpers shared by the printers, and the
// printers themselves (render.cpp dispatches to them by format).
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "render/render.hpp"

namespace exodus::render::detail {

// Valid UTF-8 (each invalid byte becomes U+FFFD) without control characters: C0 controls, DEL and C1 controls become
// a space, except that keep_newlines keeps '\n' (and '\t', '\r' are still replaced). Article text may carry
// anything; a terminal escape or a NUL must never reach the reader's screen or break an XML parser.
std::string clean_text(std::string_view text, bool keep_newlines = false);

// Display width in terminal columns (wide East Asian characters count 2, combining marks 0).
std::size_t display_width(std::string_view clean_utf8);
// At most `width` columns; a cut text ends with "…".
std::string truncate_to_width(std::string_view clean_utf8, std::size_t width);
// Word-wrapped lines of at most `width` columns (a word longer than a line is cut).
std::vector<std::string> wrap_to_width(std::string_view clean_utf8, std::size_t width);
// Right-pads with spaces up to `width` columns.
std::string pad_to_width(std::string_view clean_utf8, std::size_t width);

// Text safe in HTML and XML character data and attribute values (& < > " ' escaped, text cleaned first).
std::string xml_escape(std::string_view text);

// Distinct credited source names of an entry, in order, joined with `separator`.
std::string source_names(const TimelineEntry& entry, std::string_view separator);
// "2024-05-14 (day)" or "unknown": the date with its precision name, for explanations.
std::string date_with_precision(const dates::DateRange& range);
// How a mention's date was obtained: `"mardi soir" → 2024-05-14 (day), resolved against 2024-05-15`.
std::string explain_date(const dates::DateRange& range);
// The precision to report: the range's own, unless it is unknown while bounds exist.
dates::Precision reported_precision(const dates::DateRange& range);
// English month names, 1..12.
std::string_view month_name(int month);
std::string_view month_abbrev(int month);

// Shared row/column shape of the tabular formats (table, markdown, html).
struct Row {
  std::string date, precision, person, org, role, kind, source;
};
Row tabular_row(const TimelineEntry& entry);

// Printers, one per format.
void write_table(std::ostream&, const std::vector<TimelineEntry>&, const Options&);
void write_json(std::ostream&, const std::vector<TimelineEntry>&, const Options&, bool lines);
void write_csv(std::ostream&, const std::vector<TimelineEntry>&, const Options&);
void write_markdown(std::ostream&, const std::vector<TimelineEntry>&, const Options&);
void write_timelinejs(std::ostream&, const std::vector<TimelineEntry>&, const Options&);
void write_svg(std::ostream&, const std::vector<TimelineEntry>&, const Options&, bool standalone);
void write_html(std::ostream&, const std::vector<TimelineEntry>&, const Options&);

void write_counts_table(std::ostream&, std::string_view count_by, const std::vector<CountRow>&, const Options&);
void write_counts_json(std::ostream&, std::string_view count_by, const std::vector<CountRow>&, bool lines);
void write_counts_csv(std::ostream&, std::string_view count_by, const std::vector<CountRow>&);
void write_counts_markdown(std::ostream&, std::string_view count_by, const std::vector<CountRow>&);
void write_counts_svg(std::ostream&, std::string_view count_by, const std::vector<CountRow>&, const Options&,
                      bool standalone);
void write_counts_html(std::ostream&, std::string_view count_by, const std::vector<CountRow>&, const Options&);

// Cell escaping for the text formats.
std::string csv_field(std::string_view text);       // RFC 4180 quoting plus spreadsheet-formula defusing
std::string markdown_cell(std::string_view text);   // GitHub table cell: pipes, markup and HTML neutralised

// The key shown for a count row: "unknown" for an empty key.
std::string count_key(const CountRow& row);

}  // namespace exodus::render::detail
