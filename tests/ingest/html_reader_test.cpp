// Tests for the HTML reader: committed news pages against their plain-text twins and expected metadata, then the
// rules one by one on small pages (teasers, furniture, dates, entities, encodings, malformed input).
#include "ingest/html_reader.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "text/lang_detect.hpp"

using exodus::Lang;
using exodus::ingest::iso_date_prefix;
using exodus::ingest::looks_like_html;
using exodus::ingest::read_html;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

const std::string kPagesDir = EXODUS_SOURCE_DIR "/tests/ingest/pages/";

// A page of tests/ingest/pages/ (NAME.html, with its text twin NAME.expected.txt) and what the page says about
// itself; `language` is the language of its text, whether or not the page declares it.
struct PageCase {
  const char* name;
  const char* title;
  const char* url;
  const char* outlet;
  const char* published;
  Lang declared_lang;
  Lang language;
};

const PageCase kPages[] = {
    // Metadata only in JSON-LD (NewsArticle, publisher object, mainEntityOfPage); <title> carries a suffix.
    {"fr-jsonld-murati", "Mira Murati quitte OpenAI, deux responsables de la recherche aussi",
     "https://www.gazette-numerique.example/tech/2024/09/26/mira-murati-quitte-openai_4821.html",
     "La Gazette du Numérique", "2024-09-26", Lang::fr, Lang::fr},
    // Metadata only in Open Graph; content in <main> without <article>.
    {"en-opengraph-altman", "OpenAI board ousts Sam Altman; Greg Brockman quits in protest",
     "https://harborledger.example/business/openai-board-ousts-altman-brockman-quits", "The Harbor Ledger",
     "2023-11-18", Lang::en, Lang::en},
    // Metadata only in <time>: the site's "today" date and the comments' dates must not win.
    {"fr-time-tavares", "Carlos Tavares quitte la direction de Stellantis avec effet immédiat – Le Courrier de l'Industrie",
     "", "", "2024-12-02", Lang::unknown, Lang::fr},
    // No metadata at all, table-era markup without <article> or <main>.
    {"en-none-gelsinger", "", "", "", "", Lang::unknown, Lang::en},
    // WordPress with a Yoast JSON-LD @graph: the publisher is an @id reference to an Organization node.
    {"en-graph-schulman", "OpenAI co-founder John Schulman leaves for Anthropic",
     "https://frontierdispatch.example/2024/08/06/john-schulman-leaves-openai-anthropic/", "Frontier Dispatch Media",
     "2024-08-06", Lang::en, Lang::en},
    // Everything at once: malformed JSON-LD first, a JSON-LD array, microdata articleBody, teaser <article> cards.
    {"fr-reportage-breton", "Thierry Breton démissionne de la Commission européenne",
     "https://www.echo-bruxelles.example/europe/thierry-breton-demissionne-20240916", "L'Écho de Bruxelles",
     "2024-09-16", Lang::fr, Lang::fr},
    // A wire-service layout: paragraphs are <div>s, not <p>s; JSON-LD and Open Graph agree.
    {"en-divs-boeing", "Boeing CEO Calhoun to step down in shake-up as chairman and jetliner chief also go",
     "https://www.wiredesk.example/business/aerospace-defense/boeing-ceo-calhoun-step-down-2024-03-25/", "Wire Desk",
     "2024-03-25", Lang::en, Lang::en},
};

std::string without_final_newline(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// The text of a page given as a body fragment.
std::string body_text(const std::string& body) {
  return read_html("<!doctype html><html><head></head><body>" + body + "</body></html>", "test").text;
}

exodus::ArticleMeta head_meta(const std::string& head, const std::string& body = "<p>Text.</p>") {
  return read_html("<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>", "test").meta;
}

}  // namespace

TEST_CASE("each committed page gives exactly its plain-text twin and its metadata") {
  for (const PageCase& page : kPages) {
    CAPTURE(page.name);
    const std::string html = read_file(kPagesDir + page.name + ".html");
    const std::string expected_text = without_final_newline(read_file(kPagesDir + page.name + ".expected.txt"));
    const exodus::Article article = read_html(html, std::string(page.name) + ".html");
    CHECK(article.text == expected_text);
    CHECK(article.meta.title == page.title);
    CHECK(article.meta.url == page.url);
    CHECK(article.meta.outlet == page.outlet);
    CHECK(article.meta.published == page.published);
    CHECK(article.meta.lang == page.declared_lang);
    CHECK(article.origin == std::string(page.name) + ".html");
    // Pages that do not declare their language still read as the right one.
    CHECK(exodus::detect_language(article.text) == page.language);
    CHECK(looks_like_html(html));
  }
}

TEST_CASE("looks_like_html sniffs the first kilobyte") {
  const std::string long_preamble(1100, ' ');
  const std::pair<std::string, bool> cases[] = {
      {"<!DOCTYPE html><html>", true},
      {"\xEF\xBB\xBF<!doctype HTML>", true},
      {"  \n<HTML lang=\"fr\">", true},
      {"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
      {"<!-- saved from url=(0042)https://example.org/ -->\n<head><title>x</title>", true},
      {"<body><p>Fragment</p></body>", true},
      {"---\ntitle: Un article\n---\nLe directeur est parti.", false},
      {"{\"text\": \"<html> inside JSON is not a page\"}", true},  // by design: a marker anywhere in the first KB
      {"Plain text about nothing in particular.", false},
      {long_preamble + "<html>", false},
      {"", false},
  };
  for (const auto& [head, expected] : cases) {
    CAPTURE(head);
    CHECK(looks_like_html(head) == expected);
  }
}

TEST_CASE("iso_date_prefix keeps the calendar date and its precision") {
  const std::pair<const char*, const char*> cases[] = {
      {"2024-05-15T08:30:00+02:00", "2024-05-15"},
      {"2024-05-15", "2024-05-15"},
      {"  2024-05-15 08:30 ", "2024-05-15"},
      {"2024-05-14T22:30:00Z", "2024-05-14"},  // the date as written, not converted to another zone
      {"2024/05/15", "2024-05-15"},
      {"2024.05.15", "2024-05-15"},
      {"20240515", "2024-05-15"},
      {"20240515T083000", "2024-05-15"},
      {"2024-05", "2024-05"},
      {"2024", "2024"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", ""},
      {"2024-13-01", ""},
      {"2024-00", ""},
      {"2024-05-32", ""},
      {"2024-05/15", "2024-05"},  // mixed separators: only the month is certain
      {"202405", ""},
      {"15/05/2024", ""},
      {"May 15, 2024", ""},
      {"", ""},
  };
  for (const auto& [value, expected] : cases) {
    CAPTURE(value);
    CHECK(iso_date_prefix(value) == expected);
  }
}

TEST_CASE("read-also teasers are dropped, paragraphs that merely start alike are kept") {
  const std::pair<std::string, std::string> cases[] = {
      {"<p>Il est parti.</p><p>Lire aussi : <a href='/x'>Un autre départ</a></p>", "Il est parti."},
      {"<p>Il est parti.</p><p>» À LIRE AUSSI <a href='/x'>Un autre départ</a></p>", "Il est parti."},
      {"<p>Il est parti.</p><p><strong>Voir aussi</strong> <a href='/x'>Un autre départ</a></p>", "Il est parti."},
      {"<p>He left.</p><p>READ MORE: <a href='/x'>Another exit</a></p>", "He left."},
      {"<p>He left.</p><h3>Related</h3><ul><li><a href='/x'>Another exit</a></li></ul>", "He left."},
      // No link: a sentence that happens to start with the same words is article text.
      {"<p>Read more carefully, the filing shows that she resigned in March.</p>",
       "Read more carefully, the filing shows that she resigned in March."},
      // A block that is only a link, long as it may be, points elsewhere.
      {"<p>He left.</p><div><a href='/standards'>Our standards: the principles that guide our reporting, in full.</a></div>",
       "He left."},
      // A word that merely begins like an opening is not one.
      {"<p>Relatedly, <a href='/x'>the chief financial officer</a> left too.</p>",
       "Relatedly, the chief financial officer left too."},
  };
  for (const auto& [body, expected] : cases) {
    CAPTURE(body);
    CHECK(body_text("<article>" + body + "</article>") == expected);
  }
}

TEST_CASE("page furniture inside the article is left out") {
  const std::pair<std::string, std::string> cases[] = {
      {"<p>Kept.</p><aside><p>Aside.</p></aside><figure><img><figcaption>Caption.</figcaption></figure>", "Kept."},
      {"<p>Kept.</p><div class='ad-slot'><p>Advertisement</p></div><div id='taboola-below'><p>Sponsored.</p></div>",
       "Kept."},
      {"<p>Kept.</p><div class='newsletterSignup'><p>Sign up.</p></div><div class='social-share'><p>Share.</p></div>",
       "Kept."},
      {"<p>Kept.</p><section id='comments'><p>First!</p></section><div class='bloc-commentaires'><p>Bravo.</p></div>",
       "Kept."},
      {"<p>Kept.</p><div class='encadre-a-lire-aussi'><p>Teaser.</p></div><div class='pub'><p>Publicité</p></div>",
       "Kept."},
      {"<p>Kept.</p><div hidden><p>Hidden.</p></div><div aria-hidden='true'><p>Hidden.</p></div>", "Kept."},
      {"<p>Kept.</p><div role='complementary'><p>Box.</p></div><script>var x = 'code';</script><style>p{}</style>",
       "Kept."},
      {"<p>Kept.</p><!-- a comment --><noscript><p>Enable JavaScript.</p></noscript><form><p>Form.</p></form>",
       "Kept."},
      // A state class ("has-comments") does not make an element furniture.
      {"<div class='post-body has-comments'><p>Kept.</p></div>", "Kept."},
      // Words are matched whole: "address", "header-image-loaded" or "shadow" contain no furniture word.
      {"<div class='address shadow'><p>Kept.</p></div>", "Kept."},
  };
  for (const auto& [body, expected] : cases) {
    CAPTURE(body);
    CHECK(body_text("<article>" + body + "</article>") == expected);
  }
}

TEST_CASE("a wrapper whose class names furniture is kept when it holds the page's headline") {
  const std::string body =
      "<div class='layout-with-sidebar'><h1>Headline</h1>"
      "<div class='story'><p>The director resigned on Monday.</p></div>"
      "<div class='sidebar'><p>Popular stories today and every day of the week, all in one place.</p></div></div>";
  CHECK(body_text(body) == "The director resigned on Monday.");
}

TEST_CASE("the article body is found by markup, then by the weight of its paragraphs") {
  SUBCASE("teaser <article> cards do not beat the story held in plain divs") {
    const std::string body =
        "<div class='story'><p>The chief executive resigned on Monday after a long dispute with the board.</p>"
        "<p>The board accepted the resignation and named an interim leader for the coming months.</p>"
        "<p>Investors welcomed the news, and the shares rose in early trading on the exchange.</p></div>"
        "<section><article><p>Teaser one.</p></article><article><p>Teaser two.</p></article></section>";
    CHECK(body_text(body) ==
          "The chief executive resigned on Monday after a long dispute with the board.\n\n"
          "The board accepted the resignation and named an interim leader for the coming months.\n\n"
          "Investors welcomed the news, and the shares rose in early trading on the exchange.");
  }
  SUBCASE("of several <article>s, the one with the most text") {
    const std::string body =
        "<article><p>Short card.</p></article>"
        "<article><p>The founder left the company she created, citing differences over its direction.</p></article>";
    CHECK(body_text(body) == "The founder left the company she created, citing differences over its direction.");
  }
  SUBCASE("itemprop=articleBody wins over everything around it") {
    const std::string body =
        "<article><p>Standfirst outside the body.</p><div itemprop='articleBody'><p>Body.</p></div></article>";
    CHECK(body_text(body) == "Body.");
  }
  SUBCASE("no article anywhere") {
    CHECK(body_text("<nav><p>Menu</p></nav><footer><p>Copyright.</p></footer>").empty());
    CHECK(read_html("", "empty").text.empty());
    CHECK(read_html("just some words, no markup", "plain").text.empty());
  }
}

TEST_CASE("text is decoded and its whitespace normalised") {
  const std::pair<std::string, std::string> cases[] = {
      {"<p>L&rsquo;ex-PDG a quitt&eacute; l&#39;entreprise &amp; le groupe.</p>",
       "L\xE2\x80\x99" "ex-PDG a quitté l'entreprise & le groupe."},
      {"<p>«&nbsp;Je pars&nbsp;»,\xE2\x80\xAF" "a-t-il dit.</p>", "« Je pars », a-t-il dit."},
      {"<p>  Many\n\n   spaces\tand\r\nlines.  </p>", "Many spaces and lines."},
      {"<p>Com&shy;mission\xE2\x80\x8B" "s</p>", "Commissions"},
      {"<p>One line<br>same paragraph.</p>", "One line same paragraph."},
      {"<div>A first paragraph written by hand, long enough to be read as prose.<br><br>"
       "A second one, just as long, that the page separated with two line breaks.</div>",
       "A first paragraph written by hand, long enough to be read as prose.\n\n"
       "A second one, just as long, that the page separated with two line breaks."},
      {"<p><em>She</em> <strong>resigned</strong>, <a href='#'>they said</a>.</p>", "She resigned, they said."},
      {"<ul><li>First point of the list, kept as its own paragraph.</li><li>Second point.</li></ul>",
       "First point of the list, kept as its own paragraph.\n\nSecond point."},
  };
  for (const auto& [body, expected] : cases) {
    CAPTURE(body);
    CHECK(body_text("<article>" + body + "</article>") == expected);
  }
}

TEST_CASE("pages in Windows-1252 are read as such") {
  // "Le président a démissionné" with é as byte 0xE9, and a curly apostrophe as byte 0x92.
  const std::string page = "<html><body><article><p>Le pr\xE9sident a d\xE9missionn\xE9 aujourd\x92hui.</p>"
                           "</article></body></html>";
  CHECK(read_html(page, "latin").text == "Le président a démissionné aujourd\xE2\x80\x99hui.");
}

TEST_CASE("metadata sources are chosen in order and reduced to what exodus stores") {
  SUBCASE("og:title beats the JSON-LD headline, which beats <title>") {
    CHECK(head_meta("<title>T | Site</title><meta property='og:title' content='OG'>"
                    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"LD\"}</script>")
              .title == "OG");
    CHECK(head_meta("<title>T | Site</title>"
                    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"LD\"}</script>")
              .title == "LD");
  }
  SUBCASE("<title> loses the outlet's name when the outlet is known") {
    CHECK(head_meta("<title>Le PDG démissionne | Le Journal</title><meta property='og:site_name' content='Le Journal'>")
              .title == "Le PDG démissionne");
    CHECK(head_meta("<title>Le PDG démissionne - LE JOURNAL</title><meta property='og:site_name' content='Le Journal'>")
              .title == "Le PDG démissionne");
    CHECK(head_meta("<title>Le PDG démissionne - Le Journal</title>").title == "Le PDG démissionne - Le Journal");
  }
  SUBCASE("JSON-LD datePublished beats article:published_time, which beats <time>") {
    const std::string time = "<article><time datetime='2024-05-13'>13 mai</time><p>Text.</p></article>";
    CHECK(head_meta("<meta property='article:published_time' content='2024-05-14T10:00:00Z'>"
                    "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"2024-05-15\"}"
                    "</script>",
                    time)
              .published == "2024-05-15");
    CHECK(head_meta("<meta property='article:published_time' content='2024-05-14T10:00:00Z'>", time).published ==
          "2024-05-14");
    CHECK(head_meta("", time).published == "2024-05-13");
  }
  SUBCASE("a <time> marked as the publication date beats earlier ones") {
    CHECK(head_meta("", "<div class='date-du-jour'><time datetime='2024-06-01'>1er juin</time></div>"
                        "<article><p>Mis à jour <time datetime='2024-05-20'>le 20</time></p>"
                        "<p>Publié <time itemprop='datePublished' datetime='2024-05-15'>le 15</time></p></article>")
              .published == "2024-05-15");
  }
  SUBCASE("partial dates stay partial") {
    CHECK(head_meta("<meta property='article:published_time' content='2024-05'>").published == "2024-05");
    CHECK(head_meta("<meta name='date' content='2024'>").published == "2024");
  }
  SUBCASE("malformed JSON-LD is ignored, and so are JSON-LD nodes that are not articles") {
    const auto meta = head_meta(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Broken\",</script>"
        "<script type='application/ld+json'>{\"@type\": \"WebSite\", \"name\": \"Site\", \"datePublished\": "
        "\"2020-01-01\"}</script>"
        "<script type='application/ld+json'><!-- {\"@type\": \"NewsArticle\", \"headline\": \"Wrapped &amp; "
        "decoded\", \"datePublished\": \"2024-05-15\"} --></script>");
    CHECK(meta.title == "Wrapped & decoded");
    CHECK(meta.published == "2024-05-15");
  }
  SUBCASE("publisher and language in the shapes JSON-LD allows") {
    const auto meta = head_meta(
        "<script type='application/ld+json'>{\"@graph\": [{\"@type\": [\"NewsArticle\", \"Article\"], "
        "\"publisher\": [{\"@id\": \"#pub\"}], \"inLanguage\": {\"@type\": \"Language\", \"name\": \"French\", "
        "\"alternateName\": \"fr\"}}, {\"@id\": \"#pub\", \"@type\": \"Organization\", \"name\": \"Le Journal\"}]}"
        "</script>");
    CHECK(meta.outlet == "Le Journal");
    CHECK(meta.lang == Lang::fr);
  }
  SUBCASE("absolute URLs are preferred to relative ones") {
    CHECK(head_meta("<link rel='canonical' href='/a/b.html'><meta property='og:url' content='https://x.example/a/b'>")
              .url == "https://x.example/a/b");
    CHECK(head_meta("<link rel='canonical' href='/a/b.html'>").url == "/a/b.html");
  }
  SUBCASE("a saved page's own mark gives its address when nothing else does") {
    CHECK(read_html("<!DOCTYPE html>\n<!-- saved from url=(0041)https://news.example/2024/05/15/depart -->\n"
                    "<html><head></head><body><p>x</p></body></html>",
                    "t")
              .meta.url == "https://news.example/2024/05/15/depart");
    CHECK(read_html("<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://news.example/a \n "
                    "saved date: Wed May 15 2024 --><head></head><body><p>x</p></body></html>",
                    "t")
              .meta.url == "https://news.example/a");
    CHECK(read_html("<!-- saved from url=(0041)https://news.example/saved -->"
                    "<html><head><link rel='canonical' href='https://news.example/canonical'></head></html>",
                    "t")
              .meta.url == "https://news.example/canonical");
    // A comment in the article body is not a save mark.
    CHECK(head_meta("", "<article><!-- saved from url=(0020)https://x.example/ --><p>x</p></article>").url.empty());
  }
  SUBCASE("language from <html lang>, og:locale or Content-Language, never from the text") {
    CHECK(read_html("<html lang='fr-FR'><body><p>x</p></body></html>", "t").meta.lang == Lang::fr);
    CHECK(head_meta("<meta property='og:locale' content='en_GB'>").lang == Lang::en);
    CHECK(head_meta("<meta http-equiv='Content-Language' content='fr'>").lang == Lang::fr);
    CHECK(body_text("<article><p>The chief executive said that he was leaving the company.</p></article>") ==
          "The chief executive said that he was leaving the company.");
    CHECK(head_meta("", "<article><p>The chief executive said that he was leaving the company.</p></article>").lang ==
          Lang::unknown);
  }
}

TEST_CASE("pathological input does not break the reader") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "<p>Deep down.</p>";
  CHECK_NOTHROW(read_html(deep, "deep"));
  CHECK_NOTHROW(read_html(std::string("\0\xFF\xFE<html><p>\x80\x81</p>", 17), "binary"));
  CHECK_NOTHROW(read_html("<html><head><script type='application/ld+json'>[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                          "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script></head></html>",
                          "nested json"));
}

TEST_CASE("random tag soup always gives clean paragraphs") {
  // Fragments chosen to collide: furniture inside articles, unclosed tags, teasers, entities, odd spaces.
  static const char* const kFragments[] = {
      "<article>", "</article>", "<main>", "</main>", "<div class='story'>", "<div class='ad'>", "</div>",
      "<p>", "</p>", "<p>The director resigned on Monday after ten years.", "<li>", "<ul>", "</ul>", "<br>",
      "<br><br>", "<aside>", "</aside>", "<h2>Subhead", "</h2>", "<a href='/x'>", "</a>", "Lire aussi : ",
      "&nbsp;", "&amp;", "&#xA0;", "\xC2\xAD", "\xE2\x80\xAF", "  \n\t ", "<script>var a = '<p>';</script>",
      "<!-- note -->", "<time datetime='2024-05-15'>", "</time>", "<table><tr><td>", "</td></tr></table>",
      "<div itemprop='articleBody'>", "<header>", "</header>", "<footer>", "</footer>", "<figure><figcaption>",
      "Elle a quitté ses fonctions.", "<svg><title>Icon</title></svg>", "<template><p>T</p></template>", "\xFF",
  };
  std::mt19937 generator(8);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kFragments) - 1);
  for (int round = 0; round < 300; ++round) {
    std::string page = "<html><body>";
    for (int i = 0; i < 40; ++i) page += kFragments[pick(generator)];
    CAPTURE(page);
    std::string text;
    REQUIRE_NOTHROW(text = read_html(page, "soup").text);
    CHECK(text.find("\n\n\n") == std::string::npos);
    CHECK(text.find('<') == std::string::npos);
    CHECK(text.find("\xC2\xA0") == std::string::npos);
    CHECK(text.find('\t') == std::string::npos);
    if (!text.empty()) {
      CHECK(text.front() != ' ');
      CHECK(text.back() != ' ');
      CHECK(text.front() != '\n');
      CHECK(text.back() != '\n');
    }
  }
}
