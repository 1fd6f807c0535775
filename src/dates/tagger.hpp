// The date engine: finds every temporal expression in a text and resolves it against a reference date.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_range.hpp"
#include "text/article.hpp"

namespace exodus::dates {

enum class TimexType { date, time, duration, set };
std::string_view timex_type_name(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

struct TemporalExpression {
  std::size_t start = 0;  // UTF-8 byte offset into the tagged text
  std::size_t end = 0;    // exclusive
  std::string text;
  TimexType type = TimexType::date;
  std::string value;      // TimeML TIMEX3 value: "2024-05-14", "2024-04", "XXXX-02", "P2W", "PAST_REF", ...
  DateRange range;        // resolved calendar range; unknown for durations, sets and anything unresolved.
                          // Exception: a duration that ends at the reference ("ces derniers mois", "the past
                          // three years") covers a known stretch of the calendar, so its range is set.
  // False for cues that are not TimeML TIMEX3 but still date an event ("vient de", "has just"): they carry the
  // project's convention range (the week before the reference) and are left out of TimeML scoring.
  bool is_timex = true;
};

struct TagOptions {
  Lang lang = Lang::unknown;             // unknown: both languages' rules apply
  std::optional<PartialDate> reference;  // the article's publication date, possibly partial
};

// Every temporal expression in `text`, in text order, non-overlapping.
std::vector<TemporalExpression> tag(std::string_view text, const TagOptions& options);

}  // namespace exodus::dates
