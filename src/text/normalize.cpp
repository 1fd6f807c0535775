// Normalisation through utf8proc, with an ASCII fast path since most bytes of news text are ASCII.
#include "text/normalize.hpp"

#include <cstdlib>
#include <utf8proc.h>

#include "text/utf8.hpp"

namespace exodus::text {

char32_t plain_char(char32_t cp) {
  switch (cp) {
    case U'\u2019': case U'\u2018': case U'\u02BC': case U'\u2032': case U'\u201B': case U'`': return U'\'';
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': return U'"';
    case U'\u00A0': case U'\u202F': case U'\u2007': case U'\u2009': case U'\u200A': case U'\u2002':
    case U'\u2003': return U' ';
    case U'\u2010': case U'\u2011': return U'-';
    default: return cp;
  }
}

bool is_space(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
  if (cp < 0x80) return false;
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

namespace {

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Runs utf8proc_map with `options` over already-plain text; returns the input on failure.
std::string map_with(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                              static_cast<utf8proc_ssize_t>(text.size()), &out,
                              static_cast<utf8proc_option_t>(options));
  if (n < 0 || out == nullptr) return std::string(text);
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

}  // namespace

std::string plain_punctuation(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t len = 0;
    const char32_t cp = decode_at(text, pos, len);
    append_utf8(out, plain_char(cp));
    pos += len;
  }
  return out;
}

std::string fold_case(std::string_view text) {
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return map_with(plain_punctuation(text), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string strip_accents(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return map_with(plain_punctuation(text), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
}

std::string match_key(std::string_view text) {
  if (is_ascii(text)) return fold_case(text);
  return map_with(plain_punctuation(text),
                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
}

}  // namespace exodus::text
