// exodus-query: prints timelines of departures from an exodus database, filtered, in the format asked.
// A thin main over store::Store::timeline and the render printers. Exit 0 on success, 2 on usage or fatal error.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "dates/date_range.hpp"
#include "render/render.hpp"
#include "store/store.hpp"

namespace {

// The database is read through a memory map (EXODUS_MMAP=0 turns it off): a disk that fails a read mid-query
// raises SIGBUS, which ends the query with the same words and exit status as any other read error.
extern "C" void on_read_fault(int) {
  static const char message[] =
      "exodus-query: error: the database could not be read (I/O error through the memory map; retry with "
      "EXODUS_MMAP=0 to get SQLite's own message)\n";
  const ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
  (void)written;
  _exit(2);
}

std::string default_db() {
  const char* env = std::getenv("EXODUS_DB");
  return env && *env ? env : "exodus.db";
}

bool stdout_wants_color() {
  if (!isatty(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);
}

int terminal_width() {
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n > 20) return n;
  }
  return 120;
}

int usage_error(const std::string& message) {
  fmt::print(stderr, "exodus-query: {}\n", message);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGBUS, on_read_fault);
  CLI::App app{"Prints the departures stored in an exodus database as an ordered timeline.\n"
               "Exit status: 0 success, 2 usage or fatal error.",
               "exodus-query"};
  std::string db = default_db();
  std::string person, org, since, until, kind, source, lang, search, format = "table", count_by;
  bool explain = false;
  app.add_option("--db", db, "database file (default: $EXODUS_DB or exodus.db)");
  app.add_option("--person", person, "only this person (full name, surname or first name; case-insensitive)");
  app.add_option("--org", org, "only this organization (name or alias; case-insensitive)");
  app.add_option("--since", since, "only departures that may have happened on or after this date (2024, 2024-04, 2024-04-15)");
  app.add_option("--until", until, "only departures that may have happened on or before this date");
  app.add_option("--kind", kind, "only this kind: resigned, fired, left, retired, announced");
  app.add_option("--source", source, "only departures credited to this source or outlet");
  app.add_option("--lang", lang, "only departures reported in this language (fr or en)");
  app.add_option("--search", search, "only departures whose articles match this full-text query (FTS5)");
  auto names = exodus::render::format_names();
  std::string format_help = "output format:";
  for (auto n : names) format_help += std::string(" ") + std::string(n);
  app.add_option("--format", format, format_help + " (default: table)");
  app.add_option("--count-by", count_by, "print counts instead: month, org, kind or source");
  app.add_flag("--explain", explain, "show every mention of each departure: article, evidence, date words, source");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  exodus::TimelineFilter filter;
  if (!person.empty()) filter.person = person;
  if (!org.empty()) filter.org = org;
  if (!source.empty()) filter.source = source;
  if (!search.empty()) filter.search = search;
  if (!lang.empty()) {
    if (exodus::parse_lang(lang) == exodus::Lang::unknown) return usage_error("--lang takes fr or en, not \"" + lang + "\"");
    filter.lang = std::string(exodus::lang_code(exodus::parse_lang(lang)));
  }
  if (!since.empty()) {
    auto d = exodus::dates::parse_partial_date(since);
    if (!d) return usage_error("--since \"" + since + "\" is not a date (2024, 2024-04 or 2024-04-15)");
    filter.since = d->first();
  }
  if (!until.empty()) {
    auto d = exodus::dates::parse_partial_date(until);
    if (!d) return usage_error("--until \"" + until + "\" is not a date (2024, 2024-04 or 2024-04-15)");
    filter.until = d->last();
  }
  if (!kind.empty()) {
    filter.kind = exodus::parse_kind(kind);
    if (!filter.kind) return usage_error("--kind takes resigned, fired, left, retired or announced, not \"" + kind + "\"");
  }
  const auto parsed_format = exodus::render::parse_format(format);
  if (!parsed_format) return usage_error("--format \"" + format + "\" is not one of: " + format_help.substr(15));
  if (!count_by.empty() && count_by != "month" && count_by != "org" && count_by != "kind" && count_by != "source")
    return usage_error("--count-by takes month, org, kind or source, not \"" + count_by + "\"");

  exodus::render::Options options;
  options.color = stdout_wants_color();
  options.width = terminal_width();
  options.explain = explain;
  try {
    exodus::store::Store store(db, exodus::store::OpenMode::read_only);
    if (!count_by.empty()) {
      exodus::render::write_counts(std::cout, count_by, store.counts(count_by, filter), *parsed_format, options);
    } else {
      exodus::render::write_timeline(std::cout, store.timeline(filter), *parsed_format, options);
    }
    std::cout.flush();
    return 0;
  } catch (const exodus::store::QueryError& e) {
    return usage_error(e.what());
  } catch (const std::invalid_argument& e) {
    return usage_error(e.what());
  } catch (const std::exception& e) {
    fmt::print(stderr, "exodus-query: {}\n", e.what());
    return 2;
  }
}
