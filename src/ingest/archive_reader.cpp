// Streaming archive reading over libarchive: each member is exposed as a std::istream fed block by block by
// archive_read_data, so a multi-gigabyte batch costs one buffer of memory.
#include "ingest/archive_reader.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <stdexcept>
#include <streambuf>

namespace exodus::ingest {
namespace {

constexpr std::string_view kArchiveExtensions[] = {
    ".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".7z",
};

// libarchive hands out blocks of this size from the underlying file.
constexpr std::size_t kReadBlockBytes = 64 * 1024;

struct ArchiveDeleter {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

std::string error_text(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown archive error";
}

// A read-only streambuf over the current member of an open archive.
class MemberStreambuf : public std::streambuf {
 public:
  MemberStreambuf(archive* a, std::string where) : archive_(a), where_(std::move(where)) {}

  // The read error met while streaming, if any, as the message to throw ("archive.zip:member: message").
  const std::optional<std::string>& error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (error_ || finished_) return traits_type::eof();
    const la_ssize_t got = archive_read_data(archive_, buffer_.data(), buffer_.size());
    if (got < 0) {
      error_ = where_ + ": " + error_text(archive_);
      // istream turns this into badbit (or rethrows it when the caller asked for exceptions).
      throw std::runtime_error(*error_);
    }
    if (got == 0) {
      finished_ = true;
      return traits_type::eof();
    }
    setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
    return traits_type::to_int_type(*gptr());
  }

 private:
  archive* archive_;
  std::string where_;
  std::array<char, kReadBlockBytes> buffer_{};
  std::optional<std::string> error_;
  bool finished_ = false;
};

// Entries that hold no file of the user's: macOS resource forks that Finder adds to every zip it makes.
bool is_metadata_entry(std::string_view name) {
  if (name.starts_with("__MACOSX/")) return true;
  const std::size_t slash = name.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  return base.starts_with("._");
}

}  // namespace

bool is_archive_path(std::string_view path) {
  std::string lower(path);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kArchiveExtensions), std::end(kArchiveExtensions), [&](std::string_view ext) {
    return lower.size() > ext.size() && std::string_view(lower).ends_with(ext);
  });
}

void for_each_archive_member(
    const std::string& path,
    const std::function<void(const std::string& member_name, std::istream& content)>& on_member) {
  ArchivePtr reader(archive_read_new());
  if (!reader) throw std::runtime_error(path + ": cannot allocate an archive reader");
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_all(reader.get());
  if (archive_read_open_filename(reader.get(), path.c_str(), kReadBlockBytes) != ARCHIVE_OK)
    throw std::runtime_error(path + ": " + error_text(reader.get()));

  archive_entry* entry = nullptr;
  while (true) {
    const int status = archive_read_next_header(reader.get(), &entry);
    if (status == ARCHIVE_EOF) break;
    if (status == ARCHIVE_FATAL || status == ARCHIVE_RETRY)
      throw std::runtime_error(path + ": " + error_text(reader.get()));
    // ARCHIVE_WARN (an odd but readable header) still gives a usable entry.
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* raw_name = archive_entry_pathname_utf8(entry);
    if (raw_name == nullptr) raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    if (name.empty() || is_metadata_entry(name)) continue;

    MemberStreambuf buffer(reader.get(), path + ":" + name);
    std::istream content(&buffer);
    on_member(name, content);
    if (buffer.error()) throw std::runtime_error(*buffer.error());
  }
}

}  // namespace exodus::ingest
