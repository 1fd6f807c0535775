// Fuzzes the JSON readers: a JSON Lines stream (read_json_lines) and a .json document (read_json_document),
// each article then checked by prepare_article. Every message must name the input, with a line number for
// JSON Lines.
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_support.hpp"
#include "ingest/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  exodus::fuzz::Input input(data, size);
  const bool as_document = input.byte() & 1;
  const std::string content(input.rest());
  exodus::ArticleMeta defaults;
  auto on_article = [&](exodus::Article&& article) {
    exodus::fuzz::require(article.origin.rfind("batch", 0) == 0, "articles know where they came from");
    (void)exodus::ingest::prepare_article(article, defaults);
  };
  auto on_error = [&](const exodus::ingest::Diagnostic& d) {
    exodus::fuzz::require(d.where.rfind("batch", 0) == 0, "messages name the input");
    exodus::fuzz::require(!d.message.empty(), "messages say what is wrong");
  };
  if (as_document) {
    exodus::ingest::read_json_document(content, "batch.json", on_article, on_error);
  } else {
    std::istringstream stream(content);
    exodus::ingest::read_json_lines(stream, "batch.jsonl", on_article, on_error);
  }
  return 0;
}
