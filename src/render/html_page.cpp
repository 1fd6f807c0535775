// The HTML printer: one self-contained page (inline CSS, the SVG chart inlined, the timeline as an HTML table),
// loading nothing from the network, with everything that comes from articles escaped.
#include <algorithm>
#include <string>

#include "render/detail.hpp"

namespace exodus::render::detail {

namespace {

constexpr std::string_view page_style = R"css(
body { font-family: sans-serif; margin: 2rem; color: #222; background: #fff; line-height: 1.4; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
p.summary { color: #555; margin: 0 0 1rem; }
figure.chart { margin: 0 0 1.5rem; overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #e3e3e3; }
th { background: #f1f3f5; }
td.date { white-space: nowrap; }
.precision, .muted { color: #666; }
.kind-fired { color: #b71c1c; }
.kind-resigned { color: #0d47a1; }
tr.mentions td { background: #fafafa; padding-left: 2rem; }
tr.mentions ol { margin: 0; padding-left: 1.2rem; }
tr.mentions li { margin-bottom: .6rem; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid #ccc; }
code { font-size: .85em; word-break: break-all; }
.disagree { color: #b71c1c; font-weight: bold; }
footer { margin-top: 1.5rem; color: #777; font-size: .8rem; }
)css";

void write_page_open(std::ostream& out, const std::string& title) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Belt and braces: even if something slipped through escaping, the page may load and run nothing.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<title>" << xml_escape(title) << "</title>\n<style>" << page_style << "</style>\n</head>\n<body>\n"
      << "<h1>" << xml_escape(title) << "</h1>\n";
}

void write_page_close(std::ostream& out) {
  out << "<footer>Made by exodus. Dates are ranges: each departure is shown only as precisely as its sources allow."
      << "</footer>\n</body>\n</html>\n";
}

std::string html_or_dash(const std::string& text) { return text.empty() ? std::string("—") : xml_escape(text); }

void write_mentions_row(std::ostream& out, const TimelineEntry& entry) {
  out << "<tr class=\"mentions\"><td colspan=\"7\">";
  if (entry.dates_disagree) {
    out << "<p class=\"disagree\">The sources disagree on the date:";
    for (std::size_t i = 0; i < entry.sources.size(); ++i)
      out << (i ? ";" : "") << ' ' << xml_escape(entry.sources[i].name) << " says "
          << xml_escape(describe_date(entry.sources[i].date));
    out << "</p>";
  }
  out << "<ol>";
  for (const auto& source : entry.sources) {
    out << "<li><strong>" << html_or_dash(source.name) << "</strong>";
    if (source.hedged) out << " <span class=\"muted\">(hedged)</span>";
    if (source.outlet && !source.outlet->empty() && *source.outlet != source.name) out << " — " << xml_escape(*source.outlet);
    if (source.title && !source.title->empty()) out << ", <em>" << xml_escape(*source.title) << "</em>";
    if (source.published && !source.published->empty()) out << ", published " << xml_escape(*source.published);
    if (source.lang && !source.lang->empty()) out << " <span class=\"muted\">[" << xml_escape(*source.lang) << "]</span>";
    // The URL is shown as text, not as a link: the page references nothing outside itself.
    if (source.url && !source.url->empty()) out << "<br><code>" << xml_escape(*source.url) << "</code>";
    // The sentence keeps its own language, so screen readers and hyphenation read French as French.
    if (!source.evidence.empty()) {
      out << "<blockquote";
      if (source.lang && !source.lang->empty()) out << " lang=\"" << xml_escape(*source.lang) << "\"";
      out << ">" << xml_escape(source.evidence) << "</blockquote>";
    }
    out << "<span class=\"muted\">date: " << xml_escape(explain_date(source.date)) << "</span></li>";
  }
  out << "</ol></td></tr>\n";
}

}  // namespace

void write_html(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options) {
  write_page_open(out, options.title);
  const auto undated = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return !e.date.known(); });
  out << "<p class=\"summary\">" << entries.size() << (entries.size() == 1 ? " departure" : " departures");
  if (undated > 0) out << ", " << undated << " with an unknown date (listed last)";
  out << ".</p>\n<figure class=\"chart\">\n";
  write_svg(out, entries, options, /*standalone=*/false);
  out << "</figure>\n";
  out << "<table>\n<thead><tr><th>Date</th><th>Precision</th><th>Person</th><th>Organization</th><th>Role</th>"
      << "<th>Kind</th><th>Sources</th></tr></thead>\n<tbody>\n";
  for (const auto& entry : entries) {
    const Row row = tabular_row(entry);
    out << "<tr><td class=\"date\">" << xml_escape(describe_date(entry.date))
        << (entry.dates_disagree ? " <span class=\"disagree\" title=\"the sources disagree on the date\">*</span>" : "")
        << "</td><td class=\"precision\">" << xml_escape(row.precision) << "</td><td>" << xml_escape(row.person)
        << "</td><td>" << xml_escape(row.org) << "</td><td>" << xml_escape(row.role) << "</td><td class=\"kind-"
        << kind_name(entry.kind) << "\">" << kind_name(entry.kind)
        << (entry.hedged ? " <span class=\"muted\">(hedged)</span>" : "") << "</td><td>" << xml_escape(row.source)
        << "</td></tr>\n";
    if (options.explain) write_mentions_row(out, entry);
  }
  out << "</tbody>\n</table>\n";
  if (entries.empty()) out << "<p>No departures match.</p>\n";
  const bool any_disagree = std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.dates_disagree; });
  if (any_disagree) out << "<p class=\"muted\">* the sources disagree on the date.</p>\n";
  write_page_close(out);
}

void write_counts_html(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows,
                       const Options& options) {
  write_page_open(out, options.title);
  out << "<figure class=\"chart\">\n";
  write_counts_svg(out, count_by, rows, options, /*standalone=*/false);
  out << "</figure>\n<table>\n<thead><tr><th>" << xml_escape(count_by) << "</th><th>Count</th></tr></thead>\n<tbody>\n";
  for (const auto& row : rows)
    out << "<tr><td>" << xml_escape(count_key(row)) << "</td><td>" << row.count << "</td></tr>\n";
  out << "</tbody>\n</table>\n";
  write_page_close(out);
}

}  // namespace exodus::render::detail
