// exodus-ingest's engine: inputs → articles → departures → the database, streaming, extraction on worker
// threads, one writer committing in batches.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/diagnostics.hpp"
#include "store/store.hpp"
#include "text/article.hpp"

namespace exodus::ingest {

struct Progress {
  std::int64_t files = 0;
  std::int64_t articles = 0;       // articles read so far
  std::int64_t bytes = 0;          // article bytes read so far
  std::int64_t total_bytes = 0;    // input size when known (files), else 0
  double seconds = 0;
};

struct IngestOptions {
  ArticleMeta defaults;            // from the command line: fills what an article lacks
  unsigned workers = 0;            // extraction threads; 0: one per core (extraction sets the pace)
  std::size_t commit_every_articles = 1000;  // at least; an eighth of the articles stored so far once larger
  double commit_every_seconds = 2.0;
  std::function<void(const Progress&)> on_progress;  // called from the writer, at most a few times a second
};

struct IngestSummary {
  std::int64_t files = 0;
  std::int64_t articles = 0;       // articles read
  std::int64_t stored = 0;         // new articles stored
  std::int64_t duplicates = 0;     // already in the database
  std::int64_t departures = 0;     // departure mentions stored
  std::int64_t skipped = 0;        // inputs refused with an error
  std::int64_t warnings = 0;
  double seconds = 0;
};

// Reads every path ("-" is stdin; directories are walked recursively in name order), stores what it can,
// reports every problem to `sink`, and returns the counts. Throws store::StoreError when the database
// itself fails (disk full, I/O error): what was committed before stays, the open batch is rolled back.
IngestSummary ingest_paths(store::Store& store, const std::vector<std::string>& paths, const IngestOptions& options,
                           const DiagnosticSink& sink);

}  // namespace exodus::ingest
