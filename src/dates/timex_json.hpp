// One JSON object per temporal expression, as exodus-dates prints them (DESIGN.md's command-line contract).
#pragma once
#include <string>

#include "dates/tagger.hpp"

namespace exodus::dates {

// {"start","end","text","type","value","earliest","latest","precision","edtf"} on one line, no trailing newline;
// the range fields are null when the range is unknown. Strings are escaped for JSON.
std::string timex_json_line(const TemporalExpression& e);

// `s` as a JSON string literal, quotes included.
std::string json_quote(std::string_view s);

}  // namespace exodus::dates
