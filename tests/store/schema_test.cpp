// schema/schema.sql must equal what the migrations build, object for object.
#include <doctest/doctest.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <fstream>
#include <map>
#include <sstream>

#include "store/migrations.hpp"
#include "store/store.hpp"
#include "test_support.hpp"

namespace {

std::string collapse_space(const std::string& sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
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
