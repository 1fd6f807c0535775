// The ingest pipeline. A reader thread turns inputs into articles, worker threads check and extract them,
// and the calling thread writes results in input order, committing every N articles or S seconds, so a
// crash loses at most the open batch and re-running the same input restores it.
#include "ingest/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <variant>

#include "extract/extractor.hpp"
#include "ingest/archive_reader.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/readers.hpp"

namespace exodus::ingest {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// What the reader hands on: an article to check and extract, or a problem met while reading.
using ReadItem = std::variant<Article, Diagnostic>;

struct Processed {
  std::optional<Article> article;  // set when it should be stored
  std::vector<Mention> mentions;
  std::vector<Diagnostic> diagnostics;
};

// Bounded, ordered hand-over between the reader, the workers and the writer. At most `window` articles
// are between reading and writing at any time, which bounds memory whatever the input size.
class Conveyor {
 public:
  explicit Conveyor(std::size_t window) : window_(window) {}

  void submit(ReadItem item) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return next_seq_ - written_ < window_ || cancelled_; });
    if (cancelled_) return;
    const auto seq = next_seq_++;
    if (auto* d = std::get_if<Diagnostic>(&item)) {
      Processed p;
      p.diagnostics.push_back(std::move(*d));
      done_.emplace(seq, std::move(p));
      done_ready_.notify_all();
    } else {
      work_.emplace_back(seq, std::move(std::get<Article>(item)));
      work_ready_.notify_one();
    }
  }

  void finish_reading() {
    std::lock_guard lock(mutex_);
    reading_done_ = true;
    work_ready_.notify_all();
    done_ready_.notify_all();
  }

  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    work_.clear();
    space_.notify_all();
    work_ready_.notify_all();
    done_ready_.notify_all();
  }

  bool cancelled() {
    std::lock_guard lock(mutex_);
    return cancelled_;
  }

  // For workers: the next article to process, or nullopt when there will be no more.
  std::optional<std::pair<std::uint64_t, Article>> take_work() {
    std::unique_lock lock(mutex_);
    work_ready_.wait(lock, [&] { return !work_.empty() || reading_done_ || cancelled_; });
    if (work_.empty() || cancelled_) return std::nullopt;
    auto item = std::move(work_.front());
    work_.pop_front();
    return item;
  }

  void put_done(std::uint64_t seq, Processed p) {
    std::lock_guard lock(mutex_);
    done_.emplace(seq, std::move(p));
    done_ready_.notify_all();
  }

  // For the writer: the next result in input order, or nullopt when everything has been written.
  std::optional<Processed> take_done() {
    std::unique_lock lock(mutex_);
    done_ready_.wait(lock, [&] { return done_.count(written_) || (reading_done_ && written_ == next_seq_) || cancelled_; });
    if (cancelled_ || !done_.count(written_)) return std::nullopt;
    auto node = done_.extract(written_);
    ++written_;
    space_.notify_all();
    return std::move(node.mapped());
  }

 private:
  std::mutex mutex_;
  std::condition_variable space_, work_ready_, done_ready_;
  std::deque<std::pair<std::uint64_t, Article>> work_;
  std::map<std::uint64_t, Processed> done_;
  std::uint64_t next_seq_ = 0;
  std::uint64_t written_ = 0;
  std::size_t window_;
  bool reading_done_ = false;
  bool cancelled_ = false;
};

// Article text kept for a possible replay of the open transaction, at most: past it the writer commits early.
constexpr std::size_t kMaxUncommittedBytes = 64u << 20;

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Reads up to kMaxArticleBytes + 1 bytes: enough to know an input is too large without holding all of it.
std::string read_bounded(std::istream& in) {
  std::string content;
  char buffer[64 * 1024];
  while (in && content.size() <= kMaxArticleBytes) {
    in.read(buffer, sizeof buffer);
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return content;
}

class Reader {
 public:
  Reader(Conveyor& conveyor, std::atomic<std::int64_t>& bytes_read) : conveyor_(conveyor), bytes_read_(bytes_read) {}

  void error(const std::string& where, std::string message) {
    conveyor_.submit(Diagnostic{Severity::error, where, std::move(message)});
  }

  void article(Article&& a) {
    bytes_read_ += static_cast<std::int64_t>(a.text.size());
    conveyor_.submit(std::move(a));
  }

  // One document whose format is known or sniffed, from a stream.
  void read_stream(std::istream& in, const std::string& name, std::optional<InputFormat> format) {
    if (!format) {
      // Look at the first bytes without consuming more than a small head.
      std::string head(4096, '\0');
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<std::size_t>(in.gcount()));
      in.clear();
      if (head.find('\0') != std::string::npos) {
        error(name, "contains NUL bytes: a binary file, not an article");
        return;
      }
      format = sniff_format(head);
      std::string rest = *format == InputFormat::jsonl ? std::string{} : read_bounded(in);
      if (*format == InputFormat::jsonl) {
        // Stream the rest of a JSON Lines input after its head.
        struct Joined : std::streambuf {
          Joined(std::string h, std::istream& tail) : head(std::move(h)), rest(tail) {
            setg(head.data(), head.data(), head.data() + head.size());
          }
          int underflow() override {
            if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
            rest.read(buffer, sizeof buffer);
            const auto n = rest.gcount();
            if (n <= 0) return traits_type::eof();
            setg(buffer, buffer, buffer + n);
            return traits_type::to_int_type(*gptr());
          }
          std::string head;
          std::istream& rest;
          char buffer[64 * 1024];
        } joined(std::move(head), in);
        std::istream stream(&joined);
        read_json_lines(stream, name, on_article_, on_problem_);
        return;
      }
      read_whole(head + rest, name, *format);
      return;
    }
    if (*format == InputFormat::jsonl) {
      read_json_lines(in, name, on_article_, on_problem_);
      return;
    }
    read_whole(read_bounded(in), name, *format);
  }

  void read_whole(const std::string& content, const std::string& name, InputFormat format) {
    if (content.size() > kMaxArticleBytes) {
      error(name, "larger than " + std::to_string(kMaxArticleBytes >> 20) + " MB; not an article; skipped");
      return;
    }
    switch (format) {
      case InputFormat::text: {
        auto parsed = parse_text_article(content, name);
        if (auto* e = std::get_if<std::string>(&parsed)) error(name, *e);
        else article(std::move(std::get<Article>(parsed)));
        break;
      }
      case InputFormat::html:
        article(read_html(content, name));
        break;
      case InputFormat::json:
        read_json_document(content, name, on_article_, on_problem_);
        break;
      case InputFormat::jsonl: {
        std::istringstream in(content);
        read_json_lines(in, name, on_article_, on_problem_);
        break;
      }
    }
  }

  void read_file(const std::string& path) {
    if (is_archive_path(path)) {
      try {
        for_each_archive_member(path, [&](const std::string& member, std::istream& content) {
          read_stream(content, path + ":" + member, format_from_extension(member));
        });
      } catch (const std::exception& e) {
        // The archive reader's messages already start with "archive.zip: " or "archive.zip:member: ".
        const std::string message = e.what();
        const auto split = message.find(": ", message.rfind(path, 0) == 0 ? path.size() : 0);
        if (message.rfind(path, 0) == 0 && split != std::string::npos)
          error(message.substr(0, split), message.substr(split + 2));
        else
          error(path, message);
      }
      return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(path, "cannot be opened");
      return;
    }
    // A file read whole (anything but JSON Lines, which streams) over the limit is refused before it is read.
    const auto format = format_from_extension(path);
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxArticleBytes && format != InputFormat::jsonl) {
      std::string head(4096, '\0');
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<std::size_t>(in.gcount()));
      if (format || sniff_format(head) != InputFormat::jsonl) {
        error(path, "larger than " + std::to_string(kMaxArticleBytes >> 20) + " MB; not an article; skipped");
        return;
      }
      in.clear();
      in.seekg(0);
    }
    read_stream(in, path, format);
  }

 private:
  Conveyor& conveyor_;
  std::atomic<std::int64_t>& bytes_read_;
  // The two ends every reader hands its results to.
  const std::function<void(Article&&)> on_article_ = [this](Article&& a) { article(std::move(a)); };
  const DiagnosticSink on_problem_ = [this](const Diagnostic& d) { conveyor_.submit(d); };
};

bool is_supported_in_directory(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.empty() || name.front() == '.') return false;
  return format_from_extension(name).has_value() || is_archive_path(name);
}

struct Input {
  std::string path;  // "-" for stdin
  std::int64_t size = 0;
};

// Expands the command line's paths into files, in a stable order; problems go to `problems`.
std::vector<Input> expand_paths(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems) {
  std::vector<Input> inputs;
  for (const auto& path : paths) {
    if (path == "-") {
      inputs.push_back({"-", 0});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.push_back({Severity::error, path, "no such file or directory"});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<Input> found;
      // Directory symlinks are not followed, so a link loop cannot trap the walk.
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code file_ec;
        if (!it->is_regular_file(file_ec) || !is_supported_in_directory(it->path())) continue;
        found.push_back({it->path().string(), static_cast<std::int64_t>(it->file_size(file_ec))});
      }
      if (ec) problems.push_back({Severity::error, path, "cannot be read completely: " + ec.message()});
      std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
      inputs.insert(inputs.end(), found.begin(), found.end());
      continue;
    }
    inputs.push_back({path, static_cast<std::int64_t>(fs::file_size(path, ec))});
  }
  return inputs;
}

Processed process(Article article, const ArticleMeta& defaults) {
  Processed p;
  p.diagnostics = prepare_article(article, defaults);
  const bool refused = std::any_of(p.diagnostics.begin(), p.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (refused || is_blank(article.text)) return p;
  try {
    p.mentions = extract_departures(article);
  } catch (const std::exception& e) {
    p.diagnostics.push_back({Severity::error, article.origin, std::string("extraction failed: ") + e.what()});
    return p;
  }
  p.article = std::move(article);
  return p;
}

}  // namespace

IngestSummary ingest_paths(store::Store& store, const std::vector<std::string>& paths, const IngestOptions& options,
                           const DiagnosticSink& sink) {
  const auto started = Clock::now();
  IngestSummary summary;
  auto report = [&](const Diagnostic& d) {
    if (d.severity == Severity::error) ++summary.skipped;
    else ++summary.warnings;
    sink(d);
  };

  std::vector<Diagnostic> path_problems;
  const auto inputs = expand_paths(paths, path_problems);
  for (const auto& d : path_problems) report(d);
  Progress progress;
  for (const auto& in : inputs) progress.total_bytes += in.size;

  std::string input_list;
  for (const auto& p : paths) input_list += (input_list.empty() ? "" : " ") + p;
  const auto batch_id = store.begin_batch(input_list);

  Conveyor conveyor(256);
  std::atomic<std::int64_t> bytes_read = 0;  // written by the reader thread, read for progress
  std::atomic<std::int64_t> files_done = 0;
  std::exception_ptr reader_failure;
  std::thread reader_thread([&] {
    try {
      Reader reader(conveyor, bytes_read);
      for (const auto& in : inputs) {
        if (conveyor.cancelled()) break;
        if (in.path == "-") reader.read_stream(std::cin, "-", std::nullopt);
        else reader.read_file(in.path);
        ++files_done;
      }
    } catch (...) {
      reader_failure = std::current_exception();
    }
    conveyor.finish_reading();
  });

  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned worker_count = options.workers ? options.workers : cores;
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < worker_count; ++i)
    workers.emplace_back([&] {
      while (auto item = conveyor.take_work()) conveyor.put_done(item->first, process(std::move(item->second), options.defaults));
    });

  auto join_all = [&] {
    reader_thread.join();
    for (auto& w : workers) w.join();
  };

  store::BatchCounts counts;
  std::size_t since_commit = 0;
  // The articles stored in the open transaction, kept to be written again if a later one fails half-way: the
  // transaction is then rolled back and they are replayed. Every article still goes in whole or not at all,
  // without a savepoint per article (SQLite would copy every page each article changes).
  std::vector<Processed> uncommitted;
  std::size_t uncommitted_bytes = 0;
  auto last_commit = Clock::now();
  auto last_progress = Clock::now();
  try {
    store.begin_bulk_transaction();
    while (auto done = conveyor.take_done()) {
      for (const auto& d : done->diagnostics) report(d);
      if (done->article) {
        ++summary.articles;
        try {
          const auto result = store.add_article(*done->article, done->mentions, batch_id);
          if (result.stored) {
            ++summary.stored;
            summary.departures += result.mentions;
            uncommitted_bytes += done->article->text.size();
            uncommitted.push_back(std::move(*done));
          } else {
            ++summary.duplicates;
          }
        } catch (const store::StoreError& e) {
          const int primary = e.sqlite_code() & 0xff;
          if (primary == 13 /* SQLITE_FULL */ || primary == 10 /* SQLITE_IOERR */ || primary == 11 /* CORRUPT */)
            throw;
          // Part of the failed article may be in the transaction: write the open batch again without it.
          store.rollback_transaction();
          store.begin_bulk_transaction();
          for (const auto& p : uncommitted) store.add_article(*p.article, p.mentions, batch_id);
          report({Severity::error, done->article->origin, e.what()});
        }
        ++since_commit;
      } else if (done->diagnostics.empty()) {
        ++summary.articles;
      }
      const auto now = Clock::now();
      // A transaction rewrites every index page it touches. Once the indexes are larger than a batch touches,
      // nearly every article dirties a page of each, so a batch grows with what this run stored (an eighth of
      // it) and the pages rewritten per article stay about the same as the database grows. The time bound still
      // caps what a crash can lose.
      const std::size_t batch_articles =
          std::max(options.commit_every_articles, static_cast<std::size_t>(summary.stored) / 8);
      if (since_commit >= batch_articles || uncommitted_bytes >= kMaxUncommittedBytes ||
          std::chrono::duration<double>(now - last_commit).count() >= options.commit_every_seconds) {
        store.commit_transaction();
        store.begin_bulk_transaction();
        uncommitted.clear();
        uncommitted_bytes = 0;
        since_commit = 0;
        last_commit = now;
      }
      if (options.on_progress && now - last_progress >= std::chrono::milliseconds(200)) {
        progress.files = files_done;
        progress.articles = summary.articles;
        progress.bytes = bytes_read;
        progress.seconds = std::chrono::duration<double>(now - started).count();
        options.on_progress(progress);
        last_progress = now;
      }
    }
    store.commit_transaction();
  } catch (...) {
    conveyor.cancel();
    join_all();
    try {
      store.rollback_transaction();
      counts = {summary.stored, summary.duplicates, summary.departures, summary.skipped, summary.warnings};
      store.finish_batch(batch_id, counts, "failed");
    } catch (...) {  // the first failure is the one to report
    }
    throw;
  }
  join_all();
  if (reader_failure) std::rethrow_exception(reader_failure);

  summary.files = static_cast<std::int64_t>(inputs.size());
  summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  counts = {summary.stored, summary.duplicates, summary.departures, summary.skipped, summary.warnings};
  store.finish_batch(batch_id, counts, summary.skipped ? "partial" : "ok");
  return summary;
}

}  // namespace exodus::ingest
