// Word sets and token patterns: the only way the extractor looks words up, so lexicons stay plain data.
#include "extract/matcher.hpp"

#include <algorithm>

#include "text/normalize.hpp"

namespace exodus::extract {

WordSet::WordSet(const std::vector<std::string_view>& words) {
  for (std::string_view w : words) {
    if (!w.empty() && w.back() == '*') prefixes_.push_back(text::match_key(w.substr(0, w.size() - 1)));
    else exact_.insert(text::match_key(w));
  }
  for (const auto& w : exact_) exact_filter_.add(w);
  for (const auto& p : prefixes_) {
    if (p.empty()) has_empty_prefix_ = true;
    else prefix_first_byte_[static_cast<unsigned char>(p.front())] = true;
  }
}

bool WordSet::contains(std::string_view key) const {
  if (exact_filter_.may_contain(key) && exact_.find(key) != exact_.end()) return true;
  if (has_empty_prefix_) return true;
  if (key.empty() || !prefix_first_byte_[static_cast<unsigned char>(key.front())]) return false;
  for (const auto& p : prefixes_)
    if (key.size() >= p.size() && key.compare(0, p.size(), p) == 0) return true;
  return false;
}

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(sep, start);
    const std::size_t stop = end == std::string_view::npos ? s.size() : end;
    if (stop > start) parts.push_back(s.substr(start, stop - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

}  // namespace

TokenPattern::TokenPattern(std::string_view pattern, const std::vector<std::string_view>* number_words) {
  if (number_words)
    for (auto w : *number_words) number_keys_.push_back(text::match_key(w));
  for (std::string_view element : split(pattern, ' ')) {
    // "l'intention", "d'après": the tokenizer splits a French elision after its apostrophe, so the pattern does.
    const std::size_t apostrophe = element.find('\'');
    if (element.find('|') == std::string_view::npos && apostrophe != std::string_view::npos && apostrophe > 0 &&
        apostrophe <= 2 && apostrophe + 1 < element.size()) {
      is_number_.push_back(false);
      elements_.emplace_back(std::vector<std::string_view>{element.substr(0, apostrophe + 1)});
      element = element.substr(apostrophe + 1);
    }
    is_number_.push_back(element == "#");
    elements_.emplace_back(split(element, '|'));
  }
}

std::size_t TokenPattern::match(const std::vector<text::Token>& tokens, std::size_t at, std::size_t to, int gap,
                                int* number) const {
  std::size_t pos = at;
  for (std::size_t e = 0; e < elements_.size(); ++e) {
    const int allowed = e == 0 ? 0 : gap;
    bool found = false;
    for (int skip = 0; skip <= allowed && pos < to; ++skip) {
      const auto& t = tokens[pos];
      if (is_number_[e]) {
        const int value = number_value(t, number_keys_);
        if (value >= 0) {
          if (number) *number = value;
          found = true;
        }
      } else if (elements_[e].contains(t.key)) {
        found = true;
      }
      if (found) break;
      if (t.kind == text::TokenKind::punct) break;  // gaps never cross punctuation
      ++pos;
    }
    if (!found) return 0;
    ++pos;
  }
  return pos;
}

PatternIndex::PatternIndex(const std::vector<const TokenPattern*>& patterns) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const TokenPattern& p = *patterns[i];
    if (p.size() == 0) continue;
    if (p.starts_with_number()) {
      any_number_.push_back(i);
      continue;
    }
    p.first_element().for_each_exact([&](const std::string& w) {
      by_word_[w].push_back(i);
      word_filter_.add(w);
    });
    for (const auto& prefix : p.first_element().prefixes()) {
      if (prefix.empty()) any_number_.push_back(i);  // a bare '*' matches every word
      else by_prefix_[static_cast<unsigned char>(prefix.front())].emplace_back(prefix, i);
    }
  }
}

void PatternIndex::candidates(std::string_view key, std::vector<std::size_t>& out) const {
  out.clear();
  if (word_filter_.may_contain(key))
    if (auto it = by_word_.find(key); it != by_word_.end()) out = it->second;
  if (!key.empty())
    for (const auto& [prefix, i] : by_prefix_[static_cast<unsigned char>(key.front())])
      if (key.size() >= prefix.size() && key.compare(0, prefix.size(), prefix) == 0) out.push_back(i);
  out.insert(out.end(), any_number_.begin(), any_number_.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

int number_value(const text::Token& token, const std::vector<std::string_view>* number_words) {
  std::vector<std::string> keys;
  if (number_words)
    for (auto w : *number_words) keys.push_back(text::match_key(w));
  return number_value(token, keys);
}

int number_value(const text::Token& token, const std::vector<std::string>& number_keys) {
  if (token.kind == text::TokenKind::number) {
    int v = 0;
    for (char c : token.key) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
      if (v > 10000) return -1;
    }
    return v;
  }
  if (token.key == "une" || token.key == "a" || token.key == "an") return 1;
  for (std::size_t i = 0; i < number_keys.size(); ++i)
    if (token.key == number_keys[i]) return static_cast<int>(i) + 1;
  return -1;
}

}  // namespace exodus::extract
