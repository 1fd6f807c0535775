// French date engine cases: every kind of expression the engine must find and resolve, each with its reference.
// P = 2024-05-15 (a Wednesday) unless the case says otherwise.
#include <doctest/doctest.h>

#include "tagger_cases.hpp"

namespace exodus::dates::testing {
namespace {

const Case french_cases[] = {
    // absolute dates
    {"Il a été nommé le 15 mai 2024.", "2024-05-15", "le 15 mai 2024", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"Signé le 15/05/2024 à Paris.", "2024-05-15", "le 15/05/2024", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"Il est parti le 1er mai.", "2024-05-15", "le 1er mai", "DATE", "2024-05-01", "2024-05-01", "2024-05-01", "day"},
    {"Réunion le mercredi 1er mai.", "2024-05-15", "le mercredi 1er mai", "DATE", "2024-05-01", "2024-05-01", "2024-05-01", "day"},
    {"Elle est partie mi-mai.", "2024-05-15", "mi-mai", "DATE", "2024-05", "2024-05-11", "2024-05-20", "range"},
    {"Il a quitté le groupe début avril.", "2024-05-15", "début avril", "DATE", "2024-04", "2024-04-01", "2024-04-10", "range"},
    {"Il a quitté le groupe fin avril.", "2024-05-15", "fin avril", "DATE", "2024-04", "2024-04-21", "2024-04-30", "range"},
    {"C'était dans les années 90.", "2024-05-15", "les années 90", "DATE", "199", "1990-01-01", "1999-12-31", "range"},
    {"Les résultats du premier trimestre 2024 sont bons.", "2024-05-15", "premier trimestre 2024", "DATE", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"},
    {"Il l'avait dit durant l'été 2023.", "2024-05-15", "l'été 2023", "DATE", "2023-SU", "2023-06-01", "2023-09-30", "range"},
    {"Le projet avait débuté en octobre 98.", "2024-05-15", "octobre 98", "DATE", "1998-10", "1998-10-01", "1998-10-31", "month"},
    {"Il est entré dans l'entreprise en 2019.", "2024-05-15", "2019", "DATE", "2019", "2019-01-01", "2019-12-31", "year"},
    {"Un accord conclu dès l'année 2001.", "2024-05-15", "l'année 2001", "DATE", "2001", "2001-01-01", "2001-12-31", "year"},
    // days relative to the reference
    {"Il l'a annoncé hier.", "2024-05-15", "hier", "DATE", "2024-05-14", "2024-05-14", "2024-05-14", "day"},
    {"Il l'a annoncé avant-hier.", "2024-05-15", "avant-hier", "DATE", "2024-05-13", "2024-05-13", "2024-05-13", "day"},
    {"Il l'annonce aujourd'hui.", "2024-05-15", "aujourd'hui", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"Il l'annoncera demain.", "2024-05-15", "demain", "DATE", "2024-05-16", "2024-05-16", "2024-05-16", "day"},
    // weekdays, with dernier/prochain and parts of the day
    {"Il a démissionné mardi.", "2024-05-15", "mardi", "DATE", "2024-05-14", "2024-05-14", "2024-05-14", "day"},
    {"Il a démissionné jeudi.", "2024-05-15", "jeudi", "DATE", "2024-05-09", "2024-05-09", "2024-05-09", "day"},
    {"Il partira vendredi.", "2024-05-15", "vendredi", "DATE", "2024-05-17", "2024-05-17", "2024-05-17", "day"},
    {"Il a annoncé vendredi qu'il partira.", "2024-05-15", "vendredi", "DATE", "2024-05-10", "2024-05-10",
     "2024-05-10", "day"},
    {"Il a tweeté mardi soir qu'il partait.", "2024-05-15", "mardi soir", "TIME", "2024-05-14TEV", "2024-05-14", "2024-05-14", "day"},
    {"Il l'a appris lundi matin.", "2024-05-15", "lundi matin", "TIME", "2024-05-13TMO", "2024-05-13", "2024-05-13", "day"},
    {"La réunion de lundi dernier a mal tourné.", "2024-05-15", "lundi dernier", "DATE", "2024-05-13", "2024-05-13", "2024-05-13", "day"},
    {"Il arrivera lundi prochain.", "2024-05-15", "lundi prochain", "DATE", "2024-05-20", "2024-05-20", "2024-05-20", "day"},
    {"Il a parlé hier soir.", "2024-05-15", "hier soir", "TIME", "2024-05-14TEV", "2024-05-14", "2024-05-14", "day"},
    // weeks, months, years relative to the reference
    {"Il est parti la semaine dernière.", "2024-05-15", "la semaine dernière", "DATE", "2024-W19", "2024-05-06", "2024-05-12", "week"},
    {"Il part cette semaine.", "2024-05-15", "cette semaine", "DATE", "2024-W20", "2024-05-13", "2024-05-19", "week"},
    {"Il est parti en début de semaine.", "2024-05-15", "en début de semaine", "DATE", "2024-W20", "2024-05-13", "2024-05-15", "range"},
    {"Il est parti le mois dernier.", "2024-05-15", "le mois dernier", "DATE", "2024-04", "2024-04-01", "2024-04-30", "month"},
    {"Il est parti l'an dernier.", "2024-05-15", "l'an dernier", "DATE", "2023", "2023-01-01", "2023-12-31", "year"},
    {"Il est parti l'année dernière.", "2024-05-15", "l'année dernière", "DATE", "2023", "2023-01-01", "2023-12-31", "year"},
    {"Il partira cette année.", "2024-05-15", "cette année", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    {"Il partira le mois prochain.", "2024-05-15", "le mois prochain", "DATE", "2024-06", "2024-06-01", "2024-06-30", "month"},
    // "la fin de l'année" is its last ten days, like "fin décembre", and so is "fin 2023"
    {"C'était à la fin de l'année dernière.", "2024-05-15", "la fin de l'année dernière", "DATE", "2023", "2023-12-21", "2023-12-31", "range"},
    {"Elle partira à la fin de l'année.", "2024-05-15", "la fin de l'année", "DATE", "2024", "2024-12-21", "2024-12-31", "range"},
    {"Les ventes ont ralenti fin 2023.", "2024-05-15", "fin 2023", "DATE", "2023", "2023-12-21", "2023-12-31", "range"},
    // "mois" is singular and plural alike: after "du" / "de" it is this month, its last ten days
    {"Il quittera le groupe à la fin du mois.", "2024-05-15", "la fin du mois", "DATE", "2024-05", "2024-05-21", "2024-05-31", "range"},
    {"Il part en fin de mois.", "2024-05-15", "en fin de mois", "DATE", "2024-05", "2024-05-21", "2024-05-31", "range"},
    // amounts before or after the reference
    {"Il est parti il y a trois jours.", "2024-05-15", "il y a trois jours", "DATE", "2024-05-12", "2024-05-12", "2024-05-12", "day"},
    {"Il est parti il y a des semaines.", "2024-05-15", "il y a des semaines", "DATE", "PAST_REF", "2024-03-20", "2024-05-08", "range"},
    {"Il est parti il y a deux semaines.", "2024-05-15", "il y a deux semaines", "DATE", "2024-W18", "2024-04-30",
     "2024-05-02", "range"},
    {"Il partira dans deux mois.", "2024-05-15", "deux mois", "DATE", "2024-07", "2024-07-01", "2024-07-31", "month"},
    {"Ces derniers mois, trois chercheurs sont partis.", "2024-05-15", "Ces derniers mois", "DURATION", "PXM", "2023-11-15", "2024-05-15", "range"},
    {"Au cours des derniers mois, ils sont partis.", "2024-05-15", "derniers mois", "DURATION", "PXM", "2023-11-15", "2024-05-15", "range"},
    {"Les trois prochains mois seront difficiles.", "2024-05-15", "Les trois prochains mois", "DURATION", "P3M", "2024-05-15", "2024-08-15", "range"},
    // a month without a year: tense decides
    {"Il est parti en février.", "2024-05-15", "février", "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"},
    {"Il partira en juin.", "2024-05-15", "juin", "DATE", "2024-06", "2024-06-01", "2024-06-30", "month"},
    {"Il avait démissionné en juin.", "2024-05-15", "juin", "DATE", "2023-06", "2023-06-01", "2023-06-30", "month"},
    {"Il est parti en septembre dernier.", "2024-05-15", "septembre dernier", "DATE", "2023-09", "2023-09-01", "2023-09-30", "month"},
    // seasons
    {"Été comme hiver, il nage.", "2024-05-15", "hiver", "DATE", "XXXX-WI"},
    {"Il partira cet été.", "2024-05-15", "cet été", "DATE", "2024-SU", "2024-06-01", "2024-09-30", "range"},
    {"Il est parti l'hiver dernier.", "2024-05-15", "l'hiver dernier", "DATE", "2023-WI", "2023-12-01", "2024-03-31", "range"},
    // dates relative to a date already mentioned
    {"Il est arrivé le 3 mars. Le lendemain, il parlait.", "2024-05-15", "Le lendemain", "DATE", "2024-03-04", "2024-03-04", "2024-03-04", "day"},
    {"Il est arrivé le 3 mars. La veille, il parlait.", "2024-05-15", "La veille", "DATE", "2024-03-02", "2024-03-02", "2024-03-02", "day"},
    {"Il est arrivé le 3 mars ; deux jours plus tard, il partait.", "2024-05-15", "deux jours plus tard", "DATE", "2024-03-05", "2024-03-05", "2024-03-05", "day"},
    // times
    {"Le message est parti à 21h43.", "2024-05-15", "21h43", "TIME", "2024-05-15T21:43", "2024-05-15", "2024-05-15", "day"},
    {"Mardi, à 21 h 45, il a quitté la salle.", "2024-05-15", "21 h 45", "TIME", "2024-05-14T21:45", "2024-05-14", "2024-05-14", "day"},
    {"Vers 0 h 40, jeudi, un incendie s'est déclaré.", "2024-05-15", "0 h 40", "TIME", "2024-05-09T00:40", "2024-05-09", "2024-05-09", "day"},
    {"Vers 0 h 40, jeudi, un incendie s'est déclaré.", "2024-05-15", "jeudi", "DATE", "2024-05-09", "2024-05-09", "2024-05-09", "day"},
    {"Le conseil se réunit à midi.", "2024-05-15", "midi", "TIME", "2024-05-15T12:00", "2024-05-15", "2024-05-15", "day"},
    // durations and sets
    {"Il a couru trente secondes de plus.", "2024-05-15", "trente secondes", "DURATION", "PT30S"},
    {"Il devance son rival de 30,4 secondes.", "2024-05-15", "30,4 secondes", "DURATION", "PT30.4S"},
    {"Il y a travaillé près d'une décennie.", "2024-05-15", "près d'une décennie", "DURATION", "P1DE"},
    {"Il a dirigé l'équipe pendant trois ans.", "2024-05-15", "trois ans", "DURATION", "P3Y"},
    {"Il y est resté dix-huit mois.", "2024-05-15", "dix-huit mois", "DURATION", "P18M"},
    {"Le rapport paraît chaque année.", "2024-05-15", "chaque année", "SET", "P1Y"},
    {"Ils se réunissent tous les lundis.", "2024-05-15", "tous les lundis", "SET", "XXXX-WXX-1"},
    {"Il a travaillé là pendant des années.", "2024-05-15", "des années", "DURATION", "PXY"},
    {"Il a pris sa retraite à la fin des années 2000.", "2024-05-15", "la fin des années 2000", "DATE", "200", "2007-01-01", "2009-12-31", "range"},
    {"Au XIXe siècle, la ville comptait 3 000 habitants.", "2024-05-15", "XIXe siècle", "DATE", "18", "1800-01-01", "1899-12-31", "range"},
    {"Rendez-vous mercredi 22 à 20 h.", "2024-05-15", "mercredi 22", "DATE", "2024-05-22", "2024-05-22", "2024-05-22", "day"},
    {"La nuit dernière, il a plu.", "2024-05-15", "La nuit dernière", "TIME", "2024-05-14TNI", "2024-05-14", "2024-05-14", "day"},
    {"Il est arrivé dans la nuit de samedi à dimanche.", "2024-05-15", "la nuit de samedi", "TIME", "2024-05-11TNI", "2024-05-11", "2024-05-11", "day"},
    {"Les 6 et 13 avril prochains, il votera.", "2024-05-15", "Les 6", "DATE", "2025-04-06", "2025-04-06", "2025-04-06", "day"},
    {"La saison 2002/2003 commence.", "2024-05-15", "2003", "DATE", "2003", "2003-01-01", "2003-12-31", "year"},
    {"Il partira à Noël.", "2024-05-15", "Noël", "DATE", "2024-12-25", "2024-12-25", "2024-12-25", "day"},
    {"Le quinquennat s'achève.", "2024-05-15", "quinquennat", "DURATION", "P5Y"},
    // vague references and their conventions
    {"Il a récemment quitté l'entreprise.", "2024-05-15", "récemment", "DATE", "PAST_REF", "2024-02-15", "2024-05-15", "range"},
    {"Il partira bientôt.", "2024-05-15", "bientôt", "DATE", "FUTURE_REF", "2024-05-15", "2024-08-15", "range"},
    // a reference known only to the month: every reading over the whole month
    {"Il est parti hier.", "2024-05", "hier", "DATE", "2024", "2024-04-30", "2024-05-30", "range"},
    {"Il est parti le mois dernier.", "2024-05", "le mois dernier", "DATE", "2024-04", "2024-04-01", "2024-04-30", "month"},
    {"Il est parti mardi.", "2024-05", "mardi", "DATE", "2024", "2024-04-30", "2024-05-28", "range"},
    // no reference: found, unresolved
    {"Il est parti en février.", "", "février", "DATE", "XXXX-02"},
    {"Il est parti hier.", "", "hier", "DATE", "XXXX-XX-XX"},
    // numbers that are not dates
    {"Les prix ont augmenté de 15 % en un an d'après l'Insee.", "2024-05-15", "un an", "DURATION", "P1Y"},
    {"Il signe sa 35e victoire, la 16e avec Ferrari.", "2024-05-15", nullptr},
    {"Le Time 100 le classe parmi les plus influents.", "2024-05-15", nullptr},
    {"GPT-4 a été présenté par la société.", "2024-05-15", nullptr},
    {"Il porte le n°12 depuis toujours.", "2024-05-15", nullptr},
    {"Une amende de 2 000 euros, soit 2000 euros.", "2024-05-15", nullptr},
    {"Le score final est de 3-2 pour Lyon.", "2024-05-15", nullptr},
    {"Jean Dupont, 53 ans, a pris la parole.", "2024-05-15", nullptr},
    {"Un homme âgé de 27 ans a été arrêté.", "2024-05-15", nullptr},
    {"Les Jeux d'hiver ont eu lieu.", "2024-05-15", nullptr},
    {"Il a été élu par 1500 voix.", "2024-05-15", nullptr},
};

TEST_CASE("French temporal expressions are found and resolved") {
  for (const Case& c : french_cases) {
    CAPTURE(c.text);
    check_case(c, Lang::fr);
  }
}

TEST_CASE("French rules also apply when the language is unknown") {
  for (const Case& c : french_cases) {
    if (!c.expr) continue;
    CAPTURE(c.text);
    check_case(c, Lang::unknown);
  }
}

TEST_CASE("\"vient de\" dates an event within the week before the reference without being a TIMEX3") {
  TagOptions options;
  options.lang = Lang::fr;
  options.reference = parse_partial_date("2024-05-15");
  const auto found = tag("Le chercheur vient de quitter OpenAI.", options);
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].is_timex);
  CHECK(found[0].text == "vient");
  CHECK(found[0].range.edtf() == "2024-05-08/2024-05-15");
}

TEST_CASE("Expressions come in text order with byte offsets into the UTF-8 text") {
  TagOptions options;
  options.lang = Lang::fr;
  options.reference = parse_partial_date("2024-05-15");
  const std::string text = "Élu l'été dernier, réélu hier.";
  const auto found = tag(text, options);
  REQUIRE(found.size() == 2);
  CHECK(found[0].start < found[1].start);
  for (const auto& e : found) CHECK(text.substr(e.start, e.end - e.start) == e.text);
}

}  // namespace
}  // namespace exodus::dates::testing
