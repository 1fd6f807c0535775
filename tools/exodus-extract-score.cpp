// exodus-extract-score: runs the departure extractor over front-matter articles that have a .gold.json beside
// them and prints precision, recall and F1 of (person, organization) pairs, date accuracy and source accuracy.
// Usage: exodus-extract-score [--verbose] [--dump] PATH...   (files or directories; default tests/corpus/departures)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dates/date_range.hpp"
#include "extract/extractor.hpp"
#include "text/normalize.hpp"

namespace fs = std::filesystem;
using exodus::Article;
using exodus::Mention;
namespace dates = exodus::dates;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Front matter: a first line "---", then "key: value" lines, then "---".
Article parse_article(const std::string& content, const std::string& origin) {
  Article article;
  article.origin = origin;
  std::string body = content;
  if (content.rfind("---\n", 0) == 0) {
    const std::size_t close = content.find("\n---", 3);
    if (close != std::string::npos) {
      std::istringstream header(content.substr(4, close - 4));
      std::string line;
      while (std::getline(header, line)) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string key = line.substr(0, colon);
        std::string value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ')) value.erase(value.begin());
        while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.pop_back();
        if (key == "title") article.meta.title = value;
        else if (key == "published") article.meta.published = value;
        else if (key == "outlet") article.meta.outlet = value;
        else if (key == "url") article.meta.url = value;
        else if (key == "lang") article.meta.lang = exodus::parse_lang(value);
      }
      std::size_t start = close + 4;
      while (start < content.size() && content[start] == '\n') ++start;
      body = content.substr(start);
    }
  }
  article.text = body;
  return article;
}

// A normalised name for comparison: lowercase, accents off, leading article dropped.
std::string norm(std::string_view s) {
  std::string k = exodus::text::match_key(s);
  for (std::string_view lead : {"the ", "l'", "le ", "la ", "les "})
    if (k.rfind(lead, 0) == 0) k = k.substr(lead.size());
  std::string out;
  for (char c : k)
    if (c != '.' && c != ',') out.push_back(c);
  return out;
}

std::string last_word(const std::string& s) {
  const std::size_t sp = s.rfind(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

bool person_match(const std::string& gold, const std::string& got) {
  const std::string g = norm(gold), p = norm(got);
  return g == p || last_word(g) == last_word(p);
}

bool word_part(const std::string& part, const std::string& whole) {
  if (part.empty() || part.size() >= whole.size()) return false;
  if (whole.rfind(part, 0) == 0 && (whole[part.size()] == ' ' || whole[part.size()] == '-')) return true;
  const std::size_t at = whole.size() - part.size();
  return whole.compare(at, part.size(), part) == 0 && (whole[at - 1] == ' ' || whole[at - 1] == '-');
}

bool org_match(const std::string& gold, const std::string& got) {
  const std::string g = norm(gold), p = norm(got);
  return g == p || word_part(g, p) || word_part(p, g);
}

struct GoldDate {
  std::optional<dates::Day> earliest, latest;
};

std::optional<dates::Day> day_of(std::string_view s, bool last) {
  auto pd = dates::parse_partial_date(s);
  if (!pd) return std::nullopt;
  return last ? pd->last() : pd->first();
}

GoldDate parse_edtf(const std::string& edtf) {
  GoldDate d;
  if (edtf.empty()) return d;
  const std::size_t slash = edtf.find('/');
  if (edtf.rfind("..", 0) == 0) {
    d.latest = day_of(edtf.substr(2), true);
  } else if (slash != std::string::npos) {
    const std::string a = edtf.substr(0, slash), b = edtf.substr(slash + 1);
    if (a != "..") d.earliest = day_of(a, false);
    if (b != "..") d.latest = day_of(b, true);
  } else {
    d.earliest = day_of(edtf, false);
    d.latest = day_of(edtf, true);
  }
  return d;
}

// Right when the extracted range lies within the gold range give or take a day (open ends are open).
bool date_match(const GoldDate& gold, const dates::DateRange& got) {
  if (!gold.earliest && !gold.latest) return !got.known();
  if (!got.known()) return false;
  if (gold.earliest) {
    if (!got.earliest) return false;
    if (got.earliest->serial() < gold.earliest->serial() - 1) return false;
  }
  if (gold.latest) {
    if (!got.latest) return false;
    if (got.latest->serial() > gold.latest->serial() + 1) return false;
  }
  return true;
}

// Sources are names like organizations: "Harlow Foods Inc" is "Harlow Foods".
bool source_match(const std::string& gold, const std::string& got) { return org_match(gold, got); }

struct Totals {
  int gold = 0, predicted = 0, matched = 0, dates_right = 0, sources_right = 0, articles = 0;
};

void score_article(const fs::path& txt, bool verbose, bool dump, Totals& totals) {
  fs::path gold_path = txt;
  gold_path.replace_extension(".gold.json");
  if (!fs::exists(gold_path)) {
    // "x.fr.txt" → "x.gold.json" (the seed's naming).
    std::string stem = txt.stem().string();
    const std::size_t dot = stem.rfind('.');
    if (dot != std::string::npos) gold_path = txt.parent_path() / (stem.substr(0, dot) + ".gold.json");
  }
  if (!fs::exists(gold_path)) return;
  const Article article = parse_article(read_file(txt), txt.string());
  const auto gold = nlohmann::json::parse(read_file(gold_path));
  const auto mentions = exodus::extract_departures(article);
  ++totals.articles;
  if (dump)
    for (const auto& m : mentions)
      std::cout << "    " << m.order << " " << m.person << " | " << m.org << " | " << exodus::kind_name(m.kind)
                << (m.hedged ? " (hedged)" : "") << " | " << m.date.edtf() << " '" << m.date.text << "' | "
                << m.source << " | " << m.role.value_or("-") << "\n      " << m.evidence << "\n";
  const auto& timeline = gold.at("timeline");
  std::vector<bool> used(mentions.size(), false);
  std::vector<std::string> notes;
  for (const auto& g : timeline) {
    const std::string person = g.at("person").get<std::string>();
    const std::string org = g.value("org", "");
    ++totals.gold;
    std::optional<std::size_t> hit;
    for (std::size_t i = 0; i < mentions.size(); ++i)
      if (!used[i] && person_match(person, mentions[i].person) && org_match(org, mentions[i].org)) {
        hit = i;
        break;
      }
    if (!hit) {
      notes.push_back("  MISS  " + person + " | " + org);
      continue;
    }
    used[*hit] = true;
    ++totals.matched;
    const auto& m = mentions[*hit];
    const std::string edtf = g.contains("date") ? g["date"].value("edtf", "") : "";
    if (date_match(parse_edtf(edtf), m.date)) ++totals.dates_right;
    else notes.push_back("  DATE  " + person + ": got " + m.date.edtf() + " (" + m.date.text + "), gold " + edtf);
    const std::string source = g.value("source", "");
    if (source_match(source, m.source)) ++totals.sources_right;
    else notes.push_back("  SOURCE " + person + ": got '" + m.source + "', gold '" + source + "'");
    const std::string kind = g.value("kind", "");
    if (kind != exodus::kind_name(m.kind))
      notes.push_back("  kind  " + person + ": got " + std::string(exodus::kind_name(m.kind)) + ", gold " + kind);
  }
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    ++totals.predicted;
    if (!used[i])
      notes.push_back("  EXTRA " + mentions[i].person + " | " + mentions[i].org + " | " +
                      std::string(exodus::kind_name(mentions[i].kind)) + " | " + mentions[i].evidence.substr(0, 120));
  }
  if (verbose && !notes.empty()) {
    std::cout << txt.filename().string() << "\n";
    for (const auto& n : notes) std::cout << n << "\n";
  }
}

double ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false, dump = false;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose" || arg == "-v") verbose = true;
    else if (arg == "--dump") dump = verbose = true;
    else if (arg == "--help" || arg == "-h") {
      std::cout << "usage: exodus-extract-score [--verbose] [--dump] PATH...\n";
      return 0;
    } else inputs.emplace_back(arg);
  }
  if (inputs.empty()) inputs.emplace_back("tests/corpus/departures");
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    if (fs::is_directory(in)) {
      for (const auto& e : fs::recursive_directory_iterator(in))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    } else if (fs::exists(in)) {
      files.push_back(in);
    } else {
      std::cerr << "exodus-extract-score: no such file: " << in << "\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  Totals t;
  for (const auto& f : files) {
    try {
      score_article(f, verbose, dump, t);
    } catch (const std::exception& e) {
      std::cerr << f << ": " << e.what() << "\n";
      return 2;
    }
  }
  const double p = ratio(t.matched, t.predicted), r = ratio(t.matched, t.gold);
  const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::printf("articles %d  gold %d  extracted %d  matched %d\n", t.articles, t.gold, t.predicted, t.matched);
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", p, r, f1);
  std::printf("date accuracy %.3f  source accuracy %.3f  (of matched pairs)\n", ratio(t.dates_right, t.matched),
              ratio(t.sources_right, t.matched));
  return 0;
}
