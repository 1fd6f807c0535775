// Reading ISO-TimeML documents (TimeBank .tml files) and scoring the date engine against their TIMEX3s the way
// TempEval-3 does: strict and relaxed span P/R/F1, type and value accuracy, value F1.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_range.hpp"
#include "dates/tagger.hpp"

namespace exodus::dates {

struct GoldTimex {
  std::size_t start = 0;  // byte offsets into TimemlDocument::text
  std::size_t end = 0;
  std::string text;
  std::string type;   // "DATE", "TIME", "DURATION", "SET"
  std::string value;
};

struct TimemlDocument {
  std::string text;                      // the <TEXT> element with tags removed and entities decoded
  std::optional<PartialDate> creation;   // the document creation time (functionInDocument="CREATION_TIME")
  std::vector<GoldTimex> timexes;        // the TIMEX3s inside <TEXT>, the creation time excluded
};

// Parses one .tml file's content. Returns nullopt when it has no <TEXT> element.
std::optional<TimemlDocument> parse_timeml(std::string_view xml);

struct TimexScores {
  std::size_t gold = 0, system = 0;
  std::size_t strict_matches = 0, relaxed_matches = 0;
  std::size_t type_correct = 0, value_correct = 0;  // among relaxed matches
  void add(const TimexScores& other);
  double strict_precision() const;
  double strict_recall() const;
  double strict_f1() const;
  double relaxed_precision() const;
  double relaxed_recall() const;
  double relaxed_f1() const;
  double type_accuracy() const;   // over relaxed matches
  double value_accuracy() const;  // over relaxed matches
  double value_f1() const;        // relaxed F1 × value accuracy (TempEval-3's ranking figure)
};

// One system/gold pair that disagrees, for error analysis.
struct TimexMismatch {
  std::string kind;  // "missed", "spurious", "span", "type", "value"
  std::string gold_text, gold_type, gold_value;
  std::string system_text, system_type, system_value;
};

// Scores `system` (TIMEX3 expressions only: cues with is_timex false are ignored) against the document's gold.
TimexScores score_document(const TimemlDocument& doc, const std::vector<TemporalExpression>& system,
                           std::vector<TimexMismatch>* mismatches = nullptr);

}  // namespace exodus::dates
