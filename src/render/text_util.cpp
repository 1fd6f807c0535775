// Text helpers for the printers: UTF-8 cleaning, display width, truncation, wrapping and escaping.
#include <utf8proc.h>

#include <algorithm>

#include "render/detail.hpp"

namespace exodus::render::detail {

namespace {

constexpr std::string_view replacement_char = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view ellipsis = "\xE2\x80\xA6";           // U+2026

// Decodes one code point at text[pos]; returns its byte length, or 0 (and cp = -1) for an invalid sequence.
std::size_t decode(std::string_view text, std::size_t pos, utf8proc_int32_t& cp) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
  const auto n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    cp = -1;
    return 0;
  }
  return static_cast<std::size_t>(n);
}

bool is_control(utf8proc_int32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

std::size_t char_width(utf8proc_int32_t cp) {
  const int w = utf8proc_charwidth(cp);
  return w < 0 ? 1 : static_cast<std::size_t>(w);
}

}  // namespace

std::string clean_text(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t cp = 0;
    const std::size_t n = decode(text, pos, cp);
    if (n == 0) {
      out += replacement_char;
      ++pos;
      continue;
    }
    if (is_control(cp)) {
      out += (keep_newlines && cp == '\n') ? '\n' : ' ';
    } else {
      out.append(text.substr(pos, n));
    }
    pos += n;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t cp = 0;
    const std::size_t n = decode(text, pos, cp);
    if (n == 0) {
      ++width;
      ++pos;
      continue;
    }
    width += char_width(cp);
    pos += n;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  // Keep whole code points up to width - 1 columns, leaving one for the ellipsis.
  std::string out;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t cp = 0;
    std::size_t n = decode(text, pos, cp);
    const std::size_t w = n == 0 ? 1 : char_width(cp);
    if (n == 0) n = 1;
    if (used + w > width - 1) break;
    out.append(text.substr(pos, n));
    used += w;
    pos += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += ellipsis;
  return out;
}

std::string pad_to_width(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::string line;
  std::size_t line_width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string word(text.substr(pos, end - pos));
    pos = end;
    std::size_t word_width = display_width(word);
    if (line_width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (word_width > width) {
      word = truncate_to_width(word, width);
      word_width = display_width(word);
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string xml_escape(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size() + 16);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view text) {
  std::string cell = clean_text(text, /*keep_newlines=*/true);
  // A spreadsheet runs a cell that starts with a formula character; a leading quote makes it plain text.
  // clean_text already turned tab and CR into spaces, but a cell from elsewhere may still start with them.
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
    cell.insert(cell.begin(), '\'');
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string markdown_cell(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace exodus::render::detail
