// Sentence splitter: a forward scan deciding at each terminator, paragraph break or line break.
#include "text/sentences.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace exodus::text {

namespace {

constexpr std::size_t kLongSentence = 1500;

constexpr std::string_view kFrenchAbbreviations[] = {
#include "text/lang/fr.abbreviations.inc"
};
constexpr std::string_view kEnglishAbbreviations[] = {
#include "text/lang/en.abbreviations.inc"
};

bool is_closer(char32_t cp) {
  return cp == U'\u00BB' || cp == '"' || cp == U'\u201D' || cp == U'\u2019' || cp == '\'' || cp == ')' ||
         cp == ']' || cp == U'\u203A';
}

bool is_opener(char32_t cp) {
  return cp == U'\u00AB' || cp == '"' || cp == U'\u201C' || cp == '(' || cp == '[' || cp == U'\u2014' ||
         cp == U'\u2013' || cp == '-' || cp == U'\u2039' || cp == '\'' || cp == U'\u2018';
}

// The match keys of a list of abbreviations, computed once: every word before a period is looked up.
template <std::size_t N>
std::unordered_set<std::string> keys_of(const std::string_view (&list)[N]) {
  std::unordered_set<std::string> keys;
  for (std::string_view a : list) keys.insert(match_key(a));
  return keys;
}

bool known_abbreviation(std::string_view word, Lang lang) {
  static const auto french = keys_of(kFrenchAbbreviations);
  static const auto english = keys_of(kEnglishAbbreviations);
  const std::string key = match_key(word);
  if (lang != Lang::en && french.count(key)) return true;
  if (lang != Lang::fr && english.count(key)) return true;
  return false;
}


// The word (letters, inner periods and hyphens) that ends just before byte `dot`.
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0) {
    const std::size_t prev = previous_code_point(text, start);
    std::size_t len = 0;
    const char32_t cp = decode_at(text, prev, len);
    if (!(is_letter(cp) || cp == '.' || cp == '-')) break;
    start = prev;
  }
  return text.substr(start, dot - start);
}

// True when the period at `dot` ends an abbreviation or an initial rather than a sentence.
bool period_is_abbreviation(std::string_view text, std::size_t dot, Lang lang) {
  const std::string_view word = word_before(text, dot);
  if (word.empty()) return false;
  std::size_t len = 0;
  const char32_t first = decode_at(word, 0, len);
  if (len == word.size() && is_upper(first)) return true;  // an initial: "J. K. Rowling"
  if (word.find('.') != std::string_view::npos) {
    // "U.S." or "J.-C.": letters separated by periods.
    bool all_short = true;
    std::size_t seg = 0;
    for (char c : word) {
      if (c == '.' || c == '-') {
        if (seg > 2) all_short = false;
        seg = 0;
      } else {
        ++seg;
      }
    }
    if (all_short && seg <= 2) return true;
  }
  return known_abbreviation(word, lang);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, Lang lang) {
  std::vector<Sentence> out;
  int paragraph = 0;
  std::size_t start = std::string_view::npos;  // start of the current sentence, npos while in whitespace
  std::size_t last_non_space = 0;              // end of the last non-space code point
  int sentence_paragraph = 0;

  auto close = [&](std::size_t end) {
    if (start != std::string_view::npos && end > start) out.push_back({start, end, sentence_paragraph});
    start = std::string_view::npos;
  };

  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len = 0;
    const char32_t cp = decode_fast(text, pos, len);
    if (cp == '\n') {
      // Count the line breaks in this run of whitespace.
      int breaks = 0;
      std::size_t p = pos;
      while (p < text.size()) {
        std::size_t l2 = 0;
        const char32_t c2 = decode_fast(text, p, l2);
        if (c2 == '\n') ++breaks;
        else if (!is_space(c2)) break;
        p += l2;
      }
      if (breaks >= 2) {
        close(last_non_space);
        if (!out.empty() && out.back().paragraph == paragraph) ++paragraph;
      } else if (p < text.size() && start != std::string_view::npos) {
        std::size_t l3 = 0;
        const char32_t next = decode_fast(text, p, l3);
        if (is_upper(next) || is_opener(next) || is_digit(next)) close(last_non_space);
      }
      pos = p;
      continue;
    }
    if (is_space(cp)) {
      pos += len;
      continue;
    }
    if (start == std::string_view::npos) {
      start = pos;
      sentence_paragraph = paragraph;
    }
    last_non_space = pos + len;
    // Text without sentence punctuation (lists, tables, scraped pages) is cut into bounded pieces so that no
    // later stage ever works on an unbounded "sentence": at a comma or semicolon past kLongSentence bytes,
    // anywhere past twice that.
    if (pos - start > kLongSentence && (cp == ',' || cp == ';')) {
      close(pos + len);
      pos += len;
      continue;
    }
    if (pos - start > 2 * kLongSentence && pos + len < text.size()) {
      std::size_t l2 = 0;
      if (is_space(decode_fast(text, pos + len, l2))) {
        close(pos + len);
        pos += len;
        continue;
      }
    }
    if (cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026') {
      std::size_t end = pos + len;
      // Runs of terminators ("?!", "...") and closing quotes or brackets belong to this sentence.
      while (end < text.size()) {
        std::size_t l2 = 0;
        const char32_t c2 = decode_fast(text, end, l2);
        if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == U'\u2026' || is_closer(c2)) end += l2;
        else if ((c2 == U'\u00A0' || c2 == U'\u202F' || c2 == ' ') && end + l2 < text.size()) {
          // "démissionné !" style spacing before a closing guillemet.
          std::size_t l3 = 0;
          if (decode_fast(text, end + l2, l3) == U'\u00BB') end += l2;
          else break;
        } else break;
      }
      // What follows: whitespace, then something that can start a sentence.
      std::size_t p = end;
      bool saw_space = false;
      while (p < text.size()) {
        std::size_t l2 = 0;
        const char32_t c2 = decode_fast(text, p, l2);
        if (!is_space(c2) || c2 == '\n') break;
        saw_space = true;
        p += l2;
      }
      bool boundary = false;
      if (p >= text.size()) boundary = true;
      else if (saw_space) {
        std::size_t l3 = 0;
        const char32_t next = decode_fast(text, p, l3);
        boundary = is_upper(next) || is_opener(next) || is_digit(next);
        if (boundary && cp == '.' && end == pos + len && period_is_abbreviation(text, pos, lang)) boundary = false;
      } else {
        std::size_t l3 = 0;
        boundary = p < text.size() && decode_fast(text, p, l3) == '\n';
      }
      last_non_space = end;
      if (boundary) {
        close(end);
        pos = end;
        continue;
      }
      pos = end;
      continue;
    }
    pos += len;
  }
  close(last_non_space);
  return out;
}

}  // namespace exodus::text
