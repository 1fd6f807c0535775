// Fuzzes the date engine: dates::tag on any text, language and reference date. Beyond not crashing, every
// expression must lie inside the text, match its recorded words, come in text order without overlapping, and
// have a range whose earliest day is not after its latest.
#include <cstdint>

#include "dates/tagger.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  exodus::fuzz::Input input(data, size);
  exodus::dates::TagOptions options;
  options.lang = input.lang();
  options.reference = input.reference();
  const std::string_view text = input.rest();
  std::size_t previous_end = 0;
  for (const auto& e : exodus::dates::tag(text, options)) {
    exodus::fuzz::require(e.start < e.end && e.end <= text.size(), "expression inside the text");
    exodus::fuzz::require(e.start >= previous_end, "expressions in text order, not overlapping");
    exodus::fuzz::require(text.substr(e.start, e.end - e.start) == e.text, "text equals the bytes at its offsets");
    exodus::fuzz::require_range(e.range, "earliest <= latest");
    previous_end = e.end;
  }
  return 0;
}
