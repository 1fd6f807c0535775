// Streaming reader for archives (.zip, .tar, .tar.gz, ...) through libarchive: one member at a time, never the
// whole archive in memory.
#pragma once
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace exodus::ingest {

// Whether `path` names an archive by its extension (case-insensitive): .zip, .tar, .tar.gz, .tgz, .tar.bz2,
// .tbz2, .tar.xz, .txz, .tar.zst, .7z.
bool is_archive_path(std::string_view path);

// Calls `on_member` for every regular file of the archive at `path`, in archive order, with the member's path
// inside the archive and a stream over its content. The stream is valid only during the call; what the callback
// does not read is skipped. Directories, links and macOS resource forks (__MACOSX/, ._name) are not members.
// Throws std::runtime_error "path: message" when the archive cannot be opened or its listing is corrupt, and
// "path:member: message" when a member's data cannot be read: istream reads see badbit and the error is thrown
// once the callback returns (reading the streambuf directly throws it at once). Exceptions thrown by `on_member`
// propagate unchanged.
void for_each_archive_member(
    const std::string& path,
    const std::function<void(const std::string& member_name, std::istream& content)>& on_member);

}  // namespace exodus::ingest
