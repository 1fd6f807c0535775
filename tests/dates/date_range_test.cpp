// Calendar arithmetic, partial dates and DateRange forms.
#include <doctest/doctest.h>

#include "dates/date_range.hpp"

namespace exodus::dates {
namespace {

TEST_CASE("Days convert to and from serial numbers across leap years and centuries") {
  const Day days[] = {{1970, 1, 1}, {2000, 2, 29}, {1900, 3, 1}, {2024, 12, 31}, {1600, 1, 1}, {2100, 2, 28}};
  for (const Day& d : days) {
    CAPTURE(d.iso());
    CHECK(Day::from_serial(d.serial()) == d);
  }
  CHECK(Day{1970, 1, 1}.serial() == 0);
  CHECK(Day{2024, 3, 1}.serial() - Day{2024, 2, 28}.serial() == 2);
  CHECK(Day{2023, 3, 1}.serial() - Day{2023, 2, 28}.serial() == 1);
}

TEST_CASE("Weekdays are ISO numbered, Monday = 1") {
  struct {
    Day day;
    int weekday;
  } const cases[] = {{{2024, 5, 15}, 3}, {{2024, 5, 13}, 1}, {{2024, 5, 19}, 7}, {{1970, 1, 1}, 4}, {{2000, 1, 1}, 6}};
  for (const auto& c : cases) {
    CAPTURE(c.day.iso());
    CHECK(c.day.weekday() == c.weekday);
  }
}

TEST_CASE("Month lengths and day validity") {
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2024, 4) == 30);
  CHECK_FALSE(is_valid_day(2024, 2, 30));
  CHECK_FALSE(is_valid_day(2024, 13, 1));
  CHECK(last_day_of_month(2024, 2) == Day{2024, 2, 29});
}

TEST_CASE("Partial dates parse and cover their days") {
  struct {
    const char* text;
    const char* iso;  // nullptr: rejected
    const char* first;
    const char* last;
  } const cases[] = {
      {"2024-05-15", "2024-05-15", "2024-05-15", "2024-05-15"},
      {"2024-05", "2024-05", "2024-05-01", "2024-05-31"},
      {"2024", "2024", "2024-01-01", "2024-12-31"},
      {"2024-05-15T10:00:00Z", "2024-05-15", "2024-05-15", "2024-05-15"},
      {" 2024-02 ", "2024-02", "2024-02-01", "2024-02-29"},
      {"2024-02-30", nullptr, nullptr, nullptr},
      {"2024-13", nullptr, nullptr, nullptr},
      {"May 2024", nullptr, nullptr, nullptr},
      {"", nullptr, nullptr, nullptr},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto d = parse_partial_date(c.text);
    if (!c.iso) {
      CHECK_FALSE(d.has_value());
      continue;
    }
    REQUIRE(d.has_value());
    CHECK(d->iso() == c.iso);
    CHECK(d->first().iso() == c.first);
    CHECK(d->last().iso() == c.last);
  }
}

TEST_CASE("Precision follows the bounds and EDTF writes each form") {
  struct {
    Day from, to;
    Precision precision;
    const char* edtf;
  } const cases[] = {
      {{2024, 5, 14}, {2024, 5, 14}, Precision::day, "2024-05-14"},
      {{2024, 5, 6}, {2024, 5, 12}, Precision::week, "2024-05-06/2024-05-12"},
      {{2024, 4, 1}, {2024, 4, 30}, Precision::month, "2024-04"},
      {{2024, 1, 1}, {2024, 3, 31}, Precision::quarter, "2024-33"},
      {{2024, 1, 1}, {2024, 12, 31}, Precision::year, "2024"},
      {{2024, 3, 20}, {2024, 5, 8}, Precision::range, "2024-03-20/2024-05-08"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.edtf);
    CHECK(precision_of(c.from, c.to) == c.precision);
    CHECK(DateRange::between(c.from, c.to, c.precision).edtf() == c.edtf);
  }
  CHECK(DateRange::on_or_before(Day{2024, 4, 30}).edtf() == "..2024-04-30");
  CHECK(DateRange::unknown("quelque part").edtf().empty());
  CHECK(precision_name(Precision::quarter) == "quarter");
  CHECK(parse_precision("week") == Precision::week);
  CHECK_FALSE(parse_precision("fortnight").has_value());
}

TEST_CASE("Intersecting ranges keeps the tighter words and reports disagreement") {
  const DateRange month = DateRange::month_of(2024, 5, "en mai");
  const DateRange day = DateRange::single_day(Day{2024, 5, 14}, "mardi");
  const auto both = intersect(month, day);
  REQUIRE(both.has_value());
  CHECK(both->edtf() == "2024-05-14");
  CHECK(both->text == "mardi");
  CHECK_FALSE(intersect(month, DateRange::month_of(2024, 4)).has_value());
  CHECK(intersect(DateRange::unknown(), day)->edtf() == "2024-05-14");
}

}  // namespace
}  // namespace exodus::dates
