// Language codes for articles.
#include "text/article.hpp"

#include <algorithm>
#include <cctype>

namespace exodus {

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::fr: return "fr";
    case Lang::en: return "en";
    case Lang::unknown: break;
  }
  return "";
}

Lang parse_lang(std::string_view code) {
  std::string lower;
  for (char c : code) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto starts = [&](std::string_view p) { return lower.rfind(p, 0) == 0; };
  if (lower == "fr" || starts("fr-") || starts("fr_") || lower == "fra" || lower == "fre" || lower == "french" ||
      starts("fran"))
    return Lang::fr;
  if (lower == "en" || starts("en-") || starts("en_") || lower == "eng" || lower == "english" || lower == "anglais")
    return Lang::en;
  return Lang::unknown;
}

}  // namespace exodus
