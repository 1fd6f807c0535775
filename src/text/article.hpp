// An article as read from input: its text and the metadata that came with it.
#pragma once
#include <string>
#include <string_view>

namespace exodus {

enum class Lang { unknown, fr, en };

std::string_view lang_code(Lang lang);          // "fr", "en", or "" for unknown
Lang parse_lang(std::string_view code);         // "fr", "FR", "fr-FR", "français"... → Lang; unknown otherwise

struct ArticleMeta {
  std::string title;
  std::string url;
  std::string outlet;
  std::string published;  // ISO 8601 as given: "2024-05-15", "2024-05", "2024", or empty when unknown
  Lang lang = Lang::unknown;
};

struct Article {
  ArticleMeta meta;
  std::string text;    // UTF-8, as read (front matter removed)
  std::string origin;  // where it came from, for messages: "file.jsonl:12", "dir/a.txt", "-"
};

}  // namespace exodus
