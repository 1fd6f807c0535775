// Turning input bytes into Articles: plain text with optional front matter, JSON Lines, JSON, HTML, and
// the checks every article passes before extraction (UTF-8, dates, language).
#pragma once
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "ingest/diagnostics.hpp"
#include "text/article.hpp"

namespace exodus::ingest {

enum class InputFormat { text, jsonl, json, html };

// By extension: .txt .md .text → text, .jsonl .ndjson → jsonl, .json → json, .html .htm .xhtml → html.
std::optional<InputFormat> format_from_extension(std::string_view path);

// From the first bytes of the content, for stdin and files without a known extension.
InputFormat sniff_format(std::string_view head);

// The largest single article or JSON line read; larger ones are skipped with an error, so memory stays
// bounded whatever the input.
inline constexpr std::size_t kMaxArticleBytes = 8u << 20;  // news articles are tens of KB; a book is ~1 MB

// A text article: an optional front matter block ("---", "key: value" lines, "---"), then the text.
// Returns the article or an error message.
std::variant<Article, std::string> parse_text_article(std::string_view content, std::string origin);

// One JSON object with "text" and optional "title", "url", "published", "outlet", "lang".
std::variant<Article, std::string> parse_json_article(std::string_view json, std::string origin);

// Calls `on_article` for each line of a JSON Lines stream (origin "name:LINE"), and `on_error` for each
// line that is not an article; reads one line at a time.
void read_json_lines(std::istream& in, const std::string& name,
                     const std::function<void(Article&&)>& on_article, const DiagnosticSink& on_error);

// A .json file: one article object or an array of them.
void read_json_document(std::string_view content, const std::string& name,
                        const std::function<void(Article&&)>& on_article, const DiagnosticSink& on_error);

// Fills what the article lacks from `defaults` (the command line), then checks it: valid UTF-8, no NUL bytes,
// a possible published date, a supported language (detected from the text when nobody says). Returns the
// problems found: errors mean the article is skipped, warnings that it goes in anyway.
std::vector<Diagnostic> prepare_article(Article& article, const ArticleMeta& defaults);

}  // namespace exodus::ingest
