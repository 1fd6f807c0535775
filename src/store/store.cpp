// The exodus database: migrations, the write path (articles, people, organizations, departures, mentions)
// and the timeline read path. All SQL is parameterised.
#include "store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <openssl/evp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_map>

#include "resolve/combine.hpp"
#include "resolve/identity.hpp"
#include "store/migrations.hpp"

namespace exodus::store {

int latest_schema_version() {
  const auto& all = embedded_migrations();
  return all.empty() ? 0 : all.back().version;
}

namespace {

using dates::DateRange;
using dates::Day;

std::string now_utc() {
  const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::optional<Day> parse_day(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  auto p = dates::parse_partial_date(c.getString());
  if (!p || !p->day) return std::nullopt;
  return Day{p->year, p->month, p->day};
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& v) {
  if (v)
    s.bind(index, *v);
  else
    s.bind(index);
}

void bind_text_or_null(SQLite::Statement& s, int index, std::string_view v) {
  if (v.empty())
    s.bind(index);
  else
    s.bind(index, std::string(v));
}

void bind_day(SQLite::Statement& s, int index, const std::optional<Day>& d) {
  if (d)
    s.bind(index, d->iso());
  else
    s.bind(index);
}

// Reads a DateRange stored as (earliest, latest, precision, date_text).
DateRange read_range(SQLite::Statement& s, int earliest, int latest, int precision, int text) {
  DateRange r;
  r.earliest = parse_day(s.getColumn(earliest));
  r.latest = parse_day(s.getColumn(latest));
  r.precision = dates::parse_precision(s.getColumn(precision).getString()).value_or(dates::Precision::unknown);
  if (!s.getColumn(text).isNull()) r.text = s.getColumn(text).getString();
  return r;
}

// The fields of a departure, bound from `first` on: role, kind, hedged, earliest, latest, precision, edtf,
// date_text, dates_disagree, seq.
void bind_departure_facts(SQLite::Statement& s, int first, const resolve::DepartureFacts& d) {
  bind_optional(s, first, d.role);
  s.bind(first + 1, std::string(kind_name(d.kind)));
  s.bind(first + 2, d.hedged ? 1 : 0);
  bind_day(s, first + 3, d.date.earliest);
  bind_day(s, first + 4, d.date.latest);
  s.bind(first + 5, std::string(dates::precision_name(d.date.precision)));
  bind_text_or_null(s, first + 6, d.date.edtf());
  bind_text_or_null(s, first + 7, d.date.text);
  s.bind(first + 8, d.dates_disagree ? 1 : 0);
  s.bind(first + 9, d.seq);
}

// A day as it reads back from its stored ISO form (parse_day's rule), so a departure combined from a mention in
// memory gets exactly the fields it would get from the stored mention.
std::optional<Day> stored_day(const std::optional<Day>& d) {
  if (!d) return std::nullopt;
  auto p = dates::parse_partial_date(d->iso());
  if (!p || !p->day) return std::nullopt;
  return Day{p->year, p->month, p->day};
}

// What refresh_departure reads back for a mention once stored: the same fields through the same conversions.
resolve::MentionFacts stored_facts(const Mention& m) {
  resolve::MentionFacts f;
  f.date.earliest = stored_day(m.date.earliest);
  f.date.latest = stored_day(m.date.latest);
  f.date.precision =
      dates::parse_precision(dates::precision_name(m.date.precision)).value_or(dates::Precision::unknown);
  f.date.text = m.date.text;
  f.date.reference = m.date.reference;
  f.kind = parse_kind(kind_name(m.kind)).value_or(DepartureKind::left);
  f.hedged = m.hedged;
  f.role = m.role;
  f.seq = m.order;
  return f;
}

std::string normalised_for_hash(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t line_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::string_view line = text.substr(line_start, i - line_start);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
      out.append(line);
      if (i != text.size()) out.push_back('\n');
      line_start = i + 1;
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  std::size_t lead = 0;
  while (lead < out.size() && out[lead] == '\n') ++lead;
  return out.substr(lead);
}

// Turns anything SQLite throws into the store's one error type.
template <typename F>
auto guarded(const char* what, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    const int code = e.getExtendedErrorCode();
    std::string hint;
    if ((code & 0xff) == SQLITE_FULL)
      hint = " (the disk or the database's size limit is full)";
    else if ((code & 0xff) == SQLITE_BUSY)
      hint = " (another process holds the database; try again)";
    else if ((code & 0xff) == SQLITE_NOTADB)
      hint = " (not an exodus database)";
    else if ((code & 0xff) == SQLITE_READONLY)
      hint = " (the database is read-only here)";
    throw StoreError(std::string(what) + ": " + e.what() + hint, code);
  }
}

// Prepared statements of the write path, compiled once per connection and reused for every article.
class StatementCache {
 public:
  explicit StatementCache(SQLite::Database& db) : db_(db) {}

  // The statement for `sql` (a string literal), reset and with no bindings.
  SQLite::Statement& get(const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) slot = std::make_unique<SQLite::Statement>(db_, sql);
    slot->reset();
    slot->clearBindings();
    return *slot;
  }

  // Ends every statement's read so nothing stays open between articles.
  void reset_all() noexcept {
    for (auto& [sql, statement] : statements_) {
      try {
        statement->reset();
      } catch (...) {  // a failed statement's error was already reported
      }
    }
  }

 private:
  SQLite::Database& db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
};

}  // namespace

// How long to wait for a lock. A writer waits for another writer to finish its whole run (ingests take
// turns rather than fail); a reader in WAL mode only waits out a checkpoint.
constexpr int kWriterBusyMs = 30 * 60 * 1000;
constexpr int kReaderBusyMs = 30 * 1000;

struct Store::Impl {
  std::string path;
  OpenMode mode;
  SQLite::Database db;
  StatementCache statements{db};
  std::vector<std::int64_t> merged_away;  // departures deleted by merges while storing the current article
  int version = 0;
  bool outer_transaction = false;
  bool bulk = false;  // begin_bulk_transaction: articles are written without their own savepoint
  // The first article stored in the open transaction: it and every later one are indexed for full-text search
  // at commit (migration 0005), in one statement, instead of one FTS5 segment per article.
  std::optional<std::int64_t> unindexed_from;

  // Indexes the articles the open transaction stored, then lets the insert trigger index again. One row per
  // statement: a single-row insert needs no statement journal, where one INSERT … SELECT over the whole batch
  // would keep a copy of every index page it changes until it ends.
  void index_deferred_articles() {
    if (unindexed_from) {
      SQLite::Statement& read = statements.get("SELECT id, title, text FROM articles WHERE id >= ?");
      SQLite::Statement& index = statements.get("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)");
      read.bind(1, *unindexed_from);
      while (read.executeStep()) {
        index.reset();
        index.bind(1, read.getColumn(0).getInt64());
        if (read.getColumn(1).isNull())
          index.bind(2);
        else
          index.bind(2, read.getColumn(1).getString());
        index.bind(3, read.getColumn(2).getString());
        index.exec();
      }
      read.reset();
      index.reset();
      index.clearBindings();
    }
    db.exec("DELETE FROM fts_deferred");
    unindexed_from.reset();
  }

  // NOMUTEX: a Store is one connection used by one thread at a time (store.hpp), so SQLite need not lock the
  // connection on every call; the ingest writer makes dozens of calls per article.
  Impl(const std::string& p, OpenMode m)
      : path(p),
        mode(m),
        db(p,
           (m == OpenMode::read_only ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)) |
               SQLite::OPEN_NOMUTEX,
           m == OpenMode::read_only ? kReaderBusyMs : kWriterBusyMs) {}

  int pragma_int(const char* name) { return db.execAndGet(std::string("PRAGMA ") + name).getInt(); }

  void open_and_migrate();
  std::int64_t find_or_add_org(const std::string& name);
  std::int64_t find_or_add_person(const std::string& name, std::optional<std::int64_t> org_id);
  std::int64_t add_person(const std::string& key, const std::string& name);
  // The departure a mention belongs to. `fresh` is set when the departure was created for this mention and
  // nothing was merged into it: its fields then follow from this mention alone and are already written.
  std::int64_t find_or_add_departure(std::int64_t person_id, std::optional<std::int64_t> org_id, const Mention& m,
                                     bool& fresh);
  void merge_departure_into(std::int64_t from, std::int64_t into);
  void refresh_departure(std::int64_t departure_id);
  std::string where_clause(const TimelineFilter& f, std::vector<std::string>& params);
  std::string timeline_sql(const TimelineFilter& f, std::vector<std::string>& params);
};

void Store::Impl::open_and_migrate() {
  // Read-only checks first: a database we refuse must stay byte-for-byte as it was.
  int app_id = 0, objects = 0;
  try {
    // One statement, so one snapshot: read separately, another process's first migration could commit in
    // between and make a new database look like someone else's (application_id 0 but tables present).
    SQLite::Statement header(db,
                             "SELECT (SELECT application_id FROM pragma_application_id),"
                             " (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)");
    header.executeStep();
    app_id = header.getColumn(0).getInt();
    version = header.getColumn(1).getInt();
    objects = header.getColumn(2).getInt();
  } catch (const SQLite::Exception& e) {
    throw StoreError(path + ": not an exodus database (" + e.what() + ")", e.getExtendedErrorCode());
  }
  const int latest = latest_schema_version();
  const bool fresh = app_id == 0 && version == 0 && objects == 0;
  if (!fresh && app_id != kApplicationId)
    throw StoreError(path + ": not an exodus database (another SQLite file); refusing to touch it");
  if (version > latest)
    throw StoreError(path + ": database schema version " + std::to_string(version) +
                     " is newer than this exodus understands (" + std::to_string(latest) +
                     "); use a newer exodus. The file was left unchanged.");
  if (mode == OpenMode::read_only) {
    if (fresh) throw StoreError(path + ": no exodus database here yet; run exodus-ingest first");
    if (version < latest)
      throw StoreError(path + ": database schema version " + std::to_string(version) + " is older than this exodus (" +
                       std::to_string(latest) + "); run exodus-ingest on it once to upgrade it");
    db.exec("PRAGMA foreign_keys = ON");
    // Reads through a memory map of the file (up to SQLite's 2 GB ceiling). A timeline reads a few pages at
    // random places in the file for every departure it returns; mapped, they are not copied into SQLite's cache
    // one pread at a time: on 1M departures the one-week window's p99 went from 14-19 ms to 9-11 ms and
    // --source's from 93 to 73-78 ms (BENCHMARKS.md). This connection only reads, so nothing is ever written
    // through the map. What is given up (SQLite's "Memory-Mapped I/O" page): a disk read error in the middle of a
    // query stops the process with SIGBUS instead of returning SQLITE_IOERR. EXODUS_MMAP=0 reads without the map.
    if (const char* mmap = std::getenv("EXODUS_MMAP"); !(mmap && std::string_view(mmap) == "0"))
      db.exec("PRAGMA mmap_size = 2147418112");
    return;
  }
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec("PRAGMA foreign_keys = ON");
  if (!fresh && version < latest) {
    // Keep the old database next to it before changing its shape.
    std::string backup = path + ".v" + std::to_string(version) + ".bak";
    for (int n = 1; std::filesystem::exists(backup); ++n)
      backup = path + ".v" + std::to_string(version) + ".bak" + std::to_string(n);
    SQLite::Statement vacuum(db, "VACUUM INTO ?");
    vacuum.bind(1, backup);
    vacuum.exec();
  }
  for (const auto& migration : embedded_migrations()) {
    if (migration.version <= version) continue;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while we waited for the lock.
    if (pragma_int("user_version") >= migration.version) continue;
    db.exec(migration.sql);
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    tx.commit();
    version = migration.version;
  }
  version = pragma_int("user_version");
  // Each article is written inside a savepoint, so SQLite keeps a copy of every page the article changes (the
  // statement journal) until the savepoint is released. By default that copy spills to a temporary file past
  // 64 KiB, which most articles reach: hundreds of thousands of writes to /var/tmp per ten thousand articles.
  // Kept in memory it costs one article's pages at most. Set after the migrations and the backup, whose sorts
  // over a large database should still spill to disk.
  db.exec("PRAGMA temp_store = MEMORY");
  // The writer inserts into a dozen indexes at places spread over the whole file (content hashes, names, dates).
  // Past a few tens of thousands of articles they outgrow SQLite's default 2 MB page cache and every insert
  // reads its page back from the OS: 64 MB took a fifth off the writer's time at 50,000 articles, and keeps
  // the ingest's peak RSS under 100 MB.
  db.exec("PRAGMA cache_size = -65536");
  // A page budget for this connection, so tests can fill the "disk" (SQLITE_FULL) without filling one.
  if (const char* pages = std::getenv("EXODUS_MAX_PAGES"); pages && *pages)
    db.exec("PRAGMA max_page_count = " + std::to_string(std::strtoll(pages, nullptr, 10)));
}

Store::Store(const std::string& path, OpenMode mode) {
  if (mode == OpenMode::read_only && !std::filesystem::exists(path))
    throw StoreError(path + ": no such database; run exodus-ingest first, or give --db");
  impl_ = guarded("opening the database", [&] { return std::make_unique<Impl>(path, mode); });
  guarded(path.c_str(), [&] { impl_->open_and_migrate(); });
}

Store::~Store() {
  if (impl_ && impl_->outer_transaction) {
    try {
      impl_->db.exec("ROLLBACK");
    } catch (...) {  // never throw from a destructor
    }
  }
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

int Store::schema_version() const {
  return impl_->version;
}
const std::string& Store::path() const {
  return impl_->path;
}

std::string Store::content_hash(std::string_view text) {
  const std::string normal = normalised_for_hash(text);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(normal.data(), normal.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(hex[digest[i] >> 4]);
    out.push_back(hex[digest[i] & 15]);
  }
  return out;
}

std::int64_t Store::begin_batch(std::string_view input) {
  return guarded("recording the batch", [&] {
    SQLite::Statement s(impl_->db, "INSERT INTO batches(started_at, input) VALUES (?, ?)");
    s.bind(1, now_utc());
    s.bind(2, std::string(input));
    s.exec();
    return impl_->db.getLastInsertRowid();
  });
}

void Store::finish_batch(std::int64_t batch_id, const BatchCounts& c, std::string_view status) {
  guarded("recording the batch", [&] {
    SQLite::Statement s(impl_->db,
                        "UPDATE batches SET finished_at = ?, articles = ?, duplicates = ?, departures = ?, "
                        "skipped = ?, status = ?, warnings = ? WHERE id = ?");
    s.bind(1, now_utc());
    s.bind(2, c.articles);
    s.bind(3, c.duplicates);
    s.bind(4, c.departures);
    s.bind(5, c.skipped);
    s.bind(6, std::string(status));
    s.bind(7, c.warnings);
    s.bind(8, batch_id);
    s.exec();
  });
}

void Store::begin_transaction() {
  guarded("starting a transaction", [&] {
    impl_->db.exec("BEGIN IMMEDIATE");
    impl_->outer_transaction = true;
    impl_->unindexed_from.reset();
    impl_->db.exec("INSERT OR REPLACE INTO fts_deferred(id) VALUES (1)");
  });
}

void Store::begin_bulk_transaction() {
  begin_transaction();
  impl_->bulk = true;
}

void Store::commit_transaction() {
  guarded("committing", [&] {
    impl_->index_deferred_articles();
    impl_->db.exec("COMMIT");
    impl_->outer_transaction = false;
    impl_->bulk = false;
  });
}

void Store::rollback_transaction() {
  guarded("rolling back", [&] {
    impl_->bulk = false;
    impl_->unindexed_from.reset();
    if (impl_->outer_transaction) impl_->db.exec("ROLLBACK");
    impl_->outer_transaction = false;
  });
}

bool Store::in_transaction() const {
  return impl_->outer_transaction;
}

std::int64_t Store::Impl::find_or_add_org(const std::string& name) {
  const std::string key = resolve::org_key(name);
  // An alias first, then the key, in one statement: the writer runs it for every mention.
  SQLite::Statement& find = statements.get(
      "SELECT COALESCE((SELECT org_id FROM org_aliases WHERE alias = ?1), (SELECT id FROM organizations WHERE key = ?1))");
  find.bind(1, key);
  if (find.executeStep() && !find.getColumn(0).isNull()) return find.getColumn(0).getInt64();
  SQLite::Statement& add = statements.get("INSERT INTO organizations(key, name) VALUES (?, ?)");
  add.bind(1, key);
  add.bind(2, name);
  add.exec();
  const auto id = db.getLastInsertRowid();
  const std::string folded = resolve::fold_name(name);
  if (folded != key) {
    SQLite::Statement& a = statements.get("INSERT OR IGNORE INTO org_aliases(alias, org_id) VALUES (?, ?)");
    a.bind(1, folded);
    a.bind(2, id);
    a.exec();
  }
  return id;
}

// A full name is its own identity. A one-word name ("Leike") is a known person with that surname who left
// the same organization, when exactly one such person exists; otherwise it stands alone, so two people who
// share a surname are never merged.
std::int64_t Store::Impl::find_or_add_person(const std::string& name, std::optional<std::int64_t> org_id) {
  const std::string key = resolve::person_key(name);
  if (!resolve::is_single_word(name) || !org_id) {
    // No surname to resolve: an alias first, then the key, in one statement.
    SQLite::Statement& find = statements.get(
        "SELECT COALESCE((SELECT person_id FROM person_aliases WHERE alias = ?1), (SELECT id FROM people WHERE key = ?1))");
    find.bind(1, key);
    if (find.executeStep() && !find.getColumn(0).isNull()) return find.getColumn(0).getInt64();
    return add_person(key, name);
  }
  SQLite::Statement& alias = statements.get("SELECT person_id FROM person_aliases WHERE alias = ?");
  alias.bind(1, key);
  if (alias.executeStep()) return alias.getColumn(0).getInt64();
  {
    SQLite::Statement& same = statements.get(
        "SELECT DISTINCT p.id FROM people p JOIN departures d ON d.person_id = p.id "
        "WHERE p.surname_key = ? AND p.key <> ? AND d.org_id = ? LIMIT 2");
    same.bind(1, key);
    same.bind(2, key);
    same.bind(3, *org_id);
    std::vector<std::int64_t> ids;
    while (same.executeStep()) ids.push_back(same.getColumn(0).getInt64());
    if (ids.size() == 1) return ids.front();
  }
  SQLite::Statement& find = statements.get("SELECT id FROM people WHERE key = ?");
  find.bind(1, key);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  return add_person(key, name);
}

std::int64_t Store::Impl::add_person(const std::string& key, const std::string& name) {
  SQLite::Statement& add = statements.get("INSERT INTO people(key, name, surname_key) VALUES (?, ?, ?)");
  add.bind(1, key);
  add.bind(2, name);
  add.bind(3, resolve::surname_key(name));
  add.exec();
  return db.getLastInsertRowid();
}

void Store::Impl::merge_departure_into(std::int64_t from, std::int64_t into) {
  // A mention of the same article already on `into` wins; the other one is dropped with its departure.
  SQLite::Statement& move = statements.get(
      "UPDATE mentions SET departure_id = ? WHERE departure_id = ? AND article_id NOT IN "
      "(SELECT article_id FROM mentions WHERE departure_id = ?)");
  move.bind(1, into);
  move.bind(2, from);
  move.bind(3, into);
  move.exec();
  SQLite::Statement& drop = statements.get("DELETE FROM departures WHERE id = ?");
  drop.bind(1, from);
  drop.exec();
  merged_away.push_back(from);
}

// One departure per (person, organization). A mention that does not name the organization joins the
// person's only departure; a mention that names it absorbs the person's departure of unknown organization.
// Either way the result is the same whatever order the articles come in.
std::int64_t Store::Impl::find_or_add_departure(std::int64_t person_id, std::optional<std::int64_t> org_id,
                                                const Mention& m, bool& fresh) {
  fresh = false;
  if (!org_id) {
    SQLite::Statement& any = statements.get("SELECT id FROM departures WHERE person_id = ? LIMIT 2");
    any.bind(1, person_id);
    std::vector<std::int64_t> ids;
    while (any.executeStep()) ids.push_back(any.getColumn(0).getInt64());
    if (ids.size() == 1) return ids.front();
  }
  SQLite::Statement& find = statements.get("SELECT id FROM departures WHERE person_id = ? AND IFNULL(org_id, 0) = ?");
  find.bind(1, person_id);
  find.bind(2, org_id.value_or(0));
  std::int64_t id = 0;
  if (find.executeStep()) {
    id = find.getColumn(0).getInt64();
  } else {
    // Written whole at once with what this mention says, as refresh_departure would write it, instead of a
    // placeholder row updated afterwards (which rewrites every index of departures and its R*Tree row).
    const auto d = resolve::combine({stored_facts(m)});
    SQLite::Statement& add = statements.get(
        "INSERT INTO departures(person_id, org_id, role, kind, hedged, earliest, latest, precision, edtf, date_text, "
        "dates_disagree, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    add.bind(1, person_id);
    if (org_id)
      add.bind(2, *org_id);
    else
      add.bind(2);
    bind_departure_facts(add, 3, d);
    add.exec();
    id = db.getLastInsertRowid();
    fresh = true;
  }
  if (org_id) {
    SQLite::Statement& orphan = statements.get("SELECT id FROM departures WHERE person_id = ? AND org_id IS NULL");
    orphan.bind(1, person_id);
    if (orphan.executeStep()) {
      const auto from = orphan.getColumn(0).getInt64();
      orphan.reset();
      SQLite::Statement& count =
          statements.get("SELECT count(*) FROM departures WHERE person_id = ? AND org_id IS NOT NULL");
      count.bind(1, person_id);
      count.executeStep();
      if (count.getColumn(0).getInt() == 1) {
        merge_departure_into(from, id);
        fresh = false;
      }
    }
  }
  return id;
}

void Store::Impl::refresh_departure(std::int64_t departure_id) {
  SQLite::Statement& read = statements.get(
      "SELECT earliest, latest, precision, date_text, kind, hedged, role, seq, date_reference "
      "FROM mentions WHERE departure_id = ?");
  read.bind(1, departure_id);
  std::vector<resolve::MentionFacts> facts;
  while (read.executeStep()) {
    resolve::MentionFacts f;
    f.date = read_range(read, 0, 1, 2, 3);
    f.date.reference = read.getColumn(8).isNull() ? "" : read.getColumn(8).getString();
    f.kind = parse_kind(read.getColumn(4).getString()).value_or(DepartureKind::left);
    f.hedged = read.getColumn(5).getInt() != 0;
    f.role = optional_text(read.getColumn(6));
    f.seq = read.getColumn(7).getInt();
    facts.push_back(std::move(f));
  }
  const auto d = resolve::combine(std::move(facts));
  SQLite::Statement& write = statements.get(
      "UPDATE departures SET role = ?, kind = ?, hedged = ?, earliest = ?, latest = ?, "
      "precision = ?, edtf = ?, date_text = ?, dates_disagree = ?, seq = ? WHERE id = ?");
  bind_departure_facts(write, 1, d);
  write.bind(11, departure_id);
  write.exec();
}

AddResult Store::add_article(const Article& article, const std::vector<Mention>& mentions, std::int64_t batch_id) {
  return guarded(article.origin.empty() ? "storing an article" : article.origin.c_str(), [&] {
    auto& db = impl_->db;
    AddResult result;
    // In a bulk transaction the caller undoes a failed article by rolling back and replaying.
    const bool own_savepoint = !impl_->bulk;
    if (own_savepoint) db.exec("SAVEPOINT article");
    try {
      SQLite::Statement& add = impl_->statements.get(
          "INSERT INTO articles(content_hash, url, title, outlet, lang, published, text, origin, "
          "batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING");
      add.bind(1, content_hash(article.text));
      bind_text_or_null(add, 2, article.meta.url);
      bind_text_or_null(add, 3, article.meta.title);
      bind_text_or_null(add, 4, article.meta.outlet);
      bind_text_or_null(add, 5, lang_code(article.meta.lang));
      bind_text_or_null(add, 6, article.meta.published);
      add.bind(7, article.text);
      bind_text_or_null(add, 8, article.origin);
      if (batch_id)
        add.bind(9, batch_id);
      else
        add.bind(9);
      if (add.exec() == 0) {
        impl_->statements.reset_all();
        if (own_savepoint) db.exec("RELEASE article");
        return result;
      }
      result.stored = true;
      result.article_id = db.getLastInsertRowid();
      if (impl_->outer_transaction && !impl_->unindexed_from) impl_->unindexed_from = result.article_id;
      std::vector<std::int64_t> touched;  // departures whose fields must be recombined from their mentions
      impl_->merged_away.clear();
      for (const auto& m : mentions) {
        std::optional<std::int64_t> org_id;
        if (!m.org.empty()) org_id = impl_->find_or_add_org(m.org);
        const auto person_id = impl_->find_or_add_person(m.person, org_id);
        bool fresh = false;
        const auto departure_id = impl_->find_or_add_departure(person_id, org_id, m, fresh);
        SQLite::Statement& mention = impl_->statements.get(
            "INSERT INTO mentions(departure_id, article_id, person_text, org_text, role, kind, hedged, source, "
            "sentence, start, end, date_text, earliest, latest, precision, edtf, date_reference, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(article_id, departure_id) DO NOTHING");
        mention.bind(1, departure_id);
        mention.bind(2, result.article_id);
        mention.bind(3, m.person);
        bind_text_or_null(mention, 4, m.org);
        bind_optional(mention, 5, m.role);
        mention.bind(6, std::string(kind_name(m.kind)));
        mention.bind(7, m.hedged ? 1 : 0);
        bind_text_or_null(mention, 8, m.source);
        mention.bind(9, m.evidence);
        mention.bind(10, static_cast<std::int64_t>(m.start));
        mention.bind(11, static_cast<std::int64_t>(m.end));
        bind_text_or_null(mention, 12, m.date.text);
        bind_day(mention, 13, m.date.earliest);
        bind_day(mention, 14, m.date.latest);
        mention.bind(15, std::string(dates::precision_name(m.date.precision)));
        bind_text_or_null(mention, 16, m.date.edtf());
        bind_text_or_null(mention, 17, m.date.reference);
        mention.bind(18, m.order);
        result.mentions += mention.exec();
        if (!fresh) touched.push_back(departure_id);
      }
      // A departure merged into another while storing this article no longer exists: nothing to refresh.
      const auto& gone = impl_->merged_away;
      for (auto id : touched)
        if (std::find(gone.begin(), gone.end(), id) == gone.end()) impl_->refresh_departure(id);
      if (own_savepoint) db.exec("RELEASE article");
      impl_->statements.reset_all();
    } catch (...) {
      impl_->statements.reset_all();
      if (own_savepoint) {
        try {
          db.exec("ROLLBACK TO article");
          db.exec("RELEASE article");
        } catch (...) {  // the original error is the one to report
        }
      }
      throw;
    }
    return result;
  });
}

// Filters as SQL over departures d, people p, organizations o; every value is a bound parameter.
std::string Store::Impl::where_clause(const TimelineFilter& f, std::vector<std::string>& params) {
  std::string where = " WHERE 1";
  // Each selective filter first finds the few matching ids through an index, then reaches departures by
  // their own index, so a filtered timeline costs the same on a thousand departures or on millions.
  if (f.person) {
    const auto key = resolve::person_key(*f.person);
    // A first name matches the keys that start with it and a space: the range ["ingrid ", "ingrid!").
    where +=
        " AND d.person_id IN (SELECT id FROM people WHERE key = ? UNION SELECT id FROM people WHERE surname_key = ?"
        " UNION SELECT person_id FROM person_aliases WHERE alias = ?"
        " UNION SELECT id FROM people WHERE key >= ? AND key < ?)";
    params.insert(params.end(), {key, key, key, key + " ", key + "!"});
  }
  if (f.org) {
    const auto key = resolve::org_key(*f.org);
    where +=
        " AND d.org_id IN (SELECT id FROM organizations WHERE key = ? UNION SELECT org_id FROM org_aliases"
        " WHERE alias = ?)";
    params.insert(params.end(), {key, resolve::fold_name(*f.org)});
  }
  // A date window with nothing more selective: the R*Tree of date ranges (migration 0004) finds the departures
  // that overlap it. The exact conditions still apply, written with a unary + so SQLite does not prefer
  // departures_time or departures_kind, which would read every departure on one side of the window.
  const bool window = f.since && f.until && !f.person && !f.org && !f.search;
  const char* unindexed = window ? "+" : "";
  if (window) {
    where +=
        " AND d.id IN (SELECT id FROM departures_span WHERE last_day >= CAST(julianday(?) AS INTEGER)"
        " AND first_day <= CAST(julianday(?) AS INTEGER))";
    params.insert(params.end(), {f.since->iso(), f.until->iso()});
  }
  if (f.since) {
    where += std::string(" AND ") + unindexed + "d.latest >= ?";
    params.push_back(f.since->iso());
  }
  if (f.until) {
    where += std::string(" AND ") + unindexed + "IFNULL(d.earliest, d.latest) <= ?";
    params.push_back(f.until->iso());
  }
  if (f.kind) {
    where += std::string(" AND ") + unindexed + "d.kind = ?";
    params.emplace_back(kind_name(*f.kind));
  }
  if (f.source) {
    where +=
        " AND d.id IN (SELECT departure_id FROM mentions WHERE source = ? COLLATE NOCASE UNION"
        " SELECT m.departure_id FROM articles a JOIN mentions m ON m.article_id = a.id WHERE a.outlet = ? COLLATE NOCASE)";
    params.insert(params.end(), {*f.source, *f.source});
  }
  if (f.lang) {
    where +=
        " AND EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.departure_id = d.id"
        " AND a.lang = ?)";
    params.push_back(lang_code(parse_lang(*f.lang)).empty() ? *f.lang : std::string(lang_code(parse_lang(*f.lang))));
  }
  if (f.search) {
    where +=
        " AND d.id IN (SELECT m.departure_id FROM mentions m WHERE m.article_id IN"
        " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))";
    params.push_back(*f.search);
  }
  return where;
}

namespace {

void bind_all(SQLite::Statement& s, const std::vector<std::string>& params) {
  int i = 1;
  for (const auto& p : params) s.bind(i++, p);
}

// FTS5 reports a query it cannot parse as a plain SQLITE_ERROR: with a --search given, that is the user's
// query, so it becomes a usage error that quotes it.
void rethrow_search_error(const TimelineFilter& filter, const StoreError& e) {
  if (filter.search && (e.sqlite_code() & 0xff) == SQLITE_ERROR)
    throw QueryError("--search: '" + *filter.search +
                     "' is not a valid full-text query (use words, \"quoted phrases\", AND, OR, NOT, prefix*)");
}

constexpr const char* kTimelineOrder =
    " ORDER BY d.latest IS NULL, d.latest, d.earliest IS NOT NULL, d.earliest, d.seq, p.name, d.id";

// The sources of every departure a timeline returns, in one statement: the ids go in as one JSON array
// (json_each), so a timeline of thousands of departures costs one index lookup each instead of one statement
// each. Within a departure, sources come in publication order, undated last.
constexpr const char* kSourcesSql =
    "SELECT m.departure_id, m.source, a.outlet, a.url, a.title, a.published, a.lang, m.sentence, m.earliest, "
    "m.latest, m.precision, m.date_text, m.hedged, m.date_reference "
    "FROM mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE m.departure_id IN (SELECT value FROM json_each(?)) "
    "ORDER BY m.departure_id, a.published IS NULL, a.published, m.id";

std::string json_array_of_ids(const std::vector<TimelineEntry>& entries) {
  std::string ids = "[";
  for (const auto& e : entries) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(e.id);
  }
  return ids + "]";
}

}  // namespace

std::string Store::Impl::timeline_sql(const TimelineFilter& filter, std::vector<std::string>& params) {
  return "SELECT d.id, p.name, o.name, d.role, d.kind, d.hedged, d.earliest, d.latest, d.precision, d.date_text, "
         "d.dates_disagree FROM departures d JOIN people p ON p.id = d.person_id "
         "LEFT JOIN organizations o ON o.id = d.org_id" +
         where_clause(filter, params) + kTimelineOrder;
}

std::vector<std::string> Store::explain_timeline(const TimelineFilter& filter) {
  return guarded("explaining the timeline query", [&] {
    std::vector<std::string> params;
    SQLite::Statement q(impl_->db, "EXPLAIN QUERY PLAN " + impl_->timeline_sql(filter, params));
    bind_all(q, params);
    std::vector<std::string> steps;
    while (q.executeStep()) steps.push_back(q.getColumn(3).getString());
    // timeline() runs a second statement, for the sources: its plan counts as much as the first's.
    SQLite::Statement sources(impl_->db, std::string("EXPLAIN QUERY PLAN ") + kSourcesSql);
    sources.bind(1, "[1]");
    while (sources.executeStep()) steps.push_back(sources.getColumn(3).getString());
    return steps;
  });
}

std::vector<TimelineEntry> Store::timeline(const TimelineFilter& filter) {
  try {
    return guarded("reading the timeline", [&] {
      auto& db = impl_->db;
      std::vector<std::string> params;
      SQLite::Statement q(db, impl_->timeline_sql(filter, params));
      bind_all(q, params);
      std::vector<TimelineEntry> entries;
      while (q.executeStep()) {
        TimelineEntry e;
        e.id = q.getColumn(0).getInt64();
        e.person = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull()) e.org = q.getColumn(2).getString();
        e.role = optional_text(q.getColumn(3));
        e.kind = parse_kind(q.getColumn(4).getString()).value_or(DepartureKind::left);
        e.hedged = q.getColumn(5).getInt() != 0;
        e.date = read_range(q, 6, 7, 8, 9);
        e.dates_disagree = q.getColumn(10).getInt() != 0;
        entries.push_back(std::move(e));
      }
      if (entries.empty()) return entries;
      std::unordered_map<std::int64_t, std::size_t> entry_of_id;
      entry_of_id.reserve(entries.size());
      for (std::size_t i = 0; i < entries.size(); ++i) entry_of_id.emplace(entries[i].id, i);
      SQLite::Statement m(db, kSourcesSql);
      m.bind(1, json_array_of_ids(entries));
      while (m.executeStep()) {
        SourceRef s;
        s.name = m.getColumn(1).isNull() ? std::string{} : m.getColumn(1).getString();
        s.outlet = optional_text(m.getColumn(2));
        s.url = optional_text(m.getColumn(3));
        s.title = optional_text(m.getColumn(4));
        s.published = optional_text(m.getColumn(5));
        s.lang = optional_text(m.getColumn(6));
        s.evidence = m.getColumn(7).getString();
        s.date = read_range(m, 8, 9, 10, 11);
        s.hedged = m.getColumn(12).getInt() != 0;
        if (!m.getColumn(13).isNull()) s.date.reference = m.getColumn(13).getString();
        if (s.name.empty() && s.outlet) s.name = *s.outlet;
        entries[entry_of_id.at(m.getColumn(0).getInt64())].sources.push_back(std::move(s));
      }
      return entries;
    });
  } catch (const StoreError& e) {
    rethrow_search_error(filter, e);
    throw;
  }
}

std::vector<CountRow> Store::counts(std::string_view by, const TimelineFilter& filter) {
  std::string key_sql;
  std::string from =
      " FROM departures d JOIN people p ON p.id = d.person_id LEFT JOIN organizations o ON o.id = d.org_id";
  if (by == "month")
    key_sql = "IFNULL(substr(d.latest, 1, 7), 'unknown')";
  else if (by == "org")
    key_sql = "IFNULL(o.name, 'unknown')";
  else if (by == "kind")
    key_sql = "d.kind";
  else if (by == "person")
    key_sql = "p.name";
  else if (by == "source")
    key_sql =
        "IFNULL((SELECT IFNULL(m.source, 'unknown') FROM mentions m WHERE m.departure_id = d.id "
        "ORDER BY m.id LIMIT 1), 'unknown')";
  else
    throw QueryError("--count-by takes month, org, kind, source or person, not '" + std::string(by) + "'");
  std::vector<std::string> params;
  const std::string where = impl_->where_clause(filter, params);
  std::string sql = "SELECT " + key_sql + " AS k, count(*) " + from + where + " GROUP BY k ORDER BY ";
  sql += (by == "month") ? "k = 'unknown', k" : "count(*) DESC, k";
  if (by == "source") {
    // A departure counts once for every distinct source that reported it.
    sql = "SELECT IFNULL(m.source, 'unknown') AS k, count(DISTINCT d.id)" + from +
          " JOIN mentions m ON m.departure_id = d.id" + where + " GROUP BY k ORDER BY count(DISTINCT d.id) DESC, k";
  }
  try {
    return guarded("counting", [&] {
      SQLite::Statement q(impl_->db, sql);
      bind_all(q, params);
      std::vector<CountRow> rows;
      while (q.executeStep()) rows.push_back(CountRow{q.getColumn(0).getString(), q.getColumn(1).getInt64()});
      return rows;
    });
  } catch (const StoreError& e) {
    rethrow_search_error(filter, e);
    throw;
  }
}

}  // namespace exodus::store
