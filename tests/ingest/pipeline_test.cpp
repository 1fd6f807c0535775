// The ingest pipeline's writer: an article the database refuses half-way through is left out whole, and the
// other articles of its open batch, before and after it, still go in.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../store/test_support.hpp"
#include "ingest/pipeline.hpp"
#include "store/store.hpp"

using namespace exodus;

namespace {

// Four French articles, each reporting one departure; the third is the one a test trigger refuses.
const char* const kPeople[] = {"Marc Delorme", "Sophie Tanguy", "Bruno Kervella", "Alice Fontanel"};
const char* const kCompanies[] = {"Verdane", "Holvia", "Castrel", "Mirabeau Conseil"};

std::string jsonl_batch(const std::string& path) {
  std::ofstream out(path, std::ios::trunc);
  for (int i = 0; i < 4; ++i) {
    const std::string title = i == 2 ? "refuse me" : "Article " + std::to_string(i + 1);
    out << R"({"title": ")" << title << R"(", "lang": "fr", "published": "2024-05-1)" << i
        << R"(", "outlet": "Le Courrier", "url": "https://example.org/)" << i << R"(", "text": ")" << kPeople[i]
        << ", directeur financier de " << kCompanies[i]
        << R"(, a démissionné lundi, selon un communiqué de l'entreprise. Le conseil d'administration se réunira jeudi."})"
        << "\n";
  }
  return path;
}

long count(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getInt(); }

}  // namespace

TEST_CASE("an article refused half-way is left out whole; the rest of its batch goes in") {
  test::TempDb clean_db, refused_db;
  const auto input = jsonl_batch(clean_db.path() + ".jsonl");
  std::vector<ingest::Diagnostic> problems;
  const auto collect = [&](const ingest::Diagnostic& d) { problems.push_back(d); };

  // Without the trigger every article goes in with its departure: the refused one really has a mention to
  // write, so refusing it happens after its article, person and departure rows were written.
  {
    store::Store store(clean_db.path());
    const auto summary = ingest::ingest_paths(store, {input}, {}, collect);
    CHECK(summary.stored == 4);
  }
  {
    SQLite::Database db(clean_db.path());
    REQUIRE(count(db, "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                      "WHERE a.title = 'refuse me'") >= 1);
  }

  {
    store::Store store(refused_db.path());
    SQLite::Database db(refused_db.path(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON mentions "
            "WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'refuse me' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
  }
  problems.clear();
  store::Store store(refused_db.path());
  const auto summary = ingest::ingest_paths(store, {input}, {}, collect);
  CHECK(summary.stored == 3);
  CHECK(summary.skipped == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().message.find("refused by the test") != std::string::npos);

  SQLite::Database db(refused_db.path());
  CHECK(count(db, "SELECT count(*) FROM articles WHERE title = 'refuse me'") == 0);
  CHECK(count(db, "SELECT count(*) FROM people WHERE name = 'Bruno Kervella'") == 0);
  CHECK(count(db, "SELECT count(*) FROM departures d WHERE NOT EXISTS "
                  "(SELECT 1 FROM mentions m WHERE m.departure_id = d.id)") == 0);
  // The articles before and after it are whole: the same mentions as in the clean run.
  SQLite::Database clean(clean_db.path());
  const std::string mentions_sql =
      "SELECT group_concat(a.title || '/' || m.person_text || '/' || m.sentence, '|') FROM "
      "(SELECT * FROM mentions ORDER BY id) m JOIN articles a ON a.id = m.article_id WHERE a.title <> 'refuse me'";
  CHECK(db.execAndGet(mentions_sql).getString() == clean.execAndGet(mentions_sql).getString());
  std::filesystem::remove(input);
}
