// French temporal lexicon: month and weekday names, units, number words, relative words and tense cues.
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
constexpr VagueRule now_time{"PRESENT_REF", true, true, {0, U::day}, {0, U::day}};
constexpr VagueRule past_open{"PAST_REF", false, false, {}, {}};
constexpr VagueRule past_time{"PAST_REF", true, false, {}, {}};
constexpr VagueRule future_open{"FUTURE_REF", false, false, {}, {}};
constexpr VagueRule just{"PAST_REF", false, true, {-7, U::day}, {0, U::day}};

constexpr std::array entries = std::to_array<Entry>({
    // months
    {"janvier", C::month, 1}, {"février", C::month, 2}, {"fevrier", C::month, 2}, {"mars", C::month, 3},
    {"avril", C::month, 4}, {"mai", C::month, 5}, {"juin", C::month, 6}, {"juillet", C::month, 7},
    {"août", C::month, 8}, {"aout", C::month, 8}, {"septembre", C::month, 9}, {"octobre", C::month, 10},
    {"novembre", C::month, 11}, {"décembre", C::month, 12}, {"decembre", C::month, 12},
    {"janv", C::month_abbr, 1}, {"janv .", C::month_abbr, 1}, {"févr", C::month_abbr, 2},
    {"févr .", C::month_abbr, 2}, {"fév .", C::month_abbr, 2}, {"avr", C::month_abbr, 4},
    {"avr .", C::month_abbr, 4}, {"juil", C::month_abbr, 7}, {"juil .", C::month_abbr, 7},
    {"sept", C::month_abbr, 9}, {"sept .", C::month_abbr, 9}, {"oct .", C::month_abbr, 10},
    {"nov .", C::month_abbr, 11}, {"déc .", C::month_abbr, 12},
    // weekdays
    {"lundi", C::weekday, 1}, {"mardi", C::weekday, 2}, {"mercredi", C::weekday, 3}, {"jeudi", C::weekday, 4},
    {"vendredi", C::weekday, 5}, {"samedi", C::weekday, 6}, {"dimanche", C::weekday, 7},
    {"lundis", C::weekday, 1, 1}, {"mardis", C::weekday, 2, 1}, {"mercredis", C::weekday, 3, 1},
    {"jeudis", C::weekday, 4, 1}, {"vendredis", C::weekday, 5, 1}, {"samedis", C::weekday, 6, 1},
    {"dimanches", C::weekday, 7, 1},
    // units
    {"seconde", C::unit, u(U::second)}, {"secondes", C::unit, u(U::second), 1},
    {"minute", C::unit, u(U::minute)}, {"minutes", C::unit, u(U::minute), 1}, {"min", C::unit, u(U::minute)},
    {"heure", C::unit, u(U::hour)}, {"heures", C::unit, u(U::hour), 1},
    {"jour", C::unit, u(U::day)}, {"jours", C::unit, u(U::day), 1}, {"journée", C::unit, u(U::day)},
    {"journées", C::unit, u(U::day), 1},
    {"semaine", C::unit, u(U::week)}, {"semaines", C::unit, u(U::week), 1},
    {"week-end", C::unit, u(U::weekend)}, {"week-ends", C::unit, u(U::weekend), 1},
    {"weekend", C::unit, u(U::weekend)},
    {"quinzaine", C::unit, u(U::fortnight)},
    {"mois", C::unit, u(U::month), 2},
    {"trimestre", C::unit, u(U::quarter)}, {"trimestres", C::unit, u(U::quarter), 1},
    {"semestre", C::unit, u(U::half)}, {"semestres", C::unit, u(U::half), 1},
    {"an", C::unit, u(U::year)}, {"ans", C::unit, u(U::year), 1}, {"année", C::unit, u(U::year)},
    {"années", C::unit, u(U::year), 1},
    {"décennie", C::unit, u(U::decade)}, {"décennies", C::unit, u(U::decade), 1},
    {"siècle", C::unit, u(U::century)}, {"siècles", C::unit, u(U::century), 1},
    // number words (compounds such as "dix-huit" or "vingt-et-un" are summed from their parts)
    {"un", C::number, 1, 1}, {"une", C::number, 1, 1}, {"deux", C::number, 2}, {"trois", C::number, 3},
    {"quatre", C::number, 4}, {"cinq", C::number, 5}, {"six", C::number, 6}, {"sept", C::number, 7},
    {"huit", C::number, 8}, {"neuf", C::number, 9}, {"dix", C::number, 10}, {"onze", C::number, 11},
    {"douze", C::number, 12}, {"treize", C::number, 13}, {"quatorze", C::number, 14},
    {"quinze", C::number, 15}, {"seize", C::number, 16}, {"vingt", C::number, 20}, {"trente", C::number, 30},
    {"quarante", C::number, 40}, {"cinquante", C::number, 50}, {"soixante", C::number, 60},
    {"quatre-vingt", C::number, 80}, {"quatre-vingts", C::number, 80}, {"cent", C::number, 100},
    {"mille", C::number, 1000}, {"et", C::and_word}, {"demi", C::number, 0, 2}, {"demie", C::number, 0, 2},
    {"une demi", C::number, 0, 2}, {"un demi", C::number, 0, 2},
    {"une dizaine de", C::number, 10}, {"une douzaine de", C::number, 12}, {"une quinzaine de", C::number, 15},
    {"une vingtaine de", C::number, 20}, {"une trentaine de", C::number, 30},
    {"un quart de", C::number, 25, 3}, {"un demi -", C::number, 0, 2}, {"une demi -", C::number, 0, 2},
    {"quinquennat", C::unit_noun, u(U::year), 5}, {"septennat", C::unit_noun, u(U::year), 7},
    {"biennale", C::unit_noun, u(U::year), 2},
    // ages: "N ans" after these is an age
    {"âgé", C::age_cue}, {"âgée", C::age_cue}, {"âgés", C::age_cue}, {"âgées", C::age_cue}, {"agé", C::age_cue},
    {"agée", C::age_cue}, {"homme", C::age_cue}, {"femme", C::age_cue}, {"garçon", C::age_cue},
    {"fille", C::age_cue}, {"fillette", C::age_cue}, {"enfant", C::age_cue}, {"enfants", C::age_cue},
    {"jeune", C::age_cue}, {"jeunes", C::age_cue}, {"adolescent", C::age_cue}, {"adolescente", C::age_cue},
    {"bébé", C::age_cue}, {"retraité", C::age_cue}, {"quinquagénaire", C::age_cue},
    // fixed-date holidays
    {"noël", C::holiday, 1225}, {"la toussaint", C::holiday, 1101}, {"toussaint", C::holiday, 1101},
    {"le jour de l' an", C::holiday, 101}, {"le nouvel an", C::holiday, 101}, {"nouvel an", C::holiday, 101},
    {"la saint-sylvestre", C::holiday, 1231}, {"la saint - sylvestre", C::holiday, 1231},
    {"le réveillon de noël", C::holiday, 1224}, {"la saint-valentin", C::holiday, 214},
    {"la saint - valentin", C::holiday, 214}, {"le 14 - juillet", C::holiday, 714},
    {"pendant", C::duration_prep}, {"durant", C::duration_prep}, {"depuis", C::duration_prep},
    // vague amounts
    {"plusieurs", C::vague_qty}, {"quelques", C::vague_qty}, {"des", C::vague_qty, 0, 1},
    {"de nombreux", C::vague_qty}, {"de nombreuses", C::vague_qty}, {"nombre d'", C::vague_qty},
    {"de longs", C::vague_qty}, {"de longues", C::vague_qty},
    // ordinals
    {"premier", C::ordinal, 1}, {"première", C::ordinal, 1}, {"deuxième", C::ordinal, 2},
    {"second", C::ordinal, 2}, {"seconde", C::ordinal, 2}, {"troisième", C::ordinal, 3},
    {"quatrième", C::ordinal, 4}, {"dernier", C::ordinal, -1}, {"dernière", C::ordinal, -1},
    // days relative to the reference or to the last date mentioned
    {"hier", C::deictic, -1}, {"avant-hier", C::deictic, -2}, {"avant - hier", C::deictic, -2},
    {"aujourd' hui", C::deictic, 0}, {"aujourd'hui", C::deictic, 0}, {"demain", C::deictic, 1},
    {"après-demain", C::deictic, 2}, {"après - demain", C::deictic, 2},
    {"ce jour", C::deictic, 0}, {"ce jour -là", C::anaphoric, 0}, {"ce jour - là", C::anaphoric, 0},
    {"le lendemain", C::anaphoric, 1}, {"lendemain", C::anaphoric, 1}, {"la veille", C::anaphoric, -1},
    {"veille", C::anaphoric, -1}, {"le surlendemain", C::anaphoric, 2}, {"l' avant-veille", C::anaphoric, -2},
    {"le jour même", C::anaphoric, 0}, {"le même jour", C::anaphoric, 0},
    // relative words
    {"dernier", C::rel_last}, {"dernière", C::rel_last}, {"derniers", C::rel_recent},
    {"dernières", C::rel_recent}, {"passé", C::rel_last}, {"passée", C::rel_last}, {"précédent", C::rel_last, 0, 1},
    {"précédente", C::rel_last, 0, 1}, {"écoulé", C::rel_last}, {"écoulée", C::rel_last},
    {"prochain", C::rel_next}, {"prochaine", C::rel_next}, {"prochains", C::rel_next},
    {"prochaines", C::rel_next}, {"suivant", C::rel_next, 0, 1}, {"suivante", C::rel_next, 0, 1},
    {"ce", C::rel_this}, {"cet", C::rel_this}, {"cette", C::rel_this}, {"ces", C::rel_this, 0, 1},
    {"en cours", C::rel_this}, {"-ci", C::rel_this}, {"- ci", C::rel_this},
    {"il y a", C::ago_pre}, {"voici", C::ago_pre}, {"voilà", C::ago_pre},
    {"dans", C::in_future}, {"d' ici", C::in_future},
    {"plus tard", C::later_post}, {"après", C::later_post, 0, 1}, {"plus tôt", C::earlier_post},
    {"auparavant", C::earlier_post, 0, 1}, {"avant", C::earlier_post, 0, 1},
    // parts of the day
    {"matin", C::part_of_day, 0}, {"matinée", C::part_of_day, 0}, {"après-midi", C::part_of_day, 1},
    {"après - midi", C::part_of_day, 1}, {"soir", C::part_of_day, 2}, {"soirée", C::part_of_day, 2},
    {"nuit", C::part_of_day, 3}, {"dans la journée", C::part_of_day, 4}, {"en journée", C::part_of_day, 4},
    {"midi", C::clock_word, 12}, {"minuit", C::clock_word, 24},
    // seasons
    {"printemps", C::season, 1}, {"été", C::season, 2, 1}, {"eté", C::season, 2, 1}, {"automne", C::season, 3}, {"hiver", C::season, 4},
    // modifiers
    {"début", C::mod_start}, {"au début", C::mod_start}, {"en début", C::mod_start}, {"dès le début", C::mod_start},
    {"mi", C::mod_mid}, {"mi -", C::mod_mid}, {"à la mi -", C::mod_mid}, {"milieu", C::mod_mid},
    {"au milieu", C::mod_mid}, {"courant", C::mod_mid, 0, 1}, {"fin", C::mod_end}, {"à la fin", C::mod_end},
    {"en fin", C::mod_end}, {"à la fin", C::mod_end},
    // sets
    {"chaque", C::set_every}, {"tous les", C::set_every}, {"toutes les", C::set_every},
    {"par", C::set_every, 0, 1},
    {"quotidiennement", C::set_adverb, u(U::day)}, {"hebdomadaire", C::set_adverb, u(U::week)},
    {"mensuel", C::set_adverb, u(U::month)}, {"mensuelle", C::set_adverb, u(U::month)},
    {"annuel", C::set_adverb, u(U::year)}, {"annuelle", C::set_adverb, u(U::year)},
    {"annuellement", C::set_adverb, u(U::year)},
    // vague references
    {"récemment", C::vague, 0, 0, recently}, {"dernièrement", C::vague, 0, 0, recently},
    {"ces derniers temps", C::vague, 0, 0, recently}, {"depuis peu", C::vague, 0, 0, recently},
    {"bientôt", C::vague, 0, 0, soon}, {"prochainement", C::vague, 0, 0, soon},
    {"sous peu", C::vague, 0, 0, soon}, {"actuellement", C::vague, 0, 0, now_time},
    {"maintenant", C::vague, 0, 0, now_time}, {"désormais", C::vague, 0, 0, now_time},
    {"à présent", C::vague, 0, 0, now_time}, {"en ce moment", C::vague, 0, 0, now_time},
    {"de nos jours", C::vague, 0, 0, now_time}, {"aujourd' hui encore", C::vague, 0, 0, now_time},
    {"actuel", C::vague, 0, 0, now_time}, {"actuelle", C::vague, 0, 0, now_time},
    {"autrefois", C::vague, 0, 0, past_time}, {"jadis", C::vague, 0, 0, past_time},
    {"auparavant", C::vague, 0, 0, past_time}, {"naguère", C::vague, 0, 0, past_time},
    {"dans le passé", C::vague, 0, 0, past_open}, {"à l' avenir", C::vague, 0, 0, future_open},
    {"dorénavant", C::vague, 0, 0, now_time}, {"pour l' instant", C::vague, 0, 0, now},
    {"pour le moment", C::vague, 0, 0, now},
    {"vient de", C::just_cue, 0, 0, just}, {"viennent de", C::just_cue, 0, 0, just},
    {"venait de", C::just_cue, 0, 0, just}, {"venaient de", C::just_cue, 0, 0, just},
    {"vient d'", C::just_cue, 0, 0, just}, {"viennent d'", C::just_cue, 0, 0, just},
    {"venait d'", C::just_cue, 0, 0, just}, {"venaient d'", C::just_cue, 0, 0, just},
    // glue
    {"environ", C::approx}, {"près de", C::approx}, {"près d'", C::approx}, {"vers", C::approx, 0, 1},
    {"aux alentours de", C::approx}, {"autour de", C::approx}, {"presque", C::approx},
    {"plus de", C::approx}, {"moins de", C::approx}, {"plus d'", C::approx}, {"moins d'", C::approx},
    {"à peine", C::approx}, {"quelque", C::approx}, {"à", C::approx, 0, 2}, {"dès", C::approx, 0, 2},
    {"h", C::hour_unit}, {"heures", C::hour_unit, 0, 1}, {"heure", C::hour_unit, 0, 1},
    {"années", C::decade_word}, {"siècle", C::century_word},
    {"année", C::year_word}, {"an", C::year_word}, {"exercice", C::year_word},
    {"jour", C::day_word},
    {"le", C::det}, {"la", C::det}, {"l'", C::det}, {"les", C::det}, {"du", C::det, 0, 1}, {"au", C::det, 0, 1},
    {"de", C::of}, {"d'", C::of}, {"du", C::of}, {"des", C::of},
    {"le", C::on_prep}, {"en", C::year_prep}, {"depuis", C::year_prep}, {"jusqu' en", C::year_prep},
    {"dès", C::year_prep}, {"entre", C::year_prep}, {"avant", C::year_prep}, {"après", C::year_prep},
    {"et", C::and_word}, {"au", C::and_word, 0, 1},
    // tense cues: auxiliaries and endings
    {"que", C::complementizer}, {"qu'", C::complementizer},
    {"a", C::past_cue}, {"ai", C::past_cue}, {"as", C::past_cue}, {"avons", C::past_cue}, {"avez", C::past_cue},
    {"ont", C::past_cue}, {"est", C::past_cue, 0, 1}, {"sont", C::past_cue, 0, 1}, {"était", C::past_cue},
    {"étaient", C::past_cue}, {"avait", C::past_cue}, {"avaient", C::past_cue}, {"fut", C::past_cue},
    {"eut", C::past_cue}, {"a été", C::past_cue}, {"ont été", C::past_cue}, {"s' est", C::past_cue},
    {"se sont", C::past_cue},
    {"va", C::future_cue}, {"vont", C::future_cue}, {"allons", C::future_cue}, {"sera", C::future_cue},
    {"seront", C::future_cue}, {"devra", C::future_cue}, {"devrait", C::future_cue},
    {"devraient", C::future_cue}, {"doit", C::future_cue}, {"doivent", C::future_cue},
    {"aura", C::future_cue}, {"auront", C::future_cue}, {"prévu", C::future_cue}, {"prévue", C::future_cue},
    {"prévoit", C::future_cue}, {"compte", C::future_cue}, {"entend", C::future_cue},
    {"-ait", C::past_suffix}, {"-aient", C::past_suffix}, {"-èrent", C::past_suffix}, {"-é", C::past_suffix},
    {"-ée", C::past_suffix}, {"-és", C::past_suffix}, {"-ées", C::past_suffix},
    {"-ra", C::future_suffix}, {"-ront", C::future_suffix}, {"-rons", C::future_suffix},
    {"-rai", C::future_suffix}, {"-rez", C::future_suffix}, {"-rait", C::future_suffix},
    {"-raient", C::future_suffix},
    // numbers that are quantities or labels, not years
    {"euros", C::block_after}, {"euro", C::block_after}, {"francs", C::block_after}, {"dollars", C::block_after},
    {"%", C::block_after}, {"pour cent", C::block_after}, {"personnes", C::block_after},
    {"habitants", C::block_after}, {"salariés", C::block_after}, {"emplois", C::block_after},
    {"voix", C::block_after}, {"points", C::block_after}, {"km", C::block_after}, {"kilomètres", C::block_after},
    {"mètres", C::block_after}, {"m", C::block_after}, {"tonnes", C::block_after}, {"morts", C::block_after},
    {"victimes", C::block_after}, {"exemplaires", C::block_after}, {"élèves", C::block_after},
    {"logements", C::block_after}, {"spectateurs", C::block_after}, {"mégawatts", C::block_after},
    {"hectares", C::block_after}, {"litres", C::block_after}, {"€", C::block_after},
    {"n°", C::block_before}, {"no", C::block_before}, {"numéro", C::block_before}, {"page", C::block_before},
    {"article", C::block_before}, {"chapitre", C::block_before}, {"€", C::block_before},
    {"route", C::block_before}, {"rn", C::block_before}, {"salle", C::block_before},
    {".", C::sentence_end}, {"!", C::sentence_end}, {"?", C::sentence_end}, {";", C::sentence_end},
});

}  // namespace

std::span<const Entry> french() { return entries; }

}  // namespace exodus::dates::lex
