// The store: idempotent ingest, identities across articles, timeline order and filters, refusals.
#include <doctest/doctest.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <fstream>
#include <iterator>

#include "store/store.hpp"
#include "test_support.hpp"

using exodus::Article;
using exodus::DepartureKind;
using exodus::Mention;
using exodus::TimelineFilter;
using exodus::dates::DateRange;
using exodus::dates::Day;
using exodus::store::Store;

namespace {

Article article(std::string text, std::string published = "2025-03-12") {
  Article a;
  a.text = std::move(text);
  a.meta.title = "A title";
  a.meta.outlet = "Le Quotidien";
  a.meta.published = std::move(published);
  a.meta.lang = exodus::Lang::fr;
  a.origin = "test.txt";
  return a;
}

Mention mention(std::string person, std::string org, DateRange date, DepartureKind kind = DepartureKind::left,
                std::string source = "Le Quotidien", int order = 0) {
  Mention m;
  m.person = std::move(person);
  m.org = std::move(org);
  m.date = std::move(date);
  m.kind = kind;
  m.source = std::move(source);
  m.evidence = m.person + " est parti.";
  m.order = order;
  return m;
}

std::int64_t count(const std::string& path, const char* table) {
  SQLite::Database db(path);
  return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("re-adding the same article changes nothing") {
  exodus::test::TempDb db;
  Store store(db.path());
  const auto a = article("Marie Dupont a quitté Acme.");
  const std::vector<Mention> ms = {mention("Marie Dupont", "Acme", DateRange::month_of(2025, 2, "en février"))};
  CHECK(store.add_article(a, ms, 0).stored);
  auto again = article("Marie Dupont a quitté Acme.\r\n\n");  // same text, other line ends
  CHECK_FALSE(store.add_article(again, ms, 0).stored);
  CHECK(count(db.path(), "articles") == 1);
  CHECK(count(db.path(), "mentions") == 1);
  CHECK(count(db.path(), "departures") == 1);
}

TEST_CASE("one departure reported by several articles is one event with the narrowest consistent date") {
  exodus::test::TempDb db;
  Store store(db.path());
  store.add_article(article("one"), {mention("Jan Novak", "Acme Inc.", DateRange::month_of(2025, 2, "en février"))}, 0);
  store.add_article(article("two"),
                    {mention("Novak", "ACME", DateRange::single_day(Day{2025, 2, 11}, "le 11 février"),
                             DepartureKind::resigned, "Reuters")},
                    0);
  const auto t = store.timeline({});
  REQUIRE(t.size() == 1);
  CHECK(t[0].person == "Jan Novak");
  CHECK(t[0].org == "Acme Inc.");
  CHECK(t[0].kind == DepartureKind::resigned);
  CHECK(t[0].date.edtf() == "2025-02-11");
  CHECK(t[0].sources.size() == 2);
  CHECK_FALSE(t[0].dates_disagree);
}

TEST_CASE("disagreeing dates are flagged, not hidden") {
  exodus::test::TempDb db;
  Store store(db.path());
  store.add_article(article("one"), {mention("Jan Novak", "Acme", DateRange::month_of(2025, 2))}, 0);
  store.add_article(article("two"), {mention("Jan Novak", "Acme", DateRange::month_of(2025, 1))}, 0);
  const auto t = store.timeline({});
  REQUIRE(t.size() == 1);
  CHECK(t[0].dates_disagree);
}

TEST_CASE("people who share a surname are not merged; one person leaving two organizations is two events") {
  exodus::test::TempDb db;
  Store store(db.path());
  store.add_article(article("a"), {mention("Anna Berg", "Acme", DateRange::month_of(2025, 1))}, 0);
  store.add_article(article("b"), {mention("Lars Berg", "Acme", DateRange::month_of(2025, 2))}, 0);
  store.add_article(article("c"), {mention("Anna Berg", "Globex", DateRange::month_of(2024, 6))}, 0);
  const auto t = store.timeline({});
  REQUIRE(t.size() == 3);
  CHECK(t[0].org == "Globex");
  CHECK(t[1].person == "Anna Berg");
  CHECK(t[2].person == "Lars Berg");
  // A surname alone is ambiguous at Acme, so it does not join either of them.
  store.add_article(article("d"), {mention("Berg", "Acme", DateRange::month_of(2025, 3))}, 0);
  CHECK(store.timeline({}).size() == 4);
}

TEST_CASE("a mention without an organization joins the person's only departure, in either order") {
  for (bool named_first : {true, false}) {
    exodus::test::TempDb db;
    Store store(db.path());
    const auto named = mention("Chloé Martin", "Banque Lune", DateRange::month_of(2025, 2));
    const auto unnamed = mention("Chloé Martin", "", DateRange::single_day(Day{2025, 2, 3}));
    if (named_first) {
      store.add_article(article("x"), {named}, 0);
      store.add_article(article("y"), {unnamed}, 0);
    } else {
      store.add_article(article("y"), {unnamed}, 0);
      store.add_article(article("x"), {named}, 0);
    }
    const auto t = store.timeline({});
    REQUIRE(t.size() == 1);
    CHECK(t[0].org == "Banque Lune");
    CHECK(t[0].date.edtf() == "2025-02-03");
    CHECK(t[0].sources.size() == 2);
  }
}

TEST_CASE("timeline order: latest day, then earliest, then the order the text gives") {
  exodus::test::TempDb db;
  Store store(db.path());
  const Day d{2024, 5, 14};
  store.add_article(article("x"),
                    {mention("Second Person", "Acme", DateRange::single_day(d), DepartureKind::left, "X", 1),
                     mention("First Person", "Acme", DateRange::single_day(d), DepartureKind::left, "X", 0),
                     mention("Unknown Date", "Acme", DateRange::unknown("un jour")),
                     mention("Early Person", "Acme", DateRange::month_of(2024, 2))},
                    0);
  const auto t = store.timeline({});
  REQUIRE(t.size() == 4);
  CHECK(t[0].person == "Early Person");
  CHECK(t[1].person == "First Person");
  CHECK(t[2].person == "Second Person");
  CHECK(t[3].person == "Unknown Date");
  CHECK(t[3].date.precision == exodus::dates::Precision::unknown);
}

TEST_CASE("filters combine: person, organization aliases, period, kind, source, search") {
  exodus::test::TempDb db;
  Store store(db.path());
  auto a = article("Ingrid Solberg a démissionné de Nordbank en mars.");
  store.add_article(a,
                    {mention("Ingrid Solberg", "Nordbank ASA", DateRange::month_of(2025, 3), DepartureKind::resigned,
                             "Reuters")},
                    0);
  store.add_article(article("Tom Reed left Globex in 2023."),
                    {mention("Tom Reed", "Globex Corp", DateRange::year_of(2023))}, 0);
  auto only = [&](TimelineFilter f) {
    auto t = store.timeline(f);
    return t.size() == 1 ? t[0].person : std::to_string(t.size()) + " results";
  };
  TimelineFilter f;
  f.person = "solberg";
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.person = "Ingrid";
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.org = "globex";
  CHECK(only(f) == "Tom Reed");
  f = {};
  f.since = Day{2024, 1, 1};
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.until = Day{2024, 1, 1};
  CHECK(only(f) == "Tom Reed");
  f = {};
  f.kind = DepartureKind::resigned;
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.source = "reuters";
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.search = "démissionné";
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.search = "demissionne";  // accents are folded by the index
  CHECK(only(f) == "Ingrid Solberg");
  f = {};
  f.search = "\"unterminated";
  CHECK_THROWS_AS(store.timeline(f), exodus::store::QueryError);
}

TEST_CASE("counts by organization and month") {
  exodus::test::TempDb db;
  Store store(db.path());
  store.add_article(article("a"),
                    {mention("A One", "Acme", DateRange::month_of(2025, 1)),
                     mention("B Two", "Acme", DateRange::month_of(2025, 1)),
                     mention("C Three", "Globex", DateRange::unknown())},
                    0);
  const auto by_org = store.counts("org", {});
  REQUIRE(by_org.size() == 2);
  CHECK(by_org[0].key == "Acme");
  CHECK(by_org[0].count == 2);
  const auto by_month = store.counts("month", {});
  REQUIRE(by_month.size() == 2);
  CHECK(by_month[0].key == "2025-01");
  CHECK(by_month[1].key == "unknown");
  CHECK_THROWS_AS(store.counts("colour", {}), exodus::store::QueryError);
}

TEST_CASE("a file that is not an exodus database is refused and left unchanged") {
  exodus::test::TempDb other;
  {
    SQLite::Database db(other.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes(x)");
  }
  const auto before = file_bytes(other.path());
  CHECK_THROWS_AS(Store(other.path()), exodus::store::StoreError);
  CHECK(file_bytes(other.path()) == before);

  exodus::test::TempDb text;
  { std::ofstream(text.path()) << "just some text, long enough to be more than a header of a database file\n"; }
  const auto text_before = file_bytes(text.path());
  CHECK_THROWS_AS(Store(text.path()), exodus::store::StoreError);
  CHECK(file_bytes(text.path()) == text_before);
}

TEST_CASE("a database of a newer schema version is refused byte for byte") {
  exodus::test::TempDb db;
  { Store store(db.path()); }
  {
    SQLite::Database raw(db.path(), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA journal_mode = DELETE");
    raw.exec("PRAGMA user_version = 999");
  }
  const auto before = file_bytes(db.path());
  CHECK_THROWS_WITH_AS(Store(db.path()), doctest::Contains("newer"), exodus::store::StoreError);
  CHECK(file_bytes(db.path()) == before);
}

TEST_CASE("read-only opening refuses a missing database with a clear message") {
  CHECK_THROWS_WITH_AS(Store("/nonexistent/dir/x.db", exodus::store::OpenMode::read_only),
                       doctest::Contains("exodus-ingest"), exodus::store::StoreError);
}

TEST_CASE("articles stored in a transaction are searchable once it commits; other inserts are indexed at once") {
  exodus::test::TempDb db;
  Store store(db.path());
  auto search = [&](const char* word) {
    TimelineFilter f;
    f.search = word;
    return store.timeline(f).size();
  };
  auto indexed = [&](const char* word) {
    SQLite::Database raw(db.path());
    SQLite::Statement q(raw, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?");
    q.bind(1, word);
    q.executeStep();
    return q.getColumn(0).getInt();
  };

  store.begin_transaction();
  CHECK(store.add_article(article("Marie Dupont a quitté Acme après la fusion."),
                          {mention("Marie Dupont", "Acme", DateRange::month_of(2025, 2))}, 0)
            .stored);
  CHECK(store.add_article(article("Paul Martin a quitté Borel, selon la gazette."),
                          {mention("Paul Martin", "Borel", DateRange::month_of(2025, 1))}, 0)
            .stored);
  store.commit_transaction();
  CHECK(search("fusion") == 1);
  CHECK(search("gazette") == 1);
  CHECK(count(db.path(), "fts_deferred") == 0);

  // A transaction rolled back leaves neither its articles nor the deferral behind.
  store.begin_bulk_transaction();
  CHECK(store.add_article(article("Jeanne Roux a quitté Carel pendant la tempête."),
                          {mention("Jeanne Roux", "Carel", DateRange::month_of(2025, 3))}, 0)
            .stored);
  store.rollback_transaction();
  CHECK(indexed("tempête") == 0);
  CHECK(count(db.path(), "fts_deferred") == 0);

  // An article stored on its own, or inserted by another program, is indexed by the trigger right away.
  CHECK(store.add_article(article("Luc Petit a quitté Dorel au printemps."),
                          {mention("Luc Petit", "Dorel", DateRange::month_of(2025, 4))}, 0)
            .stored);
  CHECK(search("printemps") == 1);
  {
    SQLite::Database raw(db.path(), SQLite::OPEN_READWRITE);
    raw.exec("INSERT INTO articles(content_hash, title, text) VALUES ('x', 'Note', 'Un texte sur la banquise.')");
  }
  CHECK(indexed("banquise") == 1);
}
