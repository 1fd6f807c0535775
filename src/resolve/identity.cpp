// Name folding and keys for people and organizations.
#include "resolve/identity.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

namespace exodus::resolve {

std::string fold_text(std::string_view text) {
  utf8proc_uint8_t* out = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STABLE);
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &out, options);
  if (n < 0) {  // invalid UTF-8: fall back to ASCII lower case so a key still exists
    std::string lower(text);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
  }
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> holder(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

namespace {

bool is_letter_or_digit(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default: return false;
  }
}

// Folds, then keeps words only: every other character separates words, except an apostrophe (' or ’)
// inside a word, which stays as ' ("o'neill").
std::vector<std::string> folded_words(std::string_view text) {
  const std::string folded = fold_text(text);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  utf8proc_ssize_t pos = 0;
  const auto size = static_cast<utf8proc_ssize_t>(folded.size());
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (len <= 0) {  // not UTF-8: treat the byte as a separator
      flush();
      ++pos;
      continue;
    }
    if (cp == '\'' || cp == 0x2019) {
      if (!word.empty()) word.push_back('\'');
    } else if (is_letter_or_digit(cp)) {
      word.append(folded, static_cast<std::size_t>(pos), static_cast<std::size_t>(len));
    } else {
      flush();
    }
    pos += len;
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

std::string person_key(std::string_view name) { return fold_name(name); }

std::string surname_key(std::string_view name) {
  const auto words = folded_words(name);
  return words.empty() ? std::string{} : words.back();
}

bool is_single_word(std::string_view name) { return folded_words(name).size() == 1; }

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
      "sa", "sas", "sarl", "se", "nv", "bv", "spa", "lp", "llp", "pbc", "company"};
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
