// bench-ingest: measures how fast exodus ingests and answers on this machine and writes the figures, with the
// method and the machine, to BENCHMARKS.md. Not a test: it takes minutes and its numbers depend on the machine.
//
// What it measures, on corpora written by exodus-gen-corpus (found next to this program):
//  - ingest throughput of the real pipeline (ingest::ingest_paths into a fresh database, FTS on) at each size;
//  - the floor: the same JSON Lines loaded into a plain SQLite table with an FTS5 index, in the same run;
//  - peak RSS of each in-process run (VmHWM, reset before it), and of an exodus-ingest child at --rss-gb;
//  - linearity: time at the largest size against the smallest size's time scaled;
//  - the date engine's throughput on one core (dates::tag over the generated texts);
//  - timeline query latency (p50, p99) on a database of --query-departures departures stored through the Store.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "dates/tagger.hpp"
#include "ingest/pipeline.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string program_dir() { return fs::read_symlink("/proc/self/exe").parent_path().string(); }

// Peak resident set size of this process so far, in MB (VmHWM), and a way to start counting afresh
// (writing 5 to clear_refs resets the high-water mark), so each in-process phase gets its own peak.
double peak_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}
void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }

struct ChildRun {
  int exit_code = -1;
  double seconds = 0;
  double peak_rss_mb = 0;
};

// Runs a program with its output discarded; its peak RSS comes from wait4's rusage, so nothing of this
// process is counted.
ChildRun run_child(const std::vector<std::string>& argv, const std::string& stdout_path = "/dev/null") {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (!freopen(stdout_path.c_str(), "w", stdout)) _exit(127);
    if (!freopen("/dev/null", "w", stderr)) _exit(127);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ChildRun r;
  r.seconds = seconds_since(start);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  return r;
}

void remove_database(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

// Writes `count` generated articles to `path` unless a file of that corpus is already there.
std::string corpus(const std::string& work, std::size_t count, std::uint64_t seed) {
  const std::string path = fmt::format("{}/corpus-{}-s{}.jsonl", work, count, seed);
  if (fs::exists(path) && fs::file_size(path) > 0) return path;
  const auto r = run_child({program_dir() + "/exodus-gen-corpus", "-n", std::to_string(count), "--seed",
                            std::to_string(seed), "--out", path + ".tmp"});
  if (r.exit_code != 0) throw std::runtime_error("exodus-gen-corpus failed for " + path);
  fs::rename(path + ".tmp", path);
  return path;
}

// A corpus of about `megabytes` MB: generated in pieces of 10,000 articles with different seeds, concatenated.
std::string corpus_of_size(const std::string& work, double megabytes, std::uint64_t seed) {
  const std::string path = fmt::format("{}/corpus-{:.0f}MB-s{}.jsonl", work, megabytes, seed);
  if (fs::exists(path) && fs::file_size(path) > 0) return path;
  {
    std::ofstream out(path + ".tmp", std::ios::binary | std::ios::trunc);
    for (std::uint64_t piece = 0; static_cast<double>(out.tellp()) < megabytes * 1e6; ++piece) {
      const auto part = corpus(work, 10000, seed * 1000 + piece);
      std::ifstream in(part, std::ios::binary);
      out << in.rdbuf();
      fs::remove(part);
    }
  }
  fs::rename(path + ".tmp", path);
  return path;
}

void sqlite_check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

struct Phase {
  double seconds = 0;
  double peak_rss_mb = 0;
  std::int64_t articles = 0;
  std::int64_t departures = 0;
};

// The floor: what SQLite itself costs for the same text. Each JSON line is parsed and its article stored in
// a plain table whose FTS5 index (same tokenizer as exodus's) is kept by a trigger, 1000 articles a
// transaction, WAL and synchronous=NORMAL like exodus; no extraction, no hashing, one thread.
// With `index_per_transaction` the table has no trigger and each transaction's articles are indexed in one
// statement before it commits, as exodus's writer does (schema 5): the stricter floor, since FTS5 writes its
// pending terms at every statement savepoint and the trigger's load pays that once per article.
Phase floor_load(const std::string& jsonl, const std::string& db_path, bool index_per_transaction = false) {
  remove_database(db_path);
  reset_peak_rss();
  const auto start = Clock::now();
  sqlite3* db = nullptr;
  sqlite_check(sqlite3_open(db_path.c_str(), &db), db, "open");
  const char* schema =
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
      "CREATE TABLE articles(id INTEGER PRIMARY KEY, url TEXT, title TEXT, outlet TEXT, lang TEXT, published TEXT,"
      " text TEXT NOT NULL);"
      "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',"
      " tokenize='unicode61 remove_diacritics 2');";
  const char* trigger =
      "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
      " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;";
  sqlite_check(sqlite3_exec(db, schema, nullptr, nullptr, nullptr), db, "schema");
  if (!index_per_transaction) sqlite_check(sqlite3_exec(db, trigger, nullptr, nullptr, nullptr), db, "trigger");
  Phase phase;
  // Indexes the rows after the last one indexed: the transaction's articles.
  std::int64_t indexed_up_to = 0;
  auto index_new_rows = [&] {
    if (!index_per_transaction) return;
    const std::string sql = fmt::format(
        "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles WHERE id > {}",
        indexed_up_to);
    sqlite_check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, "index");
    indexed_up_to = phase.articles;  // a fresh table: row ids are 1, 2, 3 …
  };
  sqlite3_stmt* insert = nullptr;
  sqlite_check(sqlite3_prepare_v2(db,
                                  "INSERT INTO articles(url, title, outlet, lang, published, text) "
                                  "VALUES (?, ?, ?, ?, ?, ?)",
                                  -1, &insert, nullptr),
               db, "prepare");
  std::ifstream in(jsonl, std::ios::binary);
  std::string line;
  sqlite_check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
  while (std::getline(in, line)) {
    const auto obj = nlohmann::json::parse(line);
    int column = 1;
    for (const char* key : {"url", "title", "outlet", "lang", "published", "text"}) {
      const auto& v = obj.at(key).get_ref<const std::string&>();
      sqlite3_bind_text(insert, column++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    sqlite_check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
    if (++phase.articles % 1000 == 0) {
      index_new_rows();
      sqlite_check(sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr), db, "commit");
    }
  }
  index_new_rows();
  sqlite_check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_finalize(insert);
  sqlite3_close(db);
  phase.seconds = seconds_since(start);
  phase.peak_rss_mb = peak_rss_mb();
  remove_database(db_path);
  return phase;
}

// The real thing: exodus's pipeline into a fresh database with its default options.
Phase exodus_ingest(const std::string& jsonl, const std::string& db_path) {
  remove_database(db_path);
  reset_peak_rss();
  const auto start = Clock::now();
  Phase phase;
  {
    exodus::store::Store store(db_path);
    exodus::ingest::IngestOptions options;
    std::int64_t problems = 0;
    const auto summary = exodus::ingest::ingest_paths(store, {jsonl}, options, [&](const exodus::ingest::Diagnostic& d) {
      if (++problems <= 5) std::cerr << "bench-ingest: " << d.where << ": " << d.message << "\n";
    });
    phase.articles = summary.stored;
    phase.departures = summary.departures;
  }
  phase.seconds = seconds_since(start);
  phase.peak_rss_mb = peak_rss_mb();
  remove_database(db_path);
  return phase;
}

struct DateThroughput {
  double megabytes = 0;
  double seconds = 0;
  std::size_t expressions = 0;
};

// dates::tag over every article's text with its language and publication date, on this thread only; only the
// tagging is timed, not the JSON parsing.
DateThroughput date_engine(const std::string& jsonl) {
  std::ifstream in(jsonl, std::ios::binary);
  std::string line;
  DateThroughput t;
  Clock::duration spent{};
  while (std::getline(in, line)) {
    const auto obj = nlohmann::json::parse(line);
    const auto& text = obj.at("text").get_ref<const std::string&>();
    exodus::dates::TagOptions options;
    options.lang = exodus::parse_lang(obj.at("lang").get<std::string>());
    options.reference = exodus::dates::parse_partial_date(obj.at("published").get<std::string>());
    const auto start = Clock::now();
    t.expressions += exodus::dates::tag(text, options).size();
    spent += Clock::now() - start;
    t.megabytes += static_cast<double>(text.size()) / 1e6;
  }
  t.seconds = std::chrono::duration<double>(spent).count();
  return t;
}

// ---- the query database: departures stored through the Store API with synthetic mentions ----

const char* const kFirstNames[] = {"Anna", "Marc", "Claire", "David", "Sofia", "Thomas", "Helen", "Pierre",
                                   "Laura", "James", "Nadia", "Lucas", "Emma", "Karim", "Julie", "Hugo"};
const char* const kSyllables[] = {"ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dri", "fen",
                                  "gor", "hal", "jun", "kas", "lem", "mor", "nis", "pal", "quin", "ros",
                                  "sul", "tam", "vel", "wen", "yor", "zed", "bran", "cor", "dal", "fir"};
constexpr std::size_t kSyllableCount = sizeof kSyllables / sizeof kSyllables[0];

// A distinct capitalised word for every number: its base-32 digits spelled as syllables.
std::string spelled(std::size_t n, std::size_t min_syllables) {
  std::string w;
  for (std::size_t i = 0; i < min_syllables || n; ++i) {
    w += kSyllables[n % kSyllableCount];
    n /= kSyllableCount;
  }
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

struct QueryWorld {
  std::size_t departures = 0;
  std::size_t people = 0;
  std::size_t orgs = 0;
  std::size_t words = 0;
  static constexpr std::size_t kPerPerson = 3;
  static constexpr std::size_t kMentionsPerArticle = 10;

  std::string person(std::size_t p) const { return std::string(kFirstNames[p % 16]) + " " + spelled(p / 16, 2); }
  std::string org(std::size_t o) const { return spelled(o, 2) + " Group"; }
  std::string word(std::size_t w) const { return "q" + spelled(w, 3).substr(1); }
  // Departure j: person j / 3 leaving three different organizations.
  std::size_t org_of(std::size_t j) const { return (j / kPerPerson * 7 + (j % kPerPerson) * 6007) % orgs; }
  std::string source(std::size_t j) const { return "Source " + spelled(j % 200, 1); }
};

void fill_query_database(const std::string& path, const QueryWorld& w);

exodus::dates::Day day_of(std::size_t j) {
  // Spread over 2000-2025, deterministic.
  const long base = exodus::dates::Day{2000, 1, 1}.serial();
  return exodus::dates::Day::from_serial(base + static_cast<long>((j * 2654435761u) % 9490));
}

void build_query_database(const std::string& path, const QueryWorld& w) {
  remove_database(path);
  remove_database(path + ".tmp");
  fill_query_database(path + ".tmp", w);
  for (const char* suffix : {"", "-wal", "-shm"})
    if (fs::exists(path + ".tmp" + suffix)) fs::rename(path + ".tmp" + suffix, path + suffix);
}

void fill_query_database(const std::string& path, const QueryWorld& w) {
  exodus::store::Store store(path);
  const auto batch = store.begin_batch("bench-ingest synthetic departures");
  const std::size_t articles = (w.departures + QueryWorld::kMentionsPerArticle - 1) / QueryWorld::kMentionsPerArticle;
  const auto start = Clock::now();
  store.begin_transaction();
  for (std::size_t a = 0; a < articles; ++a) {
    exodus::Article article;
    article.meta.lang = a % 2 ? exodus::Lang::fr : exodus::Lang::en;
    article.meta.outlet = "Outlet " + spelled(a % 50, 1);
    article.meta.title = "Changes at " + w.org(w.org_of(a * QueryWorld::kMentionsPerArticle));
    article.meta.published = day_of(a * QueryWorld::kMentionsPerArticle).plus_days(3).iso();
    article.origin = "synthetic:" + std::to_string(a);
    std::vector<exodus::Mention> mentions;
    for (std::size_t k = 0; k < QueryWorld::kMentionsPerArticle; ++k) {
      const std::size_t j = a * QueryWorld::kMentionsPerArticle + k;
      if (j >= w.departures) break;
      exodus::Mention m;
      m.person = w.person(j / QueryWorld::kPerPerson);
      m.org = w.org(w.org_of(j));
      m.kind = static_cast<exodus::DepartureKind>(j % 5);
      m.role = "director";
      m.date = exodus::dates::DateRange::single_day(day_of(j), "on " + day_of(j).iso());
      m.source = w.source(j);
      m.evidence = m.person + " left " + m.org + " on " + day_of(j).iso() + " after the " +
                   w.word((j * 40503u) % w.words) + " affair.";
      m.start = article.text.size();
      article.text += m.evidence + " ";
      m.end = article.text.size() - 1;
      m.order = static_cast<int>(k);
      mentions.push_back(std::move(m));
    }
    store.add_article(article, mentions, batch);
    if ((a + 1) % 1000 == 0) {
      store.commit_transaction();
      store.begin_transaction();
    }
    if ((a + 1) % 10000 == 0)
      std::cerr << fmt::format("bench-ingest: query database: {} articles, {:.0f} s\n", a + 1, seconds_since(start));
  }
  store.commit_transaction();
  store.finish_batch(batch, {}, "ok");
}

struct Latency {
  std::string shape;
  std::size_t runs = 0;
  double p50_ms = 0, p99_ms = 0, max_ms = 0;
  double mean_results = 0;
  std::string error;
};

Latency measure(const std::string& shape, exodus::store::Store& store, std::size_t runs,
                const std::function<exodus::TimelineFilter(std::size_t)>& filter_for) {
  Latency l;
  l.shape = shape;
  std::vector<double> ms;
  std::size_t results = 0;
  const auto budget = Clock::now() + std::chrono::seconds(60);
  try {
    for (std::size_t i = 0; i < runs && Clock::now() < budget; ++i) {
      const auto filter = filter_for(i);
      const auto start = Clock::now();
      results += store.timeline(filter).size();
      ms.push_back(seconds_since(start) * 1000);
    }
  } catch (const std::exception& e) {
    l.error = e.what();
  }
  if (ms.empty()) return l;
  l.runs = ms.size();
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(std::ceil(q * static_cast<double>(ms.size()))) - 1)]; };
  l.p50_ms = at(0.50);
  l.p99_ms = at(0.99);
  l.max_ms = ms.back();
  l.mean_results = static_cast<double>(results) / static_cast<double>(ms.size());
  return l;
}

std::vector<Latency> query_latencies(const std::string& path, const QueryWorld& w, std::size_t runs) {
  exodus::store::Store store(path, exodus::store::OpenMode::read_only);
  // Warm the page cache as a researcher's repeated queries would.
  (void)store.timeline([&] {
    exodus::TimelineFilter f;
    f.person = w.person(0);
    return f;
  }());
  auto pseudo = [](std::size_t i, std::size_t n) { return (i * 2654435761u + 12345u) % n; };
  std::vector<Latency> out;
  out.push_back(measure("person timeline (--person \"First Last\")", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    f.person = w.person(pseudo(i, w.people));
    return f;
  }));
  out.push_back(measure("organization timeline (--org)", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    f.org = w.org(pseudo(i, w.orgs));
    return f;
  }));
  out.push_back(measure("date range (--since D --until D+6)", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    const auto d = day_of(pseudo(i, w.departures));
    f.since = d;
    f.until = d.plus_days(6);
    return f;
  }));
  out.push_back(measure("full-text search (--search WORD)", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    f.search = w.word(pseudo(i, w.words));
    return f;
  }));
  out.push_back(measure("organization + date range", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    f.org = w.org(pseudo(i, w.orgs));
    f.since = exodus::dates::Day{2010, 1, 1};
    f.until = exodus::dates::Day{2015, 12, 31};
    return f;
  }));
  out.push_back(measure("kind + date range (--kind fired, one week)", store, runs, [&](std::size_t i) {
    exodus::TimelineFilter f;
    const auto d = day_of(pseudo(i, w.departures));
    f.kind = exodus::DepartureKind::fired;
    f.since = d;
    f.until = d.plus_days(6);
    return f;
  }));
  out.push_back(measure("source (--source NAME)", store, std::min<std::size_t>(runs, 50), [&](std::size_t i) {
    exodus::TimelineFilter f;
    f.source = w.source(pseudo(i, w.departures));
    return f;
  }));
  return out;
}

std::string machine_description() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line, model;
  while (std::getline(cpuinfo, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  std::ifstream meminfo("/proc/meminfo");
  std::string mem;
  while (std::getline(meminfo, line))
    if (line.rfind("MemTotal:", 0) == 0) {
      std::istringstream s(line.substr(9));
      double kb = 0;
      s >> kb;
      mem = fmt::format("{:.1f} GB", kb / 1024 / 1024);
    }
  return fmt::format("{}; nproc = {}; RAM {}", model.empty() ? "unknown CPU" : model, sysconf(_SC_NPROCESSORS_ONLN),
                     mem);
}

std::string command_output(const char* command) {
  std::string out;
  if (FILE* p = popen(command, "r")) {
    char buffer[256];
    while (fgets(buffer, sizeof buffer, p)) out += buffer;
    pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string utc_now() {
  const auto t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &tm);
  return buffer;
}

const char* verdict(bool met) { return met ? "met" : "**missed**"; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measures exodus's ingest throughput, memory, date-engine speed and query latency, and writes the "
               "table to BENCHMARKS.md. Takes minutes; run it on an otherwise idle machine.",
               "bench-ingest"};
  std::string out_path = "BENCHMARKS.md";
  std::string work = "/tmp/exodus-bench";
  std::vector<std::size_t> sizes = {10000, 100000};
  double rss_gb = 1.0;
  std::size_t query_departures = 1000000;
  std::size_t query_runs = 200;
  std::uint64_t seed = 1;
  bool keep = false;
  std::string only;
  app.add_option("--out", out_path, "Markdown file to write (default BENCHMARKS.md)");
  app.add_option("--work", work, "scratch folder for corpora and databases (default /tmp/exodus-bench)");
  app.add_option("--sizes", sizes, "corpus sizes in articles, smallest first (default 10000 100000)");
  app.add_option("--rss-gb", rss_gb, "also ingest this many GB with an exodus-ingest child for its peak RSS (0: skip)");
  app.add_option("--query-departures", query_departures, "departures in the query database (0: skip queries)");
  app.add_option("--query-runs", query_runs, "queries per shape (default 200)");
  app.add_option("--seed", seed, "corpus seed (default 1)");
  app.add_flag("--keep", keep, "keep the generated corpora and the query database in --work for the next run");
  app.add_option("--only", only,
                 "run one section only (ingest, dates, queries or rss) instead of all of them, to measure one change "
                 "in minutes; written to --out like the full run")
      ->check(CLI::IsMember({"ingest", "dates", "queries", "rss"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (sizes.empty()) sizes = {10000};
  const auto runs_section = [&](const char* section) { return only.empty() || only == section; };
  std::sort(sizes.begin(), sizes.end());

  try {
    fs::create_directories(work);
    std::string report;
    report += "# exodus benchmarks\n\n";
    report += fmt::format("Measured {} by `bench-ingest` (tools/bench-ingest.cpp) at commit {}.\n\n", utc_now(),
                          command_output("git rev-parse --short HEAD 2>/dev/null"));
    report += fmt::format("Machine: {}. Load average at the start: {}.\n\n", machine_description(),
                          command_output("cut -d' ' -f1-3 /proc/loadavg"));
    report +=
        "Method. Corpora are written by `exodus-gen-corpus --seed " + std::to_string(seed) +
        "` (synthetic French and English articles of 2-5 KB in JSON Lines, 0-3 departures each among "
        "distractors and filler). *Ingest* runs the real pipeline (`ingest::ingest_paths`, default options: a "
        "reader thread, one extraction worker per core, one writer committing every 2 s or every 1000 articles, a batch growing to an "
        "eighth of what is stored, FTS5 on) in this process into a fresh database. *Floor* loads the same JSON Lines into a "
        "plain SQLite table with an external-content FTS5 index kept by an insert trigger (same tokenizer, WAL, "
        "synchronous=NORMAL, 1000 rows a transaction, one thread, no extraction). *Strict floor* is the same load "
        "with each transaction's rows indexed in one statement before it commits, as exodus's writer does. MB are bytes of the JSON Lines file (10^6). Peak RSS "
        "is VmHWM, reset before each in-process phase; at the RSS size it is `ru_maxrss` of an `exodus-ingest` "
        "child. The date engine is `dates::tag` on one thread over the smallest corpus's texts (parsing "
        "excluded). Queries run `Store::timeline` (entries with their sources) on a read-only database of "
        "synthetic departures stored through `Store::add_article` (10 mentions an article, 3 departures a "
        "person), page cache warm.\n\n";

    // Ingest against the floor at every size.
    struct SizeResult {
      std::size_t articles;
      double megabytes;
      Phase floor, strict_floor, ingest;
    };
    // The file is rewritten after each section, so a long run interrupted late still leaves its figures.
    auto save = [&] { std::ofstream(out_path, std::ios::trunc) << report; };
    std::vector<SizeResult> results;
    for (auto n : sizes) {
      if (!runs_section("ingest")) break;
      const auto path = corpus(work, n, seed);
      const double mb = static_cast<double>(fs::file_size(path)) / 1e6;
      std::cerr << fmt::format("bench-ingest: {} articles ({:.0f} MB): floor...\n", n, mb);
      const auto f = floor_load(path, work + "/floor.db");
      std::cerr << fmt::format("bench-ingest:   floor {:.1f} s; strict floor...\n", f.seconds);
      const auto strict = floor_load(path, work + "/floor.db", true);
      std::cerr << fmt::format("bench-ingest:   strict floor {:.1f} s; exodus ingest...\n", strict.seconds);
      const auto i = exodus_ingest(path, work + "/ingest.db");
      std::cerr << fmt::format("bench-ingest:   ingest {:.1f} s\n", i.seconds);
      results.push_back({n, mb, f, strict, i});
    }
    if (!results.empty()) {
      report += "## Ingest (FTS on)\n\n";
      report += "| articles | input MB | exodus s | exodus MB/s | exodus articles/s | departures stored | peak RSS MB | "
              "floor s | floor MB/s | ratio exodus/floor | target ≤ 3x (aim 1.5x) | strict floor s | "
              "ratio exodus/strict floor |\n";
      report += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n";
    }
    for (const auto& r : results) {
      const double ratio = r.ingest.seconds / r.floor.seconds;
      report += fmt::format(
          "| {} | {:.1f} | {:.1f} | {:.2f} | {:.0f} | {} | {:.0f} | {:.1f} | {:.2f} | {:.2f}x | {} | {:.1f} | {:.2f}x |\n",
          r.articles, r.megabytes, r.ingest.seconds, r.megabytes / r.ingest.seconds,
          static_cast<double>(r.articles) / r.ingest.seconds, r.ingest.departures, r.ingest.peak_rss_mb,
          r.floor.seconds, r.megabytes / r.floor.seconds, ratio, verdict(ratio <= 3.0), r.strict_floor.seconds,
          r.ingest.seconds / r.strict_floor.seconds);
    }
    if (results.size() >= 2) {
      const auto& small = results.front();
      const auto& big = results.back();
      const double scale = static_cast<double>(big.articles) / static_cast<double>(small.articles);
      const double linearity = big.ingest.seconds / (scale * small.ingest.seconds);
      report += fmt::format(
          "\nLinearity: {} articles took {:.1f} s, {:.2f} times {:.0f} x the {} articles' {:.1f} s (target: within "
          "15%, {}). The floor's own ratio is {:.2f}, the strict floor's {:.2f}.\n",
          big.articles, big.ingest.seconds, linearity, scale, small.articles, small.ingest.seconds,
          verdict(std::abs(linearity - 1.0) <= 0.15),
          big.floor.seconds / (scale * small.floor.seconds),
          big.strict_floor.seconds / (scale * small.strict_floor.seconds));
    }
    save();

    if (runs_section("dates")) {
      std::cerr << "bench-ingest: date engine...\n";
      const auto t = date_engine(corpus(work, sizes.front(), seed));
      report += fmt::format(
          "\n## Date engine (one core)\n\n`dates::tag` over {:.1f} MB of article text: {:.2f} s, **{:.1f} MB/s**, "
          "{} temporal expressions.\n",
          t.megabytes, t.seconds, t.megabytes / t.seconds, t.expressions);
    }
    save();

    if (query_departures > 0 && runs_section("queries")) {
      QueryWorld w;
      w.departures = query_departures;
      w.people = (query_departures + QueryWorld::kPerPerson - 1) / QueryWorld::kPerPerson;
      w.orgs = std::max<std::size_t>(1, query_departures / 50);
      w.words = std::max<std::size_t>(1, query_departures / 20);
      const std::string db = fmt::format("{}/query-{}.db", work, query_departures);
      double build_seconds = 0;
      if (!fs::exists(db)) {
        std::cerr << "bench-ingest: building the query database...\n";
        const auto start = Clock::now();
        build_query_database(db, w);
        build_seconds = seconds_since(start);
      }
      std::cerr << "bench-ingest: queries...\n";
      const auto latencies = query_latencies(db, w, query_runs);
      report += fmt::format(
          "\n## Query latency on {} departures\n\n{} people (3 departures each), {} organizations (about 50 "
          "departures each), {} articles of 10 mentions; one search word in about 20 articles.{}\n\n",
          query_departures, w.people, w.orgs, query_departures / QueryWorld::kMentionsPerArticle,
          build_seconds > 0 ? fmt::format(" Building it through the Store took {:.0f} s ({:.0f} departures/s).",
                                          build_seconds, static_cast<double>(query_departures) / build_seconds)
                            : std::string{});
      report += "| query | runs | mean results | p50 ms | p99 ms | max ms | target p99 ≤ 20 ms |\n";
      report += "|---|---:|---:|---:|---:|---:|---|\n";
      for (const auto& l : latencies) {
        if (!l.error.empty()) {
          report += fmt::format("| {} | {} | failed: {} | | | | **missed** |\n", l.shape, l.runs, l.error);
          continue;
        }
        report += fmt::format("| {} | {} | {:.1f} | {:.2f} | {:.2f} | {:.2f} | {} |\n", l.shape, l.runs,
                              l.mean_results, l.p50_ms, l.p99_ms, l.max_ms, verdict(l.p99_ms <= 20));
      }
      if (!keep) remove_database(db);
    }
    save();
    if (rss_gb > 0 && runs_section("rss")) {
      std::cerr << fmt::format("bench-ingest: {:.1f} GB corpus for peak RSS...\n", rss_gb);
      const auto path = corpus_of_size(work, rss_gb * 1000, seed + 1);
      const double mb = static_cast<double>(fs::file_size(path)) / 1e6;
      const std::string db = work + "/rss.db";
      remove_database(db);
      const auto r = run_child({program_dir() + "/exodus-ingest", "--quiet", "--db", db, path});
      remove_database(db);
      if (!keep) fs::remove(path);
      report += fmt::format(
          "\n## Peak memory at {:.0f} MB of input\n\n`exodus-ingest --quiet` (a child process, exit code {}) ingested "
          "{:.0f} MB in {:.0f} s ({:.2f} MB/s) with a peak RSS of {:.0f} MB (target ≤ 150 MB: {}).\n",
          mb, r.exit_code, mb, r.seconds, mb / r.seconds, r.peak_rss_mb, verdict(r.peak_rss_mb <= 150));
    }

    if (!keep)
      for (auto n : sizes) fs::remove(fmt::format("{}/corpus-{}-s{}.jsonl", work, n, seed));

    report += fmt::format("\nLoad average when the run ended: {} (1, 5, 15 min; other work on the machine slows "
                          "every figure).\n", command_output("cut -d' ' -f1-3 /proc/loadavg"));
    save();
    std::cout << report;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "bench-ingest: " << e.what() << "\n";
    return 1;
  }
}
