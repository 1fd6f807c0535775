// Tests of the text module: UTF-8 helpers, normalisation keys, tokens and sentences with byte offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"
#include "text/utf8.hpp"

using namespace exodus;
using namespace exodus::text;

TEST_CASE("UTF-8 validation and repair") {
  CHECK(is_valid_utf8("départ « ok » ’"));
  CHECK_FALSE(is_valid_utf8("caf\xC3"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK(repair_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  std::size_t len = 0;
  CHECK(decode_at("é", 0, len) == U'é');
  CHECK(len == 2);
  std::string out;
  append_utf8(out, U'€');
  CHECK(out == "€");
}

TEST_CASE("normalisation keys for matching") {
  struct Row { std::string in, folded, key; };
  const std::vector<Row> rows = {
      {"L’État", "l'état", "l'etat"},
      {"Démissionné", "démissionné", "demissionne"},
      {"OpenAI", "openai", "openai"},
      {"ÉVINCÉ", "évincé", "evince"},
      {"a\u00A0dit", "a dit", "a dit"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(fold_case(r.in) == r.folded);
    CHECK(match_key(r.in) == r.key);
  }
  CHECK(strip_accents("Éviction") == "Eviction");
}

TEST_CASE("tokens split elisions and clitics and keep offsets") {
  const std::string text = "Qu’il quitte d'OpenAI, Sutskever's exit didn't stop Anne-Sophie de La Tour.";
  const auto tokens = tokenize(text);
  std::vector<std::string> keys;
  for (const auto& t : tokens) keys.push_back(t.key);
  const std::vector<std::string> expected = {"qu'", "il", "quitte", "d'", "openai", ",", "sutskever", "'s", "exit",
                                             "did", "n't", "stop", "anne-sophie", "de", "la", "tour", "."};
  CHECK(keys == expected);
  for (const auto& t : tokens) CHECK(match_key(t.in(text)) == t.key);
  CHECK(tokens[4].capitalised);
  CHECK(tokens[4].inner_caps);
  CHECK_FALSE(tokens[2].capitalised);
  const auto bbc = tokenize("the BBC and 2,5 millions");
  CHECK(bbc[1].all_caps);
  CHECK(bbc[3].kind == TokenKind::number);
  CHECK(bbc[3].key == "2,5");
}

TEST_CASE("sentences: abbreviations, initials, quotes, paragraphs") {
  struct Row { std::string text; std::vector<std::string> sentences; };
  const std::vector<Row> rows = {
      {"M. Dupont est parti. Mme Durand reste.", {"M. Dupont est parti.", "Mme Durand reste."}},
      {"J. K. Rowling wrote it. Then Mr. Smith left.", {"J. K. Rowling wrote it.", "Then Mr. Smith left."}},
      {"Il a écrit « J'ai démissionné. » Puis il est parti.", {"Il a écrit « J'ai démissionné. »", "Puis il est parti."}},
      {"« C'est fini ! » a-t-il lancé. Elle aussi.", {"« C'est fini ! » a-t-il lancé.", "Elle aussi."}},
      {"The U.S. team won. Done.", {"The U.S. team won.", "Done."}},
      {"Un titre sans point\nLe texte commence ici.", {"Un titre sans point", "Le texte commence ici."}},
      {"Une ligne coupée\nau milieu.", {"Une ligne coupée\nau milieu."}},
      {"Premier.\n\nSecond paragraphe. Suite.", {"Premier.", "Second paragraphe.", "Suite."}},
      {"Il a gagné 2.5 millions. Fin", {"Il a gagné 2.5 millions.", "Fin"}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const auto sentences = split_sentences(r.text, Lang::unknown);
    std::vector<std::string> got;
    for (const auto& s : sentences) got.push_back(r.text.substr(s.start, s.end - s.start));
    CHECK(got == r.sentences);
  }
  const auto paras = split_sentences("Premier.\n\nSecond paragraphe. Suite.");
  REQUIRE(paras.size() == 3);
  CHECK(paras[0].paragraph == 0);
  CHECK(paras[1].paragraph == 1);
  CHECK(paras[2].paragraph == 1);
}

TEST_CASE("sentences stay bounded on text without sentence punctuation") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Jean Dupont, ";
  text += "fin";
  const auto sentences = split_sentences(text);
  CHECK(sentences.size() > 10);
  for (const auto& s : sentences) CHECK(s.end - s.start <= 3100);
  std::string spaces(10000, 'a');
  for (std::size_t i = 10; i < spaces.size(); i += 11) spaces[i] = ' ';
  for (const auto& s : split_sentences(spaces)) CHECK(s.end - s.start <= 3100);
}
