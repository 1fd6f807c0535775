// The exodus database: opening and migrating it, storing articles with their departures, reading timelines.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.hpp"
#include "store/timeline.hpp"
#include "text/article.hpp"

namespace exodus::store {

// Every failure of the store: SQLite's extended result code (0 when the failure is exodus's own) and a
// message that says what to do.
class StoreError : public std::runtime_error {
 public:
  StoreError(const std::string& message, int sqlite_code = 0) : std::runtime_error(message), code_(sqlite_code) {}
  int sqlite_code() const { return code_; }

 private:
  int code_;
};

// A malformed user query (an FTS5 search that does not parse, an unknown --count-by): a usage error.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class OpenMode { read_write, read_only };

struct BatchCounts {
  std::int64_t articles = 0;
  std::int64_t duplicates = 0;
  std::int64_t departures = 0;
  std::int64_t skipped = 0;
  std::int64_t warnings = 0;
};

struct AddResult {
  bool stored = false;          // false: an article with the same content hash was already there
  std::int64_t article_id = 0;
  int mentions = 0;             // mentions stored for it
};

// One connection to one database. Use a Store from one thread at a time (it may move between threads); give
// each thread that reads or writes at the same time its own Store.
class Store {
 public:
  // Opens (read_write: creates and migrates, backing up an older database first) or refuses with a
  // StoreError: a newer schema, or a file that is not an exodus database, is left untouched.
  explicit Store(const std::string& path, OpenMode mode = OpenMode::read_write);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  int schema_version() const;
  const std::string& path() const;

  std::int64_t begin_batch(std::string_view input);
  void finish_batch(std::int64_t batch_id, const BatchCounts& counts, std::string_view status);

  // Groups the following add_article calls into one transaction (BEGIN IMMEDIATE), for speed; each
  // article still goes in whole or not at all. Without it, each add_article commits on its own.
  void begin_transaction();
  // Like begin_transaction, for a caller that keeps what it writes and can write it again: the following
  // add_article calls skip their own savepoint, so SQLite does not copy every page an article changes. An
  // add_article that throws then leaves part of its article in the transaction: the caller must roll the
  // transaction back (and may write again the articles that went in before the failure).
  void begin_bulk_transaction();
  void commit_transaction();
  void rollback_transaction();
  bool in_transaction() const;

  // Stores the article and its departures: all of it or, on error, nothing. Re-adding an article already
  // stored (same content hash) changes nothing and returns stored = false.
  AddResult add_article(const Article& article, const std::vector<Mention>& mentions, std::int64_t batch_id);

  std::vector<TimelineEntry> timeline(const TimelineFilter& filter);
  // The steps of SQLite's plan for timeline(filter) (EXPLAIN QUERY PLAN), to check that it uses the indexes.
  std::vector<std::string> explain_timeline(const TimelineFilter& filter);
  // by: "month", "org", "kind", "source", "person".
  std::vector<CountRow> counts(std::string_view by, const TimelineFilter& filter);

  // SHA-256 (hex) of the article text with line ends and trailing white space normalised.
  static std::string content_hash(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace exodus::store
