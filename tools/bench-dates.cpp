// bench-dates: measures the date engine's throughput (MB/s on one core) on news text.
// Not a test: run it by hand, e.g. `bench-dates --megabytes 32 ../shared/corpora/french-timebank-dev`.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dates/tagger.hpp"
#include "dates/timeml.hpp"

namespace fs = std::filesystem;

// CPU time of this thread: what one core spent, whatever else the machine is doing.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  CLI::App app{
      "Measure exodus::dates::tag() throughput on one core. The corpus is the text of the given .tml (TimeML, tags\n"
      "removed) or plain text files, repeated until it reaches --megabytes, tagged in article-sized pieces.",
      "bench-dates"};
  std::vector<std::string> paths;
  double megabytes = 32;
  int rounds = 3;
  std::string lang_text;
  app.add_option("PATH", paths, ".tml or text files, or directories of them")->required();
  app.add_option("--megabytes", megabytes, "Size of the corpus to tag (default 32)");
  app.add_option("--rounds", rounds, "Timed rounds; the best is reported (default 3)");
  app.add_option("--lang", lang_text, "fr or en (default: both languages' rules)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<std::string> articles;
  for (const auto& p : paths) {
    std::vector<fs::path> files;
    if (fs::is_directory(p)) {
      for (const auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file() && (e.path().extension() == ".tml" || e.path().extension() == ".txt"))
          files.push_back(e.path());
    } else {
      files.emplace_back(p);
    }
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      if (f.extension() == ".tml") {
        if (auto doc = exodus::dates::parse_timeml(buf.str())) articles.push_back(doc->text);
      } else {
        articles.push_back(buf.str());
      }
    }
  }
  std::size_t one_pass = 0;
  for (const auto& a : articles) one_pass += a.size();
  if (one_pass == 0) {
    std::fprintf(stderr, "bench-dates: no text read\n");
    return 1;
  }
  const auto target = static_cast<std::size_t>(megabytes * 1024 * 1024);
  exodus::dates::TagOptions options;
  options.lang = exodus::parse_lang(lang_text);
  options.reference = exodus::dates::parse_partial_date("2024-05-15");
  double best = 0, best_wall = 0;
  std::size_t expressions = 0, bytes = 0;
  for (int r = 0; r < rounds; ++r) {
    bytes = 0;
    expressions = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = thread_cpu_seconds();
    while (bytes < target)
      for (const auto& a : articles) {
        expressions += exodus::dates::tag(a, options).size();
        bytes += a.size();
      }
    const double cpu = thread_cpu_seconds() - c0;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::max(best, static_cast<double>(bytes) / (1024.0 * 1024.0) / cpu);
    best_wall = std::max(best_wall, static_cast<double>(bytes) / (1024.0 * 1024.0) / wall);
  }
  std::printf("tagged %.1f MB (%zu articles of %.1f KB on average), %zu expressions per round\n",
              static_cast<double>(bytes) / (1024.0 * 1024.0), articles.size(),
              static_cast<double>(one_pass) / static_cast<double>(articles.size()) / 1024.0, expressions);
  std::printf("throughput: %.1f MB/s of CPU time on one core, %.1f MB/s wall clock (best of %d rounds)\n", best,
              best_wall, rounds);
  return 0;
}
