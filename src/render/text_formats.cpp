// The plain-text printers: the terminal table, RFC 4180 CSV and GitHub Markdown, for timelines and for counts.
#include <algorithm>
#include <array>
#include <cstdint>
#include <sstream>
#include <string>

#include "render/detail.hpp"

namespace exodus::render::detail {

namespace {

constexpr std::string_view esc_reset = "\x1b[0m";
constexpr std::string_view esc_bold = "\x1b[1m";
constexpr std::string_view esc_dim = "\x1b[2m";
constexpr std::string_view esc_cyan = "\x1b[36m";
constexpr std::string_view esc_yellow = "\x1b[33m";
constexpr std::string_view esc_red = "\x1b[31m";

constexpr std::size_t column_gap = 2;
constexpr std::size_t min_shrunk_width = 6;

std::string painted(std::string_view text, std::string_view code, bool color) {
  if (!color || code.empty()) return std::string(text);
  return std::string(code) + std::string(text) + std::string(esc_reset);
}

// A table column: its natural width is its longest cell. Fitting a narrow terminal goes in steps, each tried only
// when the previous one was not enough: shrink shrinkable columns down to a comfortable width; drop the columns
// whose content is redundant (precision: the date's own shape says it); shrink down to the minimum; drop the least
// identifying columns (`drop_rank`, lowest first). The person, organization, date and kind always stay.
struct Column {
  std::string header;
  bool shrinkable = false;
  std::size_t comfortable = 0;
  int drop_rank = 0;             // 0: never dropped
  bool redundant = false;        // dropped before anything is squeezed below comfortable
  std::size_t width = 0;
  bool shown = true;
};

void fit_columns(std::vector<Column>& columns, const std::vector<std::vector<std::string>>& cells,
                 std::size_t total_width) {
  auto total = [&] {
    std::size_t sum = 0, shown = 0;
    for (const auto& c : columns)
      if (c.shown) sum += c.width, ++shown;
    return sum + column_gap * (shown > 0 ? shown - 1 : 0);
  };
  // Shrinks the column furthest above its floor, one display column at a time.
  auto shrink = [&](bool comfortable_floor) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      columns[c].width = 0;
      for (const auto& row : cells) columns[c].width = std::max(columns[c].width, display_width(row[c]));
    }
    while (total() > total_width) {
      Column* widest = nullptr;
      std::size_t widest_excess = 0;
      for (auto& c : columns) {
        if (!c.shown || !c.shrinkable) continue;
        const std::size_t floor = comfortable_floor ? std::max(c.comfortable, min_shrunk_width) : min_shrunk_width;
        if (c.width > floor && c.width - floor > widest_excess) {
          widest = &c;
          widest_excess = c.width - floor;
        }
      }
      if (!widest) return false;
      --widest->width;
    }
    return true;
  };
  if (shrink(true)) return;
  for (auto& c : columns)
    if (c.redundant) c.shown = false;
  if (shrink(true)) return;
  while (!shrink(false)) {
    Column* next_to_drop = nullptr;
    for (auto& c : columns)
      if (c.shown && c.drop_rank > 0 && (!next_to_drop || c.drop_rank < next_to_drop->drop_rank)) next_to_drop = &c;
    if (!next_to_drop) return;  // nothing left to drop: the table overflows rather than lose who left where
    next_to_drop->shown = false;
  }
}

std::string_view kind_color(DepartureKind kind) {
  switch (kind) {
    case DepartureKind::fired: return esc_red;
    case DepartureKind::resigned: return esc_yellow;
    default: return {};
  }
}

void write_legend(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options,
                  std::string_view line_end) {
  const bool any_hedged = std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.hedged; });
  const bool any_disagree =
      std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.dates_disagree; });
  if (any_hedged) out << "? every source hedges (\"reportedly\", \"aurait\")" << line_end;
  if (any_disagree)
    out << "* the sources disagree on the date" << (options.explain ? "" : " (see --explain)") << line_end;
}

// The article a mention comes from, in one line: `X (hedged) — Business Insider, "Title", published 2024-05-15`.
std::string mention_heading(const SourceRef& source) {
  std::string line = source.name.empty() ? std::string("(no source named)") : clean_text(source.name);
  if (source.hedged) line += " (hedged)";
  std::vector<std::string> parts;
  if (source.outlet && !source.outlet->empty() && *source.outlet != source.name) parts.push_back(clean_text(*source.outlet));
  if (source.title && !source.title->empty()) parts.push_back("\"" + clean_text(*source.title) + "\"");
  if (source.published && !source.published->empty()) parts.push_back("published " + clean_text(*source.published));
  if (source.lang && !source.lang->empty()) parts.push_back(clean_text(*source.lang));
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? " — " : ", ") + parts[i];
  return line;
}

std::string disagreement_line(const TimelineEntry& entry) {
  std::string line = "the sources disagree on the date:";
  for (std::size_t i = 0; i < entry.sources.size(); ++i) {
    const auto& source = entry.sources[i];
    line += (i == 0 ? " " : "; ") + clean_text(source.name.empty() ? std::string("?") : source.name) + " says " +
            describe_date(source.date);
  }
  return line;
}

void write_explained_mentions(std::ostream& out, const TimelineEntry& entry, const Options& options) {
  const std::size_t width = static_cast<std::size_t>(std::max(options.width, 40));
  const std::string indent = "    ";
  const std::string body_indent = "        ";
  auto write_wrapped = [&](const std::string& first_prefix, const std::string& prefix, const std::string& text,
                           std::string_view code) {
    const auto lines = wrap_to_width(text, width - display_width(prefix));
    for (std::size_t i = 0; i < lines.size(); ++i)
      out << (i == 0 ? first_prefix : prefix) << painted(lines[i], code, options.color) << '\n';
  };
  for (std::size_t i = 0; i < entry.sources.size(); ++i) {
    const auto& source = entry.sources[i];
    const std::string number = "[" + std::to_string(i + 1) + "] ";
    write_wrapped(indent + number, body_indent, mention_heading(source), esc_bold);
    // A URL is printed whole, never wrapped or cut, so it can be copied.
    if (source.url && !source.url->empty())
      out << body_indent << painted(clean_text(*source.url), esc_dim, options.color) << '\n';
    if (!source.evidence.empty())
      write_wrapped(body_indent, body_indent, "« " + clean_text(source.evidence) + " »", {});
    write_wrapped(body_indent, body_indent, "date: " + explain_date(source.date), esc_cyan);
  }
  if (entry.dates_disagree) write_wrapped(indent + "! ", indent + "  ", disagreement_line(entry), esc_red);
  out << '\n';
}

std::string csv_join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (v.empty()) continue;
    if (!out.empty()) out += "; ";
    out += v;
  }
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
  out << "\r\n";
}

std::string capitalized(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

void write_table(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options) {
  if (entries.empty()) {
    out << "No departures match.\n";
    return;
  }
  std::vector<Column> columns{{"Date", false, 0, 0, false},   {"Precision", false, 0, 0, true},
                              {"Person", true, 18, 0, false},  {"Org", true, 14, 0, false},
                              {"Role", true, 12, 1, false},    {"Kind", false, 0, 0, false},
                              {"Source", true, 12, 2, false}};
  std::vector<std::vector<std::string>> cells;
  cells.emplace_back();
  for (const auto& c : columns) cells.back().push_back(c.header);
  for (const auto& entry : entries) {
    Row row = tabular_row(entry);
    cells.push_back({row.date, row.precision, row.person, row.org, row.role, row.kind, row.source});
  }
  fit_columns(columns, cells, static_cast<std::size_t>(std::max(options.width, 40)));

  std::size_t rule_width = 0;
  auto write_row = [&](const std::vector<std::string>& row, auto&& code_for_column) {
    std::string line;
    std::size_t last_shown = 0;
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (columns[c].shown) last_shown = c;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (!columns[c].shown) continue;
      const std::string cell = truncate_to_width(row[c], columns[c].width);
      const bool last = c == last_shown;
      // Pad before painting so escape codes never count toward a column's width.
      line += painted(last ? cell : pad_to_width(cell, columns[c].width), code_for_column(c), options.color);
      if (!last) line.append(column_gap, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };

  write_row(cells[0], [](std::size_t) { return esc_bold; });
  for (const auto& c : columns)
    if (c.shown) rule_width += c.width + (rule_width ? column_gap : 0);
  out << painted(std::string(rule_width, '-'), esc_dim, options.color) << '\n';
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    write_row(cells[i + 1], [&](std::size_t c) -> std::string_view {
      if (c == 0) return entry.date.known() ? esc_cyan : esc_dim;
      if (c == 5) return kind_color(entry.kind);
      return {};
    });
    if (options.explain) write_explained_mentions(out, entry, options);
  }
  write_legend(out, entries, options, "\n");
}

void write_csv(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options) {
  std::vector<std::string> header{"earliest", "latest",  "precision", "edtf",   "date",    "date_text",
                                  "person",   "org",     "role",      "kind",   "hedged",  "sources",
                                  "outlets",  "urls",    "titles",    "published", "evidence"};
  if (options.explain) {
    header.push_back("dates_disagree");
    header.push_back("source_dates");
  }
  write_csv_row(out, header);
  for (const auto& entry : entries) {
    std::vector<std::string> outlets, urls, titles, published, evidence, source_dates;
    for (const auto& s : entry.sources) {
      if (s.outlet && std::find(outlets.begin(), outlets.end(), *s.outlet) == outlets.end()) outlets.push_back(*s.outlet);
      urls.push_back(s.url.value_or(""));
      titles.push_back(s.title.value_or(""));
      published.push_back(s.published.value_or(""));
      evidence.push_back(s.evidence);
      source_dates.push_back(s.date.known() ? s.date.edtf() : std::string("unknown"));
    }
    std::vector<std::string> row{entry.date.earliest ? entry.date.earliest->iso() : "",
                                 entry.date.latest ? entry.date.latest->iso() : "",
                                 std::string(dates::precision_name(reported_precision(entry.date))),
                                 entry.date.edtf(),
                                 describe_date(entry.date),
                                 entry.date.text,
                                 entry.person,
                                 entry.org,
                                 entry.role.value_or(""),
                                 std::string(kind_name(entry.kind)),
                                 entry.hedged ? "true" : "false",
                                 source_names(entry, "; "),
                                 csv_join(outlets),
                                 csv_join(urls),
                                 csv_join(titles),
                                 csv_join(published),
                                 csv_join(evidence)};
    if (options.explain) {
      row.push_back(entry.dates_disagree ? "true" : "false");
      std::string joined;
      for (const auto& d : source_dates) joined += (joined.empty() ? "" : "; ") + d;
      row.push_back(joined);
    }
    write_csv_row(out, row);
  }
}

void write_markdown(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options) {
  out << "| Date | Precision | Person | Organization | Role | Kind | Sources |\n";
  out << "|---|---|---|---|---|---|---|\n";
  for (const auto& entry : entries) {
    const Row row = tabular_row(entry);
    out << "| " << markdown_cell(row.date) << " | " << markdown_cell(row.precision) << " | "
        << markdown_cell(row.person) << " | " << markdown_cell(row.org) << " | " << markdown_cell(row.role) << " | "
        << markdown_cell(row.kind) << " | " << markdown_cell(row.source) << " |\n";
  }
  if (entries.empty()) out << "\nNo departures match.\n";
  std::ostringstream legend;
  write_legend(legend, entries, options, "\n");
  if (!legend.str().empty()) {
    out << '\n';
    // Each legend line starts with a markup character; escape it so it reads as text.
    std::string line;
    std::istringstream lines(legend.str());
    while (std::getline(lines, line)) out << markdown_cell(line) << "  \n";
  }
  if (!options.explain) return;
  out << "\n## Mentions\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    out << "\n### " << (i + 1) << ". " << markdown_cell(entry.person);
    if (!entry.org.empty()) out << " — " << markdown_cell(entry.org);
    out << " (" << markdown_cell(describe_date(entry.date)) << ")\n\n";
    for (const auto& source : entry.sources) {
      out << "- " << markdown_cell(mention_heading(source)) << '\n';
      if (source.url && !source.url->empty()) out << "  - url: " << markdown_cell(*source.url) << '\n';
      if (!source.evidence.empty()) out << "  - evidence: " << markdown_cell(source.evidence) << '\n';
      out << "  - date: " << markdown_cell(explain_date(source.date)) << '\n';
    }
    if (entry.dates_disagree) out << "\n**" << markdown_cell(disagreement_line(entry)) << "**\n";
  }
}

void write_counts_table(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows,
                        const Options& options) {
  if (rows.empty()) {
    out << "Nothing to count.\n";
    return;
  }
  const std::string key_header = capitalized(count_by);
  std::size_t key_width = display_width(key_header);
  std::size_t count_width = 5;  // "Count"
  std::int64_t max_count = 0;
  for (const auto& row : rows) {
    key_width = std::max(key_width, display_width(clean_text(count_key(row))));
    count_width = std::max(count_width, std::to_string(row.count).size());
    max_count = std::max(max_count, row.count);
  }
  const std::size_t width = static_cast<std::size_t>(std::max(options.width, 40));
  key_width = std::min(key_width, width / 2);
  constexpr std::size_t max_bar = 50;  // wider bars add nothing but noise
  const std::size_t bar_room = std::min(
      max_bar, width > key_width + count_width + 2 * column_gap ? width - key_width - count_width - 2 * column_gap : 0);
  out << painted(pad_to_width(key_header, key_width) + "  " + std::string(count_width - 5, ' ') + "Count", esc_bold,
                 options.color)
      << '\n';
  for (const auto& row : rows) {
    const std::string count = std::to_string(row.count);
    std::size_t bar = 0;
    if (max_count > 0 && row.count > 0)
      bar = std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(row.count) /
                                                              static_cast<double>(max_count) *
                                                              static_cast<double>(bar_room)));
    std::string bar_text;
    for (std::size_t i = 0; i < bar; ++i) bar_text += "\xE2\x96\x87";  // ▇
    out << pad_to_width(truncate_to_width(clean_text(count_key(row)), key_width), key_width) << "  "
        << std::string(count_width - count.size(), ' ') << count;
    if (!bar_text.empty()) out << "  " << painted(bar_text, esc_cyan, options.color);
    out << '\n';
  }
}

void write_counts_csv(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows) {
  write_csv_row(out, {std::string(count_by), "count"});
  for (const auto& row : rows) write_csv_row(out, {row.key, std::to_string(row.count)});
}

void write_counts_markdown(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows) {
  out << "| " << markdown_cell(capitalized(count_by)) << " | Count |\n|---|---:|\n";
  for (const auto& row : rows) out << "| " << markdown_cell(count_key(row)) << " | " << row.count << " |\n";
}

}  // namespace exodus::render::detail
