// Sentence splitting with byte offsets: abbreviations, initials, quotations and paragraphs.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/article.hpp"

namespace exodus::text {

struct Sentence {
  std::size_t start = 0;  // byte offsets of the trimmed sentence, end exclusive
  std::size_t end = 0;
  int paragraph = 0;      // 0-based index of the paragraph (blank-line separated) it belongs to
};

// Sentences of `text` in order. A sentence ends at . ! ? … (with any closing quote or bracket) followed by
// space and something that can start a sentence, unless the period ends a known abbreviation of `lang` or
// an initial ("J. K."); a blank line always ends a sentence and a paragraph; a single line break ends a
// sentence when the next line starts like one (headlines have no final period). A run of more than 1500 bytes
// without a sentence end is cut at its next comma or semicolon (past 3000 bytes, at its next space), so that
// sentences stay bounded whatever the input.
std::vector<Sentence> split_sentences(std::string_view text, Lang lang = Lang::unknown);

}  // namespace exodus::text
