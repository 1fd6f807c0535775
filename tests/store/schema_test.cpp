// schema/schema.sql must equal what the migrations build, object for object.
#include <doctest/doctest.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "store/migrations.hpp"
#include "store/store.hpp"
#include "test_support.hpp"

namespace {

// SQL without comments or white space: ALTER TABLE rewrites a table's stored text, so only the tokens compare.
std::string collapse_space(const std::string& sql) {
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') ++i;
      continue;
    }
    if (sql[i] == ' ' || sql[i] == '\n' || sql[i] == '\t' || sql[i] == '\r') continue;
    out.push_back(sql[i]);
  }
  return out;
}

std::map<std::string, std::string> objects(SQLite::Database& db) {
  std::map<std::string, std::string> all;
  SQLite::Statement q(db, "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL");
  while (q.executeStep())
    all[q.getColumn(0).getString() + " " + q.getColumn(1).getString()] = collapse_space(q.getColumn(2).getString());
  return all;
}

}  // namespace

TEST_CASE("schema/schema.sql is what the migrations build") {
  exodus::test::TempDb migrated;
  { exodus::store::Store store(migrated.path()); }
  SQLite::Database from_migrations(migrated.path());

  std::ifstream file(EXODUS_SOURCE_DIR "/schema/schema.sql");
  REQUIRE(file);
  std::stringstream sql;
  sql << file.rdbuf();
  SQLite::Database from_schema(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  from_schema.exec(sql.str());

  const auto expected = objects(from_migrations);
  const auto actual = objects(from_schema);
  CHECK(expected.size() == actual.size());
  for (const auto& [name, definition] : expected) {
    CAPTURE(name);
    REQUIRE(actual.count(name) == 1);
    CHECK(actual.at(name) == definition);
  }
  CHECK(from_migrations.execAndGet("PRAGMA user_version").getInt() == exodus::store::latest_schema_version());
}

TEST_CASE("migrations are numbered from 1 without gaps") {
  int expected = 1;
  for (const auto& m : exodus::store::embedded_migrations()) CHECK(m.version == expected++);
  CHECK(exodus::store::latest_schema_version() >= 1);
}

TEST_CASE("a database of the first schema version is upgraded after a backup, its content kept") {
  exodus::test::TempDb db;
  std::filesystem::copy_file(EXODUS_SOURCE_DIR "/tests/store/fixtures/v1.db", db.path());
  {
    exodus::store::Store store(db.path());
    CHECK(store.schema_version() == exodus::store::latest_schema_version());
    const auto timeline = store.timeline({});
    REQUIRE(timeline.size() == 1);
    CHECK(timeline[0].person == "Paula Reyes");
    CHECK(timeline[0].date.edtf() == "2025-02");
    exodus::TimelineFilter search;
    search.search = "Verdaline";
    CHECK(store.timeline(search).size() == 1);
  }
  const std::string backup = db.path() + ".v1.bak";
  REQUIRE(std::filesystem::exists(backup));
  {
    SQLite::Database old(backup);
    CHECK(old.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(old.execAndGet("SELECT count(*) FROM mentions").getInt() == 1);
  }
  std::filesystem::remove(backup);
  SQLite::Database upgraded(db.path());
  CHECK(upgraded.execAndGet("SELECT warnings FROM batches WHERE id = 1").getInt() == 0);
}

TEST_CASE("the full-text index merges its segments eight at a time (migration 0006)") {
  exodus::test::TempDb db;
  { exodus::store::Store store(db.path()); }
  SQLite::Database raw(db.path());
  CHECK(raw.execAndGet("SELECT v FROM articles_fts_config WHERE k = 'automerge'").getInt() == 8);
}
