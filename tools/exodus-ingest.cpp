// exodus-ingest: reads batches of articles and stores the departures they report. A thin main over
// ingest::ingest_paths; exit 0 when everything went in, 1 when some input was skipped, 2 on usage or fatal error.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "dates/date_range.hpp"
#include "ingest/pipeline.hpp"
#include "store/store.hpp"

namespace {

std::string default_db() {
  const char* env = std::getenv("EXODUS_DB");
  return env && *env ? env : "exodus.db";
}

void print_progress(const exodus::ingest::Progress& p) {
  const double mb = static_cast<double>(p.bytes) / 1e6;
  const double rate = p.seconds > 0 ? mb / p.seconds : 0;
  std::string eta;
  if (p.total_bytes > 0 && p.bytes > 0 && rate > 0) {
    const double left = (static_cast<double>(p.total_bytes) / 1e6 - mb) / rate;
    if (left > 0) eta = fmt::format(", about {:.0f} s left", left);
  }
  fmt::print(stderr, "\r\033[K{} files, {} articles, {:.1f} MB/s{}", p.files, p.articles, rate, eta);
  std::fflush(stderr);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Reads news articles (text with optional front matter, JSON Lines, JSON, HTML, archives of them; '-' for "
      "stdin), finds the departures they report, and stores them in an exodus database.\n"
      "Exit status: 0 all input went in, 1 some input was skipped (see the messages), 2 usage or fatal error.",
      "exodus-ingest"};
  std::string db = default_db();
  std::string published, lang, outlet, url, title;
  bool quiet = false;
  unsigned workers = 0;
  std::vector<std::string> paths;
  app.add_option("--db", db, "database file (default: $EXODUS_DB or exodus.db)");
  app.add_option("--published", published, "publication date for articles that lack one (YYYY-MM-DD, YYYY-MM, YYYY)");
  app.add_option("--lang", lang, "language for articles that do not say (fr or en); otherwise detected");
  app.add_option("--outlet", outlet, "outlet for articles that lack one");
  app.add_option("--url", url, "URL for articles that lack one");
  app.add_option("--title", title, "title for articles that lack one");
  app.add_flag("-q,--quiet", quiet, "print only errors: no progress, warnings or summary");
  app.add_option("--workers", workers, "extraction threads (default: one per core)");
  app.add_option("paths", paths, "files, directories (read recursively) or - for stdin")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  exodus::ingest::IngestOptions options;
  if (!published.empty()) {
    auto parsed = exodus::dates::parse_partial_date(published);
    if (!parsed) {
      fmt::print(stderr, "exodus-ingest: --published \"{}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)\n", published);
      return 2;
    }
    options.defaults.published = parsed->iso();
  }
  if (!lang.empty()) {
    options.defaults.lang = exodus::parse_lang(lang);
    if (options.defaults.lang == exodus::Lang::unknown) {
      fmt::print(stderr, "exodus-ingest: --lang \"{}\" is not supported (fr or en)\n", lang);
      return 2;
    }
  }
  options.defaults.outlet = outlet;
  options.defaults.url = url;
  options.defaults.title = title;
  options.workers = workers;
  const bool show_progress = !quiet && isatty(STDERR_FILENO);
  if (show_progress) options.on_progress = print_progress;

  try {
    exodus::store::Store store(db);
    bool progress_line = show_progress;
    auto sink = [&](const exodus::ingest::Diagnostic& d) {
      const bool error = d.severity == exodus::ingest::Severity::error;
      if (!error && quiet) return;
      if (progress_line) fmt::print(stderr, "\r\033[K");
      fmt::print(stderr, "exodus-ingest: {}: {}: {}\n", error ? "error" : "warning", d.where, d.message);
    };
    const auto s = exodus::ingest::ingest_paths(store, paths, options, sink);
    if (show_progress) fmt::print(stderr, "\r\033[K");
    if (!quiet)
      fmt::print(stderr,
                 "exodus-ingest: {} articles read, {} stored, {} already stored, {} departure mentions, {} skipped, "
                 "{} warnings ({:.2f} s) into {}\n",
                 s.articles, s.stored, s.duplicates, s.departures, s.skipped, s.warnings, s.seconds, db);
    return s.skipped ? 1 : 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "exodus-ingest: fatal: {}\n", e.what());
    return 2;
  }
}
