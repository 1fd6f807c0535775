// French vs English detection by counting function words, which every sentence has whatever its topic.
#include "text/lang_detect.hpp"

#include <string>
#include <unordered_map>

namespace exodus {
namespace {

constexpr std::string_view kFrenchFunctionWords[] = {
#include "text/lang/fr.function_words.inc"
};
constexpr std::string_view kEnglishFunctionWords[] = {
#include "text/lang/en.function_words.inc"
};

// Below this many hits for the winner, the text is too short to tell (a headline, a name, "Jan Leike a démissionné").
constexpr std::size_t kMinWinnerHits = 3;
// The winner must have at least this many times the loser's hits: an English article quoting a French
// sentence stays English, an evenly mixed text stays unknown.
constexpr std::size_t kMinWinnerRatio = 2;

// Which languages a word is a function word of (a bit per language; a word in both tables tells nothing).
enum LangBit : unsigned { kFrBit = 1U, kEnBit = 2U };

const std::unordered_map<std::string_view, unsigned>& function_word_table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, unsigned> words;
    for (std::string_view w : kFrenchFunctionWords) words[w] |= kFrBit;
    for (std::string_view w : kEnglishFunctionWords) words[w] |= kEnBit;
    return words;
  }();
  return table;
}

// The code point starting at byte i and its length in bytes; malformed bytes read as U+FFFD, one byte long.
struct CodePoint {
  char32_t value;
  std::size_t length;
};

CodePoint decode_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {lead, 1};
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return {0xFFFD, 1};
  char32_t value = lead & (0x7FU >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0U) != 0x80U) return {0xFFFD, 1};
    value = (value << 6) | (next & 0x3FU);
  }
  return {value, length};
}

// Letters: ASCII letters and every non-ASCII code point outside the Latin-1 symbols (NBSP, « », ...), the
// multiplication and division signs, general punctuation (dashes, curly quotes, ellipsis) and replacement chars.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;
  return c != 0xFFFD;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }

}  // namespace

LangEvidence language_evidence(std::string_view text) {
  if (text.size() > kLangDetectScanBytes) text = text.substr(0, kLangDetectScanBytes);
  const auto& table = function_word_table();
  LangEvidence evidence;
  std::string token;
  auto count = [&](const std::string& word) {
    ++evidence.words;
    const auto it = table.find(word);
    if (it == table.end()) return;
    if (it->second == kFrBit) ++evidence.fr;
    if (it->second == kEnBit) ++evidence.en;
  };
  std::size_t i = 0;
  bool after_apostrophe = false;  // the word being read follows an apostrophe glued to the previous word
  while (i < text.size()) {
    CodePoint cp = decode_at(text, i);
    if (!is_letter(cp.value)) {
      after_apostrophe = false;
      i += cp.length;
      continue;
    }
    token.clear();
    if (after_apostrophe) token.push_back('\'');
    while (i < text.size() && is_letter(cp.value)) {
      const char c = text[i];
      if (cp.length == 1 && c >= 'A' && c <= 'Z')
        token.push_back(static_cast<char>(c - 'A' + 'a'));
      else
        token.append(text.substr(i, cp.length));
      i += cp.length;
      if (i < text.size()) cp = decode_at(text, i);
    }
    // "l'homme" reads as "l'" then "'homme"; "it's" as "it'" then "'s".
    after_apostrophe = false;
    if (i < text.size() && is_apostrophe(cp.value) && i + cp.length < text.size() &&
        is_letter(decode_at(text, i + cp.length).value)) {
      after_apostrophe = true;
      token.push_back('\'');
      i += cp.length;
    }
    count(token);
  }
  return evidence;
}

Lang detect_language(std::string_view text) {
  const LangEvidence evidence = language_evidence(text);
  const auto decide = [](std::size_t winner, std::size_t loser) {
    return winner >= kMinWinnerHits && winner >= kMinWinnerRatio * loser && winner > loser;
  };
  if (decide(evidence.fr, evidence.en)) return Lang::fr;
  if (decide(evidence.en, evidence.fr)) return Lang::en;
  return Lang::unknown;
}

}  // namespace exodus
