// Article readers: front matter, JSON Lines, JSON, format detection and the checks before extraction.
#include <doctest/doctest.h>

#include <sstream>

#include "ingest/readers.hpp"

using namespace exodus::ingest;
using exodus::Article;
using exodus::Lang;

namespace {

Article text_article(const std::string& content) {
  auto parsed = parse_text_article(content, "a.txt");
  REQUIRE(std::holds_alternative<Article>(parsed));
  return std::get<Article>(parsed);
}

std::string text_error(const std::string& content) {
  auto parsed = parse_text_article(content, "a.txt");
  REQUIRE(std::holds_alternative<std::string>(parsed));
  return std::get<std::string>(parsed);
}

}  // namespace

TEST_CASE("front matter gives the metadata and is removed from the text") {
  const auto a = text_article(
      "---\ntitle: \"Départ à la banque\"\npublished: 2025-03-12\noutlet: Le Courrier\nurl: https://example.org/a\n"
      "lang: fr\n---\nLe texte.\n");
  CHECK(a.meta.title == "Départ à la banque");
  CHECK(a.meta.published == "2025-03-12");
  CHECK(a.meta.outlet == "Le Courrier");
  CHECK(a.meta.url == "https://example.org/a");
  CHECK(a.meta.lang == Lang::fr);
  CHECK(a.text == "Le texte.\n");
}

TEST_CASE("text without front matter is all text; CRLF and a BOM are fine") {
  CHECK(text_article("Just text.\n---\nmore").text == "Just text.\n---\nmore");
  const auto a = text_article("\xEF\xBB\xBF---\r\nlang: en\r\n---\r\nBody.");
  CHECK(a.meta.lang == Lang::en);
  CHECK(a.text == "Body.");
}

TEST_CASE("front matter that never closes, or names another language, is an error") {
  CHECK(text_error("---\ntitle: x\nno end\n").find("never closes") != std::string::npos);
  CHECK(text_error("---\nlang: de\n---\nText").find("unsupported language") != std::string::npos);
}

TEST_CASE("JSON Lines: each bad line is reported with its number, the others are read") {
  std::istringstream in(
      "{\"text\": \"one\", \"lang\": \"en\"}\n"
      "\n"
      "{not json}\n"
      "{\"title\": \"no text\"}\n"
      "[1, 2]\n"
      "{\"text\": \"two\", \"published\": \"2024-05\"}");
  std::vector<Article> articles;
  std::vector<Diagnostic> errors;
  read_json_lines(in, "b.jsonl", [&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](const Diagnostic& d) { errors.push_back(d); });
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].origin == "b.jsonl:1");
  CHECK(articles[1].origin == "b.jsonl:6");
  CHECK(articles[1].meta.published == "2024-05");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].where == "b.jsonl:3");
  CHECK(errors[1].where == "b.jsonl:4");
  CHECK(errors[1].message.find("text") != std::string::npos);
  CHECK(errors[2].where == "b.jsonl:5");
}

TEST_CASE("a JSON line longer than the limit is skipped without holding it") {
  std::string huge = "{\"text\": \"" + std::string(kMaxArticleBytes + 10, 'a') + "\"}\n{\"text\": \"ok\"}\n";
  std::istringstream in(huge);
  std::vector<Article> articles;
  std::vector<Diagnostic> errors;
  read_json_lines(in, "big.jsonl", [&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](const Diagnostic& d) { errors.push_back(d); });
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].origin == "big.jsonl:2");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where == "big.jsonl:1");
}

TEST_CASE("a JSON document holds one article or an array of them") {
  std::vector<Article> articles;
  std::vector<Diagnostic> errors;
  auto collect = [&](Article&& a) { articles.push_back(std::move(a)); };
  auto fail = [&](const Diagnostic& d) { errors.push_back(d); };
  read_json_document(R"([{"text": "a"}, {"text": 3}, {"text": "c"}])", "x.json", collect, fail);
  CHECK(articles.size() == 2);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where == "x.json[1]");
}

TEST_CASE("formats by extension and by content") {
  CHECK(format_from_extension("a/B.TXT") == InputFormat::text);
  CHECK(format_from_extension("x.ndjson") == InputFormat::jsonl);
  CHECK(format_from_extension("x.json") == InputFormat::json);
  CHECK(format_from_extension("page.htm") == InputFormat::html);
  CHECK_FALSE(format_from_extension("notes.pdf"));
  CHECK(sniff_format("  {\"text\": 1}") == InputFormat::jsonl);
  CHECK(sniff_format("[{}]") == InputFormat::json);
  CHECK(sniff_format("<!DOCTYPE html><html>") == InputFormat::html);
  CHECK(sniff_format("---\ntitle: x\n---\n") == InputFormat::text);
  CHECK(sniff_format("<3 is not a tag") == InputFormat::text);
}

TEST_CASE("prepare_article fills defaults and refuses what cannot be read") {
  exodus::ArticleMeta defaults;
  defaults.published = "2024-05-15";
  defaults.lang = Lang::fr;
  defaults.outlet = "Le Courrier";
  auto has_error = [](const std::vector<Diagnostic>& ds, const std::string& word) {
    for (const auto& d : ds)
      if (d.severity == Severity::error && d.message.find(word) != std::string::npos) return true;
    return false;
  };

  Article a;
  a.text = "Marie Curie a quitté le laboratoire.";
  CHECK(prepare_article(a, defaults).empty());
  CHECK(a.meta.published == "2024-05-15");
  CHECK(a.meta.outlet == "Le Courrier");

  Article bad_utf8;
  bad_utf8.text = "caf\xE9";
  CHECK(has_error(prepare_article(bad_utf8, defaults), "UTF-8"));

  Article nul;
  nul.text = std::string("a\0b", 3);
  CHECK(has_error(prepare_article(nul, defaults), "NUL"));

  Article impossible;
  impossible.text = "x";
  impossible.meta.published = "2024-02-30";
  CHECK(has_error(prepare_article(impossible, defaults), "impossible"));

  Article future;
  future.text = "Someone left.";
  future.meta.published = "2999-01-01";
  auto ds = prepare_article(future, defaults);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::warning);

  Article empty;
  empty.text = "  \n";
  ds = prepare_article(empty, defaults);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].severity == Severity::warning);

  Article unknown_lang;
  unknown_lang.text = "Zyx.";
  CHECK(has_error(prepare_article(unknown_lang, {}), "French or English"));
}
