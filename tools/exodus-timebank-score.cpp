// exodus-timebank-score: runs the date engine over ISO-TimeML files and prints TempEval-3 style scores.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dates/tagger.hpp"
#include "dates/timeml.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  CLI::App app{
      "Score the date engine on ISO-TimeML documents (.tml): each document's creation time is the reference,\n"
      "and is itself left out of the scores. Prints strict and relaxed span precision/recall/F1, type and value\n"
      "accuracy (over relaxed matches) and value F1 = relaxed F1 x value accuracy (TempEval-3).\n"
      "Exit status: 0 success, 1 no document could be read, 2 usage error.",
      "exodus-timebank-score"};
  std::vector<std::string> paths;
  std::string lang_text = "fr";
  bool errors = false;
  app.add_option("PATH", paths, ".tml files or directories holding them")->required();
  app.add_option("--lang", lang_text, "Language of the documents: fr or en (default fr)");
  app.add_flag("--errors", errors, "Also list every disagreement with the gold annotation");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(p, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".tml") files.push_back(entry.path());
    } else {
      files.emplace_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  exodus::dates::TimexScores total;
  std::size_t documents = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    auto doc = exodus::dates::parse_timeml(buf.str());
    if (!in || !doc) {
      std::cerr << "exodus-timebank-score: skipping " << f.string() << ": no TimeML <TEXT>\n";
      continue;
    }
    exodus::dates::TagOptions options;
    options.lang = exodus::parse_lang(lang_text);
    options.reference = doc->creation;
    std::vector<exodus::dates::TimexMismatch> mismatches;
    total.add(exodus::dates::score_document(*doc, exodus::dates::tag(doc->text, options),
                                            errors ? &mismatches : nullptr));
    ++documents;
    for (const auto& m : mismatches)
      std::cout << f.filename().string() << "\t" << m.kind << "\tgold: " << m.gold_text << " [" << m.gold_type << " "
                << m.gold_value << "]\tsystem: " << m.system_text << " [" << m.system_type << " " << m.system_value
                << "]\n";
  }
  if (!documents) {
    std::cerr << "exodus-timebank-score: no TimeML document read\n";
    return 1;
  }
  std::printf("documents %zu, gold TIMEX3 %zu, system TIMEX3 %zu\n", documents, total.gold, total.system);
  std::printf("strict   P %.2f  R %.2f  F1 %.2f\n", 100 * total.strict_precision(), 100 * total.strict_recall(),
              100 * total.strict_f1());
  std::printf("relaxed  P %.2f  R %.2f  F1 %.2f\n", 100 * total.relaxed_precision(), 100 * total.relaxed_recall(),
              100 * total.relaxed_f1());
  std::printf("type accuracy %.2f  value accuracy %.2f\n", 100 * total.type_accuracy(), 100 * total.value_accuracy());
  std::printf("value F1 %.2f\n", 100 * total.value_f1());
  return 0;
}
