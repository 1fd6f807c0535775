// Tokenisation with byte offsets: words (French elisions and English clitics split off), numbers, punctuation.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace exodus::text {

enum class TokenKind { word, number, punct };

struct Token {
  std::size_t start = 0;  // UTF-8 byte offsets into the tokenised text, end exclusive
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  std::string key;        // match_key of the token: lowercase, accents stripped, apostrophes plain ("d'", "demission")
  bool capitalised = false;  // first letter uppercase ("Leike", "OpenAI", "BBC")
  bool all_caps = false;     // two or more letters, all uppercase ("BBC", "PDG")
  bool inner_caps = false;   // an uppercase letter after a lowercase one ("OpenAI", "DeepMind")
  bool newline_before = false;  // a line break separates it from the previous token

  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
  bool is(std::string_view k) const { return key == k; }
};

// Tokens of text[from, to). Elisions split after the apostrophe ("qu'il" → "qu'", "il"; "d'OpenAI" → "d'",
// "OpenAI"); English clitics split before it ("Leike's" → "Leike", "'s"; "didn't" → "did", "n't").
// Hyphenated words stay whole ("Anne-Sophie", "a-t-il").
std::vector<Token> tokenize(std::string_view text, std::size_t from = 0, std::size_t to = std::string_view::npos);

}  // namespace exodus::text
