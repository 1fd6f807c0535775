// Tests of the pattern index: the patterns it offers for a word are exactly those that may start there.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/matcher.hpp"

using namespace exodus::extract;

TEST_CASE("a pattern index offers the patterns a word may start, in order") {
  const std::vector<std::string_view> numbers = {"un", "deux"};
  const std::vector<TokenPattern> patterns = {
      TokenPattern("annonc*|confirm* son départ"),  // 0: prefixes
      TokenPattern("quitte|quitté"),                 // 1: exact words
      TokenPattern("# jours plus tard", &numbers),   // 2: a number first
      TokenPattern("départ"),                        // 3
      TokenPattern("quitte le navire"),              // 4
  };
  std::vector<const TokenPattern*> pointers;
  for (const auto& p : patterns) pointers.push_back(&p);
  const PatternIndex index(pointers);
  std::vector<std::size_t> out;
  auto offered = [&](std::string_view key) {
    index.candidates(key, out);
    return out;
  };
  CHECK(offered("quitte") == std::vector<std::size_t>{1, 2, 4});
  CHECK(offered("annonce") == std::vector<std::size_t>{0, 2});
  CHECK(offered("confirme") == std::vector<std::size_t>{0, 2});
  CHECK(offered("depart") == std::vector<std::size_t>{2, 3});
  CHECK(offered("rejoint") == std::vector<std::size_t>{2});  // only the number pattern may start anywhere
  CHECK(offered("") == std::vector<std::size_t>{2});
}

TEST_CASE("a pattern written with a French elision matches the tokens the elision splits into") {
  const TokenPattern pattern("pas l'intention");
  const auto tokens = exodus::text::tokenize("Elle n'a pas l'intention de partir.");
  std::size_t matched_at = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (pattern.match(tokens, i, tokens.size(), 0)) matched_at = i;
  REQUIRE(matched_at > 0);
  CHECK(tokens[matched_at].key == "pas");
}
