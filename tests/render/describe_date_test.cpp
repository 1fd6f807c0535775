// describe_date and format names: a month never reads as a day, an open range says which side is open.
#include <doctest/doctest.h>

#include "render/render.hpp"

using exodus::dates::DateRange;
using exodus::dates::Day;
using exodus::dates::Precision;
using exodus::render::describe_date;

namespace {

// True when the text holds something shaped like an ISO day (dddd-dd-dd).
bool shows_a_day(const std::string& text) {
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = 0; i + 10 <= text.size(); ++i)
    if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && text[i + 4] == '-' && digit(i + 5) &&
        digit(i + 6) && text[i + 7] == '-' && digit(i + 8) && digit(i + 9))
      return true;
  return false;
}

}  // namespace

TEST_CASE("describe_date gives each kind of range its own shape") {
  struct Case {
    DateRange range;
    std::string expected;
  };
  const Case cases[] = {
      {DateRange::single_day(Day{2024, 5, 14}), "2024-05-14"},
      {DateRange::month_of(2024, 4), "April 2024"},
      {DateRange::month_of(2024, 2), "February 2024"},
      {DateRange::year_of(2023), "2023"},
      {DateRange::between(Day{2024, 4, 1}, Day{2024, 6, 30}, Precision::quarter), "Q2 2024"},
      {DateRange::between(Day{2024, 5, 13}, Day{2024, 5, 19}, Precision::week), "week of 2024-05-13"},
      {DateRange::between(Day{2024, 3, 20}, Day{2024, 5, 8}, Precision::range), "2024-03-20 – 2024-05-08"},
      {DateRange::between(Day{2024, 6, 1}, Day{2024, 9, 30}, Precision::range), "June – September 2024"},
      {DateRange::between(Day{2023, 12, 1}, Day{2024, 3, 31}, Precision::range), "December 2023 – March 2024"},
      {DateRange::on_or_before(Day{2024, 4, 30}), "on or before 2024-04-30"},
      {DateRange::unknown("un jour"), "unknown"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.expected);
    CHECK(describe_date(c.range) == c.expected);
  }
  DateRange after;
  after.earliest = Day{2024, 4, 1};
  after.precision = Precision::range;
  CHECK(describe_date(after) == "on or after 2024-04-01");
}

TEST_CASE("describe_date never shows a day for a month, even when the stored precision says day") {
  for (int year : {1999, 2024, 2025})
    for (int month = 1; month <= 12; ++month) {
      DateRange range = DateRange::month_of(year, month);
      CAPTURE(range.edtf());
      CHECK_FALSE(shows_a_day(describe_date(range)));
      range.precision = Precision::day;  // a wrong label must not leak into what people read
      CHECK_FALSE(shows_a_day(describe_date(range)));
    }
  CHECK_FALSE(shows_a_day(describe_date(DateRange::year_of(2024))));
  CHECK(shows_a_day(describe_date(DateRange::single_day(Day{2024, 2, 29}))));
}

TEST_CASE("format names round-trip and unknown names are refused") {
  const auto names = exodus::render::format_names();
  CHECK(names.size() == 8);
  for (auto name : names) {
    const auto format = exodus::render::parse_format(name);
    REQUIRE(format.has_value());
    CHECK(exodus::render::format_name(*format) == name);
  }
  CHECK(exodus::render::parse_format("JSON") == exodus::render::Format::json);
  CHECK_FALSE(exodus::render::parse_format("xml").has_value());
  CHECK_FALSE(exodus::render::parse_format("").has_value());
}
