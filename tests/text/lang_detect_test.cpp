// Tests for French/English detection: clear articles, short or mixed texts that must stay unknown, the scan cap.
#include "text/lang_detect.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using exodus::Lang;

namespace {

struct LangCase {
  const char* text;
  Lang expected;
};

const LangCase kCases[] = {
    // Plain articles in each language.
    {"La directrice financière de l'entreprise a quitté ses fonctions jeudi, après huit ans passés dans le groupe.",
     Lang::fr},
    {"Le fondateur a été remercié par le conseil d'administration, qui lui reproche un manque de transparence.",
     Lang::fr},
    {"The chief financial officer left the company on Thursday after eight years with the group.", Lang::en},
    {"He was fired by the board, which said it had lost confidence in his leadership.", Lang::en},
    // Elisions written with the typographic apostrophe U+2019 count as French.
    {"L’ancien ministre s’est retiré qu’à contrecœur d’une course jusqu’ici serrée.", Lang::fr},
    // Contractions count as English.
    {"She's leaving; they've said it isn't a surprise and we'll see who's next.", Lang::en},
    // Capitalised function words at sentence starts still count.
    {"THE BOARD SAID THAT THE CHIEF EXECUTIVE WAS LEAVING AT THE END OF THE YEAR.", Lang::en},
    // A French article quoting an English sentence stays French.
    {"« We are grateful for his work », a écrit la société dans un communiqué, avant d'annoncer que le "
     "directeur technique quittait ses fonctions à la fin du mois pour se consacrer à d'autres projets.",
     Lang::fr},
    // Too little evidence: names, headlines, numbers.
    {"", Lang::unknown},
    {"Jan Leike", Lang::unknown},
    {"OpenAI, 2024", Lang::unknown},
    {"Il a démissionné.", Lang::unknown},
    {"He resigned.", Lang::unknown},
    // An evenly mixed text stays unknown.
    {"The board said. Le conseil a dit. The end of the story. La fin de l'histoire.", Lang::unknown},
};

}  // namespace

TEST_CASE("detect_language tells French from English by function words") {
  for (const LangCase& c : kCases) {
    CAPTURE(c.text);
    CHECK(exodus::detect_language(c.text) == c.expected);
  }
}

TEST_CASE("language_evidence counts elisions and contractions as words of their language") {
  const auto fr = exodus::language_evidence("l'homme qu'il d'abord");
  CHECK(fr.fr == 3);  // l' qu' d'
  CHECK(fr.en == 0);
  const auto en = exodus::language_evidence("it's don't");
  CHECK(en.en == 2);  // 's 't
  CHECK(en.fr == 0);
}

TEST_CASE("non-breaking spaces and guillemets separate words") {
  // French typography puts a no-break space inside guillemets: «\u00A0le\u00A0» must read as the word "le".
  const auto evidence = exodus::language_evidence("\xC2\xAB\xC2\xA0le\xC2\xA0\xC2\xBB la\xE2\x80\xAF: les");
  CHECK(evidence.fr == 3);
  CHECK(evidence.words == 3);
}

TEST_CASE("detection scans only the first kLangDetectScanBytes of a long text") {
  std::string text;
  while (text.size() < exodus::kLangDetectScanBytes) text += "The chief executive said that he was leaving the firm. ";
  const std::size_t english_part = text.size();
  for (int i = 0; i < 2000; ++i) text += "Le directeur a dit qu'il quittait la société pour des raisons personnelles. ";
  CHECK(exodus::detect_language(text) == Lang::en);
  const auto evidence = exodus::language_evidence(text);
  CHECK(evidence.fr == 0);
  CHECK(evidence.words < english_part / 3);
}

TEST_CASE("the acceptance article reads as French") {
  const std::filesystem::path seed = EXODUS_SHARED_DIR "/seeds/openai-departures-2024-05-15.fr.txt";
  if (!std::filesystem::exists(seed)) {
    MESSAGE("skipped: " << seed << " is absent");
    return;
  }
  std::ifstream in(seed);
  std::stringstream text;
  text << in.rdbuf();
  const auto evidence = exodus::language_evidence(text.str());
  CAPTURE(evidence.fr);
  CAPTURE(evidence.en);
  CHECK(exodus::detect_language(text.str()) == Lang::fr);
}
