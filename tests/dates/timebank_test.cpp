// The engine's score on the French TimeBank development half must stay above a floor, so that a change that
// helps one phrasing but hurts the rest is caught.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dates/timeml.hpp"

namespace exodus::dates {
namespace {

TEST_CASE("TimeML documents are read with entities decoded and offsets in the text without tags") {
  const char* xml =
      "<?xml version='1.0'?><TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t1\" type=\"DATE\" "
      "value=\"1999-05-17\" /></DCT><TEXT>Le &quot;Prix&quot; &amp; <EVENT eid=\"e1\">course</EVENT> "
      "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1999-05-16\">hier</TIMEX3>.</TEXT></TimeML>";
  const auto doc = parse_timeml(xml);
  REQUIRE(doc.has_value());
  CHECK(doc->text == "Le \"Prix\" & course hier.");
  REQUIRE(doc->creation.has_value());
  CHECK(doc->creation->iso() == "1999-05-17");
  REQUIRE(doc->timexes.size() == 1);
  CHECK(doc->text.substr(doc->timexes[0].start, doc->timexes[0].end - doc->timexes[0].start) == "hier");
  CHECK(doc->timexes[0].value == "1999-05-16");

  TagOptions options;
  options.lang = Lang::fr;
  options.reference = doc->creation;
  const TimexScores s = score_document(*doc, tag(doc->text, options));
  CHECK(s.gold == 1);
  CHECK(s.strict_matches == 1);
  CHECK(s.value_correct == 1);
  CHECK(s.value_f1() == doctest::Approx(1.0));
}

TEST_CASE("French TimeBank development half: value F1 stays above its floor") {
  const std::filesystem::path dir = EXODUS_SHARED_DIR "/corpora/french-timebank-dev";
  if (!std::filesystem::is_directory(dir)) {
    MESSAGE("skipped: " << dir.string() << " is absent");
    return;
  }
  TimexScores total;
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".tml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const auto doc = parse_timeml(buf.str());
    REQUIRE(doc.has_value());
    TagOptions options;
    options.lang = Lang::fr;
    options.reference = doc->creation;
    total.add(score_document(*doc, tag(doc->text, options)));
    ++documents;
  }
  MESSAGE("documents " << documents << ", relaxed F1 " << 100 * total.relaxed_f1() << ", value accuracy "
                       << 100 * total.value_accuracy() << ", value F1 " << 100 * total.value_f1());
  CHECK(documents > 50);
  CHECK(total.relaxed_f1() > 0.88);
  CHECK(total.value_f1() > 0.82);
}

}  // namespace
}  // namespace exodus::dates
