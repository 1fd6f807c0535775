// Every timeline format printed into a buffer from a small hand-made timeline and read back: the JSON contract,
// CSV through a strict RFC 4180 reader, SVG through an XML well-formedness check, HTML for external references,
// and hostile article text escaped wherever a browser or a spreadsheet would act on it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "render/detail.hpp"
#include "render/render.hpp"
#include "render_test_support.hpp"

using namespace exodus;
using exodus::render::Format;
using exodus::render::Options;
using nlohmann::json;

namespace {

std::string render_timeline(Format format, Options options = {}, std::vector<TimelineEntry> entries = render::testing::sample_timeline()) {
  std::ostringstream out;
  render::write_timeline(out, entries, format, options);
  return out.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("json follows the DESIGN.md contract, in timeline order, with nulls for unknown parts") {
  const auto entries = render::testing::sample_timeline();
  // ordered_json keeps the printed key order, which the contract fixes.
  const auto doc = nlohmann::ordered_json::parse(render_timeline(Format::json));
  REQUIRE(doc.is_array());
  REQUIRE(doc.size() == entries.size());
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const auto& e = doc[i];
    CAPTURE(i);
    CHECK(e["person"] == entries[i].person);
    CHECK(keys_of(e) == std::vector<std::string>{"person", "org", "role", "kind", "hedged", "date", "sources"});
    CHECK(keys_of(e["date"]) == std::vector<std::string>{"earliest", "latest", "precision", "edtf", "text"});
    REQUIRE(e["sources"].size() == entries[i].sources.size());
    for (const auto& s : e["sources"])
      CHECK(keys_of(s) == std::vector<std::string>{"name", "outlet", "url", "title", "published", "evidence"});
  }
  // The day entry, exactly as the contract spells it.
  const auto& day = doc[5];
  CHECK(day["org"] == "Acme Labs");
  CHECK(day["role"] == "chief scientist");
  CHECK(day["kind"] == "resigned");
  CHECK(day["hedged"] == false);
  CHECK(day["date"] == nlohmann::ordered_json::parse(R"({"earliest": "2024-05-14", "latest": "2024-05-14", "precision": "day",
                                       "edtf": "2024-05-14", "text": "mardi soir"})"));
  CHECK(day["sources"][0]["name"] == "X");
  CHECK(day["sources"][0]["outlet"] == "Business Wire");
  CHECK(day["sources"][0]["published"] == "2024-05-15");
  // A month stays a month; an open range keeps its open side null; an unknown date is all null but its words.
  CHECK(doc[3]["date"]["precision"] == "month");
  CHECK(doc[3]["date"]["edtf"] == "2024-04");
  CHECK(doc[2]["date"]["earliest"].is_null());
  CHECK(doc[2]["date"]["edtf"] == "..2024-04-30");
  CHECK(doc[2]["hedged"] == true);
  CHECK(doc[1]["role"].is_null());
  const auto& unknown = doc[7];
  CHECK(unknown["org"].is_null());
  CHECK(unknown["date"]["earliest"].is_null());
  CHECK(unknown["date"]["latest"].is_null());
  CHECK(unknown["date"]["edtf"].is_null());
  CHECK(unknown["date"]["precision"] == "unknown");
  CHECK(unknown["date"]["text"] == "un jour");
  // Article text is data in JSON: it survives exactly.
  CHECK(doc[6]["person"] == render::testing::hostile);
}

TEST_CASE("json with explain adds each source's own date and the disagreement flag") {
  Options options;
  options.explain = true;
  const json doc = json::parse(render_timeline(Format::json, options));
  const json& disputed = doc[4];
  CHECK(disputed["dates_disagree"] == true);
  CHECK(doc[5]["dates_disagree"] == false);
  REQUIRE(disputed["sources"].size() == 2);
  CHECK(disputed["sources"][1]["date"]["edtf"] == "2024-02");
  CHECK(disputed["sources"][1]["date"]["text"] == "in February");
  CHECK(doc[3]["sources"][0]["date"]["reference"] == "2024-05-15");
  CHECK(doc[2]["sources"][0]["hedged"] == true);
}

TEST_CASE("jsonl prints one contract object per line") {
  const auto entries = render::testing::sample_timeline();
  const auto lines = split_lines(render_timeline(Format::jsonl));
  REQUIRE(lines.size() == entries.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const json e = json::parse(lines[i]);
    CHECK(e["person"] == entries[i].person);
    CHECK(e.contains("date"));
    CHECK(e["sources"].is_array());
  }
}

TEST_CASE("json survives invalid UTF-8 in article text") {
  auto entries = render::testing::sample_timeline();
  entries[0].sources[0].evidence = "broken \xC3 byte";
  const json doc = json::parse(render_timeline(Format::json, {}, entries));
  CHECK(doc[0]["sources"][0]["evidence"].get<std::string>().find("broken") == 0);
}

TEST_CASE("timelinejs dates are only as precise as the range and article text is escaped") {
  const auto entries = render::testing::sample_timeline();
  const json doc = json::parse(render_timeline(Format::timelinejs));
  REQUIRE(doc.contains("title"));
  CHECK(doc["title"]["text"].contains("headline"));
  CHECK(doc["title"]["text"]["text"].get<std::string>().find("Ana Lima") != std::string::npos);  // undated, named
  const json& events = doc["events"];
  REQUIRE(events.size() == entries.size() - 1);  // the undated departure cannot be placed
  std::set<std::string> ids;
  for (const auto& event : events) {
    CHECK(event["start_date"].contains("year"));
    CHECK(event["text"].contains("headline"));
    CHECK(event["text"].contains("text"));
    CHECK(event.contains("group"));
    ids.insert(event["unique_id"].get<std::string>());
    CHECK(event.dump().find("<script") == std::string::npos);
  }
  CHECK(ids.size() == events.size());
  // Year: no month; quarter: months; month: no day, no end; range: days and an end; day: no end.
  CHECK(events[0]["start_date"] == json::parse(R"({"year": 2023})"));
  CHECK_FALSE(events[0].contains("end_date"));
  CHECK(events[1]["start_date"] == json::parse(R"({"year": 2024, "month": 1})"));
  CHECK(events[1]["end_date"] == json::parse(R"({"year": 2024, "month": 3})"));
  CHECK(events[3]["start_date"] == json::parse(R"({"year": 2024, "month": 4})"));
  CHECK_FALSE(events[3].contains("end_date"));
  CHECK(events[4]["start_date"] == json::parse(R"({"year": 2024, "month": 3, "day": 20})"));
  CHECK(events[4]["end_date"] == json::parse(R"({"year": 2024, "month": 5, "day": 8})"));
  CHECK(events[5]["start_date"] == json::parse(R"({"year": 2024, "month": 5, "day": 14})"));
  CHECK_FALSE(events[5].contains("end_date"));
  CHECK(events[2]["display_date"] == "on or before 2024-04-30");
  CHECK(events[5]["text"]["headline"] == "Jan Kowalski — Acme Labs");
  CHECK(events[5]["group"] == "Acme Labs");
  CHECK(events[5]["text"]["text"].get<std::string>().find("resigned") != std::string::npos);
  CHECK(events[5]["text"]["text"].get<std::string>().find("chief scientist") != std::string::npos);
  CHECK(events[6]["text"]["headline"].get<std::string>().find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("csv round-trips through an RFC 4180 reader and defuses spreadsheet formulas") {
  const auto entries = render::testing::sample_timeline();
  const std::string text = render_timeline(Format::csv);
  CHECK(text.find("\r\n") != std::string::npos);
  const auto records = render::testing::parse_csv(text);
  REQUIRE(records.size() == entries.size() + 1);
  const auto& header = records[0];
  for (const auto& record : records) CHECK(record.size() == header.size());
  auto column = [&](std::string_view name) {
    const auto it = std::find(header.begin(), header.end(), name);
    REQUIRE(it != header.end());
    return static_cast<std::size_t>(it - header.begin());
  };
  const auto person = column("person"), org = column("org"), evidence = column("evidence"),
             sources = column("sources"), role = column("role"), edtf = column("edtf"), date = column("date");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CAPTURE(i);
    if (i == 6) continue;  // the hostile person starts with '<', kept as is
    CHECK(records[i + 1][person] == entries[i].person);
  }
  CHECK(records[3][person] == "Marc Dupont, \"the fixer\"");          // comma and quotes survive
  CHECK(records[3][evidence] == "Dupont reportedly resigned,\nsources say.");  // newline survives, quoted
  CHECK(records[5][org] == "'=HYPERLINK(\"http://evil.example\")");   // a formula becomes text
  CHECK(records[7][role] == "'@role with tab");
  CHECK(records[5][sources] == "Wire; Blog");
  CHECK(records[4][edtf] == "2024-04");
  CHECK(records[4][date] == "April 2024");
  CHECK(records[3][edtf] == "..2024-04-30");  // starts with '.', not a formula
  for (const auto& record : records)
    for (const auto& cell : record) CHECK(std::string_view("=+-@\t\r").find(cell.empty() ? 'x' : cell[0]) == std::string_view::npos);
}

TEST_CASE("table: aligned, width-aware, accents counted as one column, no colour codes unless asked") {
  Options options;
  options.width = 100;
  const std::string plain = render_timeline(Format::table, options);
  CHECK(plain.find('\x1b') == std::string::npos);  // not even the ESC inside an evidence sentence
  const auto lines = split_lines(plain);
  REQUIRE(lines.size() >= 10);
  CHECK(lines[0].rfind("Date", 0) == 0);
  // Each row's kind cell starts at the same display column, whatever accents come before it.
  auto kind_column = [](const std::string& line) {
    for (std::string_view kind : {"resigned", "fired", "left", "retired", "announced"}) {
      const auto pos = line.find(std::string("  ") + std::string(kind));
      if (pos != std::string::npos) return render::detail::display_width(line.substr(0, pos));
    }
    return std::size_t{0};
  };
  const std::size_t expected = kind_column(lines[2]);
  CHECK(expected > 0);
  for (std::size_t i = 2; i < 10; ++i) {
    CAPTURE(lines[i]);
    CHECK(kind_column(lines[i]) == expected);
    CHECK(render::detail::display_width(lines[i]) <= 100);
  }
  CHECK(plain.find("April 2024") != std::string::npos);
  CHECK(plain.find("on or before 2024-04-30") != std::string::npos);
  CHECK(plain.find("unknown") != std::string::npos);

  options.width = 60;
  const auto narrow = split_lines(render_timeline(Format::table, options));
  bool truncated = false;
  for (std::size_t i = 0; i < 10; ++i) {
    CHECK(render::detail::display_width(narrow[i]) <= 60);
    truncated = truncated || narrow[i].find("…") != std::string::npos;
  }
  CHECK(truncated);

  options.color = true;
  CHECK(render_timeline(Format::table, options).find('\x1b') != std::string::npos);
}

TEST_CASE("table with explain lists every mention and points out disagreements, still without ESC") {
  Options options;
  options.explain = true;
  const std::string text = render_timeline(Format::table, options);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("Okafor left in February.") != std::string::npos);
  CHECK(text.find("\"in February\" → February 2024 (month)") != std::string::npos);
  CHECK(text.find("\"le mois dernier\" → April 2024 (month), resolved against 2024-05-15") != std::string::npos);
  CHECK(text.find("the sources disagree on the date: Wire says 2024-03-20 – 2024-05-08; Blog says February 2024") !=
        std::string::npos);
  CHECK(text.find("date: no date given → on or before the publication date, 2024-04-30") != std::string::npos);
  CHECK(text.find("https://news.example/") != std::string::npos);
  CHECK(text.find("\"A reshuffle at the top\"") != std::string::npos);
}

TEST_CASE("table with explain prints a long URL whole on a narrow terminal") {
  auto entries = render::testing::sample_timeline();
  const std::string url = "https://news.example/" + std::string(120, 'a') + "/story";
  entries[0].sources[0].url = url;
  Options options;
  options.explain = true;
  options.width = 60;
  CHECK(render_timeline(Format::table, options, entries).find(url) != std::string::npos);
}

TEST_CASE("markdown is a GitHub table whose cells cannot break it or inject HTML") {
  const auto entries = render::testing::sample_timeline();
  const std::string text = render_timeline(Format::markdown);
  const auto lines = split_lines(text);
  REQUIRE(lines.size() >= entries.size() + 2);
  for (std::size_t i = 0; i < entries.size() + 2; ++i) {
    CAPTURE(lines[i]);
    CHECK(count_of(lines[i], "|") - count_of(lines[i], "\\|") == 8);
  }
  CHECK(text.find("<script") == std::string::npos);
  CHECK(text.find("directrice \\| recherche") != std::string::npos);

  Options options;
  options.explain = true;
  const std::string explained = render_timeline(Format::markdown, options);
  CHECK(explained.find("<script") == std::string::npos);
  CHECK(explained.find("## Mentions") != std::string::npos);
  CHECK(explained.find("Okafor left in February.") != std::string::npos);
}

TEST_CASE("svg is well-formed XML with every label, escaped, and nothing external") {
  for (bool explain : {false, true}) {
    Options options;
    options.explain = explain;
    options.title = "Departures <b>&</b> more";
    const std::string svg = render_timeline(Format::svg, options);
    CAPTURE(render::testing::xml_problem(svg));
    CHECK(render::testing::xml_problem(svg).empty());
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("href") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find("font-family=\"sans-serif\"") != std::string::npos);
    for (const auto& entry : render::testing::sample_timeline())
      CHECK(svg.find(">" + render::detail::xml_escape(entry.person) + "<") != std::string::npos);
    CHECK(svg.find("Date unknown") != std::string::npos);
    CHECK(svg.find("Acme Labs") != std::string::npos);
    CHECK(svg.find("url(#exodus-fade-before-resigned)") != std::string::npos);  // the open range fades
  }
}

TEST_CASE("svg stays well-formed for an empty timeline, one day, and spans of weeks and decades") {
  using dates::DateRange;
  using dates::Day;
  std::vector<std::vector<TimelineEntry>> timelines(6);
  TimelineEntry a;
  a.person = "A";
  a.org = "Org";
  a.date = DateRange::single_day(Day{2024, 5, 14});
  timelines[1] = {a};
  TimelineEntry b = a;
  b.person = "B";
  b.date = DateRange::single_day(Day{2024, 6, 2});
  timelines[2] = {a, b};
  b.date = DateRange::year_of(1990);
  timelines[3] = {b, a};
  TimelineEntry undated = a;
  undated.date = DateRange::unknown();
  timelines[4] = {undated};
  TimelineEntry open_after = a;
  open_after.date = DateRange{};
  open_after.date.earliest = Day{2024, 4, 1};
  open_after.date.precision = dates::Precision::range;
  timelines[5] = {a, open_after, undated};
  for (const auto& timeline : timelines) {
    const std::string svg = render_timeline(Format::svg, {}, timeline);
    CAPTURE(svg);
    CHECK(render::testing::xml_problem(svg).empty());
    CHECK(svg.find("nan") == std::string::npos);  // no division by an empty domain
    CHECK(svg.find("inf") == std::string::npos);
    for (const auto& entry : timeline) CHECK(svg.find(">" + entry.person + "<") != std::string::npos);
  }
}

TEST_CASE("a long svg chart keeps every person's label and repeats the axis at the bottom") {
  std::vector<TimelineEntry> many;
  for (int i = 0; i < 30; ++i) {
    TimelineEntry e;
    e.person = "Person number " + std::to_string(i) + (i % 7 == 0 ? " with a much longer name than the others" : "");
    e.org = "Organization " + std::to_string(i % 4);
    e.kind = static_cast<DepartureKind>(i % 5);
    e.date = dates::DateRange::single_day(dates::Day{2020 + i % 5, 1 + i % 12, 1 + i % 28});
    many.push_back(e);
  }
  const std::string svg = render_timeline(Format::svg, {}, many);
  CHECK(render::testing::xml_problem(svg).empty());
  for (const auto& e : many) CHECK(svg.find(">" + e.person + "<") != std::string::npos);
  // The label column is wide enough for the longest name at ~7px a character.
  const auto plot_start = svg.find("<line x1=\"");
  REQUIRE(plot_start != std::string::npos);
  const double plot_x = std::stod(svg.substr(plot_start + 10));
  CHECK(plot_x >= 14 + 7.0 * static_cast<double>(many[0].person.size()));
  CHECK(count_of(svg, ">2021<") == 1);     // the year under the month ticks at the top
  CHECK(count_of(svg, ">Jan 2021<") == 1);  // and with the month at the bottom
}

TEST_CASE("html is one self-contained page with everything from articles escaped") {
  for (bool explain : {false, true}) {
    Options options;
    options.explain = explain;
    const std::string html = render_timeline(Format::html, options);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("href=") == std::string::npos);
    CHECK(html.find("url(http") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<table>") != std::string::npos);
    // The inlined chart is well-formed on its own.
    const auto start = html.find("<svg");
    const auto end = html.find("</svg>");
    REQUIRE(start != std::string::npos);
    REQUIRE(end != std::string::npos);
    CHECK(render::testing::xml_problem(html.substr(start, end + 6 - start)).empty());
  }
  Options options;
  options.explain = true;
  const std::string html = render_timeline(Format::html, options);
  CHECK(html.find("Okafor left in February.") != std::string::npos);
  CHECK(html.find("javascript:alert(1)") != std::string::npos);  // shown as text, never as a link
  CHECK(html.find("<blockquote lang=\"en\">Okafor left in February.</blockquote>") != std::string::npos);
  CHECK(html.find("The sources disagree on the date") != std::string::npos);
}

TEST_CASE("hostile text in a person, title or evidence is escaped in every format where it matters") {
  for (Format format : {Format::markdown, Format::timelinejs, Format::svg, Format::html}) {
    for (bool explain : {false, true}) {
      Options options;
      options.explain = explain;
      options.title = render::testing::hostile;
      CAPTURE(render::format_name(format));
      CAPTURE(explain);
      CHECK(render_timeline(format, options).find("<script>") == std::string::npos);
    }
  }
}

TEST_CASE("an empty timeline prints something sensible in every format") {
  for (auto name : render::format_names()) {
    CAPTURE(name);
    const auto format = *render::parse_format(name);
    const std::string text = render_timeline(format, {}, {});
    if (format == Format::jsonl) CHECK(text.empty());  // zero departures, zero lines
    else CHECK_FALSE(text.empty());
    if (format == Format::json) CHECK(json::parse(text) == json::array());
    if (format == Format::timelinejs) CHECK(json::parse(text)["events"].empty());
    if (format == Format::csv) CHECK(render::testing::parse_csv(text).size() == 1);
  }
}
