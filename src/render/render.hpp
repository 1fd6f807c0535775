// Printers that turn timeline query results into what people read: one printer per output format, each writing to
// a std::ostream so the tools print to stdout and the tests check in-memory buffers.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_range.hpp"
#include "extract/mention.hpp"
#include "store/timeline.hpp"

namespace exodus::render {

enum class Format { table, json, jsonl, csv, markdown, timelinejs, svg, html };

// "table", "json", ... (case-insensitive); nullopt for an unknown name.
std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format f);
// Every format name, in enum order (for --help and error messages).
std::vector<std::string_view> format_names();

struct Options {
  bool color = false;        // the tool decides: stdout is a terminal, NO_COLOR unset, TERM != dumb
  int width = 100;           // terminal width for the table
  bool explain = false;      // show each departure's mentions (article title/outlet/published/url, evidence,
                             // the words that gave the date and how they resolved, source) and point out
                             // disagreements (TimelineEntry::dates_disagree)
  std::string title = "exodus timeline";
};

// Departures in the order given (the caller's timeline order).
void write_timeline(std::ostream& out, const std::vector<TimelineEntry>& entries, Format format,
                    const Options& options);

// Counts for --count-by. count_by is one of month|org|kind|source (std::invalid_argument otherwise); timelinejs has
// no meaning for counts and throws std::invalid_argument with a message fit for the user.
void write_counts(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows, Format format,
                  const Options& options);

// Human form of a date range that never makes a month look like a day: "2024-05-14", "May 2024",
// "week of 2024-05-13", "Q2 2024", "2024", "2024-03-20 – 2024-05-08", "on or before 2024-04-30",
// "on or after 2024-04-01", "unknown". The shape follows the bounds themselves, so a month is never shown as a day.
std::string describe_date(const dates::DateRange& range);

}  // namespace exodus::render
