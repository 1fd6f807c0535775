// End-to-end tests of exodus-ingest, exodus-query and exodus-dates as a user runs them.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "dates/date_range.hpp"
#include "run_support.hpp"

using exodus::test::run;
using exodus::test::ScratchDir;
using exodus::test::shell_quote;
using exodus::test::tool;
using nlohmann::json;

namespace {

const std::string kSeedDir = std::string(EXODUS_SHARED_DIR) + "/seeds";

std::string ingest(const std::string& db, const std::string& args) {
  return tool("exodus-ingest") + " --db " + shell_quote(db) + " " + args;
}

std::string query(const std::string& db, const std::string& args = "") {
  return tool("exodus-query") + " --db " + shell_quote(db) + " " + args;
}

// Every row of the tables that hold what was ingested (not the batch log), as text.
std::string content_dump(const std::string& db, const ScratchDir& scratch) {
  std::string dump;
  for (const char* table : {"articles", "people", "person_aliases", "organizations", "org_aliases", "departures",
                            "mentions"}) {
    auto r = run("sqlite3 " + shell_quote(db) + " " + shell_quote(std::string("SELECT * FROM ") + table + " ORDER BY 1"),
                 scratch);
    dump += std::string(table) + ":\n" + r.out;
  }
  return dump;
}

bool day_in(const std::string& day, const json& date, int slack_days = 1) {
  auto d = exodus::dates::parse_partial_date(day);
  REQUIRE(d);
  const long s = d->first().serial();
  if (!date["earliest"].is_null()) {
    auto e = exodus::dates::parse_partial_date(date["earliest"].get<std::string>());
    if (s < e->first().serial() - slack_days) return false;
  }
  if (!date["latest"].is_null()) {
    auto l = exodus::dates::parse_partial_date(date["latest"].get<std::string>());
    if (s > l->first().serial() + slack_days) return false;
  }
  return !(date["earliest"].is_null() && date["latest"].is_null());
}

// The real-world day or month a gold entry gives ("2024-04 (reported ...)", "2024-04-29/2024-05-03").
std::vector<std::string> real_world_days(const json& gold_entry) {
  std::string rw = gold_entry["real_world"].get<std::string>();
  rw = rw.substr(0, rw.find(' '));
  std::vector<std::string> days;
  auto slash = rw.find('/');
  auto add = [&](const std::string& part) {
    auto p = exodus::dates::parse_partial_date(part);
    REQUIRE(p);
    days.push_back(p->first().iso());
    days.push_back(p->last().iso());
  };
  if (slash == std::string::npos) add(rw);
  else {
    add(rw.substr(0, slash));
    add(rw.substr(slash + 1));
  }
  return days;
}

void check_against_gold(const json& timeline, const json& gold) {
  const auto& expected = gold["timeline"];
  REQUIRE(timeline.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& g = expected[i];
    const auto& t = timeline[i];
    CAPTURE(t.dump());
    CHECK(t["person"] == g["person"]);
    CHECK(t["org"] == g["org"]);
    CHECK(t["kind"] == g["kind"]);
    const std::string precision = t["date"]["precision"];
    // Open "on or before" ranges are as right as the month the gold gives for report-dated departures.
    if (precision != "range" || g["date"]["precision"] == "range") CHECK(precision == g["date"]["precision"]);
    for (const auto& day : real_world_days(g)) CHECK_MESSAGE(day_in(day, t["date"]), "real-world day " << day);
    bool credited = false;
    for (const auto& s : t["sources"]) credited = credited || s["name"] == g["source"];
    CHECK_MESSAGE(credited, "expected source " << g["source"]);
  }
}

bool have_seed() {
  if (std::filesystem::exists(kSeedDir + "/openai-departures-2024-05-15.fr.txt")) return true;
  MESSAGE("skipped: ../shared/seeds is not there, so the acceptance article cannot be read");
  return false;
}

json load_gold() {
  return json::parse(exodus::test::slurp(kSeedDir + "/openai-departures-2024-05-15.gold.json"));
}

}  // namespace

TEST_CASE("the seed article gives the gold timeline") {
  if (!have_seed()) return;
  ScratchDir scratch;
  const auto db = scratch.file("t.db");
  auto in = run(ingest(db, shell_quote(kSeedDir + "/openai-departures-2024-05-15.fr.txt")), scratch);
  CAPTURE(in.err);
  REQUIRE(in.exit_code == 0);
  auto out = run(query(db, "--format json"), scratch);
  REQUIRE(out.exit_code == 0);
  check_against_gold(json::parse(out.out), load_gold());

  // The default table shows every one of them.
  auto table = run(query(db), scratch);
  const json gold = load_gold();
  for (const auto& g : gold["timeline"]) CHECK(table.out.find(g["person"].get<std::string>()) != std::string::npos);
  CHECK(table.out.find("Altman") == std::string::npos);
  CHECK(table.out.find('\x1b') == std::string::npos);  // piped: no colour
}

TEST_CASE("the raw seed with --published and --lang gives the same timeline; without a date it stays unknown") {
  if (!have_seed()) return;
  ScratchDir scratch;
  const auto db = scratch.file("raw.db");
  auto in = run(ingest(db, "--published 2024-05-15 --lang fr --outlet 'Business Insider' " +
                              shell_quote(kSeedDir + "/openai-departures.raw.txt")),
                scratch);
  CAPTURE(in.err);
  REQUIRE(in.exit_code == 0);
  check_against_gold(json::parse(run(query(db, "--format json"), scratch).out), load_gold());

  const auto undated = scratch.file("undated.db");
  REQUIRE(run(ingest(undated, "--lang fr " + shell_quote(kSeedDir + "/openai-departures.raw.txt")), scratch).exit_code == 0);
  const auto timeline = json::parse(run(query(undated, "--format json"), scratch).out);
  CHECK(timeline.size() == 8);
  for (const auto& t : timeline) {
    CAPTURE(t.dump());
    CHECK(t["date"]["precision"] == "unknown");
    CHECK(t["date"]["earliest"].is_null());
    CHECK(t["date"]["latest"].is_null());
  }
}

TEST_CASE("ingesting the same input twice leaves the database unchanged") {
  ScratchDir scratch;
  const auto db = scratch.file("twice.db");
  const auto examples = std::string(EXODUS_SOURCE_DIR) + "/examples";
  REQUIRE(run(ingest(db, shell_quote(examples)), scratch).exit_code == 0);
  const auto before = content_dump(db, scratch);
  auto again = run(ingest(db, shell_quote(examples)), scratch);
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("0 stored") != std::string::npos);
  CHECK(content_dump(db, scratch) == before);
}

TEST_CASE("a malformed JSON line is reported with its file and line; the rest goes in; exit 1") {
  ScratchDir scratch;
  const auto db = scratch.file("jsonl.db");
  const auto batch = scratch.write(
      "batch.jsonl",
      R"({"text": "Paula Reyes, directrice financière de Verdaline, a démissionné lundi, a annoncé l'entreprise.", "published": "2025-03-12", "lang": "fr", "outlet": "La Gazette"})"
      "\n{\"text\": \"broken\n"
      R"({"text": "Marcus Hale resigned as chief executive of Tarnwell Logistics on Monday, the company said.", "published": "2025-03-12", "lang": "en", "outlet": "Daily Ledger"})"
      "\n");
  auto r = run(ingest(db, shell_quote(batch)), scratch);
  CAPTURE(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("batch.jsonl:2") != std::string::npos);
  const auto timeline = json::parse(run(query(db, "--format json"), scratch).out);
  CHECK(timeline.size() == 2);
}

TEST_CASE("stdin, directories and usage errors") {
  ScratchDir scratch;
  const auto db = scratch.file("misc.db");
  const auto article = scratch.write("a.txt",
                                     "---\npublished: 2025-01-20\nlang: en\noutlet: Northern Post\n---\n"
                                     "Helen Ward stepped down as head of the Kestrel Trust last week, the charity said.\n");
  auto piped = run("cat " + shell_quote(article) + " | " + ingest(db, "-"), scratch);
  CAPTURE(piped.err);
  CHECK(piped.exit_code == 0);
  auto t = json::parse(run(query(db, "--format json"), scratch).out);
  REQUIRE(t.size() == 1);
  CHECK(t[0]["person"] == "Helen Ward");

  CHECK(run(ingest(db, shell_quote(scratch.file("missing.txt"))), scratch).exit_code == 1);
  CHECK(run(ingest(db, "--published 2024-02-30 " + shell_quote(article)), scratch).exit_code == 2);
  CHECK(run(query(db, "--since 2024-13"), scratch).exit_code == 2);
  auto bad_search = run(query(db, "--search '\"unterminated'"), scratch);
  CHECK(bad_search.exit_code == 2);
  CHECK(bad_search.err.find("--search") != std::string::npos);
  CHECK(run(query(scratch.file("nothing.db")), scratch).exit_code == 2);
  for (const char* name : {"exodus-ingest", "exodus-query", "exodus-dates"}) {
    auto help = run(tool(name) + " --help", scratch);
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--") != std::string::npos);
  }
}

TEST_CASE("exodus-dates prints one JSON object a line, in text order") {
  ScratchDir scratch;
  auto r = run(tool("exodus-dates") + " --ref 2024-05-15 --lang fr " +
                   shell_quote("Il a démissionné mardi soir, et elle est partie le mois dernier."),
               scratch);
  REQUIRE(r.exit_code == 0);
  std::vector<json> lines;
  std::size_t pos = 0;
  while (pos < r.out.size()) {
    auto nl = r.out.find('\n', pos);
    lines.push_back(json::parse(r.out.substr(pos, nl - pos)));
    pos = nl == std::string::npos ? r.out.size() : nl + 1;
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["text"] == "mardi soir");
  CHECK(lines[0]["earliest"] == "2024-05-14");
  CHECK(lines[0]["precision"] == "day");
  CHECK(lines[1]["edtf"] == "2024-04");
  CHECK(lines[0]["start"].get<int>() < lines[1]["start"].get<int>());
  CHECK(run(tool("exodus-dates") + " --ref 2024-02-30 mardi", scratch).exit_code == 2);
}
