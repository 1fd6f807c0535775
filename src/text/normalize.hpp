// Normalisation for matching: one spelling for apostrophes, quotes and spaces, case folding, accent stripping.
// Offsets always refer to the original text; these functions produce keys for comparison only.
#pragma once
#include <string>
#include <string_view>

namespace exodus::text {

// Typographic variants mapped to their plain form: ’ ‘ ʼ ′ → ', “ ” „ → ", non-breaking and thin spaces → space.
char32_t plain_char(char32_t cp);

// Character classes (Unicode general categories through utf8proc).
bool is_space(char32_t cp);       // any Unicode separator or ASCII whitespace
bool is_letter(char32_t cp);
bool is_upper(char32_t cp);       // uppercase or titlecase letter
bool is_digit(char32_t cp);

// The text with plain_char applied to every code point.
std::string plain_punctuation(std::string_view text);

// Lowercase (full Unicode case folding), accents kept, typographic variants made plain: "L’État" → "l'état".
std::string fold_case(std::string_view text);

// Accents removed, case kept: "Éviction" → "Eviction".
std::string strip_accents(std::string_view text);

// The key used to compare words: folded and accent-stripped: "Démissionné" → "demissionne".
std::string match_key(std::string_view text);

}  // namespace exodus::text
