// Temporary database paths for store tests, removed with their WAL files when the test ends.
#pragma once
#include <filesystem>
#include <random>
#include <string>

namespace exodus::test {

class TempDb {
 public:
  TempDb() {
    std::random_device rd;
    path_ = (std::filesystem::temp_directory_path() / ("exodus-test-" + std::to_string(rd()) + ".db")).string();
  }
  ~TempDb() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix);
  }
  TempDb(const TempDb&) = delete;
  TempDb& operator=(const TempDb&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace exodus::test
