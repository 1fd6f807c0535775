// Table-driven checks for the date engine: each case is a text, the reference date it assumes, the expression
// expected in it and what that expression must resolve to.
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "dates/tagger.hpp"

namespace exodus::dates::testing {

struct Case {
  const char* text;
  const char* ref;        // reference date ("" for none)
  const char* expr;       // the expected expression's text; nullptr: no expression at all in `text`
  const char* type = "";  // "DATE", "TIME", "DURATION", "SET"
  const char* value = "";
  const char* earliest = "";  // "" : the range is unknown
  const char* latest = "";
  const char* precision = "";
};

inline std::string describe(const std::vector<TemporalExpression>& found) {
  std::string s;
  for (const auto& e : found)
    s += "[" + e.text + " " + std::string(timex_type_name(e.type)) + " " + e.value + " " + e.range.edtf() + "] ";
  return s.empty() ? "(nothing)" : s;
}

inline void check_case(const Case& c, Lang lang) {
  TagOptions options;
  options.lang = lang;
  if (*c.ref) options.reference = parse_partial_date(c.ref);
  const auto found = tag(c.text, options);
  INFO("text: ", std::string(c.text), "  ref: ", std::string(c.ref), "  found: ", describe(found));
  if (!c.expr) {
    std::size_t timexes = 0;
    for (const auto& e : found) timexes += e.is_timex ? 1 : 0;
    CHECK(timexes == 0);
    return;
  }
  const TemporalExpression* e = nullptr;
  for (const auto& f : found)
    if (f.text == c.expr) e = &f;
  CHECK_MESSAGE(e != nullptr, "expected expression: ", std::string(c.expr));
  if (!e) return;
  CHECK(std::string(c.text).substr(e->start, e->end - e->start) == c.expr);
  if (*c.type) CHECK(timex_type_name(e->type) == c.type);
  CHECK(e->value == c.value);
  CHECK(e->range.text == c.expr);
  if (*c.earliest) {
    CHECK(e->range.earliest.has_value());
    if (e->range.earliest) CHECK(e->range.earliest->iso() == c.earliest);
  } else if (*c.latest == 0) {
    CHECK_FALSE(e->range.known());
  }
  if (*c.latest) {
    CHECK(e->range.latest.has_value());
    if (e->range.latest) CHECK(e->range.latest->iso() == c.latest);
  }
  if (*c.precision) CHECK(precision_name(e->range.precision) == c.precision);
  if (*c.ref && e->range.known()) CHECK(e->range.reference == c.ref);
}

}  // namespace exodus::dates::testing
