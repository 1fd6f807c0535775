// Deterministic identities for people and organizations, so the same name from any article, in any order,
// on any shard, lands on the same row.
#pragma once
#include <string>
#include <string_view>

namespace exodus::resolve {

// Lower case, accents removed, punctuation other than inner apostrophes dropped, hyphens and runs of
// white space made single spaces: "Anne-Sophie de La Tour" → "anne sophie de la tour".
std::string fold_name(std::string_view name);

// A person's key is the folded full name.
std::string person_key(std::string_view name);

// The folded last word of a person's name ("leike" for "Jan Leike"); particles stay with the name they
// belong to only through the full key, so "de La Tour" gives "tour".
std::string surname_key(std::string_view name);

// True when the name is one word ("Leike", "Ilya"): such a name only resolves to a known person.
bool is_single_word(std::string_view name);

// An organization's key: folded, without a leading article ("the", "le", "la", "l'") and without legal
// suffixes ("Inc.", "SA", "Ltd", "GmbH", ...): "OpenAI Inc." → "openai", "The BBC" → "bbc".
std::string org_key(std::string_view name);

// Lowercased and accent-free form used to compare free text (sources, filters) case-insensitively.
std::string fold_text(std::string_view text);

}  // namespace exodus::resolve
