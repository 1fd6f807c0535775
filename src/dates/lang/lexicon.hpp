// The shape of a language's temporal lexicon: every word the date engine knows is a row of data here, so that a
// language is added by writing a table (lang/fr.cpp, lang/en.cpp), not by adding code paths to the engine.
#pragma once
#include <cstdint>
#include <span>

namespace exodus::dates::lex {

// Calendar and clock units, in increasing size.
enum class Unit : std::uint8_t {
  none, second, minute, hour, day, week, weekend, fortnight, month, quarter, half, year, decade, century
};

// What a word (or a fixed phrase) contributes to a temporal expression.
enum class Cat : std::uint8_t {
  month,         // value 1..12 ("mai", "May")
  month_abbr,    // value 1..12, only next to a day number or year ("Jan", "sept")
  weekday,       // value 1..7, ISO (Monday = 1)
  unit,          // value: Unit; extra 1 = plural form, 2 = same form in both ("mois")
  number,        // value: the number; extra 1 = weak ("un", "a": only before some units)
  vague_qty,     // "plusieurs", "quelques", "several": an unknown amount (TimeML X)
  ordinal,       // value: the rank ("premier", "first", "1er" is parsed from digits)
  deictic,       // value: day offset from the reference ("hier" -1, "today" 0)
  anaphoric,     // value: day offset from the last date mentioned ("le lendemain" +1, "the day before" -1)
  rel_last,      // "dernier", "last", "previous": the one before
  rel_next,      // "prochain", "next", "coming": the one after
  rel_this,      // "ce", "cette", "this", "current": the one containing the reference
  rel_recent,    // "derniers" in "ces derniers mois", "recent" in "in recent months", "past" in "the past year"
  ago_pre,       // "il y a" before an amount
  ago_post,      // "ago" after an amount
  in_future,     // "dans", "in", "d'ici" before an amount: that far after the reference
  later_post,    // "plus tard", "later": after the last date mentioned
  earlier_post,  // "plus tôt", "earlier": before the last date mentioned
  part_of_day,   // value: index into part_of_day_codes (MO, AF, EV, NI, DT)
  clock_word,    // value: hour of a named time ("midi" 12, "midnight" 24)
  season,        // value: 1 spring, 2 summer, 3 autumn, 4 winter
  mod_start,     // "début", "early", "au début de"
  mod_mid,       // "mi-", "mid", "au milieu de"
  mod_end,       // "fin", "late", "à la fin de"
  set_every,     // "chaque", "tous les", "every", "each"
  set_adverb,    // value: Unit; "quotidien", "daily", "annual": a set on its own
  vague,         // a vague reference with its own TIMEX3 value and range convention (see VagueRule)
  approx,        // "environ", "about", "vers", "près de": kept in the span, no effect on the value
  hour_unit,     // "h", "heures" after a clock number
  am,            // "a.m."
  pm,            // "p.m."
  oclock,        // "o'clock"
  decade_word,   // "années" in "les années 90"
  century_word,  // "siècle", "century"
  year_word,     // "l'année 2001", "l'an 2000": a year number follows
  day_word,      // "jour" / "day" as in "le jour même", "that day"
  det,           // "le", "la", "l'", "the": may start an expression's span
  of,            // "de", "d'", "du", "of": links a modifier to what it modifies ("début de", "end of")
  on_prep,       // "le" before a day number, "on": kept in the span of a day date in French only
  year_prep,     // "en", "in", "depuis", "since": a 4-digit number after it is a year even when unusual
  and_word,      // "et", "and": joins two day numbers ("les 6 et 13 avril")
  past_cue,      // a word that marks past tense nearby ("a", "était", "was", "has")
  future_cue,    // a word that marks future tense nearby ("va", "sera", "will")
  past_suffix,   // a word ending that marks past tense ("-ait", "-ed"), written with a leading '-'
  future_suffix, // a word ending that marks future tense ("-ra", "-ront")
  block_after,   // a word after a number that makes it a quantity, not a year ("euros", "%", "people")
  block_before,  // a word before a number that makes it a label, not a year ("n°", "GPT", "page")
  holiday,       // a fixed-date holiday: value month * 100 + day ("Noël" 1225)
  duration_prep, // "for", "pendant": a bare plural unit after it is an unknown amount ("for years")
  unit_noun,     // a word that is an amount of a unit by itself: value Unit, extra the amount ("quinquennat")
  age_cue,       // "âgé", "aged", "homme": "N ans" after it is an age, not a duration
  just_cue,      // "vient de", "just": happened within the last week (not a TIMEX3; see VagueRule)
  sentence_end,  // ".", "!", "?": tense cues do not cross it
  complementizer,  // "that", "que": the tense of the clause it opens is not the tense of a date before it
  count_         // not a category: how many there are (the engine keeps them in a 64-bit set)
};
static_assert(static_cast<int>(Cat::count_) <= 64, "the engine keeps a token's categories in 64 bits");

// Two-letter TimeML codes of parts of the day, indexed by Cat::part_of_day values.
inline constexpr const char* part_of_day_codes[] = {"MO", "AF", "EV", "NI", "DT", "MI"};
// TimeML season codes, indexed by Cat::season values (0 unused).
inline constexpr const char* season_codes[] = {"", "SP", "SU", "FA", "WI"};

// A signed offset from the reference date, e.g. {-6, Unit::month}.
struct Offset {
  int amount = 0;
  Unit unit = Unit::day;
};

// How a vague reference is resolved: its TIMEX3 value and type, and the range it covers around the reference
// (the project's convention, documented in docs/DATES.md). `bounded` false: the range stays unknown.
struct VagueRule {
  const char* value = "PAST_REF";
  bool is_time = false;  // TIMEX3 type TIME rather than DATE
  bool bounded = false;
  Offset from{};
  Offset to{};
};

struct Entry {
  const char* words;  // lowercase, tokens separated by single spaces: "il y a", "aujourd' hui", "a . m ."
  Cat cat;
  int value = 0;
  int extra = 0;
  VagueRule vague{};  // only for Cat::vague and Cat::just_cue
};

std::span<const Entry> french();
std::span<const Entry> english();

}  // namespace exodus::dates::lex
