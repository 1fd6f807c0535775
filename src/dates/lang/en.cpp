// English temporal lexicon: month and weekday names, units, number words, relative words and tense cues.
#include <array>

#include "dates/lang/lexicon.hpp"

namespace exodus::dates::lex {
namespace {

using C = Cat;
using U = Unit;
constexpr int u(Unit x) { return static_cast<int>(x); }

// Vague references, each with the range convention the project resolves it to (docs/DATES.md):
// recently: the three months up to the reference (P − 3 months .. P), long enough for "recently left" in news
// and short enough to order it after dated events; soon: P .. P + 3 months; now: P itself; just / "vient de":
// P − 7 days .. P (DESIGN.md); "formerly", "in the future": no bounded range.
constexpr VagueRule recently{"PAST_REF", false, true, {-3, U::month}, {0, U::day}};
constexpr VagueRule soon{"FUTURE_REF", false, true, {0, U::day}, {3, U::month}};
constexpr VagueRule now{"PRESENT_REF", false, true, {0, U::day}, {0, U::day}};
constexpr VagueRule past_open{"PAST_REF", false, false, {}, {}};
constexpr VagueRule future_open{"FUTURE_REF", false, false, {}, {}};
constexpr VagueRule just{"PAST_REF", false, true, {-7, U::day}, {0, U::day}};

constexpr std::array entries = std::to_array<Entry>({
    // months ("may" and "march" are also verbs: the engine asks for a capital letter or a date context)
    {"january", C::month, 1}, {"february", C::month, 2}, {"march", C::month, 3, 1}, {"april", C::month, 4},
    {"may", C::month, 5, 1}, {"june", C::month, 6}, {"july", C::month, 7}, {"august", C::month, 8, 1},
    {"september", C::month, 9}, {"october", C::month, 10}, {"november", C::month, 11},
    {"december", C::month, 12},
    {"jan", C::month_abbr, 1}, {"jan .", C::month_abbr, 1}, {"feb", C::month_abbr, 2}, {"feb .", C::month_abbr, 2},
    {"mar .", C::month_abbr, 3}, {"apr", C::month_abbr, 4}, {"apr .", C::month_abbr, 4},
    {"jun .", C::month_abbr, 6}, {"jul .", C::month_abbr, 7}, {"aug", C::month_abbr, 8},
    {"aug .", C::month_abbr, 8}, {"sep", C::month_abbr, 9}, {"sep .", C::month_abbr, 9},
    {"sept", C::month_abbr, 9}, {"sept .", C::month_abbr, 9}, {"oct", C::month_abbr, 10},
    {"oct .", C::month_abbr, 10}, {"nov", C::month_abbr, 11}, {"nov .", C::month_abbr, 11},
    {"dec", C::month_abbr, 12}, {"dec .", C::month_abbr, 12},
    // weekdays
    {"monday", C::weekday, 1}, {"tuesday", C::weekday, 2}, {"wednesday", C::weekday, 3},
    {"thursday", C::weekday, 4}, {"friday", C::weekday, 5}, {"saturday", C::weekday, 6},
    {"sunday", C::weekday, 7}, {"mondays", C::weekday, 1, 1}, {"tuesdays", C::weekday, 2, 1},
    {"wednesdays", C::weekday, 3, 1}, {"thursdays", C::weekday, 4, 1}, {"fridays", C::weekday, 5, 1},
    {"saturdays", C::weekday, 6, 1}, {"sundays", C::weekday, 7, 1},
    // units
    {"second", C::unit, u(U::second)}, {"seconds", C::unit, u(U::second), 1},
    {"minute", C::unit, u(U::minute)}, {"minutes", C::unit, u(U::minute), 1},
    {"hour", C::unit, u(U::hour)}, {"hours", C::unit, u(U::hour), 1},
    {"day", C::unit, u(U::day)}, {"days", C::unit, u(U::day), 1},
    {"week", C::unit, u(U::week)}, {"weeks", C::unit, u(U::week), 1},
    {"weekend", C::unit, u(U::weekend)}, {"weekends", C::unit, u(U::weekend), 1},
    {"week-end", C::unit, u(U::weekend)}, {"fortnight", C::unit, u(U::fortnight)},
    {"month", C::unit, u(U::month)}, {"months", C::unit, u(U::month), 1},
    {"quarter", C::unit, u(U::quarter)}, {"quarters", C::unit, u(U::quarter), 1}, {"half", C::unit, u(U::half)},
    {"year", C::unit, u(U::year)}, {"years", C::unit, u(U::year), 1},
    {"decade", C::unit, u(U::decade)}, {"decades", C::unit, u(U::decade), 1},
    {"century", C::unit, u(U::century)}, {"centuries", C::unit, u(U::century), 1},
    // number words (compounds such as "twenty-five" are summed from their parts)
    {"a", C::number, 1, 1}, {"an", C::number, 1, 1}, {"one", C::number, 1}, {"two", C::number, 2},
    {"three", C::number, 3}, {"four", C::number, 4}, {"five", C::number, 5}, {"six", C::number, 6},
    {"seven", C::number, 7}, {"eight", C::number, 8}, {"nine", C::number, 9}, {"ten", C::number, 10},
    {"eleven", C::number, 11}, {"twelve", C::number, 12}, {"thirteen", C::number, 13},
    {"fourteen", C::number, 14}, {"fifteen", C::number, 15}, {"sixteen", C::number, 16},
    {"seventeen", C::number, 17}, {"eighteen", C::number, 18}, {"nineteen", C::number, 19},
    {"twenty", C::number, 20}, {"thirty", C::number, 30}, {"forty", C::number, 40}, {"fifty", C::number, 50},
    {"sixty", C::number, 60}, {"seventy", C::number, 70}, {"eighty", C::number, 80}, {"ninety", C::number, 90},
    {"hundred", C::number, 100}, {"a hundred", C::number, 100}, {"thousand", C::number, 1000},
    {"a dozen", C::number, 12}, {"dozen", C::number, 12}, {"half a", C::number, 0, 2}, {"half an", C::number, 0, 2},
    {"a half", C::number, 0, 2}, {"a quarter", C::number, 25, 3}, {"a quarter of a", C::number, 25, 3},
    {"a couple of", C::number, 2}, {"couple of", C::number, 2},
    {"aged", C::age_cue}, {"age", C::age_cue}, {"ages", C::age_cue},
    // fixed-date holidays
    {"christmas", C::holiday, 1225}, {"christmas day", C::holiday, 1225}, {"christmas eve", C::holiday, 1224},
    {"new year' s day", C::holiday, 101}, {"new year' s eve", C::holiday, 1231}, {"new year ' s day", C::holiday, 101},
    {"new year ' s eve", C::holiday, 1231}, {"halloween", C::holiday, 1031}, {"independence day", C::holiday, 704},
    {"valentine' s day", C::holiday, 214}, {"valentine ' s day", C::holiday, 214},
    {"for", C::duration_prep}, {"in", C::duration_prep}, {"over", C::duration_prep},
    // vague amounts
    {"several", C::vague_qty}, {"a few", C::vague_qty}, {"few", C::vague_qty}, {"some", C::vague_qty, 0, 1},
    {"many", C::vague_qty}, {"a number of", C::vague_qty},
    // ordinals
    {"first", C::ordinal, 1}, {"second", C::ordinal, 2}, {"third", C::ordinal, 3}, {"fourth", C::ordinal, 4},
    {"last", C::ordinal, -1}, {"final", C::ordinal, -1},
    // days relative to the reference or to the last date mentioned
    {"yesterday", C::deictic, -1}, {"today", C::deictic, 0}, {"tomorrow", C::deictic, 1},
    {"the day before yesterday", C::deictic, -2}, {"the day after tomorrow", C::deictic, 2},
    {"tonight", C::deictic, 0, 4}, {"this morning", C::deictic, 0, 1}, {"this afternoon", C::deictic, 0, 2},
    {"this evening", C::deictic, 0, 3}, {"last night", C::deictic, -1, 4}, {"overnight", C::deictic, 0, 4},
    {"the next day", C::anaphoric, 1}, {"the following day", C::anaphoric, 1}, {"the day after", C::anaphoric, 1},
    {"the day before", C::anaphoric, -1}, {"the previous day", C::anaphoric, -1},
    {"the prior day", C::anaphoric, -1}, {"a day earlier", C::anaphoric, -1}, {"a day later", C::anaphoric, 1},
    {"the same day", C::anaphoric, 0}, {"that day", C::anaphoric, 0}, {"the next morning", C::anaphoric, 1, 1},
    {"the following morning", C::anaphoric, 1, 1}, {"that night", C::anaphoric, 0, 4},
    {"the next night", C::anaphoric, 1, 4}, {"that evening", C::anaphoric, 0, 3},
    {"that morning", C::anaphoric, 0, 1}, {"that afternoon", C::anaphoric, 0, 2},
    // relative words
    {"last", C::rel_last}, {"past", C::rel_recent}, {"previous", C::rel_last, 0, 1}, {"prior", C::rel_last, 0, 1},
    {"next", C::rel_next}, {"coming", C::rel_next}, {"upcoming", C::rel_next}, {"following", C::rel_next, 0, 1},
    {"this", C::rel_this}, {"over the", C::rel_this}, {"this past", C::rel_last}, {"current", C::rel_this}, {"these", C::rel_this, 0, 1}, {"recent", C::rel_recent},
    {"ago", C::ago_post}, {"in", C::in_future}, {"within", C::in_future, 0, 1},
    {"later", C::later_post}, {"after", C::later_post, 0, 1}, {"afterwards", C::later_post},
    {"earlier", C::earlier_post}, {"before", C::earlier_post, 0, 1}, {"prior", C::earlier_post, 0, 1},
    // parts of the day
    {"morning", C::part_of_day, 0}, {"afternoon", C::part_of_day, 1}, {"evening", C::part_of_day, 2},
    {"night", C::part_of_day, 3}, {"noon", C::clock_word, 12}, {"midday", C::clock_word, 12},
    {"midnight", C::clock_word, 24},
    // seasons
    {"spring", C::season, 1}, {"summer", C::season, 2}, {"autumn", C::season, 3}, {"fall", C::season, 3, 1},
    {"winter", C::season, 4}, {"springtime", C::season, 1}, {"summertime", C::season, 2},
    // modifiers
    {"early", C::mod_start}, {"the beginning of", C::mod_start}, {"the start of", C::mod_start},
    {"beginning of", C::mod_start}, {"start of", C::mod_start}, {"earlier", C::mod_start, 0, 2},
    {"mid", C::mod_mid}, {"mid -", C::mod_mid}, {"the middle of", C::mod_mid}, {"middle of", C::mod_mid},
    {"late", C::mod_end}, {"the end of", C::mod_end}, {"end of", C::mod_end}, {"end -", C::mod_end},
    {"later", C::mod_end, 0, 2},
    // sets
    {"every", C::set_every}, {"each", C::set_every}, {"per", C::set_every, 0, 1},
    {"daily", C::set_adverb, u(U::day)}, {"weekly", C::set_adverb, u(U::week)},
    {"monthly", C::set_adverb, u(U::month)}, {"quarterly", C::set_adverb, u(U::quarter)},
    {"annually", C::set_adverb, u(U::year)},
    {"yearly", C::set_adverb, u(U::year)},
    // vague references
    {"recently", C::vague, 0, 0, recently}, {"lately", C::vague, 0, 0, recently},
    {"soon", C::vague, 0, 0, soon}, {"shortly", C::vague, 0, 0, soon},
    {"now", C::vague, 0, 0, now}, {"currently", C::vague, 0, 0, now}, {"at present", C::vague, 0, 0, now},
    {"presently", C::vague, 0, 0, now}, {"nowadays", C::vague, 0, 0, now}, {"these days", C::vague, 0, 0, now},
    {"right now", C::vague, 0, 0, now}, {"at the moment", C::vague, 0, 0, now},
    {"formerly", C::vague, 0, 0, past_open}, {"previously", C::vague, 0, 0, past_open},
    {"in the past", C::vague, 0, 0, past_open}, {"once", C::vague, 0, 1, past_open},
    {"in the future", C::vague, 0, 0, future_open}, {"the future", C::vague, 0, 0, future_open},
    {"just", C::just_cue, 0, 0, just},
    // glue
    {"about", C::approx}, {"around", C::approx}, {"approximately", C::approx}, {"nearly", C::approx},
    {"almost", C::approx}, {"roughly", C::approx}, {"some", C::approx, 0, 1}, {"more than", C::approx},
    {"less than", C::approx}, {"over", C::approx, 0, 1}, {"at", C::approx, 0, 2}, {"by", C::approx, 0, 2},
    {"a . m .", C::am}, {"am", C::am}, {"a . m", C::am}, {"p . m .", C::pm}, {"pm", C::pm}, {"p . m", C::pm},
    {"o' clock", C::oclock}, {"o'clock", C::oclock},
    {"century", C::century_word},
    {"year", C::year_word}, {"fiscal", C::year_word, 0, 1}, {"fiscal year", C::year_word, 0, 1},
    {"day", C::day_word},
    {"the", C::det},
    {"of", C::of},
    {"on", C::on_prep}, {"in", C::year_prep}, {"since", C::year_prep}, {"until", C::year_prep},
    {"by", C::year_prep}, {"from", C::year_prep}, {"before", C::year_prep}, {"after", C::year_prep},
    {"during", C::year_prep}, {"through", C::year_prep}, {"between", C::year_prep},
    {"and", C::and_word}, {"to", C::and_word, 0, 1},
    // tense cues
    {"was", C::past_cue}, {"were", C::past_cue}, {"had", C::past_cue}, {"did", C::past_cue},
    {"has", C::past_cue}, {"have", C::past_cue}, {"said", C::past_cue}, {"left", C::past_cue},
    {"quit", C::past_cue}, {"resigned", C::past_cue}, {"took", C::past_cue}, {"went", C::past_cue},
    {"came", C::past_cue}, {"became", C::past_cue}, {"made", C::past_cue}, {"told", C::past_cue},
    {"wrote", C::past_cue}, {"met", C::past_cue}, {"won", C::past_cue}, {"lost", C::past_cue},
    {"will", C::future_cue}, {"'ll", C::future_cue}, {"shall", C::future_cue}, {"going to", C::future_cue},
    {"would", C::future_cue}, {"plans", C::future_cue}, {"plan", C::future_cue}, {"expected", C::future_cue},
    {"scheduled", C::future_cue}, {"set to", C::future_cue}, {"due", C::future_cue}, {"is to", C::future_cue},
    {"-ed", C::past_suffix},
    {"that", C::complementizer},
    // numbers that are quantities or labels, not years
    {"%", C::block_after}, {"percent", C::block_after}, {"per cent", C::block_after}, {"people", C::block_after},
    {"dollars", C::block_after}, {"euros", C::block_after}, {"pounds", C::block_after}, {"points", C::block_after},
    {"votes", C::block_after}, {"jobs", C::block_after}, {"employees", C::block_after}, {"miles", C::block_after},
    {"km", C::block_after}, {"meters", C::block_after}, {"metres", C::block_after}, {"feet", C::block_after},
    {"tons", C::block_after}, {"tonnes", C::block_after}, {"shares", C::block_after}, {"units", C::block_after},
    {"copies", C::block_after}, {"workers", C::block_after}, {"students", C::block_after},
    {"deaths", C::block_after}, {"cases", C::block_after}, {"troops", C::block_after}, {"homes", C::block_after},
    {"barrels", C::block_after}, {"acres", C::block_after}, {"$", C::block_before}, {"£", C::block_before},
    {"no .", C::block_before}, {"number", C::block_before}, {"#", C::block_before}, {"page", C::block_before},
    {"article", C::block_before}, {"chapter", C::block_before}, {"section", C::block_before},
    {"room", C::block_before}, {"flight", C::block_before}, {"route", C::block_before}, {"windows", C::block_before},
    {".", C::sentence_end}, {"!", C::sentence_end}, {"?", C::sentence_end}, {";", C::sentence_end},
});

}  // namespace

std::span<const Entry> english() { return entries; }

}  // namespace exodus::dates::lex
