// Name keys and the combination of mentions into one departure.
#include <doctest/doctest.h>

#include <algorithm>

#include "resolve/combine.hpp"
#include "resolve/identity.hpp"

using namespace exodus::resolve;
using exodus::DepartureKind;
using exodus::dates::DateRange;
using exodus::dates::Day;

TEST_CASE("person keys fold case, accents, hyphens and apostrophes") {
  CHECK(person_key("Anne-Sophie de La Tour") == "anne sophie de la tour");
  CHECK(person_key("  Jérôme   LE GOFF ") == "jerome le goff");
  CHECK(person_key("Mary O’Neill") == person_key("mary o'neill"));
  CHECK(surname_key("Ursula von Stein") == "stein");
  CHECK(is_single_word("Leike"));
  CHECK_FALSE(is_single_word("Jan Leike"));
}

TEST_CASE("organization keys drop articles and legal suffixes") {
  CHECK(org_key("OpenAI Inc.") == "openai");
  CHECK(org_key("OpenAi") == "openai");
  CHECK(org_key("The BBC") == "bbc");
  CHECK(org_key("Société Générale SA") == "societe generale");
  CHECK(org_key("L'Oréal") == "l'oreal");  // one word: the elided article is part of the name
  CHECK(org_key("l'Université de Lyon") == org_key("Université de Lyon"));
  CHECK(org_key("Inc") == "inc");  // a name that is only a suffix stays itself
}

TEST_CASE("combine keeps the narrowest consistent date whatever the order") {
  std::vector<MentionFacts> ms(3);
  ms[0].date = DateRange::month_of(2024, 4, "le mois dernier");
  ms[1].date = DateRange::on_or_before(Day{2024, 5, 15});
  ms[2].date = DateRange::single_day(Day{2024, 4, 11}, "le 11 avril");
  const auto a = combine(ms);
  std::reverse(ms.begin(), ms.end());
  const auto b = combine(ms);
  CHECK(a.date.edtf() == "2024-04-11");
  CHECK(a.date.text == "le 11 avril");
  CHECK(b.date.edtf() == a.date.edtf());
  CHECK_FALSE(a.dates_disagree);
}

TEST_CASE("combine flags disagreement and prefers a departure that happened over an announcement") {
  std::vector<MentionFacts> ms(2);
  ms[0].date = DateRange::month_of(2024, 4);
  ms[0].kind = DepartureKind::announced;
  ms[1].date = DateRange::month_of(2024, 2);
  ms[1].kind = DepartureKind::resigned;
  ms[1].hedged = true;
  const auto f = combine(ms);
  CHECK(f.dates_disagree);
  CHECK(f.kind == DepartureKind::resigned);
  CHECK_FALSE(f.hedged);
}
