// What ingest tells the user about its input: errors (the input was skipped) and warnings (it went in).
#pragma once
#include <functional>
#include <string>

namespace exodus::ingest {

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string where;    // "batch.jsonl:12", "pages/a.html", "archive.zip:member.txt", "-"
  std::string message;
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace exodus::ingest
