// Reader for saved news pages: the article's own text and the metadata news sites carry (Open Graph, JSON-LD,
// <time>, canonical link, <html lang>), through the gumbo HTML5 parser.
#pragma once
#include <string>
#include <string_view>

#include "text/article.hpp"

namespace exodus::ingest {

// Whether the start of a file looks like HTML: "<!doctype html", "<html", "<head" or "<body" (any case) within
// its first kilobyte. For files whose extension does not say.
bool looks_like_html(std::string_view head);

// The article in a web page: `text` holds the paragraphs of the main content (itemprop=articleBody, else the
// <article> with the most text, else <main>, else the densest block of paragraphs), joined by blank lines,
// entities decoded and whitespace normalised; navigation, headers, footers, asides, figures and captions, forms,
// scripts, ads, promos, newsletters, share buttons, comment sections, related links and "read also" teasers are
// left out. `meta` holds what the page says about itself, empty when it says nothing:
//   title      og:title, else the JSON-LD headline, else <title> without a trailing " | outlet"
//   published  JSON-LD datePublished, else article:published_time, else another publication-date <meta>, else
//              the article's <time datetime>; always reduced to "YYYY-MM-DD", "YYYY-MM" or "YYYY"
//   outlet     JSON-LD publisher.name, else og:site_name
//   url        <link rel=canonical>, else og:url, else the JSON-LD url, else the address in a browser's or
//              SingleFile's "saved from" comment; absolute URLs preferred
//   lang       JSON-LD inLanguage, else <html lang>, else og:locale or Content-Language; never guessed from the
//              text (the caller decides whether to detect it, so a --lang flag can still win)
// JSON-LD may be an object, an array or an @graph, with NewsArticle, Article, ReportageNewsArticle or another
// article type; malformed JSON-LD is ignored. Input that is not valid UTF-8 is read as Windows-1252.
// Never throws on malformed HTML: a page without an article gives an empty text.
Article read_html(std::string_view html, std::string origin);

// A date as found in page metadata ("2024-05-15T08:30:00+02:00", "2024-05-15", "2024/05/15", "20240515",
// "2024-05", "2024") reduced to the ISO calendar date it gives, keeping its precision: "2024-05-15",
// "2024-05", "2024". Empty when `value` does not start with such a date.
std::string iso_date_prefix(std::string_view value);

}  // namespace exodus::ingest
