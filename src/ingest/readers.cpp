// Article readers (front-matter text, JSON Lines, JSON) and the checks every article passes.
#include "ingest/readers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <sstream>

#include "dates/date_range.hpp"
#include "text/lang_detect.hpp"
#include "text/utf8.hpp"

namespace exodus::ingest {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view strip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

// Reads one line (without its '\n') into `line`; a line longer than `limit` is consumed but not kept.
// Returns false at the end of the stream; sets `too_long` for an oversized line.
bool read_bounded_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  char buffer[64 * 1024];
  while (true) {
    in.getline(buffer, sizeof buffer);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0) any = true;
    if (in.bad()) return false;
    if (in.eof()) {
      if (!too_long) line.append(buffer, got);
      if (line.size() > limit) {
        too_long = true;
        std::string().swap(line);
      }
      return any || !line.empty() || too_long;
    }
    if (in.fail()) {  // the buffer filled before the end of the line
      in.clear();
      if (!too_long) {
        // Refuse before appending, so the line never holds more than the limit.
        if (line.size() + got > limit) {
          too_long = true;
          std::string().swap(line);
        } else {
          line.append(buffer, got);
        }
      }
      continue;
    }
    // getline counted the '\n' it consumed.
    if (!too_long) line.append(buffer, got > 0 ? got - 1 : 0);
    if (line.size() > limit) {
      too_long = true;
      std::string().swap(line);
    }
    return true;
  }
}

std::optional<std::string> json_string_field(const nlohmann::json& obj, const char* key, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() && std::string_view(key) == "published") return it->dump();
  error = std::string("\"") + key + "\" must be a string";
  return std::nullopt;
}

}  // namespace

std::optional<InputFormat> format_from_extension(std::string_view path) {
  const std::string p = lower_ascii(path);
  for (auto ext : {".txt", ".md", ".text", ".markdown"})
    if (ends_with(p, ext)) return InputFormat::text;
  for (auto ext : {".jsonl", ".ndjson"})
    if (ends_with(p, ext)) return InputFormat::jsonl;
  if (ends_with(p, ".json")) return InputFormat::json;
  for (auto ext : {".html", ".htm", ".xhtml"})
    if (ends_with(p, ext)) return InputFormat::html;
  return std::nullopt;
}

InputFormat sniff_format(std::string_view head) {
  head = strip_bom(head);
  std::size_t i = 0;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
  if (i < head.size()) {
    if (head[i] == '{') return InputFormat::jsonl;
    if (head[i] == '[') return InputFormat::json;
    if (head[i] == '<') {
      const std::string lower = lower_ascii(head.substr(i, 1024));
      for (auto marker : {"<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<!--"})
        if (lower.find(marker) != std::string::npos) return InputFormat::html;
    }
  }
  return InputFormat::text;
}

std::variant<Article, std::string> parse_text_article(std::string_view content, std::string origin) {
  Article article;
  article.origin = std::move(origin);
  content = strip_bom(content);
  auto line_end = [&](std::size_t from) {
    const auto nl = content.find('\n', from);
    return nl == std::string_view::npos ? content.size() : nl;
  };
  const std::size_t first_end = line_end(0);
  if (trim(content.substr(0, first_end)) == "---") {
    bool closes = false;
    for (std::size_t p = first_end + 1; p < content.size() && !closes; p = line_end(p) + 1) {
      const auto line = trim(content.substr(p, line_end(p) - p));
      closes = line == "---" || line == "...";
    }
    if (!closes) return "front matter opened on line 1 never closes (no second \"---\" line)";
    std::size_t pos = first_end + 1;
    int line_number = 1;
    bool closed = false;
    while (pos <= content.size()) {
      const std::size_t end = line_end(pos);
      const std::string_view line = trim(content.substr(pos, end - pos));
      ++line_number;
      pos = end + 1;
      if (line == "---" || line == "...") {
        closed = true;
        break;
      }
      if (line.empty() || line.front() == '#') continue;
      const auto colon = line.find(':');
      if (colon == std::string_view::npos)
        return "front matter line " + std::to_string(line_number) + " is not \"key: value\": " + std::string(line);
      const std::string key = lower_ascii(trim(line.substr(0, colon)));
      std::string_view value = trim(line.substr(colon + 1));
      if (value.size() >= 2 && ((value.front() == '"' && value.back() == '"') ||
                                (value.front() == '\'' && value.back() == '\'')))
        value = value.substr(1, value.size() - 2);
      if (key == "title") article.meta.title = value;
      else if (key == "url" || key == "link") article.meta.url = value;
      else if (key == "published" || key == "date") article.meta.published = value;
      else if (key == "outlet" || key == "source" || key == "publisher") article.meta.outlet = value;
      else if (key == "lang" || key == "language") {
        article.meta.lang = parse_lang(value);
        if (article.meta.lang == Lang::unknown && !value.empty())
          return "unsupported language \"" + std::string(value) + "\" (exodus reads fr and en)";
      }
    }
    if (!closed) return "front matter opened on line 1 never closes (no second \"---\" line)";
    content = pos <= content.size() ? content.substr(pos) : std::string_view{};
  }
  article.text = std::string(content);
  return article;
}

std::variant<Article, std::string> parse_json_article(std::string_view json, std::string origin) {
  nlohmann::json obj = nlohmann::json::parse(json, nullptr, false);
  if (obj.is_discarded()) return std::string("malformed JSON");
  if (!obj.is_object()) return std::string("a JSON article must be an object with a \"text\" field");
  Article article;
  article.origin = std::move(origin);
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) return std::string("JSON article has no \"text\" string");
  article.text = text->get<std::string>();
  std::string error;
  if (auto v = json_string_field(obj, "title", error)) article.meta.title = *v;
  if (auto v = json_string_field(obj, "url", error)) article.meta.url = *v;
  if (auto v = json_string_field(obj, "published", error)) article.meta.published = *v;
  if (auto v = json_string_field(obj, "outlet", error)) article.meta.outlet = *v;
  if (auto v = json_string_field(obj, "lang", error)) {
    article.meta.lang = parse_lang(*v);
    if (article.meta.lang == Lang::unknown && !v->empty())
      return "unsupported language \"" + *v + "\" (exodus reads fr and en)";
  }
  if (!error.empty()) return error;
  return article;
}

void read_json_lines(std::istream& in, const std::string& name, const std::function<void(Article&&)>& on_article,
                     const DiagnosticSink& on_error) {
  std::string line;
  bool too_long = false;
  for (std::size_t number = 1; read_bounded_line(in, line, kMaxArticleBytes, too_long); ++number) {
    const std::string where = name + ":" + std::to_string(number);
    if (too_long) {
      on_error({Severity::error, where, "line longer than " + std::to_string(kMaxArticleBytes >> 20) + " MB; skipped"});
      continue;
    }
    if (trim(line).empty()) continue;
    auto parsed = parse_json_article(number == 1 ? strip_bom(line) : std::string_view(line), where);
    if (auto* error = std::get_if<std::string>(&parsed)) on_error({Severity::error, where, *error});
    else on_article(std::move(std::get<Article>(parsed)));
  }
  if (in.bad()) on_error({Severity::error, name, "read error"});
}

void read_json_document(std::string_view content, const std::string& name,
                        const std::function<void(Article&&)>& on_article, const DiagnosticSink& on_error) {
  nlohmann::json doc = nlohmann::json::parse(strip_bom(content), nullptr, false);
  if (doc.is_discarded()) {
    // Perhaps JSON Lines under a .json name.
    std::string copy(content);
    std::istringstream lines(copy);
    read_json_lines(lines, name, on_article, on_error);
    return;
  }
  auto one = [&](const nlohmann::json& obj, const std::string& where) {
    auto parsed = parse_json_article(obj.dump(), where);
    if (auto* error = std::get_if<std::string>(&parsed)) on_error({Severity::error, where, *error});
    else on_article(std::move(std::get<Article>(parsed)));
  };
  if (doc.is_array()) {
    for (std::size_t i = 0; i < doc.size(); ++i) one(doc[i], name + "[" + std::to_string(i) + "]");
  } else {
    one(doc, name);
  }
}

std::vector<Diagnostic> prepare_article(Article& article, const ArticleMeta& defaults) {
  std::vector<Diagnostic> problems;
  auto error = [&](std::string message) { problems.push_back({Severity::error, article.origin, std::move(message)}); };
  auto warning = [&](std::string message) {
    problems.push_back({Severity::warning, article.origin, std::move(message)});
  };
  if (article.meta.title.empty()) article.meta.title = defaults.title;
  if (article.meta.url.empty()) article.meta.url = defaults.url;
  if (article.meta.outlet.empty()) article.meta.outlet = defaults.outlet;
  if (article.meta.published.empty()) article.meta.published = defaults.published;
  if (article.meta.lang == Lang::unknown) article.meta.lang = defaults.lang;

  if (article.text.find('\0') != std::string::npos) {
    error("contains NUL bytes: a binary file, not an article");
    return problems;
  }
  if (!text::is_valid_utf8(article.text) || !text::is_valid_utf8(article.meta.title)) {
    error("not valid UTF-8 (convert it first, e.g. with iconv)");
    return problems;
  }
  if (trim(article.text).find_first_not_of("\n\r\t ") == std::string_view::npos) {
    warning("empty article; nothing to ingest");
    return problems;
  }
  if (!article.meta.published.empty()) {
    auto published = dates::parse_partial_date(article.meta.published);
    if (!published) {
      error("impossible published date \"" + article.meta.published + "\" (expected YYYY-MM-DD, YYYY-MM or YYYY)");
      return problems;
    }
    article.meta.published = published->iso();
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    const dates::Day today{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
    if (published->first() > today)
      warning("published date " + article.meta.published + " is in the future; relative dates resolve against it");
  }
  if (article.meta.lang == Lang::unknown) {
    article.meta.lang = detect_language(article.text);
    if (article.meta.lang == Lang::unknown) {
      error("cannot tell whether the article is French or English; give lang: in its metadata or --lang");
      return problems;
    }
  }
  return problems;
}

}  // namespace exodus::ingest
