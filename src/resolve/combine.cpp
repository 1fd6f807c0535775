// Combining mentions into one departure: narrowest consistent date, the kind most sources support.
#include "resolve/combine.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace exodus::resolve {

namespace {

long width_of(const dates::DateRange& r) {
  if (!r.known()) return 1L << 50;
  if (!r.earliest || !r.latest) return 1L << 40;  // open ranges are wide but still informative
  return r.latest->serial() - r.earliest->serial();
}

// A departure that happened (resigned, fired, retired) outranks a plain "left", which outranks an
// announcement of a future departure.
int kind_strength(DepartureKind k) {
  switch (k) {
    case DepartureKind::fired: return 3;
    case DepartureKind::resigned: return 3;
    case DepartureKind::retired: return 3;
    case DepartureKind::left: return 2;
    case DepartureKind::announced: return 1;
  }
  return 0;
}

}  // namespace

DepartureFacts combine(std::vector<MentionFacts> mentions) {
  DepartureFacts facts;
  if (mentions.empty()) return facts;

  // Narrowest first, so a precise mention is never widened by a vague one; ties broken by content so the
  // result does not depend on arrival order.
  std::sort(mentions.begin(), mentions.end(), [](const MentionFacts& a, const MentionFacts& b) {
    return std::make_tuple(width_of(a.date), a.date.edtf(), a.date.text) <
           std::make_tuple(width_of(b.date), b.date.edtf(), b.date.text);
  });
  dates::DateRange date;
  for (const auto& m : mentions) {
    if (!m.date.known()) {
      if (!date.known() && date.text.empty()) date.text = m.date.text;
      continue;
    }
    if (auto merged = dates::intersect(date, m.date))
      date = *merged;
    else
      facts.dates_disagree = true;
  }
  facts.date = date;

  std::map<DepartureKind, int> votes;
  for (const auto& m : mentions) ++votes[m.kind];
  facts.kind = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
                 return std::make_tuple(kind_strength(a.first), a.second, -static_cast<int>(a.first)) <
                        std::make_tuple(kind_strength(b.first), b.second, -static_cast<int>(b.first));
               })->first;

  facts.hedged = std::all_of(mentions.begin(), mentions.end(), [](const MentionFacts& m) { return m.hedged; });

  std::map<std::string, int> roles;
  for (const auto& m : mentions)
    if (m.role && !m.role->empty()) ++roles[*m.role];
  if (!roles.empty())
    facts.role = std::max_element(roles.begin(), roles.end(), [](const auto& a, const auto& b) {
                   return std::make_tuple(a.second, a.first.size()) < std::make_tuple(b.second, b.first.size());
                 })->first;

  facts.seq = std::min_element(mentions.begin(), mentions.end(), [](const MentionFacts& a, const MentionFacts& b) {
                return a.seq < b.seq;
              })->seq;
  return facts;
}

}  // namespace exodus::resolve
