// Acceptance on the shared seed article: exactly the eight departures of its gold file, with the gold's kind,
// a date of the gold's precision containing the real-world date (give or take a day), the gold's source, and
// Sutskever ordered before Leike on the same day.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "dates/date_range.hpp"
#include "extract/extractor.hpp"

using namespace exodus;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The seed starts with a front matter block between two "---" lines.
Article seed_article(const std::string& content) {
  Article article;
  REQUIRE(content.rfind("---\n", 0) == 0);
  const std::size_t close = content.find("\n---\n", 3);
  REQUIRE(close != std::string::npos);
  std::istringstream header(content.substr(4, close - 4));
  std::string line;
  while (std::getline(header, line)) {
    const std::size_t colon = line.find(": ");
    if (colon == std::string::npos) continue;
    const std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "title") article.meta.title = value;
    if (key == "published") article.meta.published = value;
    if (key == "outlet") article.meta.outlet = value;
    if (key == "lang") article.meta.lang = parse_lang(value);
  }
  article.text = content.substr(close + 5);
  article.origin = "seed";
  return article;
}

// The range a real-world date such as "2024-05-14 (evening)", "2024-04" or "2024-04-29/2024-05-03" covers.
dates::DateRange real_world(const std::string& text) {
  const std::string head = text.substr(0, text.find(' '));
  const std::size_t slash = head.find('/');
  if (slash != std::string::npos) {
    auto a = dates::parse_partial_date(head.substr(0, slash));
    auto b = dates::parse_partial_date(head.substr(slash + 1));
    REQUIRE(a);
    REQUIRE(b);
    return dates::DateRange::between(a->first(), b->last(), dates::Precision::range);
  }
  auto d = dates::parse_partial_date(head);
  REQUIRE(d);
  return dates::DateRange::between(d->first(), d->last(), dates::Precision::range);
}

}  // namespace

TEST_CASE("seed: the eight departures of the OpenAI article, and nothing else") {
  const std::filesystem::path seeds = EXODUS_SHARED_DIR "/seeds";
  const auto article_path = seeds / "openai-departures-2024-05-15.fr.txt";
  const auto gold_path = seeds / "openai-departures-2024-05-15.gold.json";
  if (!std::filesystem::exists(article_path) || !std::filesystem::exists(gold_path)) {
    MESSAGE("seed files not found under " << seeds.string() << ": seed acceptance skipped");
    return;
  }
  const Article article = seed_article(slurp(article_path));
  const auto gold = nlohmann::json::parse(slurp(gold_path));
  const auto mentions = extract_departures(article);

  const auto& timeline = gold.at("timeline");
  CHECK(mentions.size() == timeline.size());
  for (const auto& g : timeline) {
    const std::string person = g.at("person");
    CAPTURE(person);
    auto it = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.person == person; });
    REQUIRE(it != mentions.end());
    CHECK(it->org == g.at("org").get<std::string>());
    CHECK(kind_name(it->kind) == g.at("kind").get<std::string>());
    CHECK(it->source == g.at("source").get<std::string>());
    // The gold's precision, and a range that contains the real-world date (one day of slack each side).
    const auto expected_precision = dates::parse_precision(g.at("date").at("precision").get<std::string>());
    REQUIRE(expected_precision);
    CHECK(it->date.precision == *expected_precision);
    const auto truth = real_world(g.at("real_world").get<std::string>());
    REQUIRE(it->date.earliest);
    REQUIRE(it->date.latest);
    CHECK(it->date.earliest->serial() <= truth.latest->serial() + 1);
    CHECK(it->date.latest->serial() >= truth.earliest->serial() - 1);
    CHECK_FALSE(it->evidence.empty());
  }
  for (const auto& m : mentions) {
    CAPTURE(m.person);
    CHECK(m.person.find("Altman") == std::string::npos);
    CHECK(m.person.find("Insider") == std::string::npos);
  }
  auto order_of = [&](std::string_view person) {
    for (const auto& m : mentions)
      if (m.person == person) return m.order;
    return -1;
  };
  CHECK(order_of("Ilya Sutskever") >= 0);
  CHECK(order_of("Ilya Sutskever") < order_of("Jan Leike"));
}
