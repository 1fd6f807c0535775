// UTF-8 validation, decoding and encoding: the byte-level helpers every text stage relies on.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace exodus::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// A copy of `bytes` where every ill-formed sequence is replaced by U+FFFD, so later stages can trust offsets.
std::string repair_utf8(std::string_view bytes);

// Decodes the code point starting at `pos`. Sets `length` to the bytes consumed (at least 1, even on error);
// returns U+FFFD for an ill-formed sequence.
char32_t decode_at(std::string_view bytes, std::size_t pos, std::size_t& length);

// decode_at with ASCII answered inline: most bytes of news text are ASCII, and the scanners that look at every
// byte should not call out for each one.
inline char32_t decode_fast(std::string_view bytes, std::size_t pos, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(bytes[pos]);
  if (byte < 0x80) {
    length = 1;
    return byte;
  }
  return decode_at(bytes, pos, length);
}

// Byte offset of the code point that ends just before `pos` (pos > 0).
std::size_t previous_code_point(std::string_view bytes, std::size_t pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace exodus::text
