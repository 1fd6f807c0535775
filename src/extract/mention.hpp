// A departure as one article reports it: who left what, how, when, who said so, and the sentence that says it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "dates/date_range.hpp"

namespace exodus {

enum class DepartureKind { resigned, fired, left, retired, announced };
std::string_view kind_name(DepartureKind k);                   // "resigned", "fired", ...
std::optional<DepartureKind> parse_kind(std::string_view name);

struct Mention {
  std::string person;               // the fullest form of the name the article gives ("Jan Leike")
  std::string org;                  // the organization left; empty when the article never says
  std::optional<std::string> role;  // as the text gives it ("scientifique en chef"), if it does
  DepartureKind kind = DepartureKind::left;
  bool hedged = false;              // "aurait démissionné", "reportedly left"
  dates::DateRange date;            // the departure's own date, resolved against the publication date
  std::string source;               // who the article credits ("The Information", "X"), or its own outlet
  std::string evidence;             // the sentence that reports it
  std::size_t start = 0;            // byte offsets of the evidence sentence in the article text
  std::size_t end = 0;
  int order = 0;                    // position in the article's own ordering of events (0 first); ties
                                    // on the same date sort by it ("quelques heures après")
};

}  // namespace exodus
