// The README's command-line reference must name every flag the tools accept, so docs never fall behind.
#include <doctest/doctest.h>

#include <cctype>
#include <set>

#include "run_support.hpp"

using exodus::test::run;
using exodus::test::ScratchDir;
using exodus::test::tool;

namespace {

// The long flags ("--db") that a --help text lists.
std::set<std::string> long_flags(const std::string& help) {
  std::set<std::string> flags;
  for (std::size_t pos = help.find("--"); pos != std::string::npos; pos = help.find("--", pos + 2)) {
    if (pos > 0 && help[pos - 1] != ' ' && help[pos - 1] != ',') continue;
    std::size_t end = pos + 2;
    while (end < help.size() && (std::isalnum(static_cast<unsigned char>(help[end])) || help[end] == '-')) ++end;
    if (end > pos + 2) flags.insert(help.substr(pos, end - pos));
  }
  return flags;
}

}  // namespace

TEST_CASE("every flag of every tool is in the README") {
  ScratchDir scratch;
  const std::string readme = exodus::test::slurp(EXODUS_SOURCE_DIR "/README.md");
  REQUIRE_FALSE(readme.empty());
  for (const char* name : {"exodus-ingest", "exodus-query", "exodus-dates"}) {
    const auto help = run(tool(name) + " --help", scratch);
    REQUIRE(help.exit_code == 0);
    const auto flags = long_flags(help.out);
    CHECK(flags.size() >= 2);
    const auto section = readme.find(std::string("### ") + name);
    REQUIRE_MESSAGE(section != std::string::npos, "README has no '### " << name << "' section");
    const auto next = readme.find("\n### ", section + 4);
    const std::string text = readme.substr(section, next == std::string::npos ? std::string::npos : next - section);
    for (const auto& flag : flags) CHECK_MESSAGE(text.find(flag) != std::string::npos, std::string(name) << " " << flag << " is not documented");
  }
}
