// Saved web pages and archives give the same departures as the plain articles they hold.
#include <archive.h>
#include <archive_entry.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "run_support.hpp"

namespace fs = std::filesystem;
using exodus::test::run;
using exodus::test::ScratchDir;
using exodus::test::shell_quote;
using exodus::test::slurp;
using exodus::test::tool;
using nlohmann::json;

namespace {

json timeline(const std::string& db, const ScratchDir& scratch) {
  auto r = run(tool("exodus-query") + " --db " + shell_quote(db) + " --format json", scratch);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

// What a departure is, without where it was read: person, organization, kind and date.
std::vector<std::string> departures(const json& t) {
  std::vector<std::string> out;
  for (const auto& d : t)
    out.push_back(d["person"].get<std::string>() + " | " + (d["org"].is_null() ? "" : d["org"].get<std::string>()) +
                  " | " + d["kind"].get<std::string>() + " | " + d["date"]["edtf"].dump());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("each saved page gives the same departures as its article as plain text") {
  ScratchDir scratch;
  const fs::path pages = fs::path(EXODUS_SOURCE_DIR) / "tests/ingest/pages";
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(pages)) {
    if (entry.path().extension() != ".html") continue;
    const std::string name = entry.path().stem().string();
    CAPTURE(name);
    const auto page_db = scratch.file(name + "-page.db"), text_db = scratch.file(name + "-text.db");
    const std::string lang = name.rfind("fr-", 0) == 0 ? " --lang fr " : " --lang en ";
    auto page = run(tool("exodus-ingest") + " --db " + shell_quote(page_db) + lang +
                        shell_quote(entry.path().string()),
                    scratch);
    REQUIRE(page.exit_code == 0);
    const json from_page = timeline(page_db, scratch);
    // The twin gets the metadata the page carried, from what the page's ingest stored.
    std::string meta;
    if (!from_page.empty()) {
      const auto& s = from_page[0]["sources"][0];
      for (const char* key : {"title", "published", "outlet"})
        if (!s[key].is_null()) meta += std::string(" --") + key + " " + shell_quote(s[key].get<std::string>());
    }
    auto text = run(tool("exodus-ingest") + " --db " + shell_quote(text_db) + meta + lang +
                        shell_quote((pages / (name + ".expected.txt")).string()),
                    scratch);
    REQUIRE(text.exit_code == 0);
    if (from_page.empty()) continue;
    CHECK(departures(from_page) == departures(timeline(text_db, scratch)));
    ++compared;
  }
  CHECK(compared >= 4);
}

TEST_CASE("a zip of the example batch gives the same timeline as the folder") {
  ScratchDir scratch;
  const fs::path examples = fs::path(EXODUS_SOURCE_DIR) / "examples";
  const auto zip_path = scratch.file("examples.zip");
  {
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    REQUIRE(archive_write_set_format_zip(writer.get()) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(writer.get(), zip_path.c_str()) == ARCHIVE_OK);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(examples)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string content = slurp(f.string());
      std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
      archive_entry_set_pathname(entry.get(), ("examples/" + f.filename().string()).c_str());
      archive_entry_set_size(entry.get(), static_cast<la_int64_t>(content.size()));
      archive_entry_set_filetype(entry.get(), AE_IFREG);
      archive_entry_set_perm(entry.get(), 0644);
      REQUIRE(archive_write_header(writer.get(), entry.get()) == ARCHIVE_OK);
      REQUIRE(archive_write_data(writer.get(), content.data(), content.size()) ==
              static_cast<la_ssize_t>(content.size()));
    }
    REQUIRE(archive_write_close(writer.get()) == ARCHIVE_OK);
  }
  const auto folder_db = scratch.file("folder.db"), zip_db = scratch.file("zip.db");
  REQUIRE(run(tool("exodus-ingest") + " --db " + shell_quote(folder_db) + " " + shell_quote(examples.string()), scratch)
              .exit_code == 0);
  auto zipped = run(tool("exodus-ingest") + " --db " + shell_quote(zip_db) + " " + shell_quote(zip_path), scratch);
  CAPTURE(zipped.err);
  REQUIRE(zipped.exit_code == 0);
  const json a = timeline(folder_db, scratch), b = timeline(zip_db, scratch);
  CHECK(a.size() >= 8);
  CHECK(a == b);
}
