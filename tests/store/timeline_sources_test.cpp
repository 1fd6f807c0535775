// A timeline's sources: every departure gets its own articles' mentions, and only those, in publication order
// (undated last, then in the order they were stored), whatever the order of the departures in the timeline.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/store.hpp"
#include "test_support.hpp"

using exodus::Article;
using exodus::DepartureKind;
using exodus::Mention;
using exodus::TimelineEntry;
using exodus::TimelineFilter;
using exodus::dates::DateRange;
using exodus::dates::Day;
using exodus::store::Store;

namespace {

// An article with its publication date ("" for undated) and one mention a departure it reports.
struct Report {
  std::string published;
  std::string outlet;
  std::vector<std::pair<std::string, std::string>> person_and_org;
  std::string source;  // who the article credits; "" for the outlet itself
};

void store_report(Store& store, const Report& r, int number) {
  Article a;
  a.text = "Report " + std::to_string(number) + ".";
  a.meta.outlet = r.outlet;
  a.meta.published = r.published;
  a.meta.lang = exodus::Lang::en;
  std::vector<Mention> mentions;
  for (const auto& [person, org] : r.person_and_org) {
    Mention m;
    m.person = person;
    m.org = org;
    m.kind = DepartureKind::left;
    m.source = r.source;
    m.evidence = "report " + std::to_string(number) + " on " + person;
    m.order = static_cast<int>(mentions.size());
    // Each person's own day, so the timeline order is fixed by the people, not by the reports.
    m.date = DateRange::single_day(person == "Zoe Late" ? Day{2024, 9, 1} : person == "Adam Early" ? Day{2024, 1, 1}
                                                                                                      : Day{2024, 5, 1});
    mentions.push_back(std::move(m));
  }
  store.add_article(a, mentions, 0);
}

std::vector<std::string> evidence_of(const TimelineEntry& e) {
  std::vector<std::string> out;
  for (const auto& s : e.sources) out.push_back(s.evidence);
  return out;
}

}  // namespace

TEST_CASE("each departure of a timeline gets all of its sources and only its own, in publication order") {
  exodus::test::TempDb db;
  Store store(db.path());
  // Stored so that departure ids run against the timeline order: the latest departure is created first.
  const std::vector<Report> reports = {
      {"2024-09-03", "Daily A", {{"Zoe Late", "Acme"}, {"Mia Middle", "Globex"}}, "Reuters"},
      {"", "Undated Weekly", {{"Zoe Late", "Acme"}}, ""},
      {"2024-09-02", "Daily B", {{"Zoe Late", "Acme"}, {"Adam Early", "Initech"}}, ""},
      {"2024-01-05", "Daily C", {{"Adam Early", "Initech"}}, "AFP"},
      {"2024-09-02", "Daily D", {{"Zoe Late", "Acme"}}, "Bloomberg"},
  };
  for (std::size_t i = 0; i < reports.size(); ++i) store_report(store, reports[i], static_cast<int>(i));

  const auto t = store.timeline({});
  REQUIRE(t.size() == 3);
  CHECK(t[0].person == "Adam Early");
  CHECK(t[1].person == "Mia Middle");
  CHECK(t[2].person == "Zoe Late");
  CHECK(evidence_of(t[0]) == std::vector<std::string>{"report 3 on Adam Early", "report 2 on Adam Early"});
  CHECK(evidence_of(t[1]) == std::vector<std::string>{"report 0 on Mia Middle"});
  // Same day: in the order stored; undated last.
  CHECK(evidence_of(t[2]) == std::vector<std::string>{"report 2 on Zoe Late", "report 4 on Zoe Late",
                                                      "report 0 on Zoe Late", "report 1 on Zoe Late"});
  // Each source keeps its own article's provenance; an uncredited one is named after its outlet.
  REQUIRE(t[2].sources.size() == 4);
  CHECK(t[2].sources[0].name == "Daily B");
  CHECK(t[2].sources[1].name == "Bloomberg");
  CHECK(t[2].sources[1].outlet == "Daily D");
  CHECK(t[2].sources[2].name == "Reuters");
  CHECK(t[2].sources[2].published == "2024-09-03");
  CHECK(t[2].sources[3].name == "Undated Weekly");
  CHECK_FALSE(t[2].sources[3].published.has_value());
  CHECK(t[0].sources[0].date.edtf() == "2024-01-01");

  // A filter chooses departures, not sources: a departure found through one source still lists all of them.
  TimelineFilter by_source;
  by_source.source = "bloomberg";
  const auto found = store.timeline(by_source);
  REQUIRE(found.size() == 1);
  CHECK(evidence_of(found[0]) == evidence_of(t[2]));
}

TEST_CASE("a timeline of many departures with several sources each gets every source once") {
  exodus::test::TempDb db;
  Store store(db.path());
  constexpr int kPeople = 1500;  // more than a few hundred, so nothing depends on a small batch
  store.begin_transaction();
  for (int round = 0; round < 3; ++round) {
    Article a;
    a.text = "Round " + std::to_string(round) + ".";
    a.meta.outlet = "Outlet " + std::to_string(round);
    a.meta.published = "2023-0" + std::to_string(3 - round) + "-01";  // later rounds are published earlier
    a.meta.lang = exodus::Lang::en;
    std::vector<Mention> mentions;
    for (int p = 0; p < kPeople; ++p) {
      Mention m;
      m.person = "Person Number" + std::to_string(p);
      m.org = "Org" + std::to_string(p % 37);
      m.date = DateRange::single_day(Day{2022, 1 + p % 12, 1 + p % 28});
      m.evidence = "round " + std::to_string(round) + " on " + m.person;
      m.order = p;
      mentions.push_back(std::move(m));
    }
    store.add_article(a, mentions, 0);
  }
  store.commit_transaction();
  const auto t = store.timeline({});
  REQUIRE(t.size() == kPeople);
  for (const auto& e : t) {
    CAPTURE(e.person);
    CHECK(evidence_of(e) == std::vector<std::string>{"round 2 on " + e.person, "round 1 on " + e.person,
                                                     "round 0 on " + e.person});
  }
}
