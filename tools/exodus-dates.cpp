// exodus-dates: prints every temporal expression of a text, one JSON object a line, resolved against --ref.
#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "dates/tagger.hpp"
#include "dates/timex_json.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "Find the temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) in French or English text and\n"
      "resolve them against a reference date. Prints one JSON object a line, in text order:\n"
      "  {\"start\", \"end\" (UTF-8 byte offsets, end exclusive), \"text\", \"type\", \"value\",\n"
      "   \"earliest\", \"latest\", \"precision\", \"edtf\"}  (range fields null when unknown).\n"
      "Exit status: 0 success, 2 usage error.",
      "exodus-dates"};
  std::string ref_text;
  std::string lang_text;
  bool cues = false;
  std::vector<std::string> texts;
  app.add_option("--ref", ref_text,
                 "Reference (publication) date: YYYY-MM-DD, YYYY-MM or YYYY. Without it relative expressions are "
                 "found but left unresolved");
  app.add_option("--lang", lang_text, "Language of the text: fr or en (default: both languages' rules)");
  app.add_flag("--cues", cues,
               "Also print aspect cues that date an event without being TIMEX3 (\"vient de\", \"has just\")");
  app.add_option("TEXT", texts, "Text to tag (several are joined with spaces); with none, all of stdin is read");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  exodus::dates::TagOptions options;
  if (!ref_text.empty()) {
    options.reference = exodus::dates::parse_partial_date(ref_text);
    if (!options.reference) {
      std::cerr << "exodus-dates: --ref must be YYYY-MM-DD, YYYY-MM or YYYY (got \"" << ref_text << "\")\n";
      return 2;
    }
  }
  if (!lang_text.empty()) {
    options.lang = exodus::parse_lang(lang_text);
    if (options.lang == exodus::Lang::unknown) {
      std::cerr << "exodus-dates: --lang must be fr or en (got \"" << lang_text << "\")\n";
      return 2;
    }
  }
  std::string text;
  if (texts.empty()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    for (std::size_t i = 0; i < texts.size(); ++i) text += (i ? " " : "") + texts[i];
  }
  std::string out;
  for (const auto& e : exodus::dates::tag(text, options)) {
    if (!e.is_timex && !cues) continue;
    out += exodus::dates::timex_json_line(e);
    out += '\n';
  }
  std::cout << out << std::flush;
  return std::cout ? 0 : 1;
}
