// Fuzzes the text-article reader: front matter parsing (parse_text_article), then the checks every article
// passes before extraction (prepare_article: UTF-8, NUL bytes, dates, language detection).
#include <cstdint>
#include <string>
#include <variant>

#include "fuzz_support.hpp"
#include "ingest/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  auto parsed = exodus::ingest::parse_text_article(content, "fuzz.txt");
  if (auto* article = std::get_if<exodus::Article>(&parsed)) {
    exodus::fuzz::require(article->text.size() <= content.size(), "the text is part of the input");
    exodus::ArticleMeta defaults;
    const auto problems = exodus::ingest::prepare_article(*article, defaults);
    for (const auto& p : problems) exodus::fuzz::require(p.where == "fuzz.txt", "messages name the input");
  } else {
    exodus::fuzz::require(!std::get<std::string>(parsed).empty(), "a refusal says why");
  }
  (void)exodus::ingest::sniff_format(content);
  return 0;
}
