// What a timeline query returns: departures in timeline order, each with the mentions that support it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dates/date_range.hpp"
#include "extract/mention.hpp"

namespace exodus {

// One article's claim about a departure, with its provenance.
struct SourceRef {
  std::string name;                    // who the article credits: "The Information", "X", or the outlet
  std::optional<std::string> outlet;   // the article's outlet
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> lang;
  std::string evidence;                // the sentence
  dates::DateRange date;               // what this mention said of the date (text = the words)
  bool hedged = false;
};

// One real-world departure.
struct TimelineEntry {
  std::int64_t id = 0;
  std::string person;
  std::string org;                     // empty when unknown
  std::optional<std::string> role;
  DepartureKind kind = DepartureKind::left;
  bool hedged = false;                 // every mention of it is hedged
  dates::DateRange date;               // the most precise range consistent with its mentions
  bool dates_disagree = false;         // some mentions' ranges do not overlap
  std::vector<SourceRef> sources;
};

struct TimelineFilter {
  std::optional<std::string> person;   // name or alias, case-insensitive
  std::optional<std::string> org;      // name or alias, case-insensitive
  std::optional<dates::Day> since;     // departures whose range reaches on or after this day
  std::optional<dates::Day> until;     // departures whose range starts on or before this day
  std::optional<DepartureKind> kind;
  std::optional<std::string> source;   // credited source or outlet, case-insensitive
  std::optional<std::string> lang;     // language of a supporting article
  std::optional<std::string> search;   // FTS5 text over evidence and article text
};

// A count for --count-by.
struct CountRow {
  std::string key;
  std::int64_t count = 0;
};

}  // namespace exodus
