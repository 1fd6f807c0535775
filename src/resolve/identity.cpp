// Name folding and keys for people and organizations.
#include "resolve/identity.hpp"

#include <array>
#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace exodus::resolve {

std::string fold_text(std::string_view text) {
  return text::match_key(text);
}

namespace {

// Folds, then keeps words only: every other character separates words, except an apostrophe (' or ’)
// inside a word, which stays as ' ("o'neill").
std::vector<std::string> folded_words(std::string_view name) {
  const std::string folded = fold_text(name);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t pos = 0, length = 0; pos < folded.size(); pos += length) {
    const char32_t cp = text::decode_at(folded, pos, length);
    if (cp == U'\'' || cp == U'\u2019') {
      if (!word.empty()) word.push_back('\'');
    } else if (text::is_letter(cp) || text::is_digit(cp)) {
      word.append(folded, pos, length);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

}  // namespace

std::string fold_name(std::string_view name) {
  const auto words = folded_words(name);
  return join(words, 0, words.size());
}

std::string person_key(std::string_view name) {
  return fold_name(name);
}

std::string surname_key(std::string_view name) {
  const auto words = folded_words(name);
  return words.empty() ? std::string{} : words.back();
}

bool is_single_word(std::string_view name) {
  return folded_words(name).size() == 1;
}

std::string org_key(std::string_view name) {
  auto words = folded_words(name);
  static const std::array<std::string_view, 6> leading = {"the", "le", "la", "les", "l", "l'"};
  if (words.size() > 1)
    for (auto article : leading)
      if (words.front() == article) {
        words.erase(words.begin());
        break;
      }
  // "l'oreal" keeps its apostrophe inside the word; a leading "l'" glued to a name is dropped.
  if (!words.empty() && words.front().rfind("l'", 0) == 0 && words.front().size() > 2 && words.size() > 1)
    words.front() = words.front().substr(2);
  static const std::array<std::string_view, 22> legal_suffixes = {
      "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "gmbh", "ag",
      "sa",  "sas",          "sarl", "se",          "nv", "bv",  "spa",     "lp",  "llp", "pbc",  "company"};
  while (words.size() > 1) {
    bool dropped = false;
    for (auto suffix : legal_suffixes)
      if (words.back() == suffix) {
        words.pop_back();
        dropped = true;
        break;
      }
    if (!dropped) break;
  }
  return join(words, 0, words.size());
}

}  // namespace exodus::resolve
