// Word sets and token patterns compiled from a Lexicon, matched against tokens by their match_key.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/tokens.hpp"

namespace exodus::extract {

// Most words looked up belong to no set, and the extractor asks dozens of sets about every token: a 256-bit
// summary of a set's words (by length and end bytes) answers most misses without hashing the word. May say
// yes for a word not added; never says no for one added.
class WordFilter {
 public:
  void add(std::string_view key) {
    if (key.empty()) has_empty_ = true;
    else bits_[bit(key) >> 6] |= std::uint64_t{1} << (bit(key) & 63);
  }
  bool may_contain(std::string_view key) const {
    return key.empty() ? has_empty_ : ((bits_[bit(key) >> 6] >> (bit(key) & 63)) & 1u) != 0;
  }

 private:
  static unsigned bit(std::string_view key) {
    return (static_cast<unsigned>(key.size()) * 31u + static_cast<unsigned char>(key.front()) * 7u +
            static_cast<unsigned char>(key.back())) & 255u;
  }
  std::uint64_t bits_[4] = {};
  bool has_empty_ = false;
};

// A set of words where an entry ending in '*' stands for every word starting with it.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string_view>& words);
  bool contains(std::string_view key) const;
  bool empty() const { return exact_.empty() && prefixes_.empty(); }
  template <class Visit>
  void for_each_exact(Visit visit) const {
    for (const auto& w : exact_) visit(w);
  }
  const std::vector<std::string>& prefixes() const { return prefixes_; }

 private:
  // Looked up by string_view without building a string (transparent hash).
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> exact_;
  std::vector<std::string> prefixes_;
  WordFilter exact_filter_;
  bool prefix_first_byte_[256] = {};  // some prefix starts with this byte
  bool has_empty_prefix_ = false;     // a bare '*': every word
};

// A sequence of token alternatives ("annonc*|annoncé* son|sa départ"); '#' stands for a number.
class TokenPattern {
 public:
  TokenPattern() = default;
  // `number_words` lists the language's number words in order ("un", "deux" …) for '#' elements.
  TokenPattern(std::string_view pattern, const std::vector<std::string_view>* number_words = nullptr);
  // Matches starting at tokens[at] (at < to); consecutive elements may be separated by up to `gap` word tokens.
  // Returns the index one past the last matched token, or 0 when there is no match. `number` receives the
  // value of a '#' element.
  std::size_t match(const std::vector<text::Token>& tokens, std::size_t at, std::size_t to, int gap,
                    int* number = nullptr) const;
  std::size_t size() const { return elements_.size(); }
  const WordSet& first_element() const { return elements_.front(); }
  bool starts_with_number() const { return !is_number_.empty() && is_number_.front(); }

 private:
  std::vector<WordSet> elements_;
  std::vector<bool> is_number_;
  std::vector<std::string> number_keys_;  // the language's number words, as match keys, in order from one
};

// Which patterns of a list may start at a word, looked up by the word rather than by trying every pattern at
// every token (lexicons hold a hundred patterns; most words start none).
class PatternIndex {
 public:
  PatternIndex() = default;
  explicit PatternIndex(const std::vector<const TokenPattern*>& patterns);
  // Fills `out` with the indices, ascending, of the patterns whose first element may match `key`.
  void candidates(std::string_view key, std::vector<std::size_t>& out) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>> by_word_;
  WordFilter word_filter_;  // the keys of by_word_
  // A first element's "annonc*" → its pattern, bucketed by the prefix's first byte.
  std::vector<std::vector<std::pair<std::string, std::size_t>>> by_prefix_ =
      std::vector<std::vector<std::pair<std::string, std::size_t>>>(256);
  std::vector<std::size_t> any_number_;                         // patterns that start with '#'
};

// The value of a number token ("3") or number word (`number_keys` in order from one, as match keys; "a",
// "an", "une" are 1), or -1.
int number_value(const text::Token& token, const std::vector<std::string>& number_keys);
int number_value(const text::Token& token, const std::vector<std::string_view>* number_words);

}  // namespace exodus::extract
