// Calendar days, partial reference dates, and DateRange: what every resolved date in exodus is.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace exodus::dates {

// A proleptic Gregorian calendar day.
struct Day {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const Day&) const = default;

  long serial() const;                 // days since 1970-01-01
  static Day from_serial(long serial);
  int weekday() const;                 // ISO: 1 = Monday .. 7 = Sunday
  Day plus_days(long n) const { return from_serial(serial() + n); }
  std::string iso() const;             // "2024-05-14"
};

bool is_valid_day(int year, int month, int day);
int days_in_month(int year, int month);
Day last_day_of_month(int year, int month);

// A date known to the year, month or day: what a publication date often is.
struct PartialDate {
  int year = 0;   // 0: unknown
  int month = 0;  // 0: unknown
  int day = 0;    // 0: unknown
  bool known() const { return year != 0; }
  Day first() const;  // earliest day it covers
  Day last() const;   // latest day it covers
  std::string iso() const;  // "2024-05-15", "2024-05", "2024", ""
};

// Parses "2024-05-15", "2024-05", "2024", and "2024-05-15T10:00:00Z"-style timestamps (the time is dropped).
// Returns nullopt for anything else, including impossible days such as 2024-02-30.
std::optional<PartialDate> parse_partial_date(std::string_view text);

enum class Precision { day, week, month, quarter, year, range, unknown };
std::string_view precision_name(Precision p);
std::optional<Precision> parse_precision(std::string_view name);

// An inclusive range of calendar days. earliest or latest may be open ("..2024-04-30" = on or before).
struct DateRange {
  std::optional<Day> earliest;
  std::optional<Day> latest;
  Precision precision = Precision::unknown;
  std::string text;       // the words that gave it ("mardi soir"), possibly empty
  std::string reference;  // ISO form of the reference date it was resolved against, empty if none

  bool known() const { return earliest.has_value() || latest.has_value(); }
  // EDTF (ISO 8601-2): "2024-05-14", "2024-W19" is written as its day range, "2024-04", "2024",
  // "2024-03-20/2024-05-08", "..2024-04-30", "2024-04-01/..", or "" when unknown.
  std::string edtf() const;

  static DateRange unknown(std::string text = {}) {
    DateRange r;
    r.text = std::move(text);
    return r;
  }
  static DateRange single_day(Day d, std::string text = {});
  static DateRange month_of(int year, int month, std::string text = {});
  static DateRange year_of(int year, std::string text = {});
  static DateRange between(Day from, Day to, Precision p, std::string text = {});
  static DateRange on_or_before(Day d, std::string text = {});
};

// The tighter of two ranges when they overlap (used to combine what several mentions say); when they do not
// overlap, returns nullopt so the caller can keep the disagreement visible.
std::optional<DateRange> intersect(const DateRange& a, const DateRange& b);

// Precision recomputed from the bounds: a single day is `day`, a whole calendar month `month`, and so on.
Precision precision_of(const std::optional<Day>& earliest, const std::optional<Day>& latest);

}  // namespace exodus::dates
