// Every filtered timeline query must reach departures through an index, not by reading the whole table:
// checked on SQLite's own plan (EXPLAIN QUERY PLAN) so a query change that loses an index fails here.
#include <doctest/doctest.h>

#include <string>

#include "store/store.hpp"
#include "test_support.hpp"

using exodus::DepartureKind;
using exodus::Mention;
using exodus::TimelineFilter;
using exodus::dates::DateRange;
using exodus::dates::Day;

namespace {

// The departures table (or a whole index of it) read from start to end, which is what a filtered timeline
// query must not do; and any other table read whole.
bool scans_departures(const std::vector<std::string>& plan) {
  for (const auto& step : plan)
    // A virtual table's own index (FTS5 MATCH, the R*Tree of date ranges) is a lookup, not a scan.
    if (step.rfind("SCAN ", 0) == 0 && step.find("VIRTUAL TABLE INDEX") == std::string::npos) return true;
  return false;
}

std::string joined(const std::vector<std::string>& plan) {
  std::string out;
  for (const auto& step : plan) out += step + "\n";
  return out;
}

}  // namespace

TEST_CASE("filtered timeline queries use an index") {
  exodus::test::TempDb db;
  exodus::store::Store store(db.path());
  store.begin_transaction();
  for (int i = 0; i < 300; ++i) {
    exodus::Article a;
    a.text = "Article " + std::to_string(i) + " about a departure at Org" + std::to_string(i % 20) + ".";
    a.meta.lang = exodus::Lang::en;
    a.meta.published = "2025-03-12";
    Mention m;
    m.person = "Person Number" + std::to_string(i);
    m.org = "Org" + std::to_string(i % 20);
    m.kind = i % 3 ? DepartureKind::left : DepartureKind::resigned;
    m.date = DateRange::single_day(Day{2024, 1 + i % 12, 1 + i % 28});
    m.source = "Source" + std::to_string(i % 7);
    m.evidence = a.text;
    store.add_article(a, {m}, 0);
  }
  store.commit_transaction();

  std::vector<std::pair<std::string, TimelineFilter>> shapes(10);
  shapes[0].first = "person";
  shapes[0].second.person = "Person Number7";
  shapes[1].first = "org";
  shapes[1].second.org = "Org3";
  shapes[2].first = "since and until";
  shapes[2].second.since = Day{2024, 4, 1};
  shapes[2].second.until = Day{2024, 4, 30};
  shapes[3].first = "source";
  shapes[3].second.source = "Source3";
  shapes[4].first = "search";
  shapes[4].second.search = "departure";
  shapes[5].first = "since";
  shapes[5].second.since = Day{2024, 12, 1};
  shapes[6].first = "first name";
  shapes[6].second.person = "Person";
  shapes[7].first = "until";
  shapes[7].second.until = Day{2024, 2, 1};
  shapes[8].first = "kind";
  shapes[8].second.kind = DepartureKind::resigned;
  shapes[9].first = "kind, since and until";
  shapes[9].second.kind = DepartureKind::left;
  shapes[9].second.since = Day{2024, 4, 1};
  shapes[9].second.until = Day{2024, 4, 30};
  for (const auto& [name, filter] : shapes) {
    const auto plan = store.explain_timeline(filter);
    CAPTURE(name);
    CAPTURE(joined(plan));
    CHECK_FALSE(plan.empty());
    CHECK_FALSE(scans_departures(plan));
  }
}
