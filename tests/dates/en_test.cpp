// English date engine cases: every kind of expression the engine must find and resolve, each with its reference.
// P = 2024-05-15 (a Wednesday) unless the case says otherwise.
#include <doctest/doctest.h>

#include "tagger_cases.hpp"

namespace exodus::dates::testing {
namespace {

const Case english_cases[] = {
    // absolute dates
    {"He was appointed on May 15, 2024.", "2024-05-15", "May 15, 2024", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"The board met on 15 May 2024.", "2024-05-15", "15 May 2024", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"The filing is dated 2024-05-15.", "2024-05-15", "2024-05-15", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"She left on 15 May.", "2024-05-15", "15 May", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"On Jan. 5, 2023, the firm filed its report.", "2024-05-15", "Jan. 5, 2023", "DATE", "2023-01-05", "2023-01-05", "2023-01-05", "day"},
    {"On Monday, May 13, he resigned.", "2024-05-15", "Monday, May 13", "DATE", "2024-05-13", "2024-05-13", "2024-05-13", "day"},
    {"The deal was signed in mid-March.", "2024-05-15", "mid-March", "DATE", "2024-03", "2024-03-11", "2024-03-20", "range"},
    {"He left in early April.", "2024-05-15", "early April", "DATE", "2024-04", "2024-04-01", "2024-04-10", "range"},
    {"He left in late April.", "2024-05-15", "late April", "DATE", "2024-04", "2024-04-21", "2024-04-30", "range"},
    {"Things were different in the 1990s.", "2024-05-15", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31", "range"},
    {"Revenue rose in the first quarter of 2024.", "2024-05-15", "the first quarter of 2024", "DATE", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"},
    {"Q4 2023 was strong.", "2024-05-15", "Q4 2023", "DATE", "2023-Q4", "2023-10-01", "2023-12-31", "quarter"},
    {"It happened in the summer of 2023.", "2024-05-15", "the summer of 2023", "DATE", "2023-SU", "2023-06-01", "2023-09-30", "range"},
    {"He has run the lab since 2019.", "2024-05-15", "2019", "DATE", "2019", "2019-01-01", "2019-12-31", "year"},
    {"Sales fell in May 2023.", "2024-05-15", "May 2023", "DATE", "2023-05", "2023-05-01", "2023-05-31", "month"},
    {"He joined in early 2015.", "2024-05-15", "early 2015", "DATE", "2015", "2015-01-01", "2015-01-10", "range"},
    // days relative to the reference
    {"He announced it yesterday.", "2024-05-15", "yesterday", "DATE", "2024-05-14", "2024-05-14", "2024-05-14", "day"},
    {"He announces it today.", "2024-05-15", "today", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"He will announce it tomorrow.", "2024-05-15", "tomorrow", "DATE", "2024-05-16", "2024-05-16", "2024-05-16", "day"},
    {"He spoke tonight.", "2024-05-15", "tonight", "TIME", "2024-05-15TNI", "2024-05-15", "2024-05-15", "day"},
    {"He spoke last night.", "2024-05-15", "last night", "TIME", "2024-05-14TNI", "2024-05-14", "2024-05-14", "day"},
    // weekdays
    {"He said on Tuesday that he was leaving.", "2024-05-15", "Tuesday", "DATE", "2024-05-14", "2024-05-14", "2024-05-14", "day"},
    {"He resigned on Thursday.", "2024-05-15", "Thursday", "DATE", "2024-05-09", "2024-05-09", "2024-05-09", "day"},
    {"He will leave on Friday.", "2024-05-15", "Friday", "DATE", "2024-05-17", "2024-05-17", "2024-05-17", "day"},
    // The date belongs to "told"; "would" is the tense of the clause "that" opens.
    {"She told staff on Friday that she would leave.", "2024-05-15", "Friday", "DATE", "2024-05-10", "2024-05-10",
     "2024-05-10", "day"},
    {"He posted on Tuesday night.", "2024-05-15", "Tuesday night", "TIME", "2024-05-14TNI", "2024-05-14", "2024-05-14", "day"},
    {"They met on Monday morning.", "2024-05-15", "Monday morning", "TIME", "2024-05-13TMO", "2024-05-13", "2024-05-13", "day"},
    {"He left last Tuesday.", "2024-05-15", "last Tuesday", "DATE", "2024-05-14", "2024-05-14", "2024-05-14", "day"},
    {"He will return next Monday.", "2024-05-15", "next Monday", "DATE", "2024-05-20", "2024-05-20", "2024-05-20", "day"},
    {"Monday's meeting was tense.", "2024-05-15", "Monday", "DATE", "2024-05-13", "2024-05-13", "2024-05-13", "day"},
    // weeks, months, years relative to the reference
    {"He left last week.", "2024-05-15", "last week", "DATE", "2024-W19", "2024-05-06", "2024-05-12", "week"},
    {"He leaves this week.", "2024-05-15", "this week", "DATE", "2024-W20", "2024-05-13", "2024-05-19", "week"},
    {"Earlier this week, the company unveiled it.", "2024-05-15", "Earlier this week", "DATE", "2024-W20", "2024-05-13", "2024-05-15", "range"},
    {"Earlier this month, he quit.", "2024-05-15", "Earlier this month", "DATE", "2024-05", "2024-05-01", "2024-05-15", "range"},
    {"He left last month.", "2024-05-15", "last month", "DATE", "2024-04", "2024-04-01", "2024-04-30", "month"},
    {"He left last year.", "2024-05-15", "last year", "DATE", "2023", "2023-01-01", "2023-12-31", "year"},
    {"He will leave next year.", "2024-05-15", "next year", "DATE", "2025", "2025-01-01", "2025-12-31", "year"},
    {"Profits doubled this year.", "2024-05-15", "this year", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    // "the end of the year" is its last ten days, like "late December"; "late 2024" stays the last third
    {"It will hire by the end of the year.", "2024-05-15", "the end of the year", "DATE", "2024", "2024-12-21", "2024-12-31", "range"},
    {"She quit at the end of last year.", "2024-05-15", "the end of last year", "DATE", "2023", "2023-12-21", "2023-12-31", "range"},
    {"Sales slowed in late 2023.", "2024-05-15", "late 2023", "DATE", "2023", "2023-12-21", "2023-12-31", "range"},
    {"Talks stalled over the weekend.", "2024-05-15", "over the weekend", "DATE", "2024-W19-WE", "2024-05-11", "2024-05-12", "range"},
    // amounts before or after the reference
    {"He left three days ago.", "2024-05-15", "three days ago", "DATE", "2024-05-12", "2024-05-12", "2024-05-12", "day"},
    {"He left weeks ago.", "2024-05-15", "weeks ago", "DATE", "PAST_REF", "2024-03-20", "2024-05-08", "range"},
    // A counted number of weeks is the day that many weeks back, give or take a day; the value stays the week.
    {"He left two weeks ago.", "2024-05-15", "two weeks ago", "DATE", "2024-W18", "2024-04-30", "2024-05-02",
     "range"},
    {"She quit a fortnight ago.", "2024-05-15", "a fortnight ago", "DATE", "2024-W18", "2024-04-30", "2024-05-02",
     "range"},
    {"He left a few days ago.", "2024-05-15", "a few days ago", "DATE", "PAST_REF", "2024-05-07", "2024-05-14", "range"},
    {"He left three years ago.", "2024-05-15", "three years ago", "DATE", "2021", "2021-01-01", "2021-12-31", "year"},
    {"The firm will decide in two weeks.", "2024-05-15", "two weeks", "DATE", "2024-W22", "2024-05-27", "2024-06-02", "week"},
    {"In recent months, several employees have left.", "2024-05-15", "recent months", "DURATION", "PXM", "2023-11-15", "2024-05-15", "range"},
    {"Costs doubled over the past two years.", "2024-05-15", "the past two years", "DURATION", "P2Y", "2022-05-15", "2024-05-15", "range"},
    {"It will hire in the coming months.", "2024-05-15", "the coming months", "DURATION", "PXM", "2024-05-15", "2024-11-15", "range"},
    // a month without a year: tense decides
    {"He left in February.", "2024-05-15", "February", "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"},
    {"He will leave in June.", "2024-05-15", "June", "DATE", "2024-06", "2024-06-01", "2024-06-30", "month"},
    {"He had resigned in June.", "2024-05-15", "June", "DATE", "2023-06", "2023-06-01", "2023-06-30", "month"},
    {"The board fired him in November.", "2024-05-15", "November", "DATE", "2023-11", "2023-11-01", "2023-11-30", "month"},
    {"He left last September.", "2024-05-15", "last September", "DATE", "2023-09", "2023-09-01", "2023-09-30", "month"},
    // seasons
    {"He will leave this summer.", "2024-05-15", "this summer", "DATE", "2024-SU", "2024-06-01", "2024-09-30", "range"},
    {"He left last winter.", "2024-05-15", "last winter", "DATE", "2023-WI", "2023-12-01", "2024-03-31", "range"},
    {"He left last autumn.", "2024-05-15", "last autumn", "DATE", "2023-FA", "2023-09-01", "2023-12-31", "range"},
    // dates relative to a date already mentioned
    {"He arrived on March 3. The next day, he spoke.", "2024-05-15", "The next day", "DATE", "2024-03-04", "2024-03-04", "2024-03-04", "day"},
    {"He arrived on March 3. The day before, he spoke.", "2024-05-15", "The day before", "DATE", "2024-03-02", "2024-03-02", "2024-03-02", "day"},
    {"He arrived on March 3; two days later, he left.", "2024-05-15", "two days later", "DATE", "2024-03-05", "2024-03-05", "2024-03-05", "day"},
    {"He joined in 2019; two years later he left.", "2024-05-15", "two years later", "DATE", "2021", "2021-01-01", "2021-12-31", "year"},
    // times
    {"The post went up at 12:43 a.m.", "2024-05-15", "12:43 a.m.", "TIME", "2024-05-15T00:43", "2024-05-15", "2024-05-15", "day"},
    {"Results come next Monday at 9 a.m.", "2024-05-15", "9 a.m.", "TIME", "2024-05-20T09:00", "2024-05-20", "2024-05-20", "day"},
    {"It happened at 10:30 p.m. on Sunday.", "2024-05-15", "10:30 p.m.", "TIME", "2024-05-15T22:30", "2024-05-15", "2024-05-15", "day"},
    {"They met at noon.", "2024-05-15", "noon", "TIME", "2024-05-15T12:00", "2024-05-15", "2024-05-15", "day"},
    // durations and sets
    {"He stayed for nearly a decade.", "2024-05-15", "nearly a decade", "DURATION", "P1DE"},
    {"He led the team for three years.", "2024-05-15", "three years", "DURATION", "P3Y"},
    {"The board met for three hours.", "2024-05-15", "three hours", "DURATION", "PT3H"},
    {"The run took thirty seconds.", "2024-05-15", "thirty seconds", "DURATION", "PT30S"},
    {"He was away for twenty-five days.", "2024-05-15", "twenty-five days", "DURATION", "P25D"},
    {"The firm grew every year.", "2024-05-15", "every year", "SET", "P1Y"},
    {"The team meets every Monday.", "2024-05-15", "every Monday", "SET", "XXXX-WXX-1"},
    {"The index is published weekly.", "2024-05-15", "weekly", "SET", "P1W"},
    {"The plant makes 500,000 cars a year.", "2024-05-15", "a year", "SET", "P1Y"},
    {"He had worked there for years.", "2024-05-15", "years", "DURATION", "PXY"},
    {"For the first time in decades, it shrank.", "2024-05-15", "decades", "DURATION", "PXDE"},
    {"It started in the early 1990s.", "2024-05-15", "the early 1990s", "DATE", "199", "1990-01-01", "1992-12-31", "range"},
    {"It grew throughout the 20th century.", "2024-05-15", "the 20th century", "DATE", "19", "1900-01-01", "1999-12-31", "range"},
    {"Christmas Eve fell on a Sunday.", "2024-05-15", "Christmas Eve", "DATE", "2023-12-24", "2023-12-24", "2023-12-24", "day"},
    // vague references and their conventions
    {"He recently left the company.", "2024-05-15", "recently", "DATE", "PAST_REF", "2024-02-15", "2024-05-15", "range"},
    {"He will leave soon.", "2024-05-15", "soon", "DATE", "FUTURE_REF", "2024-05-15", "2024-08-15", "range"},
    {"He currently runs the lab.", "2024-05-15", "currently", "DATE", "PRESENT_REF", "2024-05-15", "2024-05-15", "day"},
    // a reference known only to the month
    {"He left yesterday.", "2024-05", "yesterday", "DATE", "2024", "2024-04-30", "2024-05-30", "range"},
    {"He left last week.", "2024-05", "last week", "DATE", "2024", "2024-04-22", "2024-05-26", "range"},
    // no reference: found, unresolved
    {"He left in February.", "", "February", "DATE", "XXXX-02"},
    {"He left last month.", "", "last month", "DATE", "XXXX-XX"},
    // numbers and words that are not dates
    {"Shares fell 3.5 percent to $2,000.", "2024-05-15", nullptr},
    {"He made the Time 100 list.", "2024-05-15", nullptr},
    {"GPT-4 was released by the company.", "2024-05-15", nullptr},
    {"The team won 3-2 at home.", "2024-05-15", nullptr},
    {"He ran Windows 2000 on room 12's computer.", "2024-05-15", nullptr},
    {"You may march on if you just want.", "2024-05-15", nullptr},
    {"The 2000 employees were told.", "2024-05-15", nullptr},
    {"Altman, 39, declined to comment.", "2024-05-15", nullptr},
    {"A 20-year-old man was arrested.", "2024-05-15", nullptr},
    {"It costs just 5 dollars.", "2024-05-15", nullptr},
};

TEST_CASE("English temporal expressions are found and resolved") {
  for (const Case& c : english_cases) {
    CAPTURE(c.text);
    check_case(c, Lang::en);
  }
}

TEST_CASE("English rules also apply when the language is unknown") {
  for (const Case& c : english_cases) {
    if (!c.expr) continue;
    CAPTURE(c.text);
    check_case(c, Lang::unknown);
  }
}

TEST_CASE("\"just\" dates an event within the week before the reference only as an aspect marker") {
  TagOptions options;
  options.lang = Lang::en;
  options.reference = parse_partial_date("2024-05-15");
  const auto found = tag("The researcher has just left OpenAI.", options);
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].is_timex);
  CHECK(found[0].range.edtf() == "2024-05-08/2024-05-15");
  CHECK(tag("It costs just five dollars, just as before.", options).empty());
}

}  // namespace
}  // namespace exodus::dates::testing

namespace exodus::dates::testing {
namespace {

// Regressions found by fuzzing (fuzz/regressions/fuzz_dates): every language and kind of reference.
TEST_CASE("Regression: an approximation word ending the text, and 'mid-' before an ISO day") {
  for (const char* text : {"She left last summer, some", "mid-1991-02-23", "vers", "environ", "à", "il y a", "mi-"}) {
    for (Lang lang : {Lang::unknown, Lang::fr, Lang::en}) {
      for (const char* ref : {"", "2024-05-15", "2024-05", "2024"}) {
        TagOptions options;
        options.lang = lang;
        if (*ref) options.reference = parse_partial_date(ref);
        CAPTURE(std::string(text));
        CAPTURE(std::string(ref));
        for (const auto& e : tag(text, options)) {
          CHECK(e.end <= std::string_view(text).size());
          if (e.range.earliest && e.range.latest) CHECK(*e.range.earliest <= *e.range.latest);
        }
      }
    }
  }
  TagOptions options;
  options.lang = Lang::en;
  options.reference = parse_partial_date("2024-05-15");
  const auto found = tag("She left last summer, some", options);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "last summer");
}

}  // namespace
}  // namespace exodus::dates::testing
