// The date engine: a token scanner with lexicon lookups (lang/*.cpp) that finds temporal expressions, then a
// resolver that turns each into a TimeML value and a DateRange against the reference date, following the
// conventions of DESIGN.md (see docs/DATES.md for the vague ones).
#include "dates/tagger.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "dates/lang/lexicon.hpp"
#include "text/lang_detect.hpp"

namespace exodus::dates {

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

namespace {

using lex::Cat;
using lex::Unit;

// ---------------------------------------------------------------------------------------------------------------
// Tokens

enum class CharKind { space, letter, digit, apostrophe, hyphen, punct };

struct CharInfo {
  CharKind kind;
  int length;
};

// Classifies the UTF-8 character at text[i]. Letters are anything not known to be space or punctuation, so
// accented and non-Latin words stay whole.
CharInfo classify(std::string_view text, std::size_t i) {
  static constexpr auto ascii = [] {
    std::array<CharKind, 128> k{};
    for (int c = 0; c < 128; ++c) {
      if (c >= '0' && c <= '9') k[c] = CharKind::digit;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k[c] = CharKind::letter;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') k[c] = CharKind::space;
      else if (c == '\'') k[c] = CharKind::apostrophe;
      else if (c == '-') k[c] = CharKind::hyphen;
      else k[c] = CharKind::punct;
    }
    return k;
  }();
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {ascii[b], 1};
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (i + static_cast<std::size_t>(len) > text.size()) return {CharKind::punct, 1};
  std::uint32_t cp = 0;
  if (len == 2) cp = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
  else if (len == 3)
    cp = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
  else if (len == 4)
    cp = 0x10000;  // outside the BMP: emoji and rare scripts, treated as letters
  else
    return {CharKind::punct, 1};  // stray continuation byte
  if (cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000) return {CharKind::space, len};
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return {CharKind::apostrophe, len};
  if (cp == 0x2010 || cp == 0x2011) return {CharKind::hyphen, len};
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF))
    return {CharKind::punct, len};
  return {CharKind::letter, len};
}

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string_view norm;  // lowercased, apostrophes and hyphens unified (points into Scanner::arena_)
  bool cap = false;       // starts with an uppercase letter
  bool numeric = false;   // starts with a digit (or an apostrophe then a digit: "'90s")
  bool word = false;      // a word token (letters)
  bool space_before = true;
};

bool maybe_expression(const Token& t);

// Lowercase for ASCII and Latin-1 letters, ’ → ', ‐ → -, written into `out`.
void append_normalized(std::string& out, std::string_view piece) {
  for (std::size_t i = 0; i < piece.size(); ++i) {
    const auto b = static_cast<unsigned char>(piece[i]);
    if (b >= 'A' && b <= 'Z') {
      out.push_back(static_cast<char>(b + 32));
    } else if (b == 0xC3 && i + 1 < piece.size()) {
      auto c = static_cast<unsigned char>(piece[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
      out.push_back(static_cast<char>(b));
      out.push_back(static_cast<char>(c));
      ++i;
    } else if (b == 0xC5 && i + 1 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0x92) {
      out += "\xC5\x93";  // Œ → œ
      ++i;
    } else if (b == 0xE2 && i + 2 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(piece[i + 2]);
      if (c == 0x98 || c == 0x99) out.push_back('\'');
      else if (c == 0x90 || c == 0x91) out.push_back('-');
      else out.append(piece.substr(i, 3));
      i += 2;
    } else if (b == 0xCA && i + 1 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0xBC) {
      out.push_back('\'');
      ++i;
    } else {
      out.push_back(static_cast<char>(b));
    }
  }
}

// Tokens without lexicon hits that may still start an expression: "Q1", "T3", "XXe", number compounds.
bool maybe_expression(const Token& t) {
  if (!t.word) return false;
  const std::string_view s = t.norm;
  if (s.size() == 2 && s[1] >= '1' && s[1] <= '4') return true;  // Q1, T3, H1
  if (s.find('-') != std::string::npos) return true;              // dix-huit, twenty-five
  if (s.size() >= 2 && s.size() <= 8 && (s.back() == 'e' || s.compare(s.size() - 2, 2, "me") == 0)) {
    for (char c : s.substr(0, s.find_first_not_of("ivxl")))  // roman centuries: XXe, XIXème
      if (c != 'i' && c != 'v' && c != 'x' && c != 'l') return false;
    return s.find_first_not_of("ivxl") > 0;
  }
  return false;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b >= 'A' && b <= 'Z') return true;
  return b == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 &&
         static_cast<unsigned char>(s[1]) <= 0x9E;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

struct Phrase {
  std::vector<std::string> rest;  // words after the first
  const lex::Entry* entry;
};

// Entries that name a time by themselves, as opposed to function words, glue and tense cues.
bool names_time(const lex::Entry& e) {
  switch (e.cat) {
    case Cat::month: case Cat::weekday: case Cat::deictic: case Cat::anaphoric: case Cat::part_of_day:
    case Cat::clock_word: case Cat::season: case Cat::set_adverb: case Cat::vague: case Cat::holiday:
    case Cat::unit_noun: case Cat::decade_word: case Cat::century_word:
      return true;
    case Cat::unit:
      return std::string_view(e.words).size() > 3;  // not "an", "ans", "day"
    case Cat::number:
      return e.extra != 1;  // not "a", "an", "un", "une"
    case Cat::rel_last: case Cat::rel_next: case Cat::rel_recent: case Cat::ago_post: case Cat::ago_pre:
    case Cat::mod_start: case Cat::mod_mid: case Cat::mod_end: case Cat::set_every: case Cat::am: case Cat::pm:
    case Cat::oclock: case Cat::later_post: case Cat::earlier_post:
      return e.extra == 0 && std::string_view(e.words).size() > 3;  // "ago", "mid", "fin" are too short to trust
    default:
      return false;
  }
}

struct Lexicon {
  std::unordered_map<std::string, std::vector<Phrase>> by_first_word;
  std::vector<std::pair<std::string, Cat>> suffixes;  // tense endings, without the leading '-'
  std::size_t longest_suffix = 0;

  // Open-addressing index over by_first_word for fast lookups by string_view (built once by index()).
  std::vector<const std::pair<const std::string, std::vector<Phrase>>*> slots;
  std::size_t mask = 0;

  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  void index() {
    std::size_t size = 64;
    while (size < by_first_word.size() * 4) size *= 2;
    slots.assign(size, nullptr);
    mask = size - 1;
    for (const auto& kv : by_first_word) {
      std::size_t k = hash(kv.first) & mask;
      while (slots[k]) k = (k + 1) & mask;
      slots[k] = &kv;
    }
  }
  const std::vector<Phrase>* find(std::string_view w) const {
    for (std::size_t k = hash(w) & mask; slots[k]; k = (k + 1) & mask)
      if (slots[k]->first == w) return &slots[k]->second;
    return nullptr;
  }

  // `content_only`: take only the words that name times (months, units, "yesterday"...), not the function words
  // and tense cues, which would misread the main language ("a" is a French auxiliary, "an" a French year).
  void add(std::span<const lex::Entry> entries, bool content_only = false) {
    for (const auto& e : entries) {
      if (content_only && !names_time(e)) continue;
      std::string_view w = e.words;
      if ((e.cat == Cat::past_suffix || e.cat == Cat::future_suffix) && !w.empty() && w[0] == '-') {
        suffixes.emplace_back(std::string(w.substr(1)), e.cat);
        longest_suffix = std::max(longest_suffix, w.size() - 1);
        continue;
      }
      std::vector<std::string> words;
      std::size_t p = 0;
      while (p < w.size()) {
        auto q = w.find(' ', p);
        if (q == std::string_view::npos) q = w.size();
        std::string norm;
        append_normalized(norm, w.substr(p, q - p));
        words.push_back(std::move(norm));
        p = q + 1;
      }
      Phrase ph{{words.begin() + 1, words.end()}, &e};
      by_first_word[words[0]].push_back(std::move(ph));
    }
    for (auto& [k, v] : by_first_word)
      std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
  }
};

// The lexicon for a text: its language's table, or with Lang::unknown both tables. When the text itself is clearly
// French or English, the other language contributes only its words that name times, so an English quote in a
// French article is still read but English function words do not act as French tense cues, and vice versa.
const Lexicon& lexicon_for(Lang lang, std::string_view text) {
  auto build = [](std::span<const lex::Entry> main, std::span<const lex::Entry> other, bool other_content_only) {
    auto l = std::make_unique<Lexicon>();
    l->add(main);
    if (!other.empty()) l->add(other, other_content_only);
    l->index();
    return l;
  };
  static const auto fr = build(lex::french(), {}, false);
  static const auto en = build(lex::english(), {}, false);
  static const auto both = build(lex::french(), lex::english(), false);
  static const auto fr_first = build(lex::french(), lex::english(), true);
  static const auto en_first = build(lex::english(), lex::french(), true);
  switch (lang) {
    case Lang::fr: return *fr;
    case Lang::en: return *en;
    case Lang::unknown: break;
  }
  switch (detect_language(text)) {
    case Lang::fr: return *fr_first;
    case Lang::en: return *en_first;
    case Lang::unknown: break;
  }
  return *both;
}

struct Hit {
  const lex::Entry* entry;
  std::uint32_t len;  // tokens covered
};

// ---------------------------------------------------------------------------------------------------------------
// What the scanner understood, before resolution

enum class Kind {
  calendar,   // year / month / day fields, possibly missing the year (resolved by tense)
  deictic,    // a day offset from the reference
  anaphoric,  // a day offset from the last date mentioned
  weekday,
  relative,   // the unit-period `offset` units from the reference (la semaine dernière, dans deux mois)
  vague_ago,  // "il y a des semaines": a convention range some units before the reference
  recent,     // a duration ending at the reference ("ces derniers mois", "the past three years")
  vague,      // lexicon vague reference with its rule
  duration,
  set,
  decade,
  century,
  season,
  quarter,    // quarter or half of a year: `quarter` 1..4, or `half` 1..2
  clock,      // a time of day on its own, anchored to the last day mentioned
};

// end_of: "la fin de l'année", "the end of last year": a year's end said as a noun phrase is its last ten days
// (like "fin décembre"), where "fin 2024" / "late 2024" stay the last third of the year.
enum class Mod { none, start, mid, end, end_of, earlier_this, later_this };

struct Spec {
  Kind kind = Kind::calendar;
  std::size_t first = 0, last = 0;  // tokens [first, last)
  int year = 0, month = 0, day = 0;
  bool year_generic = false;
  int weekday = 0;
  int dir = 0;  // -1 last/dernier, +1 next/prochain, 2 this/ce, 0 from tense
  int offset = 0;
  Unit unit = Unit::none;
  double amount = 0;
  bool amount_unknown = false;
  int pod = -1;  // part of day index
  int hour = -1, minute = -1;
  int season = 0, quarter = 0, half = 0;
  int decade = 0, century = 0;
  Mod mod = Mod::none;
  const lex::VagueRule* rule = nullptr;
  bool is_time_type = false;
  bool is_timex = true;
  int set_weekday = 0;
  bool from_anchor = false;  // relative to the last date mentioned rather than to the reference
  bool counted_ago = false;  // "two weeks ago", "il y a trois semaines": a count of units before the reference
  int sign = -1;             // Kind::recent: -1 the stretch before the reference, +1 the one after it
};

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers

std::pair<int, int> iso_week(Day d) {
  const Day thursday = d.plus_days(4 - d.weekday());
  const Day jan1{thursday.year, 1, 1};
  return {thursday.year, static_cast<int>((thursday.serial() - jan1.serial()) / 7 + 1)};
}

Day monday_of(Day d) { return d.plus_days(1 - d.weekday()); }

void add_months(int& y, int& m, int n) {
  int total = y * 12 + (m - 1) + n;
  y = total >= 0 ? total / 12 : (total - 11) / 12;
  m = total - y * 12 + 1;
}

Day add_months_to_day(Day d, int n) {
  int y = d.year, m = d.month;
  add_months(y, m, n);
  return Day{y, m, std::min(d.day, days_in_month(y, m))};
}

Day add_offset(Day d, lex::Offset o) {
  switch (o.unit) {
    case Unit::day: return d.plus_days(o.amount);
    case Unit::week: return d.plus_days(7L * o.amount);
    case Unit::month: return add_months_to_day(d, o.amount);
    case Unit::year: return add_months_to_day(d, 12 * o.amount);
    default: return d;
  }
}

std::string fmt(const char* f, int a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a);
  return buf;
}
std::string fmt(const char* f, int a, int b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a, b);
  return buf;
}

std::string number_text(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9) return std::to_string(static_cast<long>(std::llround(v)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// TimeML duration value for an amount of a unit: P3Y, PT30.4S, PXD.
std::string duration_value(double amount, bool unknown, Unit u) {
  std::string n = unknown ? "X" : number_text(amount);
  auto scaled = [&](double k) { return unknown ? std::string("X") : number_text(amount * k); };
  switch (u) {
    case Unit::second: return "PT" + n + "S";
    case Unit::minute: return "PT" + n + "M";
    case Unit::hour:
      if (!unknown && amount < 1) return "PT" + number_text(amount * 60) + "M";
      return "PT" + n + "H";
    case Unit::day:
      if (!unknown && amount != std::floor(amount)) return "PT" + number_text(amount * 24) + "H";
      return "P" + n + "D";
    case Unit::week:
      if (!unknown && amount != std::floor(amount)) return "P" + number_text(amount * 7) + "D";
      return "P" + n + "W";
    case Unit::weekend: return "P" + n + "WE";
    case Unit::fortnight: return "P" + scaled(2) + "W";
    case Unit::month: return "P" + n + "M";
    case Unit::quarter: return "P" + scaled(3) + "M";
    case Unit::half: return "P" + scaled(6) + "M";
    case Unit::year:
      if (!unknown && amount != std::floor(amount)) return "P" + number_text(amount * 12) + "M";
      return "P" + n + "Y";
    case Unit::decade: return "P" + n + "DE";
    case Unit::century: return unknown || amount == std::floor(amount) ? "P" + n + "CE" : "P" + scaled(100) + "Y";
    case Unit::none: break;
  }
  return "P" + n + "D";
}

struct Resolved {
  std::string value;
  std::optional<Day> earliest, latest;
  Precision precision = Precision::unknown;
};

Resolved day_result(Day d) { return {d.iso(), d, d, Precision::day}; }
Resolved month_result(int y, int m) {
  return {fmt("%04d-%02d", y, m), Day{y, m, 1}, last_day_of_month(y, m), Precision::month};
}
Resolved year_result(int y) { return {fmt("%04d", y), Day{y, 1, 1}, Day{y, 12, 31}, Precision::year}; }
Resolved week_result(Day d) {
  const Day mon = monday_of(d);
  auto [wy, wn] = iso_week(d);
  return {fmt("%04d-W%02d", wy, wn), mon, mon.plus_days(6), Precision::week};
}

// The `unit` period containing day d, as a TimeML value and range.
Resolved period_of(Unit u, Day d) {
  switch (u) {
    case Unit::second:
    case Unit::minute:
    case Unit::hour:
    case Unit::day: return day_result(d);
    case Unit::week:
    case Unit::fortnight: return week_result(d);
    case Unit::weekend: {
      Resolved r = week_result(d);
      r.value += "-WE";
      r.earliest = r.earliest->plus_days(5);
      r.precision = Precision::range;
      return r;
    }
    case Unit::month: return month_result(d.year, d.month);
    case Unit::quarter: {
      const int q = (d.month - 1) / 3 + 1;
      return {fmt("%04d-Q%d", d.year, q), Day{d.year, 3 * q - 2, 1}, last_day_of_month(d.year, 3 * q),
              Precision::quarter};
    }
    case Unit::half: {
      const int h = d.month <= 6 ? 1 : 2;
      return {fmt("%04d-H%d", d.year, h), Day{d.year, h == 1 ? 1 : 7, 1}, last_day_of_month(d.year, h == 1 ? 6 : 12),
              Precision::range};
    }
    case Unit::year: return year_result(d.year);
    case Unit::decade: {
      const int dec = d.year / 10;
      return {fmt("%03d", dec), Day{dec * 10, 1, 1}, Day{dec * 10 + 9, 12, 31}, Precision::range};
    }
    case Unit::century: {
      const int c = d.year / 100;
      return {fmt("%02d", c), Day{c * 100, 1, 1}, Day{c * 100 + 99, 12, 31}, Precision::range};
    }
    case Unit::none: break;
  }
  return day_result(d);
}

// d shifted by n units (calendar-aware for months and years).
Day shift(Day d, Unit u, int n) {
  switch (u) {
    case Unit::week: return d.plus_days(7L * n);
    case Unit::weekend: return d.plus_days(7L * n);
    case Unit::fortnight: return d.plus_days(14L * n);
    case Unit::month: return add_months_to_day(d, n);
    case Unit::quarter: return add_months_to_day(d, 3 * n);
    case Unit::half: return add_months_to_day(d, 6 * n);
    case Unit::year: return add_months_to_day(d, 12 * n);
    case Unit::decade: return add_months_to_day(d, 120 * n);
    case Unit::century: return add_months_to_day(d, 1200 * n);
    case Unit::day: return d.plus_days(n);
    default: return d;
  }
}

// Season `s` (1 spring .. 4 winter) of year y: spring Mar–Jun, summer Jun–Sep, autumn Sep–Dec, winter Dec–Mar
// (winter y runs from December y into March y+1).
std::pair<Day, Day> season_range(int y, int s) {
  switch (s) {
    case 1: return {Day{y, 3, 1}, Day{y, 6, 30}};
    case 2: return {Day{y, 6, 1}, Day{y, 9, 30}};
    case 3: return {Day{y, 9, 1}, Day{y, 12, 31}};
    default: return {Day{y, 12, 1}, last_day_of_month(y + 1, 3)};
  }
}

// Narrows a range to its start, middle or end: for a month the 1st–10th, 11th–20th, 21st–end (DESIGN.md); for
// longer spans the first, middle or last third.
void apply_mod(Resolved& r, Mod mod, std::optional<Day> ref) {
  if (mod == Mod::none || !r.earliest || !r.latest) return;
  const Day a = *r.earliest, b = *r.latest;
  if (mod == Mod::end_of) {
    if (r.precision == Precision::year) {
      r.earliest = Day{b.year, 12, 21};
      r.precision = Precision::range;
      return;
    }
    mod = Mod::end;
  }
  if (b.serial() - a.serial() < 2) return;  // a day or a weekend has no start, middle and end to speak of
  if (mod == Mod::earlier_this) {
    if (ref && *ref >= a && *ref <= b) r.latest = *ref;
    r.precision = Precision::range;
    return;
  }
  if (mod == Mod::later_this) {
    if (ref && *ref >= a && *ref <= b) r.earliest = *ref;
    r.precision = Precision::range;
    return;
  }
  if (r.precision == Precision::month) {
    const int end = days_in_month(a.year, a.month);
    if (mod == Mod::start) r.latest = Day{a.year, a.month, 10};
    else if (mod == Mod::mid) r.earliest = Day{a.year, a.month, 11}, r.latest = Day{a.year, a.month, 20};
    else r.earliest = Day{a.year, a.month, 21}, r.latest = Day{a.year, a.month, end};
  } else if (r.precision == Precision::week) {
    // DESIGN.md: "en début de semaine" is Monday of the week up to the reference when the week contains it.
    if (mod == Mod::start) r.latest = (ref && *ref >= a && *ref <= b) ? *ref : a.plus_days(2);
    else if (mod == Mod::mid) r.earliest = a.plus_days(2), r.latest = a.plus_days(4);
    else r.earliest = a.plus_days(4);
  } else if (a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 && b.year - a.year >= 2) {
    // several whole years (a decade, a century): thirds in whole years ("the early 1990s" is 1990–1992)
    const int years = b.year - a.year + 1, third = years / 3;
    if (mod == Mod::start) r.latest = Day{a.year + third - 1, 12, 31};
    else if (mod == Mod::mid) r.earliest = Day{a.year + third, 1, 1}, r.latest = Day{b.year - third, 12, 31};
    else r.earliest = Day{b.year - third + 1, 1, 1};
  } else {
    // A year, a season, a quarter: its start and end read as "début / fin avril" do, the first ten days of its
    // first month and the 21st to the end of its last ("fin 2024" is "la fin de l'année 2024", 21–31
    // December; "la fin de l'été" 21–30 September); its middle is its middle third (mid-2024: May–August).
    const long span = b.serial() - a.serial() + 1;
    const long third = span / 3;
    if (mod == Mod::start) r.latest = Day{a.year, a.month, 10};
    else if (mod == Mod::mid) r.earliest = a.plus_days(third), r.latest = a.plus_days(2 * third - 1);
    else r.earliest = Day{b.year, b.month, 21};
    if (r.precision == Precision::year && mod == Mod::mid)  // calendar-aligned: May–August
      r.earliest = Day{a.year, 5, 1}, r.latest = Day{a.year, 8, 31};
  }
  r.precision = Precision::range;
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner

class Scanner {
 public:
  Scanner(std::string_view text, const TagOptions& options)
      : text_(text), options_(options), lex_(lexicon_for(options.lang, text)) {
    tokenize();
    lookup();
    mark_starters();
  }

  std::vector<TemporalExpression> run();

 private:
  std::string_view text_;
  const TagOptions& options_;
  const Lexicon& lex_;
  std::string arena_;  // every token's normalised text, back to back
  std::vector<Token> tokens_;
  std::vector<std::uint32_t> hit_begin_;  // hits of token i: hits_[hit_begin_[i] .. hit_begin_[i+1])
  std::vector<Hit> hits_;
  std::vector<bool> starter_;  // may token i begin an expression? (most tokens cannot: skip them fast)
  std::vector<std::uint64_t> cats_;  // the categories of token i's lexicon hits, one bit each
  static constexpr std::uint64_t bit(Cat c) { return std::uint64_t{1} << static_cast<unsigned>(c); }
  void mark_starters();
  std::optional<Day> anchor_;  // the last single day mentioned, for "le lendemain" and clock times
  std::optional<Day> last_date_;  // the first day of the last calendar date mentioned, for "a year earlier"
  Precision last_date_precision_ = Precision::unknown;
  // Is a date known to precision p fine enough to count `unit`s from? ("the following week" after "in 2019" is not)
  static bool fine_enough(Precision p, Unit unit) {
    switch (p) {
      case Precision::day: return true;
      case Precision::week: return unit >= Unit::week;
      case Precision::month: return unit >= Unit::month;
      case Precision::quarter: return unit >= Unit::quarter;
      case Precision::year: return unit >= Unit::year;
      default: return false;
    }
  }

  // --- tokens
  void tokenize();
  bool possessive(std::size_t after_apostrophe) const;
  void push_token(std::size_t start, std::size_t end, bool numeric, bool space_before);
  void lookup();
  std::size_t size() const { return tokens_.size(); }
  const Token* tok(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool is(std::size_t i, std::string_view norm) const { return i < size() && tokens_[i].norm == norm; }

  const Hit* hit(std::size_t i, Cat c) const {
    if (i >= size()) return nullptr;
    for (auto k = hit_begin_[i]; k < hit_begin_[i + 1]; ++k)
      if (hits_[k].entry->cat == c) return &hits_[k];
    return nullptr;
  }
  bool has_hits(std::size_t i) const { return i < size() && hit_begin_[i] != hit_begin_[i + 1]; }

  // --- pieces
  struct Number {
    double value = 0;
    std::size_t len = 0;
    bool weak = false;      // "un", "a": only before some units
    bool unknown = false;   // "plusieurs", "des"
    bool digits = false;
    bool plural_only = false;  // "des": needs a plural unit
  };
  std::optional<Number> number_at(std::size_t i) const;
  std::optional<int> day_number_at(std::size_t i) const;  // 1..31, "1er", "14th"
  std::optional<int> year_at(std::size_t i, bool loose) const;
  std::optional<int> two_digit_year_at(std::size_t i) const;
  bool month_ok(std::size_t i, const Hit& h, bool has_number_context) const;

  // --- parsers (each returns a Spec with first = i when it matches)
  std::optional<Spec> parse_at(std::size_t i);
  std::optional<Spec> parse_core(std::size_t i);
  std::optional<Spec> parse_numeric(std::size_t i);
  std::optional<Spec> parse_day_month(std::size_t i);
  std::optional<Spec> parse_month_first(std::size_t i);
  std::optional<Spec> parse_month(std::size_t i);
  std::optional<Spec> parse_year(std::size_t i);
  std::optional<Spec> parse_weekday(std::size_t i);
  std::optional<Spec> parse_deictic(std::size_t i);
  std::optional<Spec> parse_relative_unit(std::size_t i);
  std::optional<Spec> parse_amount(std::size_t i);
  std::optional<Spec> parse_set(std::size_t i);
  std::optional<Spec> parse_vague(std::size_t i);
  std::optional<Spec> parse_season(std::size_t i);
  std::optional<Spec> parse_decade(std::size_t i);
  std::optional<Spec> parse_clock(std::size_t i, bool after_prep);
  std::optional<Spec> parse_modified(std::size_t i);
  std::optional<Spec> parse_ordinal_period(std::size_t i);
  std::optional<Spec> parse_holiday(std::size_t i);
  std::optional<Spec> parse_day_list(std::size_t i);
  std::size_t skip_det(std::size_t i) const;
  static std::size_t end_of_unit(std::size_t at, const Hit& u) { return at + u.len; }
  // Units written the same in the singular and the plural ("mois") take their number from the word around them
  // ("ces mois", "les derniers mois", "mois prochains").
  bool unit_is_plural(std::size_t at, const Hit& u) const {
    if (u.entry->extra != 2) return u.entry->extra == 1;
    auto plural_word = [&](std::size_t k) {
      return k < size() && tokens_[k].word && tokens_[k].norm.size() > 2 && tokens_[k].norm.back() == 's' &&
             (hit(k, Cat::det) || hit(k, Cat::rel_this) || hit(k, Cat::rel_last) || hit(k, Cat::rel_next) ||
              hit(k, Cat::rel_recent) || hit(k, Cat::vague_qty) || hit(k, Cat::of));
    };
    return (at > 0 && plural_word(at - 1)) || plural_word(at + u.len);
  }
  std::size_t part_of_day_after(std::size_t i, int& pod) const;
  bool emit_year_pair(std::size_t i, std::vector<TemporalExpression>& out);

  // --- resolution
  int tense_around(std::size_t first, std::size_t last) const;
  Resolved resolve(const Spec& s, std::optional<Day> ref, int tense) const;
  TemporalExpression finish(const Spec& spec);
  // A token that carries meaning in an expression and so is never trimmed from its start.
  bool has_core_meaning(std::size_t i) const {
    const Hit* glue = hit(i, Cat::approx);
    for (Cat c : {Cat::month, Cat::weekday, Cat::unit, Cat::number, Cat::deictic, Cat::anaphoric, Cat::mod_start,
                  Cat::mod_mid, Cat::mod_end, Cat::rel_last, Cat::rel_next, Cat::rel_this, Cat::vague,
                  Cat::set_every, Cat::ago_pre, Cat::season, Cat::vague_qty}) {
      const Hit* h = hit(i, c);
      if (!h || (c == Cat::number && tokens_[i].norm == "a") || (c == Cat::rel_this && tokens_[i].norm == "en"))
        continue;
      // "à la fin de": the modifier phrase may start with a preposition that still stays out of the span
      if (glue && glue->entry->extra >= 1 && (c == Cat::mod_start || c == Cat::mod_mid || c == Cat::mod_end)) continue;
      return true;
    }
    return false;
  }
};

void Scanner::push_token(std::size_t start, std::size_t end, bool numeric, bool space_before) {
  Token t;
  t.start = static_cast<std::uint32_t>(start);
  t.end = static_cast<std::uint32_t>(end);
  const std::string_view piece = text_.substr(start, end - start);
  const std::size_t before = arena_.size();
  append_normalized(arena_, piece);  // never longer than the piece, and arena_ has the text's capacity
  t.norm = std::string_view(arena_).substr(before);
  t.cap = starts_upper(piece);
  t.numeric = numeric;
  t.word = !numeric && classify(text_, start).kind == CharKind::letter;
  t.space_before = space_before;
  tokens_.push_back(std::move(t));
}

// "Monday's", "the company's": an English possessive, which stays out of the word (unlike French "l'").
bool Scanner::possessive(std::size_t after_apostrophe) const {
  const std::size_t k = after_apostrophe;
  if (k >= text_.size() || (text_[k] != 's' && text_[k] != 'S')) return false;
  return k + 1 >= text_.size() || classify(text_, k + 1).kind != CharKind::letter;
}

void Scanner::tokenize() {
  const std::size_t n = text_.size();
  tokens_.reserve(n / 3 + 4);
  arena_.reserve(n + 16);
  std::size_t i = 0;
  bool space = true;
  while (i < n) {
    const CharInfo c = classify(text_, i);
    if (c.kind == CharKind::space) {
      i += static_cast<std::size_t>(c.length);
      space = true;
      continue;
    }
    const std::size_t start = i;
    if (c.kind == CharKind::digit ||
        (c.kind == CharKind::apostrophe && i + 1 < n && classify(text_, i + 1).kind == CharKind::digit && space)) {
      // a number token: digits and letters ("21h43", "1er", "1990s"), with . , : / - between digits
      i += static_cast<std::size_t>(c.length);
      while (i < n) {
        const CharInfo d = classify(text_, i);
        if (d.kind == CharKind::digit || d.kind == CharKind::letter) {
          i += static_cast<std::size_t>(d.length);
        } else if ((d.kind == CharKind::punct || d.kind == CharKind::hyphen) && d.length == 1 &&
                   std::strchr(".,:/-", text_[i]) && i + 1 < n && classify(text_, i + 1).kind == CharKind::digit &&
                   classify(text_, i - 1).kind == CharKind::digit) {
          i += 1;
        } else {
          break;
        }
      }
      push_token(start, i, true, space);
    } else if (c.kind == CharKind::letter) {
      i += static_cast<std::size_t>(c.length);
      std::vector<std::size_t> hyphens;
      bool elided = false;
      while (i < n) {
        if (const auto b = static_cast<unsigned char>(text_[i]);
            (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {  // the common case, without classify()
          ++i;
          continue;
        }
        const CharInfo d = classify(text_, i);
        if (d.kind == CharKind::letter || d.kind == CharKind::digit) {
          i += static_cast<std::size_t>(d.length);
        } else if (d.kind == CharKind::hyphen && i + static_cast<std::size_t>(d.length) < n &&
                   classify(text_, i + static_cast<std::size_t>(d.length)).kind == CharKind::letter) {
          hyphens.push_back(i);
          i += static_cast<std::size_t>(d.length);
        } else if (d.kind == CharKind::apostrophe && i + static_cast<std::size_t>(d.length) < n &&
                   classify(text_, i + static_cast<std::size_t>(d.length)).kind == CharKind::letter &&
                   !possessive(i + static_cast<std::size_t>(d.length))) {
          i += static_cast<std::size_t>(d.length);  // elision: "l'", "aujourd'", "o'" end a token
          elided = true;
          break;
        } else {
          break;
        }
      }
      (void)elided;
      if (hyphens.empty()) {
        push_token(start, i, false, space);
      } else {
        // keep "dix-huit", "après-midi", "week-end" whole when the lexicon knows them; split "mi-mars",
        // "GPT-4" or "mid-May" into parts so each part is looked up on its own
        std::string whole;
        append_normalized(whole, text_.substr(start, i - start));
        bool keep = lex_.find(whole) != nullptr;
        if (!keep) {
          keep = true;
          std::size_t p = start;
          for (std::size_t k = 0; k <= hyphens.size() && keep; ++k) {
            const std::size_t q = k < hyphens.size() ? hyphens[k] : i;
            std::string part;
            append_normalized(part, text_.substr(p, q - p));
            bool number = false;
            if (const auto* phrases = lex_.find(part))
              for (const auto& ph : *phrases)
                if (ph.rest.empty() && (ph.entry->cat == Cat::number || ph.entry->cat == Cat::and_word))
                  number = true;
            keep = number;
            if (k < hyphens.size()) p = q + static_cast<std::size_t>(classify(text_, q).length);
          }
        }
        if (keep) {
          push_token(start, i, false, space);
        } else {
          std::size_t p = start;
          bool sp = space;
          for (std::size_t k = 0; k <= hyphens.size(); ++k) {
            const std::size_t q = k < hyphens.size() ? hyphens[k] : i;
            push_token(p, q, false, sp);
            sp = false;
            if (k < hyphens.size()) {
              const auto hl = static_cast<std::size_t>(classify(text_, q).length);
              push_token(q, q + hl, false, false);
              p = q + hl;
            }
          }
        }
      }
    } else {
      i += static_cast<std::size_t>(c.length);
      push_token(start, i, false, space);
    }
    space = false;
  }
}

void Scanner::mark_starters() {
  starter_.assign(tokens_.size() + 1, false);
  for (std::size_t i = tokens_.size(); i-- > 0;) {
    const Token& t = tokens_[i];
    bool start = t.numeric || maybe_expression(t);
    bool glue = false;
    for (auto k = hit_begin_[i]; k < hit_begin_[i + 1] && !start; ++k) {
      const lex::Entry& e = *hits_[k].entry;
      switch (e.cat) {
        case Cat::det: case Cat::of: case Cat::approx: case Cat::year_prep: case Cat::on_prep: case Cat::and_word:
        case Cat::in_future:
          glue = true;
          break;
        case Cat::number:
          if (e.extra == 1 && hits_[k].len == 1) glue = true;  // "un", "a": only before a unit
          else start = true;
          break;
        case Cat::past_cue: case Cat::future_cue: case Cat::block_after: case Cat::block_before:
        case Cat::sentence_end: case Cat::hour_unit: case Cat::am: case Cat::pm: case Cat::oclock: case Cat::age_cue:
        case Cat::century_word: case Cat::later_post: case Cat::earlier_post: case Cat::ago_post: case Cat::day_word:
          break;
        default:
          start = true;
      }
    }
    if (!start && glue) start = starter_[i + 1] || (i + 1 < tokens_.size() && tokens_[i + 1].norm == "-");
    starter_[i] = start;
  }
}

void Scanner::lookup() {
  hit_begin_.resize(tokens_.size() + 1);
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    hit_begin_[i] = static_cast<std::uint32_t>(hits_.size());
    const std::vector<Phrase>* phrases = lex_.find(tokens_[i].norm);
    if (!phrases) continue;
    for (const Phrase& ph : *phrases) {
      bool ok = i + ph.rest.size() < tokens_.size() + 1;
      for (std::size_t k = 0; ok && k < ph.rest.size(); ++k)
        ok = i + 1 + k < tokens_.size() && tokens_[i + 1 + k].norm == ph.rest[k];
      if (ok) hits_.push_back(Hit{ph.entry, static_cast<std::uint32_t>(1 + ph.rest.size())});
    }
  }
  hit_begin_[tokens_.size()] = static_cast<std::uint32_t>(hits_.size());
  cats_.assign(tokens_.size(), 0);
  for (std::size_t i = 0; i < tokens_.size(); ++i)
    for (auto k = hit_begin_[i]; k < hit_begin_[i + 1]; ++k) cats_[i] |= bit(hits_[k].entry->cat);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<Scanner::Number> Scanner::number_at(std::size_t i) const {
  const Token* t = tok(i);
  if (!t) return std::nullopt;
  if (t->numeric) {
    const std::string_view s = t->norm;
    if (all_digits(s) && s.size() <= 6) return Number{static_cast<double>(to_int(s)), 1, false, false, true, false};
    // decimals: "30,4", "1.5"
    const auto sep = s.find_first_of(",.");
    if (sep != std::string::npos && sep > 0 && all_digits(s.substr(0, sep)) && all_digits(s.substr(sep + 1)) &&
        s.size() - sep - 1 <= 2 && sep <= 4) {
      std::string d(s);
      d[sep] = '.';
      return Number{std::strtod(d.c_str(), nullptr), 1, false, false, true, false};
    }
    return std::nullopt;
  }
  if (const Hit* h = hit(i, Cat::number); h && !(hit(i, Cat::vague_qty) && hit(i, Cat::vague_qty)->len > h->len)) {
    Number n{static_cast<double>(h->entry->value), h->len, h->entry->extra == 1, false, false, false};
    if (h->entry->extra == 2) n.value = 0.5;  // "demi", "half a"
    // "vingt et un", "un an et demi": let a following "et demi" or digit-less tail be handled by callers
    return n;
  }
  if (const Hit* h = hit(i, Cat::vague_qty)) {
    Number n;
    n.len = h->len;
    n.unknown = true;
    n.plural_only = h->entry->extra == 1;
    return n;
  }
  // hyphenated compounds: "dix-huit", "vingt-et-un", "twenty-five"
  if (t->word && t->norm.find('-') != std::string::npos) {
    double total = 0;
    std::size_t p = 0;
    const std::string_view s = t->norm;
    while (p <= s.size()) {
      auto q = s.find('-', p);
      if (q == std::string_view::npos) q = s.size();
      const std::string_view part = s.substr(p, q - p);
      const auto* phrases = lex_.find(part);
      int v = -1;
      if (phrases) {
        for (const auto& ph : *phrases) {
          if (ph.rest.empty() && ph.entry->cat == Cat::number && ph.entry->extra != 2) v = ph.entry->value;
          else if (ph.rest.empty() && ph.entry->cat == Cat::and_word && v < 0) v = 0;
        }
      }
      if (v < 0) return std::nullopt;
      if (v == 100 || v == 1000) total = (total == 0 ? 1 : total) * v;
      else total += v;
      p = q + 1;
    }
    return Number{total, 1, false, false, false, false};
  }
  return std::nullopt;
}

std::optional<int> Scanner::day_number_at(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || !t->numeric) {
    if (t && t->word) {
      if (const Hit* h = hit(i, Cat::ordinal); h && h->entry->value == 1 && (t->norm == "premier" || t->norm == "first"))
        return 1;
    }
    return std::nullopt;
  }
  std::string_view s = t->norm;
  std::size_t k = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
  if (k == 0 || k > 2) return std::nullopt;
  const std::string_view rest = s.substr(k);
  if (!(rest.empty() || rest == "er" || rest == "st" || rest == "nd" || rest == "rd" || rest == "th" ||
        rest == "e" || rest == "eme" || rest == "ème"))
    return std::nullopt;
  const int v = to_int(s.substr(0, k));
  if (v < 1 || v > 31) return std::nullopt;
  return v;
}

// A 4-digit year. `loose`: the context already says it is a date (after a month, "en", "l'année"), so years from
// 1000 are accepted; otherwise 1900..2099 only, and never when the number is a quantity or a label.
std::optional<int> Scanner::year_at(std::size_t i, bool loose) const {
  const Token* t = tok(i);
  if (!t || !t->numeric || t->norm.size() != 4 || !all_digits(t->norm)) return std::nullopt;
  const int y = to_int(t->norm);
  if (y < 1000 || y > 2200) return std::nullopt;
  if (!loose && (y < 1900 || y > 2099)) return std::nullopt;
  if (hit(i + 1, Cat::block_after) || hit(i + 1, Cat::unit)) return std::nullopt;
  if (i > 0) {
    if (hit(i - 1, Cat::block_before)) return std::nullopt;
    if (i > 1 && hit(i - 2, Cat::block_before) && tokens_[i - 1].norm == ".") return std::nullopt;
    const Token& p = tokens_[i - 1];
    // "2 000", "GPT-2024", "$2000"
    if (p.numeric && all_digits(p.norm) && p.norm.size() <= 3 && !loose) return std::nullopt;
    if (p.norm == "-" && !p.space_before && i > 1 && tokens_[i - 2].word && !hit(i - 2, Cat::mod_start) &&
        !hit(i - 2, Cat::mod_mid) && !hit(i - 2, Cat::mod_end))
      return std::nullopt;  // "GPT-2024", but not "mi-2024"
    if (!t->space_before && !p.word && (p.norm == "$" || p.norm == "€" || p.norm == "£" || p.norm == "#"))
      return std::nullopt;
    if (!t->space_before && p.word) return std::nullopt;
  }
  if (const Token* nx = tok(i + 1)) {
    if (nx->numeric && all_digits(nx->norm) && nx->norm.size() == 3 && nx->space_before) return std::nullopt;
    if (!nx->space_before && (nx->norm == "%" || nx->norm == "€" || nx->norm == "$")) return std::nullopt;
  }
  return y;
}

// Two digits after a month name ("octobre 98") or in a short numeric date: the nearest century.
std::optional<int> Scanner::two_digit_year_at(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || !t->numeric || t->norm.size() != 2 || !all_digits(t->norm)) return std::nullopt;
  if (hit(i + 1, Cat::block_after) || hit(i + 1, Cat::unit) || hit(i + 1, Cat::hour_unit)) return std::nullopt;
  const int v = to_int(t->norm);
  const int base = options_.reference ? options_.reference->year : 2000;
  int y = (base / 100) * 100 + v;
  if (y > base + 20) y -= 100;
  return y;
}

// Month names that are also ordinary words ("May", "march", "août" is not) need a capital and a date context.
bool Scanner::month_ok(std::size_t i, const Hit& h, bool has_number_context) const {
  if (h.entry->cat == Cat::month_abbr) return has_number_context;
  if (h.entry->extra != 1) return true;
  if (!tokens_[i].cap) return false;
  if (has_number_context) return true;
  if (i == 0) return false;
  const std::size_t p = i - 1;
  return hit(p, Cat::year_prep) || hit(p, Cat::rel_last) || hit(p, Cat::rel_next) || hit(p, Cat::rel_this) ||
         hit(p, Cat::mod_start) || hit(p, Cat::mod_mid) || hit(p, Cat::mod_end) || hit(p, Cat::of) ||
         hit(p, Cat::det) || tokens_[p].norm == "-";
}

std::size_t Scanner::skip_det(std::size_t i) const {
  if (const Hit* h = hit(i, Cat::det)) return i + h->len;
  return i;
}

// A part of the day after position i ("soir", "matin", "dans la journée", "morning"); returns the index past it.
std::size_t Scanner::part_of_day_after(std::size_t i, int& pod) const {
  std::size_t j = i;
  if (hit(j, Cat::det) && hit(j + 1, Cat::part_of_day) && tokens_[j].norm != "la") ++j;  // "tuesday the morning" no
  if (const Hit* h = hit(j, Cat::part_of_day)) {
    pod = h->entry->value;
    return j + h->len;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsers

std::optional<Spec> Scanner::parse_numeric(std::size_t i) {
  const Token& t = tokens_[i];
  if (!t.numeric) return std::nullopt;
  const std::string_view s = t.norm;
  Spec sp;
  sp.first = i;
  sp.last = i + 1;
  // ISO 2024-05-15, 2024-05
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (auto d = parse_partial_date(s); d && d->day) {
      sp.year = d->year, sp.month = d->month, sp.day = d->day;
      return sp;
    }
    return std::nullopt;
  }
  if (s.size() == 7 && s[4] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5))) {
    const int y = to_int(s.substr(0, 4)), m = to_int(s.substr(5));
    if (m >= 1 && m <= 12 && y >= 1900 && y <= 2100) {
      sp.year = y, sp.month = m;
      return sp;
    }
    return std::nullopt;
  }
  // 15/05/2024, 15.05.2024, 5/15/2024 (month first when the first number cannot be a month... or in English)
  for (char sep : {'/', '.'}) {
    const auto a = s.find(sep);
    if (a == std::string::npos) continue;
    const auto b = s.find(sep, a + 1);
    if (b == std::string::npos) continue;
    const std::string_view p1 = std::string_view(s).substr(0, a), p2 = std::string_view(s).substr(a + 1, b - a - 1),
                           p3 = std::string_view(s).substr(b + 1);
    if (!all_digits(p1) || !all_digits(p2) || !all_digits(p3) || p1.size() > 2 || p2.size() > 2) continue;
    if (p3.size() != 4 && p3.size() != 2) continue;
    int d = to_int(p1), m = to_int(p2);
    int y = to_int(p3);
    if (p3.size() == 2) y = y + (y > 50 ? 1900 : 2000);
    if ((m > 12 && d <= 12) || (options_.lang == Lang::en && d <= 12 && sep == '/')) std::swap(d, m);
    if (!is_valid_day(y, m, d)) return std::nullopt;
    sp.year = y, sp.month = m, sp.day = d;
    return sp;
  }
  // year ranges 1998-1999, 2023-24: the first year (the second is emitted by the caller as its own expression)
  // decades: 1990s, '90s, 90s
  {
    std::string_view v = s;
    bool apostrophe = false;
    if (!v.empty() && v[0] == '\'') v.remove_prefix(1), apostrophe = true;
    if (v.size() >= 3 && (v.substr(v.size() - 1) == "s" || v.substr(v.size() - 2) == "'s")) {
      std::string_view num = v.substr(0, v.size() - (v.substr(v.size() - 2) == "'s" ? 2 : 1));
      if (all_digits(num) && (num.size() == 4 || num.size() == 2) && num.back() == '0') {
        int y = to_int(num);
        if (num.size() == 2) y += (y >= 30 || apostrophe ? 1900 : 2000);
        if (y >= 1000 && y <= 2100) {
          sp.kind = Kind::decade;
          sp.decade = y / 10;
          if (i > 0 && hit(i - 1, Cat::det)) sp.first = i - 1;
          return sp;
        }
      }
    }
  }
  // clock times glued together: 21h43, 21h, 12:43, 9am, 3pm, 9h30
  {
    std::size_t k = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (k >= 1 && k <= 2 && k < s.size()) {
      const int h = to_int(std::string_view(s).substr(0, k));
      std::string_view rest = std::string_view(s).substr(k);
      int minute = -1;
      bool ok = false, is_pm = false, is_am = false;
      if (rest[0] == 'h' || rest[0] == ':') {
        std::string_view mm = rest.substr(1);
        std::size_t e = 0;
        while (e < mm.size() && mm[e] >= '0' && mm[e] <= '9') ++e;
        std::string_view tail = mm.substr(e);
        if (e == 2) minute = to_int(mm.substr(0, 2));
        if ((e == 2 || (e == 0 && rest[0] == 'h')) && (tail.empty() || tail == "am" || tail == "pm")) {
          ok = rest[0] == 'h' || e == 2;
          is_am = tail == "am", is_pm = tail == "pm";
        }
      } else if (rest == "am" || rest == "pm") {
        ok = true;
        is_am = rest == "am", is_pm = rest == "pm";
      }
      if (ok && h <= 24 && minute < 60) {
        int hour = h;
        std::size_t last = i + 1;
        if (!is_am && !is_pm) {
          if (hit(last, Cat::am)) is_am = true, last += hit(last, Cat::am)->len;
          else if (hit(last, Cat::pm)) is_pm = true, last += hit(last, Cat::pm)->len;
        }
        if (is_pm && hour < 12) hour += 12;
        if (is_am && hour == 12) hour = 0;
        // "12:43" alone could be a score or a ratio: accept it only with am/pm or after a time preposition
        if (rest[0] == ':' && !is_am && !is_pm) {
          const bool prep = i > 0 && hit(i - 1, Cat::approx) && hit(i - 1, Cat::approx)->entry->extra == 2;
          if (!prep) return std::nullopt;
        }
        sp.kind = Kind::clock;
        sp.hour = hour;
        sp.minute = minute < 0 ? 0 : minute;
        sp.last = last;
        sp.is_time_type = true;
        return sp;
      }
    }
  }
  return std::nullopt;
}

// [weekday [,]] [le|the] DAY [de|of] MONTH [[,] YEAR]
std::optional<Spec> Scanner::parse_day_month(std::size_t i) {
  std::size_t j = i;
  int weekday = 0;
  if (hit(j, Cat::det) && hit(j + hit(j, Cat::det)->len, Cat::weekday)) j = skip_det(j);
  if (const Hit* w = hit(j, Cat::weekday); w && w->entry->extra == 0) {
    weekday = w->entry->value;
    j += w->len;
    if (is(j, ",")) ++j;
  }
  j = skip_det(j);
  auto day = day_number_at(j);
  if (!day) return std::nullopt;
  std::size_t k = j + 1;
  if (hit(k, Cat::of) && !hit(k, Cat::det)) ++k;  // "14th of May", not "le 15 des"
  const Hit* m = hit(k, Cat::month);
  if (!m) m = hit(k, Cat::month_abbr);
  if (!m || !month_ok(k, *m, true)) return std::nullopt;
  Spec sp;
  sp.first = i;
  sp.day = *day;
  sp.month = m->entry->value;
  sp.weekday = weekday;
  sp.last = k + m->len;
  std::size_t y = sp.last;
  if (is(y, ",")) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  else if (auto y2 = two_digit_year_at(sp.last)) sp.year = *y2, sp.last = sp.last + 1;
  if (!sp.year) {
    if (hit(sp.last, Cat::rel_last)) sp.dir = -1, sp.last += hit(sp.last, Cat::rel_last)->len;
    else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0) sp.dir = 1, sp.last += nx->len;
  }
  if (sp.year && !is_valid_day(sp.year, sp.month, sp.day)) return std::nullopt;
  return sp;
}

// [weekday [,]] MONTH DAY [,] [YEAR]   (English order) or MONTH YEAR
std::optional<Spec> Scanner::parse_month_first(std::size_t i) {
  std::size_t j = i;
  int weekday = 0;
  if (hit(j, Cat::det) && hit(j + hit(j, Cat::det)->len, Cat::weekday)) j = skip_det(j);
  if (const Hit* w = hit(j, Cat::weekday); w && w->entry->extra == 0) {
    weekday = w->entry->value;
    j += w->len;
    if (is(j, ",")) ++j;
  }
  const Hit* m = hit(j, Cat::month);
  if (!m) m = hit(j, Cat::month_abbr);
  if (!m) return std::nullopt;
  const std::size_t after = j + m->len;
  auto day = day_number_at(after);
  // "May 2024" is not a day: a 4-digit token is never a day number
  if (day && tok(after + 1) && tokens_[after + 1].numeric && !is(after + 1, ",") && !year_at(after + 1, true))
    day.reset();
  if (!day || !month_ok(j, *m, true)) return std::nullopt;
  if (hit(after + 1, Cat::unit) || hit(after + 1, Cat::block_after) || hit(after + 1, Cat::hour_unit))
    return std::nullopt;
  Spec sp;
  sp.first = i;
  sp.month = m->entry->value;
  sp.day = *day;
  sp.weekday = weekday;
  sp.last = after + 1;
  std::size_t y = sp.last;
  if (is(y, ",")) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  if (sp.year && !is_valid_day(sp.year, sp.month, sp.day)) return std::nullopt;
  return sp;
}

// [det] [mois de] MONTH [YEAR | dernier | prochain] ; last/next/this MONTH
std::optional<Spec> Scanner::parse_month(std::size_t i) {
  std::size_t j = i;
  int dir = 0;
  if (const Hit* r = hit(j, Cat::rel_last); r && tokens_[j].word) dir = -1, j += r->len;
  else if (const Hit* nx = hit(j, Cat::rel_next); nx && nx->entry->extra == 0) dir = 1, j += nx->len;
  else if (const Hit* t = hit(j, Cat::rel_this); t && t->entry->extra == 0) dir = 2, j += t->len;
  else {
    j = skip_det(j);
    // "le mois de juin", "the month of June"
    if (const Hit* u = hit(j, Cat::unit); u && u->entry->value == static_cast<int>(Unit::month) && hit(j + 1, Cat::of))
      j += 2;
  }
  const Hit* m = hit(j, Cat::month);
  bool abbr = false;
  if (!m) m = hit(j, Cat::month_abbr), abbr = true;
  if (!m) return std::nullopt;
  Spec sp;
  sp.first = i;
  sp.month = m->entry->value;
  sp.last = j + m->len;
  sp.dir = dir;
  std::size_t y = sp.last;
  if (is(y, ",")) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  else if (auto y2 = two_digit_year_at(sp.last); y2 && !abbr && tokens_[sp.last].space_before) sp.year = *y2, sp.last++;
  if (!month_ok(j, *m, sp.year != 0)) return std::nullopt;
  if (abbr && !sp.year) return std::nullopt;
  if (!sp.year && dir == 0) {
    if (hit(sp.last, Cat::rel_last) && tokens_[sp.last].word) sp.dir = -1, sp.last += hit(sp.last, Cat::rel_last)->len;
    else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0)
      sp.dir = 1, sp.last += nx->len;
  }
  return sp;
}

// A bare year (1998), "l'année 2001", "l'an 2000", "fiscal 2024", a year range's first year.
std::optional<Spec> Scanner::parse_year(std::size_t i) {
  std::size_t j = skip_det(i);
  bool loose = false;
  if (const Hit* yw = hit(j, Cat::year_word)) {
    if (year_at(j + yw->len, true)) j += yw->len, loose = true;
  }
  if (j == i && i > 0 && (hit(i - 1, Cat::year_prep) || hit(i - 1, Cat::mod_start) || hit(i - 1, Cat::mod_end)))
    loose = true;
  const Token* t = tok(j);
  if (!t || !t->numeric) return std::nullopt;
  Spec sp;
  sp.first = j == i || loose ? i : j;
  if (j != i && !loose) return std::nullopt;
  // 1998-1999 / 2023-24: the first year only
  if (t->norm.size() >= 7 && t->norm[4] == '-' && all_digits(t->norm.substr(0, 4)) && all_digits(t->norm.substr(5)) &&
      (t->norm.size() == 9 || t->norm.size() == 7)) {
    const int y = to_int(t->norm.substr(0, 4));
    if (y < 1900 || y > 2100) return std::nullopt;
    sp.year = y;
    sp.last = j + 1;
    return sp;
  }
  auto y = year_at(j, loose);
  if (!y) return std::nullopt;
  sp.year = *y;
  sp.last = j + 1;
  return sp;
}

// Weekdays: mardi, mardi soir, mardi dernier, last Tuesday, ce mardi, Tuesday night, lundi matin
std::optional<Spec> Scanner::parse_weekday(std::size_t i) {
  std::size_t j = i;
  int dir = 0;
  if (const Hit* r = hit(j, Cat::rel_last); r && tokens_[j].word) dir = -1, j += r->len;
  else if (const Hit* nx = hit(j, Cat::rel_next); nx && nx->entry->extra == 0) dir = 1, j += nx->len;
  else if (const Hit* t = hit(j, Cat::rel_this); t && t->entry->extra == 0) dir = 2, j += t->len;
  else j = skip_det(j);
  const Hit* w = hit(j, Cat::weekday);
  if (!w || w->entry->extra == 1) return std::nullopt;
  // "le mercredi" habitually means every Wednesday in French, but news mostly uses it for a date: keep date
  Spec sp;
  sp.kind = Kind::weekday;
  sp.first = i;
  sp.weekday = w->entry->value;
  sp.dir = dir;
  sp.last = j + w->len;
  if (dir == 0) {
    if (const Hit* r = hit(sp.last, Cat::rel_last); r && tokens_[sp.last].word) sp.dir = -1, sp.last += r->len;
    else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0) sp.dir = 1, sp.last += nx->len;
  }
  // "mercredi 12": a weekday and a day of the month, the month left to the reference
  if (auto d = day_number_at(sp.last); d && sp.dir == 0 && tokens_[sp.last].numeric &&
                                       !hit(sp.last + 1, Cat::unit) && !hit(sp.last + 1, Cat::hour_unit) &&
                                       !hit(sp.last + 1, Cat::block_after) && !hit(sp.last + 1, Cat::month) &&
                                       !hit(sp.last + 1, Cat::month_abbr) && !is(sp.last + 1, ":")) {
    sp.day = *d;
    ++sp.last;
  }
  int pod = -1;
  const std::size_t after = part_of_day_after(sp.last, pod);
  if (pod >= 0) {
    sp.pod = pod;
    sp.last = after;
    sp.is_time_type = true;
    if (sp.dir == 0) {
      if (const Hit* r = hit(sp.last, Cat::rel_last); r && tokens_[sp.last].word) sp.dir = -1, sp.last += r->len;
      else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0) sp.dir = 1, sp.last += nx->len;
    }
  }
  return sp;
}

// hier, aujourd'hui, demain (+ part of day), ce matin, ce soir, cette nuit, tonight; le lendemain, la veille
std::optional<Spec> Scanner::parse_deictic(std::size_t i) {
  Spec sp;
  sp.first = i;
  if (const Hit* d = hit(i, Cat::deictic)) {
    sp.kind = Kind::deictic;
    sp.offset = d->entry->value;
    sp.last = i + d->len;
    if (d->entry->extra > 0) sp.pod = d->entry->extra - 1, sp.is_time_type = true;
  } else if (const Hit* a = hit(i, Cat::anaphoric)) {
    sp.kind = Kind::anaphoric;
    sp.offset = a->entry->value;
    sp.last = i + a->len;
    if (a->entry->extra > 0) sp.pod = a->entry->extra - 1, sp.is_time_type = true;
  } else if (const Hit* dt = hit(i, Cat::det); dt && dt->entry->extra == 0 && tokens_[i].norm != "les" &&
                                               hit(i + dt->len, Cat::part_of_day)) {
    // "la nuit", "la soirée", "le matin même": that part of the day just mentioned
    const Hit* p = hit(i + dt->len, Cat::part_of_day);
    sp.kind = Kind::anaphoric;
    sp.pod = p->entry->value;
    sp.is_time_type = true;
    sp.last = i + dt->len + p->len;
    if (is(sp.last, "même") || is(sp.last, "same")) ++sp.last;
    if (const Hit* r = hit(sp.last, Cat::rel_last); r && tokens_[sp.last].word) {  // "la nuit dernière"
      sp.kind = Kind::deictic;
      sp.offset = -1;
      sp.last += r->len;
      return sp;
    }
    // "la nuit de samedi", "the morning of May 3": that part of the named day
    if (const Hit* of = hit(sp.last, Cat::of)) {
      const std::size_t k = sp.last + of->len;
      std::optional<Spec> day = parse_weekday(k);
      if (!day || day->pod >= 0) day = parse_day_month(k);
      if (!day) day = parse_month_first(k);
      if (day) {
        day->first = i;
        day->pod = sp.pod;
        day->is_time_type = true;
        return day;
      }
    }
    return sp;
  } else if (const Hit* t = hit(i, Cat::rel_this); t && t->entry->extra == 0 && hit(i + t->len, Cat::part_of_day)) {
    // "ce soir", "cette nuit", "ce matin": today
    const Hit* p = hit(i + t->len, Cat::part_of_day);
    sp.kind = Kind::deictic;
    sp.pod = p->entry->value;
    sp.is_time_type = true;
    sp.last = i + t->len + p->len;
    return sp;
  } else {
    return std::nullopt;
  }
  if (sp.pod < 0) {
    int pod = -1;
    const std::size_t after = part_of_day_after(sp.last, pod);
    if (pod >= 0) sp.pod = pod, sp.last = after, sp.is_time_type = true;
  }
  // "aujourd'hui vendredi", "hier mardi"
  if (const Hit* w = hit(sp.last, Cat::weekday); w && w->entry->extra == 0 && sp.pod < 0) sp.last += w->len;
  return sp;
}

// Periods relative to the reference: la semaine dernière, le mois prochain, l'an dernier, cette année, ce mois-ci,
// last week, next month, this year, the past year; ces derniers mois, in recent months, les trois derniers mois,
// the past three years; le week-end dernier.
std::optional<Spec> Scanner::parse_relative_unit(std::size_t i) {
  std::size_t j = i;
  int dir = 0;  // -1 last, +1 next, 2 this, 3 recent
  bool anaphoric = false;  // "the following week", "l'année précédente": counted from the last date mentioned
  if (const Hit* r = hit(j, Cat::rel_last); r && tokens_[j].word) dir = -1, j += r->len, anaphoric = r->entry->extra == 1;
  else if (const Hit* nx = hit(j, Cat::rel_next)) dir = 1, j += nx->len, anaphoric = nx->entry->extra == 1;
  else if (const Hit* rc = hit(j, Cat::rel_recent)) dir = 3, j += rc->len;
  else if (const Hit* t = hit(j, Cat::rel_this)) dir = t->entry->extra == 1 ? 4 : 2, j += t->len;  // 4: "ces"
  else {
    j = skip_det(j);
    if (j == i) return std::nullopt;
    if (const Hit* r2 = hit(j, Cat::rel_last); r2 && tokens_[j].word)
      dir = -1, j += r2->len, anaphoric = r2->entry->extra == 1;
    else if (const Hit* n2 = hit(j, Cat::rel_next)) dir = 1, j += n2->len, anaphoric = n2->entry->extra == 1;
    else if (const Hit* c2 = hit(j, Cat::rel_recent)) dir = 3, j += c2->len;
  }
  // an amount: "les trois derniers mois", "the past three years", "the last two weeks", "these past few days"
  std::optional<Number> amount;
  {
    if (auto n = number_at(j); n && !n->weak && (n->value >= 1 || n->unknown)) {
      if (hit(j + n->len, Cat::unit) || ((hit(j + n->len, Cat::rel_recent) || hit(j + n->len, Cat::rel_last) ||
                                          hit(j + n->len, Cat::rel_next)) &&
                                         hit(j + n->len + 1, Cat::unit))) {
        amount = n;
        j += n->len;
      }
    }
  }
  int dir_after = 0;
  if (dir == 4 || dir == 0) {
    if (const Hit* rc = hit(j, Cat::rel_recent)) dir = 3, j += rc->len;
    else if (hit(j, Cat::rel_last) && tokens_[j].word && amount) dir = 3, j += hit(j, Cat::rel_last)->len;
    else if (hit(j, Cat::rel_next) && amount) dir = 1, j += hit(j, Cat::rel_next)->len;
  }
  const Hit* u = hit(j, Cat::unit);
  if (!u) return std::nullopt;
  const auto unit = static_cast<Unit>(u->entry->value);
  const bool plural = unit_is_plural(j, *u);
  j += u->len;
  if (dir == 0 || dir == 2 || dir == 4) {
    if (const Hit* r = hit(j, Cat::rel_last); r && tokens_[j].word)
      dir_after = -1, j += r->len, anaphoric = r->entry->extra == 1;
    else if (const Hit* rc = hit(j, Cat::rel_recent); rc && (dir == 4 || dir == 0)) dir_after = 3, j += rc->len;
    else if (const Hit* nx = hit(j, Cat::rel_next)) dir_after = 1, j += nx->len, anaphoric = nx->entry->extra == 1;
    else if (const Hit* ci = hit(j, Cat::rel_this); ci && tokens_[j].norm != "ce" && tokens_[j].norm != "cet" &&
                                                    tokens_[j].norm != "cette" && tokens_[j].norm != "ces" &&
                                                    tokens_[j].norm != "this" && tokens_[j].norm != "these")
      dir_after = 2, j += ci->len;  // "ce mois-ci", "l'année en cours"
    else if (dir == 0 && is(j, "-") && is(j + 1, "ci"))
      dir_after = 2, j += 2;
  }
  if (dir_after != 0) dir = dir_after == 3 ? 3 : (dir == 4 ? 3 : dir_after);
  if (dir == 0 || dir == 4) return std::nullopt;
  if (dir == 2 && plural) return std::nullopt;  // "over the years", "ces jours": not one period
  if (dir == 1 && (plural || amount) && !anaphoric) {
    // "the coming months", "les prochaines semaines", "the next two weeks": a stretch after the reference
    Spec sp;
    sp.kind = Kind::recent;
    sp.sign = 1;
    sp.first = i;
    sp.last = j;
    sp.unit = unit;
    sp.amount = amount ? amount->value : 1;
    sp.amount_unknown = !amount || amount->unknown;
    return sp;
  }
  if (unit == Unit::second || unit == Unit::minute || unit == Unit::hour) {
    if (dir != 3) return std::nullopt;
  }
  Spec sp;
  sp.first = i;
  sp.last = j;
  sp.unit = unit;
  if (dir == 3 || amount) {
    // a stretch ending at the reference
    if (!plural && !amount && dir == 3 && tokens_[i].norm != "the" && !hit(i, Cat::rel_recent)) return std::nullopt;
    sp.kind = Kind::recent;
    sp.amount = amount ? amount->value : 1;
    sp.amount_unknown = (amount && amount->unknown) || (!amount && plural);
    return sp;
  }
  if (unit == Unit::day) {
    if (!anaphoric) return std::nullopt;  // "le jour dernier" is not said; "ce jour" is deictic
    sp.kind = Kind::anaphoric;  // "le jour suivant", "the previous day"
    sp.offset = dir;
    return sp;
  }
  sp.kind = Kind::relative;
  sp.offset = dir == 2 ? 0 : dir;
  sp.from_anchor = anaphoric;
  return sp;
}

// Amount + unit: durations (trois ans, 30,4 secondes, quelques mois), and the dates they make with il y a / ago /
// dans / in / plus tard / later.
std::optional<Spec> Scanner::parse_amount(std::size_t i) {
  std::size_t j = i;
  int role = 0;  // 0 duration, -1 ago, +1 in the future, 2 later than anchor, -2 earlier than anchor
  if (const Hit* dp = hit(i, Cat::duration_prep)) {
    // "for years", "in months", "pendant des mois": an unknown number of a plural unit (TimeML PXY)
    const std::size_t at = i + dp->len;
    const Hit* bare = hit(at, Cat::unit);
    if (bare && unit_is_plural(at, *bare) && !hit(at + bare->len, Cat::ago_post) && !number_at(at)) {
      Spec sp;
      sp.kind = Kind::duration;
      sp.first = at;
      sp.last = at + bare->len;
      sp.unit = static_cast<Unit>(bare->entry->value);
      sp.amount_unknown = true;
      return sp;
    }
  }
  std::size_t span_start = i;
  if (const Hit* a = hit(j, Cat::ago_pre)) role = -1, j += a->len;
  else if (const Hit* f = hit(j, Cat::in_future)) {
    role = f->entry->extra == 1 ? 0 : 1;
    j += f->len;
    span_start = j;  // "in" / "dans" is not part of the TIMEX3 for a duration; for a date TimeML keeps it out too
  }
  std::size_t k = j;
  if (const Hit* ap = hit(k, Cat::approx); ap && ap->entry->extra != 2) k += ap->len;
  auto n = number_at(k);
  if (const Hit* un = hit(k, Cat::unit_noun); un && !n && role == 0) {  // "quinquennat": five years
    Spec sp;
    sp.kind = Kind::duration;
    sp.first = k;
    sp.last = k + un->len;
    sp.unit = static_cast<Unit>(un->entry->value);
    sp.amount = un->entry->extra;
    return sp;
  }
  if (!n) {
    // "hours after", "days later", "weeks before": an unknown amount counted from another event
    if (const Hit* b2 = hit(k, Cat::unit); b2 && role == 0 && unit_is_plural(k, *b2) && !hit(k, Cat::det) &&
                                          (hit(k + b2->len, Cat::later_post) || hit(k + b2->len, Cat::earlier_post))) {
      const Hit* rel = hit(k + b2->len, Cat::later_post);
      if (!rel) rel = hit(k + b2->len, Cat::earlier_post);
      Spec sp;
      sp.kind = Kind::duration;
      sp.first = k;
      sp.unit = static_cast<Unit>(b2->entry->value);
      sp.amount_unknown = true;
      sp.last = k + b2->len + (rel->entry->extra == 0 ? rel->len : 0);
      return sp;
    }
    // "weeks ago", "years ago": a bare plural unit before "ago"
    const Hit* bare = hit(k, Cat::unit);
    if (role != 0 || !bare || bare->entry->extra != 1 || !hit(k + bare->len, Cat::ago_post)) return std::nullopt;
    Spec sp;
    sp.kind = Kind::vague_ago;
    sp.first = k;
    sp.unit = static_cast<Unit>(bare->entry->value);
    sp.amount_unknown = true;
    sp.last = k + bare->len + hit(k + bare->len, Cat::ago_post)->len;
    return sp;
  }
  std::size_t u_at = k + n->len;
  if (is(u_at, "-") && !tokens_[u_at].space_before) ++u_at;  // "two-year"
  // "une demi-heure": number "une demi -" then unit
  const Hit* u = hit(u_at, Cat::unit);
  if (!u) return std::nullopt;
  const auto unit = static_cast<Unit>(u->entry->value);
  const bool plural = unit_is_plural(u_at, *u);
  if (n->plural_only && !plural) return std::nullopt;
  if (n->weak && !n->unknown && n->value == 1 &&
      (unit == Unit::second || unit == Unit::minute || (unit == Unit::day && role == 0) || plural))
    return std::nullopt;  // "a second", "un jour", "a months-long fight"
  if (unit == Unit::day && n->value == 1 && !n->digits && role == 0 && !hit(end_of_unit(u_at, *u), Cat::later_post) &&
      !hit(end_of_unit(u_at, *u), Cat::earlier_post) &&
      !(k > 0 && (hit(k - 1, Cat::duration_prep) || hit(k - 1, Cat::approx))))
    return std::nullopt;  // "one day he will win": someday, not a duration
  if (n->weak && n->value == 1 && role == 0 && k == i && k > 0 && tokens_[k].norm != "un" &&
      tokens_[k].norm != "une") {
    // "500,000 cars a year", "twice a week": a rate, i.e. a set
    const Token& before = tokens_[k - 1];
    if ((before.word && !has_hits(k - 1) && before.norm.size() > 3 && before.norm.back() == 's') ||
        before.numeric || hit(k - 1, Cat::block_after) || before.norm == "twice" || before.norm == "once" ||
        before.norm == "times") {
      Spec set;
      set.kind = Kind::set;
      set.first = k;
      set.last = u_at + u->len;
      set.unit = unit;
      set.amount = 1;
      return set;
    }
  }
  if (n->unknown && tokens_[k].norm == "des" && role == 0 && i > 0 && hit(i - 1, Cat::mod_end)) return std::nullopt;
  std::size_t end = u_at + u->len;
  // ages are not expressions: "20-year-old", "âgé de 53 ans", "un homme de 53 ans", "Jean Dupont, 53 ans,"
  if (is(end, "-") && is(end + 1, "old")) return std::nullopt;
  if (unit == Unit::year && role == 0 && k > 0 && !n->unknown) {
    if (hit(k - 1, Cat::age_cue)) return std::nullopt;
    if (k > 1 && hit(k - 1, Cat::of) && hit(k - 2, Cat::age_cue)) return std::nullopt;
    const std::string_view before = tokens_[k - 1].norm;
    const Token* after = tok(end);
    if ((before == "(" || before == ",") && (!after || after->norm == ")" || after->norm == "," || after->norm == "."))
      return std::nullopt;
  }
  double amount = n->value;
  // "un an et demi", "deux heures et demie"
  if (hit(end, Cat::and_word) && tok(end + 1) && (tokens_[end + 1].norm == "demi" || tokens_[end + 1].norm == "demie" ||
                                                  tokens_[end + 1].norm == "half"))
    amount += 0.5, end += 2;
  if (n->value == 25 && tokens_[k].norm == "un" && unit == Unit::century) amount = 0.25;  // un quart de siècle
  if (n->len > 1 && hit(k, Cat::number) && hit(k, Cat::number)->entry->extra == 3) amount = 0.25;
  Spec sp;
  sp.first = role == 0 ? k : span_start;
  if (role == 0 && k != j) sp.first = j;  // keep "environ" in the span
  if (role == 0 && span_start != i) sp.first = k != j ? j : k;
  sp.last = end;
  sp.unit = unit;
  sp.amount = amount;
  sp.amount_unknown = n->unknown;
  if (role == 0) {
    if (const Hit* ago = hit(end, Cat::ago_post)) role = -1, sp.last = end + ago->len;
    else if (const Hit* later = hit(end, Cat::later_post)) {
      const bool weak = later->entry->extra == 1;
      if (!weak || !tok(end + later->len) || !tokens_[end + later->len].word) role = 2, sp.last = end + later->len;
    } else if (const Hit* earlier = hit(end, Cat::earlier_post)) {
      const bool weak = earlier->entry->extra == 1;
      if (!weak || !tok(end + earlier->len) || !tokens_[end + earlier->len].word)
        role = -2, sp.last = end + earlier->len;
    }
  }
  if (role == 1 && span_start != i) {
    // "in two weeks": a date only with a future cue in English; "dans" always looks ahead
    const bool dans = tokens_[i].norm == "dans" || tokens_[i].norm == "d'";
    if (!dans && tense_around(sp.first, sp.last) <= 0) role = 0;
  }
  if (role == 0) {
    sp.kind = Kind::duration;
    return sp;
  }
  if (n->unknown) {
    if (role != -1) {
      sp.kind = Kind::duration;
      return sp;
    }
    sp.kind = Kind::vague_ago;
    return sp;
  }
  sp.kind = (role == 2 || role == -2) ? Kind::anaphoric : Kind::relative;
  const int signed_amount = static_cast<int>(amount) * (role < 0 ? -1 : 1);
  if (sp.kind == Kind::anaphoric && unit != Unit::day && unit != Unit::week) {
    if (unit == Unit::hour || unit == Unit::minute || unit == Unit::second) {
      sp.kind = Kind::duration;  // "trois heures plus tard": a duration, TimeML has no clock to give it
      sp.last = end;
      return sp;
    }
    // "a year earlier", "deux mois plus tard": that period, counted from the last date mentioned
    sp.kind = Kind::relative;
    sp.from_anchor = true;
  }
  sp.offset = signed_amount;
  sp.counted_ago = role == -1;
  if (sp.kind == Kind::anaphoric && unit == Unit::week) sp.offset *= 7;
  if (sp.first != i && role == -1) sp.first = i;
  return sp;
}

// chaque année, tous les jours, tous les jeudis, every Monday, each year, quotidien, annual
std::optional<Spec> Scanner::parse_set(std::size_t i) {
  Spec sp;
  sp.kind = Kind::set;
  sp.first = i;
  if (const Hit* a = hit(i, Cat::set_adverb)) {
    sp.unit = static_cast<Unit>(a->entry->value);
    sp.amount = 1;
    sp.last = i + a->len;
    return sp;
  }
  const Hit* e = hit(i, Cat::set_every);
  if (!e) return std::nullopt;
  std::size_t j = i + e->len;
  if (e->entry->extra == 1) {  // "par an", "per year": only right after an amount or a count
    if (i == 0) return std::nullopt;
  }
  if (const Hit* w = hit(j, Cat::weekday)) {
    sp.set_weekday = w->entry->value;
    sp.last = j + w->len;
    int pod = -1;
    const std::size_t after = part_of_day_after(sp.last, pod);
    if (pod >= 0) sp.pod = pod, sp.last = after;
    return sp;
  }
  if (const Hit* p = hit(j, Cat::part_of_day)) {
    sp.pod = p->entry->value;
    sp.unit = Unit::day;
    sp.amount = 1;
    sp.last = j + p->len;
    return sp;
  }
  double amount = 1;
  if (auto n = number_at(j); n && !n->unknown && !n->weak && hit(j + n->len, Cat::unit)) amount = n->value, j += n->len;
  const Hit* u = hit(j, Cat::unit);
  if (!u) return std::nullopt;
  sp.unit = static_cast<Unit>(u->entry->value);
  sp.amount = amount;
  sp.last = j + u->len;
  return sp;
}

std::optional<Spec> Scanner::parse_vague(std::size_t i) {
  const Hit* v = hit(i, Cat::vague);
  Spec sp;
  sp.first = i;
  if (v) {
    // "once" means a time in the past only before a verb-ish word: skip the ambiguous ones flagged extra 1
    if (v->entry->extra == 1) return std::nullopt;
    sp.kind = Kind::vague;
    sp.rule = &v->entry->vague;
    sp.last = i + v->len;
    sp.is_time_type = v->entry->vague.is_time;
    return sp;
  }
  const Hit* j = hit(i, Cat::just_cue);
  if (!j) return std::nullopt;
  // "just": only as an aspect marker ("has just left", "just announced"), not "just 5%" or "just as"
  if (tokens_[i].norm == "just") {
    const bool aux_before = i > 0 && (hit(i - 1, Cat::past_cue) != nullptr);
    const Token* nx = tok(i + 1);
    const bool verb_after = nx && nx->word && nx->norm.size() > 3 &&
                            nx->norm.compare(nx->norm.size() - 2, 2, "ed") == 0;
    if (!aux_before && !verb_after) return std::nullopt;
  }
  sp.kind = Kind::vague;
  sp.rule = &j->entry->vague;
  sp.last = i + 1;  // "vient", "just": the verb only, "de" is not part of it
  sp.is_timex = false;
  return sp;
}

// cet été, l'été dernier, l'hiver 2023, last summer, this winter, summer 2023, en automne
std::optional<Spec> Scanner::parse_season(std::size_t i) {
  std::size_t j = i;
  int dir = 0;
  bool determined = false;
  if (const Hit* r = hit(j, Cat::rel_last); r && tokens_[j].word) dir = -1, j += r->len, determined = true;
  else if (const Hit* nx = hit(j, Cat::rel_next); nx && nx->entry->extra == 0) dir = 1, j += nx->len, determined = true;
  else if (const Hit* t = hit(j, Cat::rel_this); t && t->entry->extra == 0) dir = 2, j += t->len, determined = true;
  else if (hit(j, Cat::det)) j = skip_det(j), determined = true;
  const Hit* s = hit(j, Cat::season);
  if (!s) return std::nullopt;
  {
    // a season needs a determiner, "en"/"in" or a year: "d'été", "d'hiver" are mostly adjectives ("Jeux d'hiver"),
    // "été" is also a past participle and "fall" a verb
    const bool prep = j > 0 && hit(j - 1, Cat::year_prep) && !hit(j - 1, Cat::past_cue);
    const bool with_year = year_at(j + s->len, true).has_value();
    // "été comme hiver", "summer and winter": two seasons side by side are generic seasons
    auto linker = [&](std::size_t k) {
      return is(k, "comme") || hit(k, Cat::and_word) || is(k, "ou") || is(k, "or");
    };
    const bool paired = (linker(j + s->len) && hit(j + s->len + 1, Cat::season)) ||
                        (j >= 2 && linker(j - 1) && hit(j - 2, Cat::season));
    if (!determined && !prep && !with_year && !paired) return std::nullopt;
  }
  Spec sp;
  sp.kind = Kind::season;
  sp.first = i;
  sp.season = s->entry->value;
  sp.dir = dir;
  sp.last = j + s->len;
  std::size_t y = sp.last;
  if (hit(y, Cat::of) && year_at(y + 1, true)) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  else if (dir == 0) {
    if (const Hit* r = hit(sp.last, Cat::rel_last); r && tokens_[sp.last].word) sp.dir = -1, sp.last += r->len;
    else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0) sp.dir = 1, sp.last += nx->len;
  }
  return sp;
}

// les années 90, les années 1990, le XXe siècle, the 20th century
std::optional<Spec> Scanner::parse_decade(std::size_t i) {
  std::size_t j = skip_det(i);
  if (const Hit* dw = hit(j, Cat::decade_word)) {
    const Token* t = tok(j + dw->len);
    if (!t || !t->numeric || !all_digits(t->norm)) return std::nullopt;
    int v = to_int(t->norm);
    if (t->norm.size() == 2 && v % 10 == 0) v += v >= 30 ? 1900 : 2000;
    else if (t->norm.size() != 4 || v % 10 != 0 || v < 1000 || v > 2100) return std::nullopt;
    Spec sp;
    sp.kind = Kind::decade;
    sp.first = i;
    sp.last = j + dw->len + 1;
    sp.decade = v / 10;
    return sp;
  }
  // centuries: roman numerals with e/ème ("XXe"), or ordinals ("20th", "21e")
  const Token* t = tok(j);
  if (!t) return std::nullopt;
  const Hit* cw = hit(j + 1, Cat::century_word);
  if (!cw) {
    if (const Hit* u = hit(j + 1, Cat::unit); u && u->entry->value == static_cast<int>(Unit::century) &&
                                              u->entry->extra == 0)
      cw = u;
  }
  if (!cw) return std::nullopt;
  int c = 0;
  std::string_view s = t->norm;
  auto strip = [&](std::string_view suf) {
    if (s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf) {
      s.remove_suffix(suf.size());
      return true;
    }
    return false;
  };
  if (!(strip("ème") || strip("eme") || strip("e") || strip("th") || strip("st") || strip("nd") || strip("rd")))
    return std::nullopt;
  if (all_digits(s)) c = to_int(s);
  else {
    int total = 0, prev = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
      int v = *it == 'i' ? 1 : *it == 'v' ? 5 : *it == 'x' ? 10 : *it == 'l' ? 50 : 0;
      if (v == 0) return std::nullopt;
      total += v < prev ? -v : v;
      prev = std::max(prev, v);
    }
    c = total;
  }
  if (c < 1 || c > 22) return std::nullopt;
  Spec sp;
  sp.kind = Kind::century;
  sp.first = i;
  sp.last = j + 1 + cw->len;
  sp.century = c - 1;
  return sp;
}

// 21 h 45, 18 h, à 18 heures, 9 a.m., 10 o'clock, midi, minuit, noon
std::optional<Spec> Scanner::parse_clock(std::size_t i, bool after_prep) {
  Spec sp;
  sp.kind = Kind::clock;
  sp.is_time_type = true;
  sp.first = i;
  if (const Hit* c = hit(i, Cat::clock_word)) {
    sp.hour = c->entry->value;
    sp.minute = 0;
    sp.last = i + c->len;
    return sp;
  }
  const Token* t = tok(i);
  if (!t || !t->numeric || !all_digits(t->norm) || t->norm.size() > 2) return std::nullopt;
  const int h = to_int(t->norm);
  if (h > 24) return std::nullopt;
  std::size_t j = i + 1;
  if (const Hit* hu = hit(j, Cat::hour_unit)) {
    // "deux heures" is a duration; "18 heures" is a time only after "à"/"vers"/"dès"; "18 h" always
    if (hu->entry->extra == 1 && !after_prep) return std::nullopt;
    j += hu->len;
    int minute = 0;
    if (const Token* m = tok(j); m && m->numeric && all_digits(m->norm) && m->norm.size() == 2) {
      minute = to_int(m->norm);
      if (minute >= 60) return std::nullopt;
      ++j;
    }
    sp.hour = h, sp.minute = minute, sp.last = j;
    return sp;
  }
  if (const Hit* am = hit(j, Cat::am)) {
    sp.hour = h == 12 ? 0 : h, sp.minute = 0, sp.last = j + am->len;
    return sp;
  }
  if (const Hit* pm = hit(j, Cat::pm)) {
    sp.hour = h < 12 ? h + 12 : h, sp.minute = 0, sp.last = j + pm->len;
    return sp;
  }
  if (const Hit* oc = hit(j, Cat::oclock)) {
    sp.hour = h, sp.minute = 0, sp.last = j + oc->len;
    return sp;
  }
  return std::nullopt;
}

// début/mi/fin + period: début avril, mi-mars, fin 2023, early April, mid-2023, late last year, earlier this week,
// en début de semaine, à la fin de l'année dernière, the end of the month
std::optional<Spec> Scanner::parse_modified(std::size_t i) {
  std::size_t j = i;
  if (hit(j, Cat::det) && (hit(j + 1, Cat::mod_start) || hit(j + 1, Cat::mod_mid) || hit(j + 1, Cat::mod_end))) ++j;
  Mod mod = Mod::none;
  const Hit* h = nullptr;
  if ((h = hit(j, Cat::mod_start))) mod = h->entry->extra == 2 ? Mod::earlier_this : Mod::start;
  else if ((h = hit(j, Cat::mod_mid))) mod = h->entry->extra == 1 ? Mod::none : Mod::mid;
  else if ((h = hit(j, Cat::mod_end))) mod = h->entry->extra == 2 ? Mod::later_this : Mod::end;
  else return std::nullopt;
  std::size_t k = j + h->len;
  bool said_as_noun = tokens_[k - 1].norm == "of";  // "the end of" is one lexicon entry
  if (const Hit* of = hit(k, Cat::of)) k += of->len, said_as_noun = true;
  if (mod == Mod::earlier_this || mod == Mod::later_this) {
    const Hit* t = hit(k, Cat::rel_this);
    if (!t || !hit(k + t->len, Cat::unit)) return std::nullopt;
  }
  std::optional<Spec> target;
  for (auto parse : {&Scanner::parse_month, &Scanner::parse_relative_unit, &Scanner::parse_season,
                     &Scanner::parse_decade, &Scanner::parse_year, &Scanner::parse_weekday}) {
    auto s = (this->*parse)(k);
    if (s && (!target || s->last > target->last)) target = s;
  }
  if (!target && tok(skip_det(k)) && tokens_[skip_det(k)].numeric) {  // "the late 1980s", "mid-1990s"
    auto s = parse_numeric(skip_det(k));
    if (s && (s->kind == Kind::decade || s->kind == Kind::calendar)) target = s;
  }
  // "en début de semaine", "à la fin du mois", "the end of the year": the period containing the reference
  if (!target) {
    const std::size_t u_at = skip_det(k);
    // ("mois" is singular and plural alike: "la fin du mois" is this month, "la fin des mois" is not.)
    const bool singular_before = u_at > 0 && tokens_[u_at - 1].norm != "des" && tokens_[u_at - 1].norm != "les";
    if (const Hit* u = hit(u_at, Cat::unit); u && (u->entry->extra == 0 || (u->entry->extra == 2 && singular_before)) &&
                                             (u_at != k || tokens_[k].norm == "de" || hit(k - 1, Cat::of))) {
      const auto unit = static_cast<Unit>(u->entry->value);
      if (unit == Unit::week || unit == Unit::month || unit == Unit::year || unit == Unit::quarter ||
          unit == Unit::weekend || unit == Unit::decade || unit == Unit::century) {
        Spec s;
        s.kind = Kind::relative;
        s.unit = unit;
        s.offset = 0;
        s.first = k;
        s.last = u_at + u->len;
        target = s;
      }
    }
  }
  if (!target) {  // "en fin d'après-midi", "en début de soirée", "late in the evening": that part of the day
    const std::size_t p_at = skip_det(k);
    if (const Hit* p = hit(p_at, Cat::part_of_day); p && mod != Mod::earlier_this && mod != Mod::later_this) {
      Spec s;
      s.kind = Kind::anaphoric;
      s.pod = p->entry->value;
      s.is_time_type = true;
      s.first = i;
      s.last = p_at + p->len;
      return s;
    }
  }
  if (!target || target->kind == Kind::recent) return std::nullopt;
  if (target->kind == Kind::weekday && mod != Mod::none) return std::nullopt;
  target->first = i;
  target->mod = mod;
  if (mod == Mod::end && said_as_noun) target->mod = Mod::end_of;
  return target;
}

// le premier trimestre 2024, the first quarter, le second semestre, the second half of 2024, Q1 2024, T3
std::optional<Spec> Scanner::parse_ordinal_period(std::size_t i) {
  std::size_t j = skip_det(i);
  int rank = 0;
  std::size_t u_at = 0;
  Unit unit = Unit::none;
  const Token* t = tok(j);
  if (!t) return std::nullopt;
  if (t->word && t->norm.size() == 2 && (t->norm[0] == 'q' || t->norm[0] == 't' || t->norm[0] == 'h') &&
      t->norm[1] >= '1' && t->norm[1] <= '4' && t->cap) {
    rank = t->norm[1] - '0';
    unit = t->norm[0] == 'h' ? Unit::half : Unit::quarter;
    if (unit == Unit::half && rank > 2) return std::nullopt;
    u_at = j;
  } else if (const Hit* o = hit(j, Cat::ordinal)) {
    rank = o->entry->value;
    std::size_t at = j + o->len;
    if (is(at, "-")) ++at;  // "second-quarter profit"
    const Hit* u = hit(at, Cat::unit);
    if (!u) return std::nullopt;
    unit = static_cast<Unit>(u->entry->value);
    if (unit != Unit::quarter && unit != Unit::half) {
      // "la première semaine de mai" etc. are left to later growth
      return std::nullopt;
    }
    u_at = at + u->len - 1;
  } else if (auto d = day_number_at(j); d && tokens_[j].norm.size() > 1 && !all_digits(tokens_[j].norm)) {
    const Hit* u = hit(j + 1, Cat::unit);
    if (!u) return std::nullopt;
    unit = static_cast<Unit>(u->entry->value);
    if (unit != Unit::quarter && unit != Unit::half) return std::nullopt;
    rank = *d;
    u_at = j + 1;
  } else {
    return std::nullopt;
  }
  const int max_rank = unit == Unit::half ? 2 : 4;
  if (rank == -1) rank = max_rank;
  if (rank < 1 || rank > max_rank) return std::nullopt;
  Spec sp;
  sp.kind = Kind::quarter;
  sp.first = i;
  sp.last = u_at + 1;
  if (unit == Unit::half) sp.half = rank;
  else sp.quarter = rank;
  std::size_t y = sp.last;
  if (hit(y, Cat::of)) {
    std::size_t yy = y + hit(y, Cat::of)->len;
    if (year_at(yy, true)) y = yy;
    else if (auto rel = parse_relative_unit(yy); rel && rel->kind == Kind::relative && rel->unit == Unit::year) {
      sp.year = 0;
      sp.offset = rel->offset;
      sp.dir = 3;  // relative year
      sp.last = rel->last;
      return sp;
    }
  }
  if (is(y, ",")) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  else if (auto y2 = two_digit_year_at(y); y2 && y == sp.last) sp.year = *y2, sp.last = y + 1;
  return sp;
}

// Fixed-date holidays from the lexicon: "Noël", "la Toussaint", "Christmas", "New Year's Eve" (value: month*100+day).
std::optional<Spec> Scanner::parse_holiday(std::size_t i) {
  std::size_t j = skip_det(i);
  const Hit* h = hit(j, Cat::holiday);
  if (!h) return std::nullopt;
  Spec sp;
  sp.first = i;
  sp.month = h->entry->value / 100;
  sp.day = h->entry->value % 100;
  sp.last = j + h->len;
  std::size_t y = sp.last;
  if (is(y, ",")) ++y;
  if (auto yr = year_at(y, true)) sp.year = *yr, sp.last = y + 1;
  else if (const Hit* r = hit(sp.last, Cat::rel_last); r && tokens_[sp.last].word) sp.dir = -1, sp.last += r->len;
  else if (const Hit* nx = hit(sp.last, Cat::rel_next); nx && nx->entry->extra == 0) sp.dir = 1, sp.last += nx->len;
  return sp;
}

// "les 6 et 13 avril", "May 6 and 13": the first day takes the month (and year) of the second.
std::optional<Spec> Scanner::parse_day_list(std::size_t i) {
  const std::size_t j = skip_det(i);
  const Token* t = tok(j);
  if (!t || !t->numeric || !all_digits(t->norm) || !day_number_at(j)) return std::nullopt;
  if (!hit(j + 1, Cat::and_word) && !is(j + 1, ",")) return std::nullopt;
  auto second = parse_day_month(j + 2);
  if (!second) {
    if (const Hit* m = hit(j - 1, Cat::month); m && j > 0 && month_ok(j - 1, *m, true)) {
      (void)m;  // "May 6 and 13": the first is found by parse_month_first already
    }
    return std::nullopt;
  }
  Spec sp = *second;
  sp.first = i;
  sp.last = j + 1;
  sp.day = *day_number_at(j);
  sp.weekday = 0;
  if (sp.year && !is_valid_day(sp.year, sp.month, sp.day)) return std::nullopt;
  return sp;
}

std::optional<Spec> Scanner::parse_core(std::size_t i) {
  std::optional<Spec> best;
  auto consider = [&](std::optional<Spec> s) {
    if (s && s->last > i && (!best || s->last > best->last)) best = std::move(s);
  };
  const Token& t = tokens_[i];
  if (const Hit* d = hit(i, Cat::det); d && tok(i + d->len) && tokens_[i + d->len].numeric) {
    if (auto s = parse_numeric(i + d->len); s && s->kind == Kind::calendar && s->day) {  // "le 15/05/2024"
      s->first = i;
      consider(s);
    }
  }
  if (t.numeric) {
    consider(parse_numeric(i));
    consider(parse_clock(i, i > 0 && hit(i - 1, Cat::approx)));
  }
  if (!t.numeric && !has_hits(i) && !maybe_expression(t)) return best;
  // Each parser runs only when the token has a category it can start with (most tokens have one or two).
  const std::uint64_t cats = cats_[i];
  const bool any = t.numeric || maybe_expression(t);  // numbers, "Q1", "XXe", "dix-huit" start many forms
  auto has = [&](std::initializer_list<Cat> cs) {
    for (Cat c : cs)
      if (cats & bit(c)) return true;
    return false;
  };
  const bool det = has({Cat::det});
  if (any || det || has({Cat::weekday, Cat::ordinal})) consider(parse_day_month(i));
  if (t.numeric || det) consider(parse_day_list(i));
  if (det || has({Cat::holiday})) consider(parse_holiday(i));
  if (det || has({Cat::weekday, Cat::month, Cat::month_abbr})) consider(parse_month_first(i));
  if (det || has({Cat::month, Cat::month_abbr, Cat::rel_last, Cat::rel_next, Cat::rel_this, Cat::unit}))
    consider(parse_month(i));
  if (any || det || has({Cat::year_word})) consider(parse_year(i));
  if (any || det || has({Cat::decade_word})) consider(parse_decade(i));
  if (any || det || has({Cat::ordinal})) consider(parse_ordinal_period(i));
  if (any || has({Cat::duration_prep, Cat::ago_pre, Cat::in_future, Cat::approx, Cat::number, Cat::vague_qty,
                  Cat::unit_noun, Cat::unit}))
    consider(parse_amount(i));
  if (!t.numeric) {
    const bool rel = has({Cat::rel_last, Cat::rel_next, Cat::rel_this, Cat::rel_recent});
    if (det || rel || has({Cat::weekday})) consider(parse_weekday(i));
    if (det || has({Cat::deictic, Cat::anaphoric, Cat::rel_this})) consider(parse_deictic(i));
    if (det || rel) consider(parse_relative_unit(i));
    if (has({Cat::set_adverb, Cat::set_every})) consider(parse_set(i));
    if (has({Cat::vague, Cat::just_cue})) consider(parse_vague(i));
    if (det || rel || has({Cat::season})) consider(parse_season(i));
    if (det || has({Cat::mod_start, Cat::mod_mid, Cat::mod_end})) consider(parse_modified(i));
    if (has({Cat::clock_word})) consider(parse_clock(i, false));
  }
  return best;
}

std::optional<Spec> Scanner::parse_at(std::size_t i) {
  // approximations ("environ", "vers", "about") belong to the span when an expression follows
  if (const Hit* a = hit(i, Cat::approx)) {
    std::size_t j = i + a->len;
    if (j >= size()) return parse_core(i);  // the text ends on "environ", "some"
    if (a->entry->extra == 2) {  // "à", "at", "dès": a clock time may follow, the preposition stays out
      if (auto c = parse_clock(j, true)) return c;
      return parse_core(i);
    }
    if (a->entry->extra == 1 && tok(j) && !tokens_[j].numeric && !hit(j, Cat::clock_word)) return parse_core(i);
    if (auto s = parse_core(j); s && s->first == j &&
                                (s->kind == Kind::duration || s->kind == Kind::clock || s->kind == Kind::calendar)) {
      s->first = i;
      return s;
    }
    if (a->entry->extra == 1) {
      if (auto c = parse_clock(j, true)) {
        c->first = i;
        return c;
      }
    }
  }
  return parse_core(i);
}

// Past (-1), future (+1) or unknown (0) from the nearest tense cue in the same sentence.
int Scanner::tense_around(std::size_t first, std::size_t last) const {
  auto word_cue = [&](std::size_t k) -> int {
    if (hit(k, Cat::past_cue)) return -1;
    if (hit(k, Cat::future_cue)) return 1;
    return 0;
  };
  auto cue = [&](std::size_t k) -> int {
    const Token& t = tokens_[k];
    if (!t.word || t.norm.size() < 5 || has_hits(k) || t.cap) return 0;
    for (const auto& [suf, cat] : lex_.suffixes)
      if (t.norm.size() > suf.size() + 2 && t.norm.compare(t.norm.size() - suf.size(), suf.size(), suf) == 0)
        return cat == Cat::past_suffix ? -1 : 1;
    return 0;
  };
  // auxiliaries and explicit cue words first (nearest wins), word endings only when there are none
  for (int pass = 0; pass < 2; ++pass) {
    bool left_open = true, right_open = true;
    for (std::size_t d = 1; d <= 10 && (left_open || right_open); ++d) {
      if (left_open) {
        if (first < d || hit(first - d, Cat::sentence_end)) left_open = false;
        else if (int c = pass == 0 ? word_cue(first - d) : cue(first - d)) return c;
      }
      if (right_open) {
        const std::size_t k = last + d - 1;
        // "told staff on Friday that she would be leaving": the clause "that" opens has its own tense.
        if (k >= size() || hit(k, Cat::sentence_end) || hit(k, Cat::complementizer)) right_open = false;
        else if (int c = pass == 0 ? word_cue(k) : cue(k)) return c;
      }
    }
  }
  return 0;
}

// Picks the year of a month (and maybe day) with no year: dir -1 strictly before the reference ("dernier"),
// +1 strictly after ("prochain"), tense -1 the most recent not after it, +1 the next not before it, otherwise
// the nearest.
int pick_year(int month, int day, Day ref, int dir, int tense) {
  int best = ref.year;
  long best_score = 1L << 40;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    const int d = day ? std::min(day, days_in_month(y, month)) : 0;
    const Day a = d ? Day{y, month, d} : Day{y, month, 1};
    const Day b = d ? a : last_day_of_month(y, month);
    bool ok = true;
    if (dir == -1) ok = d ? a < ref : b < Day{ref.year, ref.month, 1};
    else if (dir == 1) ok = d ? a > ref : a > last_day_of_month(ref.year, ref.month);
    else if (tense < 0) ok = a <= ref;
    else if (tense > 0) ok = b >= ref;
    if (!ok) continue;
    const long dist = a > ref ? a.serial() - ref.serial() : ref.serial() - b.serial();
    const long score = std::max(0L, dist);
    if (score < best_score) best_score = score, best = y;
  }
  return best;
}

std::string time_suffix(const Spec& s) {
  if (s.hour >= 0) return fmt("T%02d:%02d", s.hour, std::max(0, s.minute));
  if (s.pod >= 0) return std::string("T") + lex::part_of_day_codes[s.pod];
  return {};
}

Resolved Scanner::resolve(const Spec& s, std::optional<Day> ref, int tense) const {
  Resolved r;
  switch (s.kind) {
    case Kind::calendar: {
      int year = s.year;
      if (!year) {
        if (!ref) {
          r.value = s.day ? fmt("XXXX-%02d-%02d", s.month, s.day) : fmt("XXXX-%02d", s.month);
          return r;
        }
        year = pick_year(s.month, s.day, *ref, s.dir == 2 ? 0 : s.dir, tense);
        if (s.dir == 2) year = ref->year;
        if (s.weekday && s.day) {
          // "dimanche 29 août": the year whose 29 August is a Sunday, nearest the reference
          long best = 1L << 40;
          for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
            if (!is_valid_day(y, s.month, s.day) || Day{y, s.month, s.day}.weekday() != s.weekday) continue;
            const long dist = std::labs(Day{y, s.month, s.day}.serial() - ref->serial());
            if (dist < best) best = dist, year = y;
          }
        }
      }
      if (s.day) {
        if (!is_valid_day(year, s.month, s.day)) return r;
        r = day_result(Day{year, s.month, s.day});
      } else if (s.month) {
        r = month_result(year, s.month);
      } else {
        r = year_result(year);
      }
      break;
    }
    case Kind::deictic:
      if (!ref) {
        r.value = s.offset == 0 && s.pod < 0 ? "PRESENT_REF" : "XXXX-XX-XX";
        return r;
      }
      r = day_result(ref->plus_days(s.offset));
      break;
    case Kind::anaphoric: {
      const std::optional<Day> base = anchor_ ? anchor_ : ref;
      if (!base) {
        r.value = "XXXX-XX-XX";
        return r;
      }
      r = day_result(base->plus_days(s.offset));
      break;
    }
    case Kind::weekday: {
      if (!ref) {
        r.value = fmt("XXXX-WXX-%d", s.weekday);
        return r;
      }
      if (s.day) {
        // the date with that day of the month and that weekday nearest the reference
        std::optional<Day> best;
        for (int k = -2; k <= 2; ++k) {
          int y = ref->year, m = ref->month;
          add_months(y, m, k);
          if (!is_valid_day(y, m, s.day) || Day{y, m, s.day}.weekday() != s.weekday) continue;
          const Day c{y, m, s.day};
          if (!best || std::labs(c.serial() - ref->serial()) < std::labs(best->serial() - ref->serial())) best = c;
        }
        if (best) {
          r = day_result(*best);
          break;
        }
      }
      if (anchor_ && anchor_->weekday() == s.weekday && (s.dir == 0 || s.dir == 2) &&
          std::labs(anchor_->serial() - ref->serial()) <= 7) {
        r = day_result(*anchor_);  // "lundi 6 septembre ... ce même lundi après-midi"
        break;
      }
      const int wd = ref->weekday();
      long delta = 0;
      int dir = s.dir;
      if (dir == 2) dir = tense;  // "ce mardi": by tense, else the one in the reference's week
      if (dir == -1 && s.dir == -1) delta = -(((wd - s.weekday) + 7) % 7 == 0 ? 7 : ((wd - s.weekday) + 7) % 7);
      else if (dir == 1 && s.dir == 1) delta = ((s.weekday - wd) + 7) % 7 == 0 ? 7 : ((s.weekday - wd) + 7) % 7;
      else if (s.dir == 2 && tense == 0) delta = s.weekday - wd;
      else if (dir > 0 || (dir == 0 && tense > 0)) delta = ((s.weekday - wd) + 7) % 7;
      else if (dir == 0 && tense == 0 && ((s.weekday - wd) + 7) % 7 < ((wd - s.weekday) + 7) % 7 &&
               ((s.weekday - wd) + 7) % 7 <= 2)
        delta = ((s.weekday - wd) + 7) % 7;
      else delta = -(((wd - s.weekday) + 7) % 7);
      r = day_result(ref->plus_days(delta));
      break;
    }
    case Kind::relative: {
      if (!ref) {
        r.value = s.unit == Unit::year ? "XXXX" : s.unit == Unit::month ? "XXXX-XX" : s.unit == Unit::week ? "XXXX-WXX" : "XXXX-XX-XX";
        return r;
      }
      if (s.unit == Unit::hour || s.unit == Unit::minute || s.unit == Unit::second) {
        r = day_result(*ref);
        break;
      }
      if (s.from_anchor && last_date_ && fine_enough(last_date_precision_, s.unit)) {
        r = period_of(s.unit, shift(*last_date_, s.unit, s.offset));
        break;
      }
      if (s.unit == Unit::weekend && s.offset == 0) {
        // "ce week-end": the past one when told in the past tense or early in the week, else the coming one
        Day saturday = monday_of(*ref).plus_days(5);
        if (tense < 0 ? saturday > *ref : (tense == 0 && ref->weekday() <= 2)) saturday = saturday.plus_days(-7);
        r = period_of(Unit::weekend, saturday);
        break;
      }
      r = period_of(s.unit, shift(*ref, s.unit, s.offset));
      if (s.counted_ago && (s.unit == Unit::week || s.unit == Unit::fortnight)) {
        // convention: "two weeks ago", "il y a trois semaines" is the day that many weeks before P, give or take
        // a day (the TimeML value stays the week); "la semaine dernière" remains the previous calendar week
        const Day day = ref->plus_days((s.unit == Unit::fortnight ? 14L : 7L) * s.offset);
        r.earliest = day.plus_days(-1);
        r.latest = day.plus_days(1);
        r.precision = Precision::range;
      }
      break;
    }
    case Kind::vague_ago: {
      r.value = "PAST_REF";
      if (!ref) return r;
      // convention (DESIGN.md): "il y a des semaines" / "weeks ago" is P − 8 weeks to P − 7 days; generally
      // P − 8 units to P − 1 unit
      r.earliest = shift(*ref, s.unit, -8);
      r.latest = s.unit == Unit::day ? ref->plus_days(-1) : shift(*ref, s.unit, -1);
      r.precision = Precision::range;
      break;
    }
    case Kind::recent: {
      r.value = duration_value(s.amount, s.amount_unknown, s.unit);
      if (!ref) return r;
      // convention: "ces derniers mois" / "in recent months" is P − 6 months to P; an unknown count of other
      // units likewise spans 6 of them (days: 7); a known count spans exactly that many units
      int n = s.amount_unknown ? (s.unit == Unit::day ? 7 : 6) : static_cast<int>(std::ceil(s.amount));
      if (s.sign < 0) r.earliest = shift(*ref, s.unit, -n), r.latest = *ref;
      else r.earliest = *ref, r.latest = shift(*ref, s.unit, n);
      r.precision = Precision::range;
      break;
    }
    case Kind::vague: {
      r.value = s.rule->value;
      if (!ref || !s.rule->bounded) return r;
      r.earliest = add_offset(*ref, s.rule->from);
      r.latest = add_offset(*ref, s.rule->to);
      r.precision = precision_of(r.earliest, r.latest);
      break;
    }
    case Kind::duration:
      r.value = duration_value(s.amount, s.amount_unknown, s.unit);
      return r;
    case Kind::set:
      if (s.set_weekday) r.value = fmt("XXXX-WXX-%d", s.set_weekday) + (s.pod >= 0 ? std::string("T") + lex::part_of_day_codes[s.pod] : "");
      else if (s.pod >= 0) r.value = std::string("XXXX-XX-XXT") + lex::part_of_day_codes[s.pod];
      else r.value = duration_value(s.amount, false, s.unit);
      return r;
    case Kind::decade:
      r.value = fmt("%03d", s.decade);
      r.earliest = Day{s.decade * 10, 1, 1};
      r.latest = Day{s.decade * 10 + 9, 12, 31};
      r.precision = Precision::range;
      break;
    case Kind::century:
      r.value = fmt("%02d", s.century);
      r.earliest = Day{s.century * 100, 1, 1};
      r.latest = Day{s.century * 100 + 99, 12, 31};
      r.precision = Precision::range;
      break;
    case Kind::season: {
      int year = s.year;
      if (!year) {
        if (!ref || (s.dir == 0 && tense == 0)) {  // "l'été", "en hiver" with no tense: generic in TimeML
          r.value = std::string("XXXX-") + lex::season_codes[s.season];
          return r;
        }
        // candidates: the instances of this season around the reference
        int best = 0;
        long best_score = 1L << 40;
        for (int y = ref->year - 2; y <= ref->year + 1; ++y) {
          auto [a, b] = season_range(y, s.season);
          bool ok = true;
          const bool contains = a <= *ref && *ref <= b;
          if (s.dir == -1) ok = b < *ref || (a < *ref && !contains);
          else if (s.dir == 1) ok = a > *ref;
          else if (s.dir == 2) ok = true;
          else if (tense < 0) ok = a <= *ref;
          else ok = b >= *ref;
          if (!ok) continue;
          const long dist = contains ? 0 : (a > *ref ? a.serial() - ref->serial() : ref->serial() - b.serial());
          if (dist < best_score) best_score = dist, best = y;
        }
        year = best;
      }
      auto [a, b] = season_range(year, s.season);
      r.value = fmt("%04d-", year) + lex::season_codes[s.season];
      r.earliest = a;
      r.latest = b;
      r.precision = Precision::range;
      break;
    }
    case Kind::quarter: {
      int year = s.year;
      const int months = s.half ? 6 : 3;
      const int idx = s.half ? s.half : s.quarter;
      if (!year) {
        if (!ref) {
          r.value = s.half ? fmt("XXXX-H%d", idx) : fmt("XXXX-Q%d", idx);
          return r;
        }
        if (s.dir == 3) year = ref->year + s.offset;
        else {
          // most recent such period not after the reference when past, next when future, else this year's
          year = ref->year;
          const Day a{year, (idx - 1) * months + 1, 1};
          if (tense < 0 && a > *ref) --year;
          else if (tense > 0 && last_day_of_month(year, idx * months) < *ref) ++year;
        }
      }
      r.value = s.half ? fmt("%04d-H%d", year, idx) : fmt("%04d-Q%d", year, idx);
      r.earliest = Day{year, (idx - 1) * months + 1, 1};
      r.latest = last_day_of_month(year, idx * months);
      r.precision = s.half ? Precision::range : Precision::quarter;
      break;
    }
    case Kind::clock: {
      const std::optional<Day> base = anchor_ ? anchor_ : ref;
      if (!base) {
        r.value = "XXXX-XX-XX" + time_suffix(s);
        return r;
      }
      r = day_result(*base);
      break;
    }
  }
  apply_mod(r, s.mod, ref);
  if (s.is_time_type && r.precision == Precision::day) r.value += time_suffix(s);
  return r;
}

// Widest common prefix of two values at a field boundary ("2024-05-14" and "2024-05-20" → "2024-05").
std::string common_value(const std::string& a, const std::string& b) {
  if (a == b) return a;
  if (a.size() >= 7 && b.size() >= 7 && a.compare(0, 7, b, 0, 7) == 0 && a[4] == '-' && a[5] != 'W') return a.substr(0, 7);
  if (a.size() >= 4 && b.size() >= 4 && a.compare(0, 4, b, 0, 4) == 0) return a.substr(0, 4);
  return a;
}

TemporalExpression Scanner::finish(const Spec& spec) {
  // prepositions and contracted articles stay out of the span ("du 11 septembre", "à 17 h", "vers midi")
  Spec s = spec;
  while (s.first + 1 < s.last) {
    const Hit* d = hit(s.first, Cat::det);
    if (d && d->entry->extra == 0) break;
    const Hit* a = hit(s.first, Cat::approx);
    const bool glue = (d && d->entry->extra == 1) || (a && a->entry->extra >= 1) || hit(s.first, Cat::year_prep) ||
                      hit(s.first, Cat::on_prep) || (hit(s.first, Cat::of) && !hit(s.first, Cat::mod_start));
    if (!glue || has_core_meaning(s.first)) break;
    ++s.first;
  }
  TemporalExpression e;
  e.start = tokens_[s.first].start;
  e.end = tokens_[s.last - 1].end;
  e.text = std::string(text_.substr(e.start, e.end - e.start));
  e.is_timex = s.is_timex;
  switch (s.kind) {
    case Kind::duration:
    case Kind::recent: e.type = TimexType::duration; break;
    case Kind::set: e.type = TimexType::set; break;
    default: e.type = s.is_time_type ? TimexType::time : TimexType::date;
  }
  const int tense = tense_around(s.first, s.last);
  Resolved r;
  const auto& ref = options_.reference;
  if (ref && ref->known() && (ref->month == 0 || ref->day == 0)) {
    // a reference known only to the month (or year): every reading over the whole period, united
    const Resolved a = resolve(s, ref->first(), tense);
    const Resolved b = resolve(s, ref->last(), tense);
    r = a;
    r.value = common_value(a.value, b.value);
    if (a.earliest && b.earliest) r.earliest = std::min(*a.earliest, *b.earliest);
    if (a.latest && b.latest) r.latest = std::max(*a.latest, *b.latest);
    if (a.earliest != b.earliest || a.latest != b.latest) r.precision = precision_of(r.earliest, r.latest);
  } else {
    r = resolve(s, ref && ref->known() ? std::optional<Day>(ref->first()) : std::nullopt, tense);
  }
  e.value = r.value;
  if (r.earliest || r.latest) {
    e.range.earliest = r.earliest;
    e.range.latest = r.latest;
    e.range.precision = r.precision;
  }
  e.range.text = e.text;
  if (ref && ref->known()) e.range.reference = ref->iso();
  // the last single day mentioned anchors "le lendemain" and clock times
  if (r.precision == Precision::day && r.earliest && s.kind != Kind::vague) anchor_ = r.earliest;
  if (r.earliest && r.latest && s.kind != Kind::vague && s.kind != Kind::recent && s.kind != Kind::vague_ago &&
      r.precision != Precision::range)
    last_date_ = r.earliest, last_date_precision_ = r.precision;
  return e;
}

// "2002/2003", "1998-1999", "2015-2020", "2023-24": two years, each its own expression (as TimeML annotates them).
bool Scanner::emit_year_pair(std::size_t i, std::vector<TemporalExpression>& out) {
  const std::string_view s = tokens_[i].norm;
  if (s.size() != 9 && s.size() != 7) return false;
  if ((s[4] != '/' && s[4] != '-') || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5))) return false;
  const int y1 = to_int(s.substr(0, 4));
  int y2 = to_int(s.substr(5));
  if (s.size() == 7) y2 += (y1 / 100) * 100;
  if (y1 < 1900 || y1 > 2100 || y2 <= y1 || y2 > 2100) return false;
  Spec spec;
  spec.first = i;
  spec.last = i + 1;
  const std::size_t start = tokens_[i].start;
  for (int k = 0; k < 2; ++k) {
    spec.year = k == 0 ? y1 : y2;
    TemporalExpression e = finish(spec);
    e.start = k == 0 ? start : start + 5;
    e.end = k == 0 ? start + 4 : tokens_[i].end;
    e.text = std::string(text_.substr(e.start, e.end - e.start));
    e.range.text = e.text;
    out.push_back(std::move(e));
  }
  return true;
}

std::vector<TemporalExpression> Scanner::run() {
  std::vector<TemporalExpression> out;
  std::size_t i = 0;
  while (i < tokens_.size()) {
    const Token& t = tokens_[i];
    if (!starter_[i]) {
      ++i;
      continue;
    }
    if (t.numeric && emit_year_pair(i, out)) {
      ++i;
      continue;
    }
    auto s = parse_at(i);
    if (!s) {
      ++i;
      continue;
    }
    if (s->kind == Kind::clock) {  // "vers 15 h 30, hier"
      std::size_t j = s->last;
      if (is(j, ",")) ++j;
      if (const Hit* d = hit(j, Cat::deictic); d && d->entry->extra == 0) {
        s->kind = Kind::deictic;
        s->offset = d->entry->value;
        s->last = j + d->len;
      } else if (auto w = parse_weekday(j); w && w->pod < 0 && options_.reference && options_.reference->day) {
        // "vers 0 h 40, jeudi": the time is on that Thursday; the weekday stays its own expression
        const Resolved day = resolve(*w, options_.reference->first(), tense_around(w->first, w->last));
        if (day.precision == Precision::day) anchor_ = day.earliest;
      }
    }
    out.push_back(finish(*s));
    i = s->last;
  }
  return out;
}

}  // namespace

std::vector<TemporalExpression> tag(std::string_view text, const TagOptions& options) {
  Scanner scanner(text, options);
  return scanner.run();
}

}  // namespace exodus::dates
