// Fuzzes the extractor on any article the readers would accept (valid UTF-8, no NUL, French or English, a
// possible publication date): extract_departures must not crash, and each mention must name someone and point
// inside the text.
#include <cstdint>
#include <string>

#include "extract/extractor.hpp"
#include "fuzz_support.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  exodus::fuzz::Input input(data, size);
  exodus::Article article;
  article.meta.lang = input.byte() & 1 ? exodus::Lang::en : exodus::Lang::fr;
  if (const auto reference = input.reference()) article.meta.published = reference->iso();
  article.text = std::string(input.rest());
  article.origin = "fuzz";
  if (article.text.find('\0') != std::string::npos || !exodus::text::is_valid_utf8(article.text)) return 0;
  for (const auto& m : exodus::extract_departures(article)) {
    exodus::fuzz::require(!m.person.empty(), "a departure names who left");
    exodus::fuzz::require(m.start <= m.end && m.end <= article.text.size(), "evidence inside the text");
    exodus::fuzz::require_range(m.date, "earliest <= latest");
  }
  return 0;
}
