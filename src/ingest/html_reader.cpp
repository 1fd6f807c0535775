// Saved news pages: gumbo parses the HTML5 the way browsers do, then one walk finds the article's own paragraphs
// and another gathers the metadata news sites publish for search engines and social networks.
#include "ingest/html_reader.hpp"

#include "text/utf8.hpp"

#include <gumbo.h>
#include <utf8proc.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace exodus::ingest {
namespace {

// ---------------------------------------------------------------------------------------------------------------
// Language data (folded: lower case, accents removed).

constexpr std::string_view kReadAlsoOpenings[] = {
#include "ingest/lang/fr.read_also.inc"
#include "ingest/lang/en.read_also.inc"
};

constexpr std::string_view kBoilerplateMarkupWords[] = {
#include "ingest/lang/fr.boilerplate_markup.inc"
#include "ingest/lang/en.boilerplate_markup.inc"
};

// Class tokens starting with these describe a state of the element ("has-comments", "no-ads"), not its role.
constexpr std::string_view kStateClassPrefixes[] = {"has", "no", "with", "without", "is", "show", "hide", "can"};

// ARIA landmark roles of page furniture.
constexpr std::string_view kBoilerplateRoles[] = {"navigation", "banner",  "contentinfo", "complementary",
                                                  "search",     "dialog",  "alertdialog", "menu",
                                                  "menubar",    "toolbar", "tooltip"};

// schema.org types whose JSON-LD describes the article itself.
constexpr std::string_view kArticleTypes[] = {
    "NewsArticle",         "Article",          "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle",  "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    "SatiricalArticle",    "BlogPosting",      "LiveBlogPosting",      "Report",
};

// <meta name|property|itemprop> keys that give the publication date, after og/article:published_time.
constexpr std::string_view kPublishedMetaKeys[] = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date",
};

// Elements deeper than this are ignored: real pages stay far below, and the walks recurse.
constexpr int kMaxDepth = 400;

// Loose text outside paragraph elements counts as article text only when it reads like prose of this length.
constexpr std::size_t kMinLooseProseBytes = 60;

// ---------------------------------------------------------------------------------------------------------------
// UTF-8 helpers (validation and encoding come from text/utf8.hpp).

// Old French sites still serve ISO-8859-1 or Windows-1252; the latter is a superset browsers use for both.
std::string windows1252_to_utf8(std::string_view s) {
  static constexpr char16_t kHighControls[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 && c < 0xA0)
      text::append_utf8(out, kHighControls[c - 0x80]);
    else
      text::append_utf8(out, c);
  }
  return out;
}

// Lower case without accents, for matching markup words and teaser openings: "À LIRE AUSSI" → "a lire aussi".
std::string fold(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(s);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK);
  const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                               static_cast<utf8proc_ssize_t>(s.size()), &folded, options);
  if (length < 0) return std::string(s);
  std::string out(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// Length of the Unicode space (or invisible character) starting at byte i, and whether it vanishes rather than
// becomes a space: soft hyphens and zero-width characters sit inside words.
struct SpaceMatch {
  std::size_t length = 0;
  bool vanishes = false;
};

SpaceMatch unicode_space_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (is_ascii_space(s[i])) return {1, false};
  if (b0 == 0xC2 && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 == 0xA0) return {2, false};  // no-break space
    if (b1 == 0xAD) return {2, true};   // soft hyphen
    if (b1 == 0x85) return {2, false};  // next line
  }
  if (b0 == 0xE2 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && b2 <= 0x8A) return {3, false};                // en quad .. hair space
    if (b1 == 0x80 && (b2 >= 0x8B && b2 <= 0x8D)) return {3, true};  // zero-width space, non-joiner, joiner
    if (b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) return {3, false};  // line/para sep, narrow nbsp
    if (b1 == 0x81 && b2 == 0x9F) return {3, false};                                // medium math space
    if (b1 == 0x81 && b2 == 0xA0) return {3, true};                                 // word joiner
  }
  if (b0 == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return {3, false};  // ideographic space
  if (b0 == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF)
    return {3, true};  // byte order mark
  return {};
}

// Every run of spaces (ASCII or Unicode, including no-break spaces) becomes one ASCII space; invisible
// characters go; the ends are trimmed.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const SpaceMatch space = unicode_space_at(s, i);
    if (space.length > 0) {
      if (!space.vanishes) pending_space = true;
      i += space.length;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Gumbo helpers.

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

GumboOutputPtr parse_html(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal on the web; recording them only costs memory
  return GumboOutputPtr(gumbo_parse_with_options(&options, html.data(), html.size()));
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr != nullptr ? std::string_view(attr->value) : std::string_view();
}

bool has_attribute(const GumboNode* node, const char* name) {
  return is_element(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

bool is_html_element(const GumboNode* node, GumboTag tag) {
  return is_element(node) && node->v.element.tag == tag && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboVector& children_of(const GumboNode* node) {
  static const GumboVector kNoChildren{nullptr, 0, 0};
  if (is_element(node)) return node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return node->v.document.children;
  return kNoChildren;
}

template <typename Visit>
void for_each_child(const GumboNode* node, Visit&& visit) {
  const GumboVector& children = children_of(node);
  for (unsigned i = 0; i < children.length; ++i) visit(static_cast<const GumboNode*>(children.data[i]));
}

// Whether a whitespace-separated attribute value contains `token` (case-insensitive): rel="canonical",
// itemprop="articleBody".
bool has_token(std::string_view value, std::string_view token) {
  const std::string lower = ascii_lower(value);
  const std::string wanted = ascii_lower(token);
  std::size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && is_ascii_space(lower[i])) ++i;
    std::size_t end = i;
    while (end < lower.size() && !is_ascii_space(lower[end])) ++end;
    if (end > i && std::string_view(lower).substr(i, end - i) == wanted) return true;
    i = end;
  }
  return false;
}

// All text under a node, spaces collapsed (for <title>, <time>, JSON-LD scripts use raw_text instead).
void append_text(const GumboNode* node, std::string& out, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  for_each_child(node, [&](const GumboNode* child) { append_text(child, out, depth + 1); });
}

std::string text_of(const GumboNode* node) {
  std::string raw;
  append_text(node, raw);
  return collapse_spaces(raw);
}

// Entities left encoded inside JSON-LD strings ("L&rsquo;ancien PDG") are decoded the way gumbo decodes text.
std::string decode_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return collapse_spaces(s);
  std::string wrapped = "<p>";
  for (char c : s) wrapped += c == '<' ? std::string("&lt;") : std::string(1, c);
  wrapped += "</p>";
  const GumboOutputPtr output = parse_html(wrapped);
  return output ? text_of(output->root) : collapse_spaces(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Which elements are page furniture rather than article.

bool is_boilerplate_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_H1:  // the headline is metadata, not a paragraph of the article
      return true;
    default:
      return false;
  }
}

// Splits a class or id value into folded words at spaces, "-", "_", other punctuation and camelCase humps,
// dropping state tokens such as "has-comments"; returns " word word ... " with a space at each end.
std::string markup_words(std::string_view value) {
  std::string words = " ";
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && is_ascii_space(value[i])) ++i;
    std::size_t end = i;
    while (end < value.size() && !is_ascii_space(value[end])) ++end;
    const std::string_view token = value.substr(i, end - i);
    i = end;
    std::string token_words;
    char previous = 0;
    for (char c : token) {
      const bool upper = c >= 'A' && c <= 'Z';
      const bool lower_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (upper) {
        if (previous >= 'a' && previous <= 'z') token_words += ' ';
        token_words += static_cast<char>(c - 'A' + 'a');
      } else if (lower_or_digit || static_cast<unsigned char>(c) >= 0x80) {
        token_words += c;
      } else if (!token_words.empty() && token_words.back() != ' ') {
        token_words += ' ';
      }
      previous = c;
    }
    const std::string_view first_word = std::string_view(token_words).substr(0, token_words.find(' '));
    if (std::find(std::begin(kStateClassPrefixes), std::end(kStateClassPrefixes), first_word) !=
            std::end(kStateClassPrefixes) &&
        first_word.size() < token_words.size())
      continue;
    words += fold(trim_ascii(token_words));
    words += ' ';
  }
  return words;
}

bool markup_says_boilerplate(std::string_view value) {
  if (value.empty()) return false;
  const std::string words = markup_words(value);
  return std::any_of(std::begin(kBoilerplateMarkupWords), std::end(kBoilerplateMarkupWords),
                     [&](std::string_view phrase) {
                       return words.find(" " + std::string(phrase) + " ") != std::string::npos;
                     });
}

// Tells page furniture from article. Tags and ARIA roles are trusted; class and id words are trusted unless the
// element holds the page's core (its <h1>, <main> or articleBody): a "layout-with-sidebar" wrapper is not a sidebar.
class Furniture {
 public:
  explicit Furniture(const GumboNode* document) { mark_core_ancestors(document, 0); }

  // Verdicts are cached: the candidate search, the text walks and the date search all ask about the same nodes.
  bool is_boilerplate(const GumboNode* node) const {
    if (!is_element(node)) return false;
    if (const auto known = verdicts_.find(node); known != verdicts_.end()) return known->second;
    const bool verdict = judge(node);
    verdicts_.emplace(node, verdict);
    return verdict;
  }

  bool inside_boilerplate(const GumboNode* node) const {
    for (const GumboNode* n = node; n != nullptr; n = n->parent)
      if (is_boilerplate(n)) return true;
    return false;
  }

 private:
  bool judge(const GumboNode* node) const {
    if (is_boilerplate_tag(node->v.element.tag)) return true;
    if (has_attribute(node, "hidden") || ascii_lower(attribute(node, "aria-hidden")) == "true") return true;
    const std::string role = ascii_lower(trim_ascii(attribute(node, "role")));
    if (std::find(std::begin(kBoilerplateRoles), std::end(kBoilerplateRoles), role) != std::end(kBoilerplateRoles))
      return true;
    if (holds_core_.contains(node)) return false;
    return markup_says_boilerplate(attribute(node, "class")) || markup_says_boilerplate(attribute(node, "id"));
  }

  static bool is_core(const GumboNode* node) {
    return is_html_element(node, GUMBO_TAG_H1) || is_html_element(node, GUMBO_TAG_MAIN) ||
           ascii_lower(trim_ascii(attribute(node, "role"))) == "main" ||
           has_token(attribute(node, "itemprop"), "articleBody");
  }

  void mark_core_ancestors(const GumboNode* node, int depth) {
    if (depth > kMaxDepth) return;
    if (is_element(node) && is_core(node))
      for (const GumboNode* n = node; n != nullptr && holds_core_.insert(n).second; n = n->parent) {
      }
    for_each_child(node, [&](const GumboNode* child) { mark_core_ancestors(child, depth + 1); });
  }

  std::unordered_set<const GumboNode*> holds_core_;
  mutable std::unordered_map<const GumboNode*, bool> verdicts_;
};

// ---------------------------------------------------------------------------------------------------------------
// Article text.

bool is_inline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DEL: case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR:
    case GUMBO_TAG_NOBR: case GUMBO_TAG_BIG: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT:
    case GUMBO_TAG_RP: case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

// Elements whose text is a paragraph of the article when it sits in the main content.
enum class BlockKind { loose, paragraph, heading, list_item };

BlockKind block_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return BlockKind::paragraph;
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return BlockKind::heading;
    case GUMBO_TAG_LI:
      return BlockKind::list_item;
    default:
      return BlockKind::loose;
  }
}

bool starts_with_read_also(std::string_view paragraph) {
  // Teasers often open with an arrow or a bullet: skip anything before the first letter.
  std::string folded = fold(paragraph.substr(0, 80));
  const auto first_letter =
      std::find_if(folded.begin(), folded.end(), [](char c) { return (c >= 'a' && c <= 'z'); });
  folded.erase(folded.begin(), first_letter);
  return std::any_of(std::begin(kReadAlsoOpenings), std::end(kReadAlsoOpenings), [&](std::string_view opening) {
    if (!folded.starts_with(opening)) return false;
    // A whole word: "relatedly" is not "related".
    return folded.size() == opening.size() || !((folded[opening.size()] >= 'a' && folded[opening.size()] <= 'z'));
  });
}

bool ends_like_prose(std::string_view text) {
  static constexpr std::string_view kEndings[] = {".", "!", "?", "\xC2\xBB", "\"", "\xE2\x80\x9D", ")", "\xE2\x80\xA6"};
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return text.ends_with(e); });
}

// Gathers the paragraphs under a content root.
class ParagraphCollector {
 public:
  explicit ParagraphCollector(const Furniture& furniture) : furniture_(furniture) {}

  std::vector<std::string> paragraphs;

  void walk(const GumboNode* node, int depth) {
    if (depth > kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: {
        const std::string_view text = node->v.text.text;
        current_ += text;
        if (link_depth_ > 0) link_bytes_ += trim_ascii(text).size();
        if (node->type != GUMBO_NODE_WHITESPACE && !trim_ascii(text).empty()) {
          consecutive_breaks_ = 0;
          if (open_kind_ != BlockKind::loose) current_kind_ = open_kind_;
        }
        return;
      }
      case GUMBO_NODE_ELEMENT:
        break;
      default:
        return;  // comments, templates
    }
    const GumboTag tag = node->v.element.tag;
    if (depth > 0 && furniture_.is_boilerplate(node)) return;
    if (tag == GUMBO_TAG_BR) {
      // One <br> wraps a line inside a paragraph; two in a row separate paragraphs in hand-made pages.
      if (++consecutive_breaks_ >= 2) flush();
      else current_ += ' ';
      return;
    }
    if (is_inline(tag)) {
      const bool is_link = tag == GUMBO_TAG_A;
      link_depth_ += is_link ? 1 : 0;
      for_each_child(node, [&](const GumboNode* child) { walk(child, depth + 1); });
      link_depth_ -= is_link ? 1 : 0;
      return;
    }
    // A block: what came before is its own paragraph, and so is what this block holds.
    flush();
    const BlockKind kind = block_kind(tag);
    const BlockKind outer = open_kind_;
    if (kind != BlockKind::loose) open_kind_ = kind;
    for_each_child(node, [&](const GumboNode* child) { walk(child, depth + 1); });
    flush();
    open_kind_ = outer;
  }

  void finish() { flush(); }

 private:
  void flush() {
    std::string text = collapse_spaces(current_);
    const BlockKind kind = current_kind_;
    const std::size_t link_bytes = link_bytes_;
    current_.clear();
    current_kind_ = BlockKind::loose;
    link_bytes_ = 0;
    consecutive_breaks_ = 0;
    if (text.empty()) return;
    if (kind == BlockKind::loose && (text.size() < kMinLooseProseBytes || !ends_like_prose(text))) return;
    // "Lire aussi : <a>…</a>" teasers and their headings.
    if (starts_with_read_also(text) && (link_bytes > 0 || kind == BlockKind::heading)) return;
    // List items and loose blocks that are nothing but a link point to other pages.
    if ((kind == BlockKind::list_item || kind == BlockKind::loose) && link_bytes * 10 >= text.size() * 9) return;
    paragraphs.push_back(std::move(text));
  }

  const Furniture& furniture_;
  std::string current_;
  BlockKind current_kind_ = BlockKind::loose;  // the kind of block the text in current_ came from
  BlockKind open_kind_ = BlockKind::loose;     // the innermost paragraph-like block being walked
  std::size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int consecutive_breaks_ = 0;
};

std::vector<std::string> paragraphs_under(const GumboNode* root, const Furniture& furniture) {
  ParagraphCollector collector(furniture);
  collector.walk(root, 0);
  collector.finish();
  return collector.paragraphs;
}

std::size_t total_size(const std::vector<std::string>& paragraphs) {
  std::size_t size = 0;
  for (const auto& p : paragraphs) size += p.size();
  return size;
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const auto& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

// Candidates for the content root, gathered in one walk over the page outside furniture.
struct ContentCandidates {
  std::vector<const GumboNode*> article_bodies;  // itemprop="articleBody"
  std::vector<const GumboNode*> articles;        // <article>
  std::vector<const GumboNode*> mains;           // <main>, role="main"
  // Paragraph text held by each element's child and grandchild <p>s, for pages without semantic markup, in
  // document order of the elements' first paragraph (ties go to the first).
  std::vector<std::pair<const GumboNode*, std::size_t>> paragraph_density;
  std::unordered_map<const GumboNode*, std::size_t> density_index;

  void add_density(const GumboNode* node, std::size_t size) {
    const auto [it, inserted] = density_index.emplace(node, paragraph_density.size());
    if (inserted) paragraph_density.emplace_back(node, 0);
    paragraph_density[it->second].second += size;
  }
  const GumboNode* body = nullptr;
};

void gather_candidates(const GumboNode* node, const Furniture& furniture, ContentCandidates& out, int depth) {
  if (depth > kMaxDepth || !is_element(node)) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY && out.body == nullptr) out.body = node;
  if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && furniture.is_boilerplate(node)) return;
  if (has_token(attribute(node, "itemprop"), "articleBody")) out.article_bodies.push_back(node);
  if (tag == GUMBO_TAG_ARTICLE) out.articles.push_back(node);
  if (tag == GUMBO_TAG_MAIN || ascii_lower(trim_ascii(attribute(node, "role"))) == "main") out.mains.push_back(node);
  if (tag == GUMBO_TAG_P && node->parent != nullptr) {
    const std::size_t size = text_of(node).size();
    out.add_density(node->parent, size);
    if (node->parent->parent != nullptr) out.add_density(node->parent->parent, size / 2);
  }
  for_each_child(node, [&](const GumboNode* child) { gather_candidates(child, furniture, out, depth + 1); });
}

struct ContentRoot {
  const GumboNode* node = nullptr;
  std::vector<std::string> paragraphs;
};

ContentRoot best_of(const std::vector<const GumboNode*>& nodes, const Furniture& furniture) {
  ContentRoot best;
  for (const GumboNode* node : nodes) {
    std::vector<std::string> paragraphs = paragraphs_under(node, furniture);
    if (best.node == nullptr || total_size(paragraphs) > total_size(best.paragraphs)) {
      best.node = node;
      best.paragraphs = std::move(paragraphs);
    }
  }
  return best;
}

ContentRoot find_content(const GumboNode* document, const Furniture& furniture) {
  ContentCandidates candidates;
  for_each_child(document, [&](const GumboNode* child) { gather_candidates(child, furniture, candidates, 0); });

  // The densest block of paragraphs: the yardstick for semantic candidates, and the answer without them.
  const GumboNode* densest = nullptr;
  std::size_t densest_size = 0;
  for (const auto& [node, size] : candidates.paragraph_density)
    if (size > densest_size) {
      densest = node;
      densest_size = size;
    }
  ContentRoot dense;
  if (densest != nullptr) dense = {densest, paragraphs_under(densest, furniture)};

  // A site that marks its article body is believed; <article> and <main> also wrap teaser cards and whole
  // layouts, so they must hold at least half the text of the densest block of paragraphs.
  ContentRoot marked = best_of(candidates.article_bodies, furniture);
  if (marked.node != nullptr && total_size(marked.paragraphs) > 0) return marked;
  for (const auto* tier : {&candidates.articles, &candidates.mains}) {
    ContentRoot best = best_of(*tier, furniture);
    if (best.node != nullptr && total_size(best.paragraphs) > 0 &&
        total_size(best.paragraphs) * 2 >= total_size(dense.paragraphs))
      return best;
  }
  if (dense.node != nullptr && !dense.paragraphs.empty()) return dense;
  if (candidates.body != nullptr) return {candidates.body, paragraphs_under(candidates.body, furniture)};
  return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Metadata.

bool is_absolute_url(std::string_view url) { return url.starts_with("http://") || url.starts_with("https://"); }

// What the page's markup says, before choosing among the sources.
struct PageMetadata {
  std::string html_lang;
  std::string title_element;
  std::unordered_map<std::string, std::string> meta;  // first value per lower-cased name/property/itemprop
  std::string canonical;
  std::vector<std::string> json_ld_scripts;
  std::vector<const GumboNode*> times;  // <time datetime> elements in document order
  std::string saved_from_url;           // where a browser or SingleFile says the saved page came from
};

// Browsers mark pages saved with "Save as" by a comment "<!-- saved from url=(0042)https://... -->", and the
// SingleFile extension by "<!-- Page saved with SingleFile \n url: https://... -->": the page's address when it
// carries no canonical link.
std::string url_from_save_comment(std::string_view comment) {
  std::size_t start = std::string_view::npos;
  if (const auto mark = comment.find("saved from url=("); mark != std::string_view::npos) {
    start = comment.find(')', mark);
    if (start != std::string_view::npos) ++start;
  } else if (comment.find("saved with SingleFile") != std::string_view::npos) {
    start = comment.find("url: ");
    if (start != std::string_view::npos) start += 5;
  }
  if (start == std::string_view::npos) return {};
  std::size_t end = start;
  while (end < comment.size() && !is_ascii_space(comment[end])) ++end;
  const std::string_view url = comment.substr(start, end - start);
  return is_absolute_url(url) ? std::string(url) : std::string();
}

void gather_metadata(const GumboNode* node, PageMetadata& out, int depth) {
  // Save marks sit before <html> or at the top of <head>.
  if (node->type == GUMBO_NODE_COMMENT && depth <= 2 && out.saved_from_url.empty())
    out.saved_from_url = url_from_save_comment(node->v.text.text);
  if (depth > kMaxDepth || !is_element(node)) return;
  const GumboTag tag = node->v.element.tag;
  if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return;  // <title> inside SVG is not the page's
  switch (tag) {
    case GUMBO_TAG_HTML: {
      std::string_view lang = attribute(node, "lang");
      if (lang.empty()) lang = attribute(node, "xml:lang");
      out.html_lang = trim_ascii(lang);
      break;
    }
    case GUMBO_TAG_TITLE:
      if (out.title_element.empty()) out.title_element = text_of(node);
      return;
    case GUMBO_TAG_META: {
      const std::string_view content = attribute(node, "content");
      for (const char* key_attribute : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string key = ascii_lower(trim_ascii(attribute(node, key_attribute)));
        if (!key.empty() && !content.empty()) out.meta.emplace(key, collapse_spaces(content));
      }
      return;
    }
    case GUMBO_TAG_LINK:
      if (out.canonical.empty() && has_token(attribute(node, "rel"), "canonical"))
        out.canonical = trim_ascii(attribute(node, "href"));
      return;
    case GUMBO_TAG_SCRIPT:
      if (ascii_lower(trim_ascii(attribute(node, "type"))) == "application/ld+json") {
        std::string script;
        append_text(node, script);
        out.json_ld_scripts.push_back(std::move(script));
      }
      return;
    case GUMBO_TAG_TIME:
      if (!trim_ascii(attribute(node, "datetime")).empty()) out.times.push_back(node);
      break;
    default:
      break;
  }
  for_each_child(node, [&](const GumboNode* child) { gather_metadata(child, out, depth + 1); });
}

// The article node of the page's JSON-LD, with every node that has an @id so references can be followed.
struct JsonLd {
  std::optional<nlohmann::json> article;
  std::unordered_map<std::string, nlohmann::json> by_id;
};

bool has_article_type(const nlohmann::json& node) {
  const auto type = node.find("@type");
  if (type == node.end()) return false;
  const auto is_article_type = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    std::string_view name = t.get_ref<const std::string&>();
    if (const auto colon = name.rfind(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    if (const auto slash = name.rfind('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
    return std::find(std::begin(kArticleTypes), std::end(kArticleTypes), name) != std::end(kArticleTypes);
  };
  if (type->is_array()) return std::any_of(type->begin(), type->end(), is_article_type);
  return is_article_type(*type);
}

void walk_json_ld(const nlohmann::json& node, JsonLd& out, int depth) {
  if (depth > 32) return;
  if (node.is_array()) {
    for (const auto& item : node) walk_json_ld(item, out, depth + 1);
    return;
  }
  if (!node.is_object()) return;
  if (const auto id = node.find("@id"); id != node.end() && id->is_string() && node.size() > 1)
    out.by_id.emplace(id->get<std::string>(), node);
  if (!out.article && has_article_type(node)) out.article = node;
  for (const auto& [key, value] : node.items())
    if (value.is_structured()) walk_json_ld(value, out, depth + 1);
}

JsonLd read_json_ld(const std::vector<std::string>& scripts) {
  JsonLd result;
  for (const std::string& script : scripts) {
    std::string_view body = trim_ascii(script);
    // Some CMSs wrap the JSON in an HTML comment or CDATA section, or end it with a semicolon.
    for (std::string_view wrapper : {"<!--", "//<![CDATA[", "<![CDATA["})
      if (body.starts_with(wrapper)) body = trim_ascii(body.substr(wrapper.size()));
    for (std::string_view wrapper : {"-->", "//]]>", "]]>", ";"})
      if (body.ends_with(wrapper)) body = trim_ascii(body.substr(0, body.size() - wrapper.size()));
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) continue;  // malformed JSON-LD is common and tells us nothing
    walk_json_ld(parsed, result, 0);
  }
  return result;
}

// A JSON-LD value as text: strings as they are, objects by their name / @id, arrays by their first usable item.
std::string json_text(const nlohmann::json& value, const JsonLd& json_ld, std::initializer_list<const char*> keys,
                      int depth = 0) {
  if (depth > 4) return {};
  if (value.is_string()) return decode_entities(value.get_ref<const std::string&>());
  if (value.is_array()) {
    for (const auto& item : value)
      if (std::string text = json_text(item, json_ld, keys, depth + 1); !text.empty()) return text;
    return {};
  }
  if (!value.is_object()) return {};
  for (const char* key : keys)
    if (const auto it = value.find(key); it != value.end() && !it->is_object())
      if (std::string text = json_text(*it, json_ld, keys, depth + 1); !text.empty()) return text;
  // {"@id": "#publisher"} refers to a node elsewhere in the graph.
  if (const auto id = value.find("@id"); id != value.end() && id->is_string() && value.size() == 1)
    if (const auto target = json_ld.by_id.find(id->get<std::string>()); target != json_ld.by_id.end())
      return json_text(target->second, json_ld, keys, depth + 1);
  return {};
}

std::string json_field(const JsonLd& json_ld, const char* field, std::initializer_list<const char*> keys) {
  if (!json_ld.article) return {};
  const auto it = json_ld.article->find(field);
  if (it == json_ld.article->end()) return {};
  return json_text(*it, json_ld, keys);
}

std::string meta_value(const PageMetadata& page, std::string_view key) {
  const auto it = page.meta.find(std::string(key));
  return it != page.meta.end() ? it->second : std::string();
}

// The nearest <article> around the content root, else the root: where the article's own <time> lives.
const GumboNode* article_scope(const GumboNode* root) {
  for (const GumboNode* n = root; n != nullptr; n = n->parent)
    if (is_html_element(n, GUMBO_TAG_ARTICLE)) return n;
  return root;
}

bool is_inside(const GumboNode* node, const GumboNode* ancestor) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

// Furniture that may hold other dates (comments, related articles, the site's header with today's date), but
// an article's own <header> is where its date usually is.
bool inside_foreign_furniture(const GumboNode* node, const GumboNode* scope, const Furniture& furniture) {
  for (const GumboNode* n = node->parent; n != nullptr && n != scope; n = n->parent)
    if (furniture.is_boilerplate(n) && !(scope != nullptr && is_html_element(n, GUMBO_TAG_HEADER) && is_inside(n, scope)))
      return true;
  return false;
}

std::string published_from_times(const PageMetadata& page, const GumboNode* content_root,
                                 const Furniture& furniture) {
  // A <time> marked as the publication date is believed wherever it is.
  for (const GumboNode* time : page.times)
    if (has_token(attribute(time, "itemprop"), "datePublished") || has_attribute(time, "pubdate"))
      if (std::string date = iso_date_prefix(attribute(time, "datetime")); !date.empty()) return date;
  // Else the first <time> of the article itself, then the first outside any furniture.
  const GumboNode* scope = content_root != nullptr ? article_scope(content_root) : nullptr;
  if (scope != nullptr)
    for (const GumboNode* time : page.times)
      if (is_inside(time, scope) && !inside_foreign_furniture(time, scope, furniture))
        if (std::string date = iso_date_prefix(attribute(time, "datetime")); !date.empty()) return date;
  for (const GumboNode* time : page.times)
    if (!furniture.inside_boilerplate(time))
      if (std::string date = iso_date_prefix(attribute(time, "datetime")); !date.empty()) return date;
  return {};
}

// "Headline | Outlet", "Headline - Outlet" → "Headline" when the outlet is known.
std::string strip_outlet_suffix(std::string title, const std::string& outlet) {
  if (outlet.empty()) return title;
  const std::string folded_title = fold(title);
  const std::string folded_outlet = fold(outlet);
  for (std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " : ", " \xC2\xB7 "}) {
    const std::string suffix = std::string(separator) + folded_outlet;
    if (folded_title.size() > suffix.size() && folded_title.ends_with(suffix)) {
      // Folding may change byte lengths (accents), so cut at the separator's last occurrence in the original.
      const std::size_t cut = title.rfind(separator);
      if (cut != std::string::npos && cut > 0) return title.substr(0, cut);
    }
  }
  return title;
}

ArticleMeta choose_metadata(const PageMetadata& page, const JsonLd& json_ld, const GumboNode* content_root,
                            const Furniture& furniture) {
  ArticleMeta meta;

  meta.outlet = json_field(json_ld, "publisher", {"name", "legalName", "alternateName"});
  if (meta.outlet.empty()) meta.outlet = meta_value(page, "og:site_name");

  for (const std::string& title : {meta_value(page, "og:title"), json_field(json_ld, "headline", {"name"}),
                                   json_field(json_ld, "name", {"name"}), page.title_element}) {
    meta.title = strip_outlet_suffix(title, meta.outlet);
    if (!meta.title.empty()) break;
  }

  meta.published = iso_date_prefix(json_field(json_ld, "datePublished", {"@value"}));
  for (std::string_view key : kPublishedMetaKeys) {
    if (!meta.published.empty()) break;
    meta.published = iso_date_prefix(meta_value(page, key));
  }
  if (meta.published.empty()) meta.published = published_from_times(page, content_root, furniture);

  const std::string url_candidates[] = {page.canonical, meta_value(page, "og:url"),
                                        json_field(json_ld, "url", {"@id", "url"}),
                                        json_field(json_ld, "mainEntityOfPage", {"@id", "url"}),
                                        page.saved_from_url};
  for (const std::string& url : url_candidates)
    if (is_absolute_url(url)) {
      meta.url = url;
      break;
    }
  if (meta.url.empty())
    for (const std::string& url : url_candidates)
      if (!url.empty()) {
        meta.url = url;
        break;
      }

  const std::string lang_candidates[] = {json_field(json_ld, "inLanguage", {"alternateName", "name"}),
                                         page.html_lang, meta_value(page, "og:locale"),
                                         meta_value(page, "content-language"), meta_value(page, "language")};
  for (const std::string& code : lang_candidates) {
    if (code.empty()) continue;
    meta.lang = parse_lang(trim_ascii(code));
    if (meta.lang != Lang::unknown) break;
  }
  return meta;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int number_at(std::string_view s, std::size_t pos, std::size_t digits) {
  int value = 0;
  for (std::size_t i = 0; i < digits; ++i) value = value * 10 + (s[pos + i] - '0');
  return value;
}

bool all_digits(std::string_view s, std::size_t pos, std::size_t digits) {
  if (pos + digits > s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(pos),
                     s.begin() + static_cast<std::ptrdiff_t>(pos + digits), is_digit);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string iso_date_prefix(std::string_view value) {
  const std::string_view s = trim_ascii(value);
  if (!all_digits(s, 0, 4)) return {};
  const int year = number_at(s, 0, 4);
  if (year < 1000) return {};
  int month = 0;
  int day = 0;
  std::size_t end = 4;
  if (all_digits(s, 4, 4) && (s.size() == 8 || !is_digit(s[8]))) {
    // Compact "20240515".
    month = number_at(s, 4, 2);
    day = number_at(s, 6, 2);
    end = 8;
  } else if (s.size() > 4 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && all_digits(s, 5, 2)) {
    month = number_at(s, 5, 2);
    end = 7;
    if (s.size() > 7 && s[7] == s[4] && all_digits(s, 8, 2)) {
      day = number_at(s, 8, 2);
      end = 10;
    }
  }
  // The date must end there: "2024-05-15T08:30", "2024-05-15 08:30" and "2024" qualify, "20245" does not.
  if (end < s.size() && is_digit(s[end])) return {};
  if (month == 0 && day == 0 && end == 4) return std::string(s.substr(0, 4));
  if (month < 1 || month > 12) return {};
  const auto two_digits = [](int n) { return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; };
  std::string date = std::string(s.substr(0, 4)) + "-" + two_digits(month);
  if (day == 0) return date;
  if (day > days_in_month(year, month)) return {};
  return date + "-" + two_digits(day);
}

bool looks_like_html(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::string lower = ascii_lower(head.substr(0, 1024));
  static constexpr std::string_view kMarkers[] = {"<!doctype html", "<html", "<head", "<body"};
  return std::any_of(std::begin(kMarkers), std::end(kMarkers),
                     [&](std::string_view marker) { return lower.find(marker) != std::string::npos; });
}

Article read_html(std::string_view html, std::string origin) {
  Article article;
  article.origin = std::move(origin);
  if (html.starts_with("\xEF\xBB\xBF")) html.remove_prefix(3);
  std::string converted;
  if (!text::is_valid_utf8(html)) {
    converted = windows1252_to_utf8(html);
    html = converted;
  }
  const GumboOutputPtr output = parse_html(html);
  if (!output) return article;

  const Furniture furniture(output->document);
  const ContentRoot content = find_content(output->document, furniture);
  article.text = join_paragraphs(content.paragraphs);

  PageMetadata page;
  for_each_child(output->document, [&](const GumboNode* child) { gather_metadata(child, page, 0); });
  article.meta = choose_metadata(page, read_json_ld(page.json_ld_scripts), content.node, furniture);
  return article;
}

}  // namespace exodus::ingest
