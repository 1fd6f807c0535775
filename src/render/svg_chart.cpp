// Self-contained SVG charts: the departure timeline (a time axis, one row per person grouped by organization, a dot
// for a day and a bar for a range, undated departures listed at the end) and a bar chart of counts.
// Text sizes are estimated at ~7px per character of 12px sans-serif so that every label gets the room it needs.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "render/detail.hpp"

namespace exodus::render::detail {

namespace {

constexpr double margin = 16;
constexpr double label_font = 12;   // person labels, axis, legend
constexpr double header_font = 13;  // organization headers, bold
constexpr double title_font = 16;   // bold
constexpr double note_font = 11;    // the date at the end of each row
constexpr double plot_width = 720;
constexpr double row_height = 22;
constexpr double group_header_height = 26;
constexpr double person_indent = 14;
constexpr double axis_height = 40;
constexpr long open_range_fade_days = 180;  // how far back an "on or before" bar fades
constexpr long open_range_min_days = 30;    // room kept before an open range's bound

std::string num(double value) { return fmt::format("{:.1f}", value); }

// DejaVu Sans advance widths (units of 1/2048 em) for printable ASCII: the widest of the usual generic sans-serif
// fonts, so a width estimated with it is enough for Arial, Helvetica or Liberation Sans as well.
constexpr std::array<int, 95> dejavu_sans_advance{
    651,  821,  942,  1716, 1303, 1946, 1597, 563,  799,  799,  1024, 1716, 651,  739,  651,  690,  1303, 1303, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 690,  690,  1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294,
    1178, 1587, 1540, 604,  604,  1343, 1133, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1253, 1499, 1401, 2025, 1403,
    1251, 1403, 799,  690,  799,  1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721,  1300, 1298, 569,  569,  1186,
    569,  1995, 1298, 1253, 1300, 1300, 842,  1067, 803,  1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,  1303, 1716};

// Rendered width of a label: the larger of ~7px a character at 12px (scaled to the font size) and the sum of
// DejaVu Sans advances, plus 10% for bold. Generous on purpose: a label must never be clipped or overlap.
double text_px(std::string_view raw, double font_size, bool bold = false) {
  const std::string text = clean_text(raw);
  double units = 0;
  std::size_t columns = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::size_t width = display_width(text.substr(pos, length));
    columns += width;
    if (lead >= 0x20 && lead < 0x7F) units += dejavu_sans_advance[lead - 0x20];
    else units += static_cast<double>(width) * 1450;  // accented Latin letters are about a capital wide; CJK is 2 columns
    pos += length;
  }
  const double scale = font_size * (bold ? 1.1 : 1.0);
  return std::max(static_cast<double>(columns) * 7.0 * scale / 12.0, units / 2048.0 * scale);
}

std::string_view kind_colour(DepartureKind kind) {
  switch (kind) {
    case DepartureKind::resigned: return "#1f77b4";
    case DepartureKind::fired: return "#d62728";
    case DepartureKind::left: return "#2ca02c";
    case DepartureKind::retired: return "#9467bd";
    case DepartureKind::announced: return "#ff7f0e";
  }
  return "#555555";
}

constexpr std::array<DepartureKind, 5> all_kinds{DepartureKind::resigned, DepartureKind::fired, DepartureKind::left,
                                                 DepartureKind::retired, DepartureKind::announced};

struct ChartRow {
  std::string label;
  std::vector<const TimelineEntry*> entries;
  std::string note;
};

struct ChartGroup {
  std::string header;
  std::vector<ChartRow> rows;
};

// Organizations in the order of their first departure, people in the order of theirs; undated departures last.
std::vector<ChartGroup> group_rows(const std::vector<TimelineEntry>& entries) {
  std::vector<ChartGroup> groups;
  std::map<std::string, std::size_t> group_index;
  std::map<std::pair<std::size_t, std::string>, std::size_t> row_index;  // (group, person) -> row
  ChartGroup undated{"Date unknown", {}};
  for (const auto& entry : entries) {
    if (!entry.date.known()) {
      undated.rows.push_back({entry.person, {&entry}, entry.org.empty() ? "organization unknown" : entry.org});
      continue;
    }
    auto [it, inserted] = group_index.try_emplace(entry.org, groups.size());
    if (inserted) groups.push_back({entry.org.empty() ? "Organization unknown" : entry.org, {}});
    auto& rows = groups[it->second].rows;
    auto [row_it, new_row] = row_index.try_emplace({it->second, entry.person}, rows.size());
    if (new_row) rows.push_back({entry.person, {}, {}});
    ChartRow& row = rows[row_it->second];
    row.entries.push_back(&entry);
    row.note += (row.note.empty() ? "" : "; ") + describe_date(entry.date);
  }
  if (!undated.rows.empty()) groups.push_back(std::move(undated));
  return groups;
}

enum class TickUnit { day, month, year };

struct Tick {
  long serial;
  std::string label;    // line 1
  std::string context;  // line 2 (month and year for days, year for months), empty when unchanged
};

struct Axis {
  long first = 0;  // domain start (serial day, inclusive)
  long end = 1;    // domain end (serial day, exclusive)
  std::vector<Tick> ticks;
};

dates::Day first_of_month(const dates::Day& d) { return {d.year, d.month, 1}; }
dates::Day next_month(const dates::Day& d) {
  return d.month == 12 ? dates::Day{d.year + 1, 1, 1} : dates::Day{d.year, d.month + 1, 1};
}

// The domain covers every bound (and some room before open ranges); the tick unit follows the span so labels stay
// readable: days for a few weeks, months up to a few years, years beyond.
Axis make_axis(const std::vector<TimelineEntry>& entries) {
  long lo = 0, hi = 0;
  bool any = false;
  auto take = [&](long s) {
    lo = any ? std::min(lo, s) : s;
    hi = any ? std::max(hi, s) : s;
    any = true;
  };
  for (const auto& entry : entries) {
    const auto& r = entry.date;
    if (r.earliest) take(r.earliest->serial());
    if (r.latest) take(r.latest->serial());
    if (!r.earliest && r.latest) take(r.latest->serial() - open_range_min_days);
    if (r.earliest && !r.latest) take(r.earliest->serial() + open_range_min_days);
  }
  Axis axis;
  if (!any) return axis;
  const long span = hi - lo;
  TickUnit unit = span <= 62 ? TickUnit::day : span <= 6 * 366 ? TickUnit::month : TickUnit::year;
  const dates::Day lo_day = dates::Day::from_serial(lo), hi_day = dates::Day::from_serial(hi);
  switch (unit) {
    case TickUnit::day:
      axis.first = lo - 2;
      axis.end = hi + 3;
      break;
    case TickUnit::month:
      axis.first = first_of_month(lo_day).serial();
      axis.end = next_month(hi_day).serial();
      break;
    case TickUnit::year:
      axis.first = dates::Day{lo_day.year, 1, 1}.serial();
      axis.end = dates::Day{hi_day.year + 1, 1, 1}.serial();
      break;
  }
  const double px_per_day = plot_width / static_cast<double>(axis.end - axis.first);
  constexpr double min_tick_px = 40;
  if (unit == TickUnit::day) {
    long step = 1;
    for (long candidate : {1L, 2L, 7L, 14L}) {
      step = candidate;
      if (static_cast<double>(candidate) * px_per_day >= min_tick_px) break;
    }
    int last_month = 0;
    for (long s = axis.first; s < axis.end; s += step) {
      const dates::Day d = dates::Day::from_serial(s);
      const int month_key = d.year * 12 + d.month;
      std::string context;
      if (month_key != last_month) context = std::string(month_abbrev(d.month)) + " " + std::to_string(d.year);
      last_month = month_key;
      axis.ticks.push_back({s, std::to_string(d.day), context});
    }
  } else if (unit == TickUnit::month) {
    int step = 12;
    for (int candidate : {1, 2, 3, 6, 12}) {
      step = candidate;
      if (static_cast<double>(candidate) * 30.4 * px_per_day >= min_tick_px) break;
    }
    int last_year = 0;
    for (dates::Day d = dates::Day::from_serial(axis.first); d.serial() < axis.end; d = next_month(d)) {
      if ((d.month - 1) % step != 0) continue;
      std::string context = d.year != last_year ? std::to_string(d.year) : std::string();
      last_year = d.year;
      axis.ticks.push_back({d.serial(), std::string(month_abbrev(d.month)), context});
    }
  } else {
    const double px_per_year = 365.25 * px_per_day;
    int step = 100;
    for (int candidate : {1, 2, 5, 10, 25, 50, 100}) {
      step = candidate;
      if (candidate * px_per_year >= min_tick_px) break;
    }
    for (int y = lo_day.year; y <= hi_day.year; ++y)
      if (y % step == 0) axis.ticks.push_back({dates::Day{y, 1, 1}.serial(), std::to_string(y), {}});
  }
  return axis;
}

void write_svg_open(std::ostream& out, double width, double height, bool standalone, const std::string& title) {
  if (standalone) out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<svg" << (standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : "") << " width=\"" << num(width)
      << "\" height=\"" << num(height) << "\" viewBox=\"0 0 " << num(width) << ' ' << num(height)
      << "\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n";
  out << "<title>" << xml_escape(title) << "</title>\n";
  out << "<rect x=\"0\" y=\"0\" width=\"" << num(width) << "\" height=\"" << num(height) << "\" fill=\"#ffffff\"/>\n";
}

std::string mark_tooltip(const TimelineEntry& entry) {
  std::string tip = entry.person;
  if (!entry.org.empty()) tip += " — " + entry.org;
  tip += ": " + std::string(kind_name(entry.kind));
  if (entry.hedged) tip += " (hedged)";
  if (entry.role && !entry.role->empty()) tip += ", " + *entry.role;
  tip += ", " + describe_date(entry.date);
  const std::string sources = source_names(entry, ", ");
  if (!sources.empty()) tip += " (" + sources + ")";
  if (entry.dates_disagree) tip += "; the sources disagree on the date";
  return tip;
}

}  // namespace

void write_svg(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options, bool standalone) {
  const auto groups = group_rows(entries);
  const Axis axis = make_axis(entries);

  // Column widths from the longest texts, so no label is clipped or runs into the plot.
  double label_width = text_px("Date unknown", header_font, true);
  double note_width = 0;
  std::size_t row_count = 0;
  for (const auto& group : groups) {
    label_width = std::max(label_width, text_px(group.header, header_font, true));
    for (const auto& row : group.rows) {
      label_width = std::max(label_width, person_indent + text_px(row.label, label_font));
      note_width = std::max(note_width, text_px(row.note + " *", note_font));
      ++row_count;
    }
  }
  const double plot_x = margin + label_width + 16;
  const double note_x = plot_x + plot_width + 12;
  double width = note_x + note_width + margin;
  if (standalone) width = std::max(width, 2 * margin + text_px(options.title, title_font, true));

  // Legend items for what the chart actually shows.
  bool any_hedged = false, any_range = false, any_open = false;
  std::vector<DepartureKind> kinds_shown;
  for (const auto& entry : entries) {
    if (!entry.date.known()) continue;
    if (std::find(kinds_shown.begin(), kinds_shown.end(), entry.kind) == kinds_shown.end())
      kinds_shown.push_back(entry.kind);
    any_hedged = any_hedged || entry.hedged;
    const bool open = !entry.date.earliest || !entry.date.latest;
    any_open = any_open || open;
    any_range = any_range || (!open && *entry.date.earliest != *entry.date.latest);
  }
  std::vector<std::pair<std::string, std::string>> legend;  // (swatch drawn at 0,0 .. 24,12, label)
  for (auto kind : all_kinds)
    if (std::find(kinds_shown.begin(), kinds_shown.end(), kind) != kinds_shown.end())
      legend.push_back({"<circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"" + std::string(kind_colour(kind)) + "\"/>",
                        std::string(kind_name(kind))});
  if (any_range)
    legend.push_back({"<rect x=\"0\" y=\"2\" width=\"22\" height=\"8\" rx=\"2\" fill=\"#777777\"/>", "date range"});
  if (any_open)
    legend.push_back({"<rect x=\"0\" y=\"2\" width=\"22\" height=\"8\" fill=\"url(#exodus-fade-legend)\"/>"
                      "<polygon points=\"0,6 5,1 5,11\" fill=\"#777777\"/>",
                      "on or before (open range)"});
  if (any_hedged)
    legend.push_back({"<circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"#ffffff\" stroke=\"#777777\" stroke-width=\"2\"/>",
                      "hedged (\"reportedly\")"});
  bool any_disagree = std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.dates_disagree; });
  if (any_disagree) legend.push_back({"<text x=\"4\" y=\"11\" font-weight=\"bold\">*</text>", "sources disagree on the date"});

  // Lay the legend out in lines that fit the width.
  std::vector<std::pair<double, double>> legend_positions;  // (x, line index)
  double legend_x = margin;
  int legend_line = 0;
  for (const auto& item : legend) {
    const double item_width = 28 + text_px(item.second, label_font) + 18;
    if (legend_x > margin && legend_x + item_width > width - margin) {
      legend_x = margin;
      ++legend_line;
    }
    legend_positions.push_back({legend_x, legend_line});
    legend_x += item_width;
  }
  // Inside the HTML page the page's own heading names the chart; a standalone file carries its title itself.
  const bool show_title = standalone;
  const double title_y = margin + 16;
  const double legend_y = show_title ? title_y + 14 : margin;
  const double legend_height = legend.empty() ? 0 : (legend_line + 1) * 18.0;
  const double axis_y = legend_y + legend_height + 8;  // top of the axis band
  const double rows_y = axis_y + axis_height;
  double groups_height = 0;
  for (const auto& group : groups) groups_height += group_header_height + row_height * static_cast<double>(group.rows.size());
  // A long chart repeats the tick labels under the last row, so dates stay readable at the bottom too.
  const bool bottom_axis = row_count > 12;
  const double height = rows_y + groups_height + (bottom_axis ? 22 : 0) + margin;

  write_svg_open(out, width, height, standalone, options.title);
  out << "<defs>\n";
  for (auto kind : all_kinds) {
    out << "<linearGradient id=\"exodus-fade-before-" << kind_name(kind) << "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
        << "<stop offset=\"0\" stop-color=\"" << kind_colour(kind) << "\" stop-opacity=\"0\"/>"
        << "<stop offset=\"1\" stop-color=\"" << kind_colour(kind) << "\" stop-opacity=\"0.9\"/></linearGradient>\n";
    out << "<linearGradient id=\"exodus-fade-after-" << kind_name(kind) << "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
        << "<stop offset=\"0\" stop-color=\"" << kind_colour(kind) << "\" stop-opacity=\"0.9\"/>"
        << "<stop offset=\"1\" stop-color=\"" << kind_colour(kind) << "\" stop-opacity=\"0\"/></linearGradient>\n";
  }
  out << "<linearGradient id=\"exodus-fade-legend\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
      << "<stop offset=\"0\" stop-color=\"#777777\" stop-opacity=\"0\"/>"
      << "<stop offset=\"1\" stop-color=\"#777777\" stop-opacity=\"0.9\"/></linearGradient>\n";
  out << "</defs>\n";

  if (show_title)
    out << "<text x=\"" << num(margin) << "\" y=\"" << num(title_y) << "\" font-size=\"16\" font-weight=\"bold\">"
        << xml_escape(options.title) << "</text>\n";
  for (std::size_t i = 0; i < legend.size(); ++i) {
    const double x = legend_positions[i].first;
    const double y = legend_y + legend_positions[i].second * 18;
    out << "<g transform=\"translate(" << num(x) << ',' << num(y) << ")\">" << legend[i].first << "<text x=\"28\" y=\"10\">"
        << xml_escape(legend[i].second) << "</text></g>\n";
  }

  if (entries.empty()) {
    out << "<text x=\"" << num(margin) << "\" y=\"" << num(rows_y) << "\" fill=\"#555555\">No departures match.</text>\n";
    out << "</svg>\n";
    return;
  }

  const double span_days = static_cast<double>(axis.end - axis.first);
  auto x_of = [&](long serial) {
    return plot_x + static_cast<double>(serial - axis.first) / span_days * plot_width;
  };
  const double chart_bottom = rows_y + groups_height;

  // Axis: tick lines through the rows, labels on two lines, each drawn only where it cannot overlap the previous one.
  out << "<g class=\"axis\" fill=\"#333333\">\n";
  out << "<line x1=\"" << num(plot_x) << "\" y1=\"" << num(rows_y) << "\" x2=\"" << num(plot_x + plot_width) << "\" y2=\""
      << num(rows_y) << "\" stroke=\"#999999\"/>\n";
  std::array<double, 3> last_label_end{-1e9, -1e9, -1e9};  // line 1, line 2, bottom line
  for (const auto& tick : axis.ticks) {
    const double x = x_of(tick.serial);
    if (x < plot_x - 0.01 || x > plot_x + plot_width + 0.01) continue;
    out << "<line x1=\"" << num(x) << "\" y1=\"" << num(axis_y + 4) << "\" x2=\"" << num(x) << "\" y2=\""
        << num(chart_bottom) << "\" stroke=\"#e3e3e3\"/>\n";
    const std::array<const std::string*, 2> lines{&tick.label, &tick.context};
    for (std::size_t line = 0; line < 2; ++line) {
      const std::string& text = *lines[line];
      if (text.empty()) continue;
      const double label_x = x + 3;
      const double label_end = label_x + text_px(text, label_font);
      if (label_x < last_label_end[line] + 6 || label_end > width - 2) continue;
      last_label_end[line] = label_end;
      out << "<text x=\"" << num(label_x) << "\" y=\"" << num(axis_y + 16 + 14 * static_cast<double>(line)) << "\""
          << (line == 1 ? " fill=\"#666666\"" : "") << ">" << xml_escape(text) << "</text>\n";
    }
    if (bottom_axis) {
      const std::string text = tick.context.empty() ? tick.label : tick.label + " " + tick.context;
      const double label_x = x + 3;
      const double label_end = label_x + text_px(text, label_font);
      if (label_x >= last_label_end[2] + 6 && label_end <= width - 2) {
        last_label_end[2] = label_end;
        out << "<text x=\"" << num(label_x) << "\" y=\"" << num(chart_bottom + 16) << "\">" << xml_escape(text)
            << "</text>\n";
      }
    }
  }
  out << "</g>\n";

  double y = rows_y;
  for (const auto& group : groups) {
    out << "<rect x=\"0\" y=\"" << num(y) << "\" width=\"" << num(width) << "\" height=\"" << num(group_header_height)
        << "\" fill=\"#f1f3f5\"/>\n";
    out << "<text x=\"" << num(margin) << "\" y=\"" << num(y + 17) << "\" font-size=\"13\" font-weight=\"bold\">"
        << xml_escape(group.header) << "</text>\n";
    y += group_header_height;
    for (std::size_t r = 0; r < group.rows.size(); ++r) {
      const auto& row = group.rows[r];
      if (r % 2 == 1)
        out << "<rect x=\"0\" y=\"" << num(y) << "\" width=\"" << num(width) << "\" height=\"" << num(row_height)
            << "\" fill=\"#fafafa\"/>\n";
      const double mid = y + row_height / 2;
      out << "<text x=\"" << num(margin + person_indent) << "\" y=\"" << num(mid + 4) << "\">" << xml_escape(row.label)
          << "</text>\n";
      bool row_disagrees = false;
      for (const TimelineEntry* entry : row.entries) {
        row_disagrees = row_disagrees || entry->dates_disagree;
        const auto& range = entry->date;
        if (!range.known()) {
          out << "<text x=\"" << num(plot_x + 6) << "\" y=\"" << num(mid + 4)
              << "\" fill=\"#888888\" font-style=\"italic\">date unknown</text>\n";
          continue;
        }
        const std::string colour(kind_colour(entry->kind));
        const std::string kind(kind_name(entry->kind));
        out << "<g><title>" << xml_escape(mark_tooltip(*entry)) << "</title>";
        if (range.earliest && range.latest && *range.earliest == *range.latest) {
          const double cx = (x_of(range.earliest->serial()) + x_of(range.earliest->serial() + 1)) / 2;
          if (entry->hedged)
            out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(mid) << "\" r=\"4.5\" fill=\"#ffffff\" stroke=\""
                << colour << "\" stroke-width=\"2\"/>";
          else
            out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(mid) << "\" r=\"5\" fill=\"" << colour << "\"/>";
        } else if (range.earliest && range.latest) {
          double x1 = x_of(range.earliest->serial()), x2 = std::max(x1, x_of(range.latest->serial() + 1));
          if (x2 - x1 < 4) {
            const double centre = (x1 + x2) / 2;
            x1 = centre - 2;
            x2 = centre + 2;
          }
          out << "<rect x=\"" << num(x1) << "\" y=\"" << num(mid - 5) << "\" width=\"" << num(x2 - x1)
              << "\" height=\"10\" rx=\"2\" fill=\"" << colour << "\""
              << (entry->hedged ? " fill-opacity=\"0.3\" stroke=\"" + colour + "\" stroke-dasharray=\"3 2\"" : "")
              << "/>";
        } else if (range.latest) {
          // "On or before": a bar fading back from the bound, with an arrow saying it goes on.
          const long bound = range.latest->serial();
          const double x1 = x_of(std::max(axis.first, bound - open_range_fade_days)), x2 = x_of(bound + 1);
          out << "<rect x=\"" << num(x1) << "\" y=\"" << num(mid - 4) << "\" width=\"" << num(std::max(x2 - x1, 4.0))
              << "\" height=\"8\" fill=\"url(#exodus-fade-before-" << kind << ")\"/>"
              << "<polygon points=\"" << num(x1 - 6) << ',' << num(mid) << ' ' << num(x1) << ',' << num(mid - 5) << ' '
              << num(x1) << ',' << num(mid + 5) << "\" fill=\"" << colour << "\" fill-opacity=\"0.4\"/>"
              << "<line x1=\"" << num(x2) << "\" y1=\"" << num(mid - 6) << "\" x2=\"" << num(x2) << "\" y2=\""
              << num(mid + 6) << "\" stroke=\"" << colour << "\" stroke-width=\"2\""
              << (entry->hedged ? " stroke-dasharray=\"2 2\"" : "") << "/>";
        } else {
          const long bound = range.earliest->serial();
          const double x1 = x_of(bound), x2 = x_of(std::min(axis.end, bound + open_range_fade_days));
          out << "<rect x=\"" << num(x1) << "\" y=\"" << num(mid - 4) << "\" width=\"" << num(std::max(x2 - x1, 4.0))
              << "\" height=\"8\" fill=\"url(#exodus-fade-after-" << kind << ")\"/>"
              << "<polygon points=\"" << num(x2 + 6) << ',' << num(mid) << ' ' << num(x2) << ',' << num(mid - 5) << ' '
              << num(x2) << ',' << num(mid + 5) << "\" fill=\"" << colour << "\" fill-opacity=\"0.4\"/>"
              << "<line x1=\"" << num(x1) << "\" y1=\"" << num(mid - 6) << "\" x2=\"" << num(x1) << "\" y2=\""
              << num(mid + 6) << "\" stroke=\"" << colour << "\" stroke-width=\"2\""
              << (entry->hedged ? " stroke-dasharray=\"2 2\"" : "") << "/>";
        }
        out << "</g>\n";
      }
      out << "<text x=\"" << num(note_x) << "\" y=\"" << num(mid + 4) << "\" font-size=\"11\" fill=\"#555555\">"
          << xml_escape(row.note + (row_disagrees ? " *" : "")) << "</text>\n";
      y += row_height;
    }
  }
  out << "</svg>\n";
}

void write_counts_svg(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows,
                      const Options& options, bool standalone) {
  constexpr double bar_area = 480;
  double label_width = text_px(count_by, label_font);
  std::int64_t max_count = 0;
  for (const auto& row : rows) {
    label_width = std::max(label_width, text_px(count_key(row), label_font));
    max_count = std::max(max_count, row.count);
  }
  const double bar_x = margin + label_width + 12;
  const double count_room = text_px(std::to_string(max_count), label_font) + 12;
  const std::string title = options.title + " — departures by " + (count_by == "org" ? std::string("organization") : std::string(count_by));
  const double width = std::max(bar_x + bar_area + count_room + margin, 2 * margin + text_px(title, title_font, true));
  const double rows_y = margin + 36;
  const double height = rows_y + row_height * static_cast<double>(std::max<std::size_t>(rows.size(), 1)) + margin;

  write_svg_open(out, width, height, standalone, title);
  out << "<text x=\"" << num(margin) << "\" y=\"" << num(margin + 16) << "\" font-size=\"16\" font-weight=\"bold\">"
      << xml_escape(title) << "</text>\n";
  if (rows.empty())
    out << "<text x=\"" << num(margin) << "\" y=\"" << num(rows_y + 15) << "\" fill=\"#555555\">Nothing to count.</text>\n";
  double y = rows_y;
  for (const auto& row : rows) {
    const double bar = max_count > 0 ? static_cast<double>(row.count) / static_cast<double>(max_count) * bar_area : 0;
    out << "<g><title>" << xml_escape(count_key(row) + ": " + std::to_string(row.count)) << "</title>"
        << "<text x=\"" << num(bar_x - 8) << "\" y=\"" << num(y + 15) << "\" text-anchor=\"end\">"
        << xml_escape(count_key(row)) << "</text>"
        << "<rect x=\"" << num(bar_x) << "\" y=\"" << num(y + 4) << "\" width=\"" << num(std::max(bar, 1.0))
        << "\" height=\"14\" fill=\"#1f77b4\"/>"
        << "<text x=\"" << num(bar_x + bar + 6) << "\" y=\"" << num(y + 15) << "\">" << row.count << "</text></g>\n";
    y += row_height;
  }
  out << "</svg>\n";
}

}  // namespace exodus::render::detail
