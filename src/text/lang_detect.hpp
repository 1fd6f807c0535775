// Language detection for articles that do not say their language: French or English, from function words.
#pragma once
#include <cstddef>
#include <string_view>

#include "text/article.hpp"

namespace exodus {

// Counts of function-word hits per language, exposed so callers and tests can see how sure a verdict is.
struct LangEvidence {
  std::size_t fr = 0;
  std::size_t en = 0;
  std::size_t words = 0;  // words scanned
};

// How much text detect_language looks at: function words are dense, so the first 20 KB settle any article,
// and a whole book costs no more than a page.
inline constexpr std::size_t kLangDetectScanBytes = 20 * 1024;

// Function-word hits per language in the first kLangDetectScanBytes of `text` (UTF-8).
LangEvidence language_evidence(std::string_view text);

// The language of `text`: fr or en when one language's function words clearly outnumber the other's,
// Lang::unknown when there is too little evidence (a title, a name, a few words) or the text is evenly mixed.
Lang detect_language(std::string_view text);

}  // namespace exodus
