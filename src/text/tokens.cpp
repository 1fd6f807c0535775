// Tokeniser: a single forward scan over code points, so it is linear in the text.
#include "text/tokens.hpp"

#include <algorithm>
#include <array>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace exodus::text {

namespace {

// French elided words: the apostrophe belongs to them and ends the token ("qu'", "d'", "l'").
constexpr std::array<std::string_view, 14> kElisions = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
                                                          "lorsqu", "puisqu", "quoiqu", "presqu"};
// English clitics that start at the apostrophe.
constexpr std::array<std::string_view, 6> kClitics = {"s", "re", "ve", "ll", "d", "m"};

// Most bytes of news text are ASCII: these answer for them inline (with decode_fast) and hand anything else to
// the general functions, so the scan does not call out for every byte.
inline bool ascii_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

inline bool space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  return is_space(cp);
}

inline bool letter(char32_t cp) { return cp < 0x80 ? ascii_letter(cp) : is_letter(cp); }

bool is_apostrophe(char32_t cp) { return plain_char(cp) == U'\''; }

bool is_mark(char32_t cp) {
  // Combining marks continue a word (decomposed accents).
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1DC0 && cp <= 0x1DFF);
}

inline bool word_char(char32_t cp) {
  if (cp < 0x80) return ascii_letter(cp) || (cp >= '0' && cp <= '9');
  return is_letter(cp) || is_digit(cp) || is_mark(cp);
}

std::string lower_ascii_key(std::string_view s) { return match_key(s); }

// The case and kind flags of a token, gathered letter by letter by both finishers below.
struct LetterFlags {
  int letters = 0, uppers = 0;
  bool prev_lower = false, first_letter_seen = false, has_digit = false;

  void other(bool digit) {
    has_digit = has_digit || digit;
    prev_lower = false;
  }
  void letter(Token& t, bool up) {
    ++letters;
    if (!first_letter_seen) {
      t.capitalised = up;
      first_letter_seen = true;
    }
    if (up) {
      ++uppers;
      if (prev_lower) t.inner_caps = true;
    }
    prev_lower = !up;
  }
  void apply(Token& t) const {
    t.all_caps = letters >= 2 && uppers == letters;
    if (letters == 0) t.kind = has_digit ? TokenKind::number : TokenKind::punct;
  }
};

// finish() for a token of ASCII bytes only: the same key and flags, from one pass over its bytes.
void finish_ascii(Token& t, std::string_view s) {
  t.key.assign(s);
  LetterFlags flags;
  for (char& c : t.key) {
    const bool up = c >= 'A' && c <= 'Z';
    if (!up && !(c >= 'a' && c <= 'z')) {
      flags.other(c >= '0' && c <= '9');
      continue;
    }
    flags.letter(t, up);
    if (up) c = static_cast<char>(c - 'A' + 'a');
  }
  flags.apply(t);
}

bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

void finish(Token& t, std::string_view text) {
  const std::string_view s = text.substr(t.start, t.end - t.start);
  if (all_ascii(s)) {
    finish_ascii(t, s);
    return;
  }
  t.key = match_key(s);
  LetterFlags flags;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t len = 0;
    const char32_t cp = decode_at(s, pos, len);
    pos += len;
    if (!is_letter(cp)) {
      flags.other(is_digit(cp));
      continue;
    }
    flags.letter(t, is_upper(cp));
  }
  flags.apply(t);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t from, std::size_t to) {
  if (to > text.size()) to = text.size();
  std::vector<Token> tokens;
  tokens.reserve((to - from) / 5 + 4);
  bool newline = false;
  std::size_t pos = from;
  while (pos < to) {
    std::size_t len = 0;
    const char32_t cp = decode_fast(text, pos, len);
    if (space(cp)) {
      if (cp == '\n') newline = true;
      pos += len;
      continue;
    }
    Token t;
    t.start = pos;
    t.newline_before = newline;
    newline = false;
    if (!word_char(cp)) {
      t.end = pos + len;
      t.kind = TokenKind::punct;
      finish(t, text);
      t.kind = TokenKind::punct;
      tokens.push_back(std::move(t));
      pos += len;
      continue;
    }
    // A word: letters and digits, joined by inner hyphens, apostrophes, and periods or commas between digits.
    std::size_t end = pos + len;
    while (end < to) {
      std::size_t l2 = 0;
      const char32_t c2 = decode_fast(text, end, l2);
      if (word_char(c2)) {
        end += l2;
        continue;
      }
      if (end + l2 >= to) break;
      std::size_t l3 = 0;
      const char32_t next = decode_fast(text, end + l2, l3);
      if ((c2 == '-' || plain_char(c2) == '-') && word_char(next)) {
        end += l2;
        continue;
      }
      if ((c2 == '.' || c2 == ',') && is_digit(next) && end > pos) {
        std::size_t prev = previous_code_point(text, end);
        std::size_t l4 = 0;
        if (is_digit(decode_fast(text, prev, l4))) {
          end += l2;
          continue;
        }
      }
      if (is_apostrophe(c2) && letter(next)) {
        const std::string before = lower_ascii_key(text.substr(pos, end - pos));
        if (std::find(kElisions.begin(), kElisions.end(), before) != kElisions.end()) {
          end += l2;  // the elided word keeps its apostrophe and ends here
          break;
        }
        // English clitic: split before the apostrophe.
        std::size_t wend = end + l2;
        while (wend < to) {
          std::size_t l5 = 0;
          if (!letter(decode_fast(text, wend, l5))) break;
          wend += l5;
        }
        const std::string after = lower_ascii_key(text.substr(end + l2, wend - end - l2));
        if (std::find(kClitics.begin(), kClitics.end(), after) != kClitics.end()) break;
        if (after == "t" && before.size() > 1 && before.back() == 'n') {
          // "didn't": the "n" goes with the clitic.
          end = previous_code_point(text, end);
          break;
        }
        end += l2;  // an apostrophe inside a name: O'Brien, aujourd'hui
        continue;
      }
      break;
    }
    t.end = end;
    finish(t, text);
    tokens.push_back(std::move(t));
    pos = end;
    // An English clitic follows directly: emit it as its own token.
    if (pos < to) {
      std::size_t l2 = 0;
      const char32_t c2 = decode_fast(text, pos, l2);
      const bool nt = (c2 == 'n' || c2 == 'N') && pos + 1 < to;
      if (is_apostrophe(c2) || nt) {
        std::size_t wend = pos + l2;
        if (nt) {
          std::size_t l3 = 0;
          if (!is_apostrophe(decode_fast(text, wend, l3))) continue;
          wend += l3;
        }
        std::size_t letters_end = wend;
        while (letters_end < to) {
          std::size_t l5 = 0;
          if (!letter(decode_fast(text, letters_end, l5))) break;
          letters_end += l5;
        }
        if (letters_end > wend) {
          Token c;
          c.start = pos;
          c.end = letters_end;
          finish(c, text);
          tokens.push_back(std::move(c));
          pos = letters_end;
        }
      }
    }
  }
  return tokens;
}

}  // namespace exodus::text
