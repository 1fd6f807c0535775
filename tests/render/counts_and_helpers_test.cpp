// Counts in every format that can show them, and the test helpers themselves: the CSV reader and the XML checker
// must reject what a strict reader would, or the format tests above could not fail.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <stdexcept>

#include "render/detail.hpp"
#include "render/render.hpp"
#include "render_test_support.hpp"

using namespace exodus;
using exodus::render::Format;
using nlohmann::json;

namespace {

const std::vector<CountRow> org_counts{{"Acme Labs", 5}, {"Nordwind AG", 1}, {"<script>alert(1)</script>", 2}, {"", 1}};

std::string render_counts(std::string_view by, Format format, const std::vector<CountRow>& rows = org_counts) {
  std::ostringstream out;
  render::write_counts(out, by, rows, format, render::Options{});
  return out.str();
}

}  // namespace

TEST_CASE("counts in json and jsonl name their key after what was counted") {
  const json doc = json::parse(render_counts("org", Format::json));
  REQUIRE(doc.size() == 4);
  CHECK(doc[0] == json::parse(R"({"org": "Acme Labs", "count": 5})"));
  CHECK(doc[3]["org"].is_null());
  std::istringstream lines(render_counts("month", Format::jsonl, {{"2024-05", 3}, {"2024-04", 1}}));
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    CHECK(json::parse(line).contains("month"));
    ++n;
  }
  CHECK(n == 2);
}

TEST_CASE("counts in csv, markdown and table") {
  const auto records = render::testing::parse_csv(render_counts("org", Format::csv));
  REQUIRE(records.size() == 5);
  CHECK(records[0] == std::vector<std::string>{"org", "count"});
  CHECK(records[1] == std::vector<std::string>{"Acme Labs", "5"});

  const std::string markdown = render_counts("kind", Format::markdown, {{"resigned", 4}, {"fired", 1}});
  CHECK(markdown.find("| Kind | Count |") == 0);
  CHECK(markdown.find("| resigned | 4 |") != std::string::npos);
  CHECK(render_counts("org", Format::markdown).find("<script") == std::string::npos);

  const std::string table = render_counts("org", Format::table);
  CHECK(table.find('\x1b') == std::string::npos);
  CHECK(table.find("Acme Labs") != std::string::npos);
  CHECK(table.find("unknown") != std::string::npos);
}

TEST_CASE("counts in svg and html: a bar chart, well-formed and escaped") {
  const std::string svg = render_counts("org", Format::svg);
  CHECK(render::testing::xml_problem(svg).empty());
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("Acme Labs") != std::string::npos);
  const std::string html = render_counts("source", Format::html);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(render::testing::xml_problem(render_counts("org", Format::svg, {})).empty());
}

TEST_CASE("counts refuse timelinejs and unknown keys with a clear error") {
  CHECK_THROWS_AS(render_counts("org", Format::timelinejs), std::invalid_argument);
  CHECK_THROWS_WITH_AS(render_counts("weekday", Format::json), doctest::Contains("month, org, kind, source"),
                       std::invalid_argument);
}

TEST_CASE("text helpers: width of accents and wide characters, truncation, cleaning") {
  using namespace render::detail;
  CHECK(display_width("Élodie") == 6);
  CHECK(display_width("Zoë Ångström") == 12);
  CHECK(display_width("東京") == 4);
  CHECK(truncate_to_width("Élodie Marchand", 8) == "Élodie…");
  CHECK(display_width(truncate_to_width("東京東京東京", 5)) <= 5);
  CHECK(truncate_to_width("short", 10) == "short");
  CHECK(clean_text("a\x1b[31mb\nc") == "a [31mb c");
  CHECK(clean_text("a\nb", true) == "a\nb");
  CHECK(clean_text("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(xml_escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(markdown_cell("a|b") == "a\\|b");
  const auto lines = wrap_to_width("one two three four five", 9);
  CHECK(lines == std::vector<std::string>{"one two", "three", "four five"});
}

TEST_CASE("the test CSV reader rejects malformed CSV") {
  using render::testing::parse_csv;
  CHECK(parse_csv("a,\"b,c\"\r\n1,2\r\n") == std::vector<std::vector<std::string>>{{"a", "b,c"}, {"1", "2"}});
  CHECK_THROWS(parse_csv("a,b\n"));
  CHECK_THROWS(parse_csv("a,\"b\r\n"));
  CHECK_THROWS(parse_csv("a,b\"c\r\n"));
  CHECK_THROWS(parse_csv("a,\"b\"c\r\n"));
  CHECK_THROWS(parse_csv("a,b"));
}

TEST_CASE("the test XML checker rejects what is not well-formed") {
  using render::testing::xml_problem;
  CHECK(xml_problem("<?xml version=\"1.0\"?>\n<svg a=\"1\"><g><text>x &amp; y &#39;</text></g><rect/></svg>\n").empty());
  CHECK_FALSE(xml_problem("<svg><g></svg>").empty());
  CHECK_FALSE(xml_problem("<svg><text>a < b</text></svg>").empty());
  CHECK_FALSE(xml_problem("<svg><text>a & b</text></svg>").empty());
  CHECK_FALSE(xml_problem("<svg><text>&nbsp;</text></svg>").empty());
  CHECK_FALSE(xml_problem("<svg a=1></svg>").empty());
  CHECK_FALSE(xml_problem("<svg a=\"1\" a=\"2\"></svg>").empty());
  CHECK_FALSE(xml_problem("<svg a=\"<\"></svg>").empty());
  CHECK_FALSE(xml_problem("<svg></svg><svg></svg>").empty());
  CHECK_FALSE(xml_problem("<svg>\x1b</svg>").empty());
  CHECK_FALSE(xml_problem("<svg>").empty());
}

TEST_CASE("random bytes in every text field never break json, csv or svg") {
  // A fixed-seed generator: the same hostile inputs on every run, covering invalid UTF-8, controls and markup.
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const std::string alphabet = "<>&\"',;|\n\r\t=+-@`*_[]\\ aéZ\x1b\x01\x7f\xC3\xA9\xE2\x80\xA6\xFF\xC3";
  auto random_text = [&] {
    std::string text;
    const auto length = next() % 24;
    for (std::uint64_t i = 0; i < length; ++i) text += alphabet[next() % alphabet.size()];
    return text;
  };
  for (int round = 0; round < 200; ++round) {
    auto entries = render::testing::sample_timeline();
    for (auto& entry : entries) {
      entry.person = random_text();
      entry.org = random_text();
      entry.role = random_text();
      entry.date.text = random_text();
      for (auto& source : entry.sources) {
        source.name = random_text();
        source.title = random_text();
        source.evidence = random_text();
      }
    }
    render::Options options;
    options.explain = round % 2 == 0;
    options.title = random_text();
    auto print = [&](Format format) {
      std::ostringstream out;
      render::write_timeline(out, entries, format, options);
      return out.str();
    };
    CAPTURE(round);
    CHECK(render::testing::xml_problem(print(Format::svg)).empty());
    CHECK(json::parse(print(Format::json)).size() == entries.size());
    CHECK(json::parse(print(Format::timelinejs)).contains("events"));
    CHECK(render::testing::parse_csv(print(Format::csv)).size() == entries.size() + 1);
    const std::string html = print(Format::html);
    const auto start = html.find("<svg");
    CHECK(render::testing::xml_problem(html.substr(start, html.find("</svg>") + 6 - start)).empty());
    CHECK(print(Format::table).find('\x1b') == std::string::npos);
  }
}
