// How one departure's fields follow from everything its mentions say.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "dates/date_range.hpp"
#include "extract/mention.hpp"

namespace exodus::resolve {

// What one mention contributes to its departure.
struct MentionFacts {
  dates::DateRange date;
  DepartureKind kind = DepartureKind::left;
  bool hedged = false;
  std::optional<std::string> role;
  int seq = 0;
};

struct DepartureFacts {
  dates::DateRange date;        // the most precise range consistent with the mentions
  bool dates_disagree = false;  // some mention's range could not be reconciled with the others
  DepartureKind kind = DepartureKind::left;
  bool hedged = false;  // only when every mention is hedged
  std::optional<std::string> role;
  int seq = 0;
};

// Independent of the order of `mentions`: the same mentions always give the same facts.
DepartureFacts combine(std::vector<MentionFacts> mentions);

}  // namespace exodus::resolve
