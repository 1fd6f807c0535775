// What every fuzz target shares: turning the fuzzer's first bytes into options, and failing loudly when an
// invariant of the code under test breaks (libFuzzer then saves the input as a reproducer).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "dates/date_range.hpp"
#include "text/article.hpp"

namespace exodus::fuzz {

// Consumes bytes from the front of the input for the target's options; what is left is the text.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() {
    if (size_ == 0) return 0;
    --size_;
    return *data_++;
  }
  std::string_view rest() const { return {reinterpret_cast<const char*>(data_), size_}; }

  Lang lang() {
    switch (byte() % 3) {
      case 0: return Lang::fr;
      case 1: return Lang::en;
      default: return Lang::unknown;
    }
  }

  // A publication date as the readers let one through (parse_partial_date): none, a year, a month or a day.
  std::optional<dates::PartialDate> reference() {
    const int year = 1990 + byte() % 60, month = 1 + byte() % 12, day = 1 + byte() % 31;
    const int shape = byte() % 4;
    char text[16];
    if (shape == 0) return std::nullopt;
    if (shape == 1) std::snprintf(text, sizeof text, "%04d", year);
    else if (shape == 2) std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    else std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return dates::parse_partial_date(text);  // nullopt for impossible days, as in the readers
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
};

// A broken invariant is a bug even when nothing crashes: abort so libFuzzer keeps the input.
inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

inline void require_range(const dates::DateRange& r, const char* what) {
  if (r.earliest && r.latest) require(*r.earliest <= *r.latest, what);
}

}  // namespace exodus::fuzz
