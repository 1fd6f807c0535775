// Tests for the streaming archive reader: archives written at run time with libarchive's write API, read back.
#include "ingest/archive_reader.hpp"

#include "ingest/html_reader.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using exodus::ingest::for_each_archive_member;
using exodus::ingest::is_archive_path;

namespace {

enum class EntryType { file, directory, symlink };

struct Entry {
  std::string name;
  std::string content;  // the link target for symlinks
  EntryType type = EntryType::file;
};

enum class Shape { zip, tar, tar_gz };

// A fresh folder for this test program's files, removed at exit.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::random_device seed;
    path = fs::temp_directory_path() / ("exodus-archive-test-" + std::to_string(seed()));
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

const ScratchDir& scratch() {
  static const ScratchDir dir;
  return dir;
}

struct WriterDeleter {
  void operator()(archive* a) const { archive_write_free(a); }
};

// Writes `entries` into a new archive of the given shape at `path`.
void write_archive(const fs::path& path, Shape shape, const std::vector<Entry>& entries) {
  std::unique_ptr<archive, WriterDeleter> writer(archive_write_new());
  REQUIRE(writer);
  if (shape == Shape::zip) {
    REQUIRE(archive_write_set_format_zip(writer.get()) == ARCHIVE_OK);
  } else {
    REQUIRE(archive_write_set_format_pax_restricted(writer.get()) == ARCHIVE_OK);
    if (shape == Shape::tar_gz) REQUIRE(archive_write_add_filter_gzip(writer.get()) == ARCHIVE_OK);
  }
  REQUIRE(archive_write_open_filename(writer.get(), path.c_str()) == ARCHIVE_OK);
  for (const Entry& e : entries) {
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname(entry.get(), e.name.c_str());
    archive_entry_set_mtime(entry.get(), 1715760000, 0);
    switch (e.type) {
      case EntryType::file:
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(e.content.size()));
        break;
      case EntryType::directory:
        archive_entry_set_filetype(entry.get(), AE_IFDIR);
        archive_entry_set_perm(entry.get(), 0755);
        archive_entry_set_size(entry.get(), 0);
        break;
      case EntryType::symlink:
        archive_entry_set_filetype(entry.get(), AE_IFLNK);
        archive_entry_set_perm(entry.get(), 0777);
        archive_entry_set_symlink(entry.get(), e.content.c_str());
        archive_entry_set_size(entry.get(), 0);
        break;
    }
    REQUIRE(archive_write_header(writer.get(), entry.get()) == ARCHIVE_OK);
    if (e.type == EntryType::file && !e.content.empty())
      REQUIRE(archive_write_data(writer.get(), e.content.data(), e.content.size()) ==
              static_cast<la_ssize_t>(e.content.size()));
  }
  REQUIRE(archive_write_close(writer.get()) == ARCHIVE_OK);
}

// Reads every member back as (name, content).
std::vector<std::pair<std::string, std::string>> read_all(const fs::path& path) {
  std::vector<std::pair<std::string, std::string>> members;
  for_each_archive_member(path.string(), [&](const std::string& name, std::istream& content) {
    std::string data{std::istreambuf_iterator<char>(content), std::istreambuf_iterator<char>()};
    CHECK_FALSE(content.bad());
    members.emplace_back(name, std::move(data));
  });
  return members;
}

// Bytes that neither zip nor gzip can shrink, so a cut in the file lands inside this member's data.
std::string incompressible(std::size_t size) {
  std::mt19937 generator(20240515);
  std::string data(size, '\0');
  for (char& c : data) c = static_cast<char>(generator() & 0xFFU);
  return data;
}

std::string large_text(std::size_t size) {
  std::string text;
  for (int line = 0; text.size() < size; ++line)
    text += "Line " + std::to_string(line) + ": the director left the company after the board met.\n";
  return text;
}

const std::vector<Entry> kBatch = {
    {"batch/", "", EntryType::directory},
    {"batch/openai.fr.txt", "---\ntitle: Départs\n---\nLa cheffe de produit a quitté l'entreprise.\n"},
    {"batch/nested/page.html", "<html><body><p>He resigned on Tuesday.</p></body></html>"},
    {"batch/empty.txt", ""},
    {"batch/latest", "openai.fr.txt", EntryType::symlink},
    {"__MACOSX/batch/._openai.fr.txt", "resource fork"},
    {"batch/._page.html", "resource fork"},
    {"batch/notes.jsonl", "{\"text\": \"She stepped down.\"}\n{\"text\": \"Il est parti.\"}\n"},
};

const std::vector<std::pair<std::string, std::string>> kBatchMembers = {
    {"batch/openai.fr.txt", "---\ntitle: Départs\n---\nLa cheffe de produit a quitté l'entreprise.\n"},
    {"batch/nested/page.html", "<html><body><p>He resigned on Tuesday.</p></body></html>"},
    {"batch/empty.txt", ""},
    {"batch/notes.jsonl", "{\"text\": \"She stepped down.\"}\n{\"text\": \"Il est parti.\"}\n"},
};

struct ShapeCase {
  Shape shape;
  const char* file_name;
};

const ShapeCase kShapes[] = {
    {Shape::zip, "batch.zip"},
    {Shape::tar, "batch.tar"},
    {Shape::tar_gz, "batch.tar.gz"},
};

// The message of the std::runtime_error that `action` throws, or a marker when it throws none.
template <typename Action>
std::string runtime_error_message(Action&& action) {
  try {
    action();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no std::runtime_error thrown)";
}

void ignore_members(const std::string&, std::istream&) {}

}  // namespace

TEST_CASE("is_archive_path recognises archives by extension") {
  const std::pair<const char*, bool> cases[] = {
      {"batch.zip", true},        {"BATCH.ZIP", true},        {"a/b/batch.tar", true},   {"batch.tar.gz", true},
      {"batch.tgz", true},        {"batch.tar.bz2", true},    {"batch.tar.xz", true},    {"batch.tar.zst", true},
      {"batch.7z", true},         {"page.html", false},       {"notes.txt", false},      {"notes.gz", false},
      {"zip", false},             {".zip", false},            {"archive.zip.txt", false}, {"", false},
  };
  for (const auto& [path, expected] : cases) {
    CAPTURE(path);
    CHECK(is_archive_path(path) == expected);
  }
}

TEST_CASE("every regular file of a zip, tar and tar.gz is streamed in order, other entries skipped") {
  for (const ShapeCase& c : kShapes) {
    CAPTURE(c.file_name);
    const fs::path path = scratch().path / c.file_name;
    write_archive(path, c.shape, kBatch);
    CHECK(read_all(path) == kBatchMembers);
  }
}

TEST_CASE("a member larger than the read block streams whole, and unread members are skipped") {
  const std::string big = large_text(600 * 1024);
  const std::string noise = incompressible(200 * 1024);
  for (const ShapeCase& c : kShapes) {
    CAPTURE(c.file_name);
    const fs::path path = scratch().path / (std::string("big-") + c.file_name);
    write_archive(path, c.shape, {{"skipped.bin", noise}, {"big.txt", big}, {"after.txt", "last"}});
    std::vector<std::string> names;
    std::string big_read;
    std::string after_read;
    for_each_archive_member(path.string(), [&](const std::string& name, std::istream& content) {
      names.push_back(name);
      if (name == "skipped.bin") {
        char first = 0;
        content.get(first);  // read one byte and leave the rest unread
        CHECK(first == noise.front());
      } else if (name == "big.txt") {
        std::string line;
        while (std::getline(content, line)) big_read += line + "\n";
      } else {
        after_read.assign(std::istreambuf_iterator<char>(content), std::istreambuf_iterator<char>());
      }
    });
    CHECK(names == std::vector<std::string>{"skipped.bin", "big.txt", "after.txt"});
    CHECK(big_read.size() == big.size());
    CHECK(big_read == big);
    CHECK(after_read == "last");
  }
}

TEST_CASE("errors name the archive, and the member when its data is unreadable") {
  SUBCASE("missing archive") {
    const std::string path = (scratch().path / "missing.zip").string();
    const std::string message = runtime_error_message([&] { for_each_archive_member(path, ignore_members); });
    CAPTURE(message);
    CHECK(message.starts_with(path + ": "));
  }
  SUBCASE("a file that is not an archive") {
    const fs::path path = scratch().path / "not-an-archive.zip";
    std::ofstream(path) << "Plain text, not a zip at all, long enough to be sniffed by every format reader.\n";
    const std::string message =
        runtime_error_message([&] { for_each_archive_member(path.string(), ignore_members); });
    CAPTURE(message);
    CHECK(message.starts_with(path.string() + ": "));
  }
  SUBCASE("a truncated tar.gz fails inside the member being read") {
    const fs::path path = scratch().path / "truncated.tar.gz";
    write_archive(path, Shape::tar_gz, {{"first.txt", "complete"}, {"noise.bin", incompressible(256 * 1024)}});
    fs::resize_file(path, fs::file_size(path) / 2);
    std::vector<std::string> seen;
    bool stream_went_bad = false;
    const std::string message = runtime_error_message([&] {
      for_each_archive_member(path.string(), [&](const std::string& name, std::istream& content) {
        seen.push_back(name);
        // Through istream calls the read error shows as badbit; the reader then throws it after the callback.
        std::string line;
        while (std::getline(content, line)) {
        }
        stream_went_bad = content.bad();
      });
    });
    CAPTURE(message);
    CHECK(message.starts_with(path.string() + ":noise.bin: "));
    CHECK(seen == std::vector<std::string>{"first.txt", "noise.bin"});
    CHECK(stream_went_bad);
  }
}

TEST_CASE("an exception thrown by the callback propagates unchanged") {
  const fs::path path = scratch().path / "propagate.zip";
  write_archive(path, Shape::zip, {{"a.txt", "a"}, {"b.txt", "b"}});
  int calls = 0;
  CHECK_THROWS_WITH_AS(for_each_archive_member(path.string(),
                                               [&](const std::string&, std::istream&) {
                                                 ++calls;
                                                 throw std::logic_error("stop here");
                                               }),
                       "stop here", std::logic_error);
  CHECK(calls == 1);
}

TEST_CASE("news pages read from a zip give what the same files give") {
  const std::string pages_dir = EXODUS_SOURCE_DIR "/tests/ingest/pages/";
  std::vector<Entry> entries;
  for (const auto& file : fs::directory_iterator(pages_dir)) {
    if (file.path().extension() != ".html") continue;
    std::ifstream in(file.path(), std::ios::binary);
    entries.push_back({"pages/" + file.path().filename().string(),
                       std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
  }
  REQUIRE(entries.size() >= 6);
  const fs::path path = scratch().path / "pages.zip";
  write_archive(path, Shape::zip, entries);
  std::size_t compared = 0;
  for_each_archive_member(path.string(), [&](const std::string& name, std::istream& content) {
    const std::string html{std::istreambuf_iterator<char>(content), std::istreambuf_iterator<char>()};
    const std::string file_name = name.substr(name.find('/') + 1);
    std::ifstream in(pages_dir + file_name, std::ios::binary);
    const std::string from_file{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CAPTURE(name);
    const exodus::Article zipped = exodus::ingest::read_html(html, path.string() + ":" + name);
    const exodus::Article direct = exodus::ingest::read_html(from_file, file_name);
    CHECK(zipped.text == direct.text);
    CHECK(zipped.meta.title == direct.meta.title);
    CHECK(zipped.meta.published == direct.meta.published);
    CHECK(zipped.meta.outlet == direct.meta.outlet);
    CHECK(zipped.meta.url == direct.meta.url);
    CHECK(zipped.meta.lang == direct.meta.lang);
    ++compared;
  });
  CHECK(compared == entries.size());
}
