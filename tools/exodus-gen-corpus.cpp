// exodus-gen-corpus: writes N synthetic news articles as JSON Lines (French and English, 2-5 KB each), the same
// bytes for the same --seed, so ingest can be benchmarked and stress-tested at any size without real articles.
// Each article mixes departures in varied phrasings (kinds, date expressions, credited sources) with the
// distractors that make extraction hard (hirings, denials, quotes, prices, percentages, scores) and filler
// prose drawn from a generated vocabulary of thousands of words, about thousands of generated people and
// organizations. Every word list here is the project's own.
#include <CLI/CLI.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

// splitmix64: small, fast and identical on every platform (std:: distributions are not), so a seed always
// gives the same corpus.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  // Skewed towards the front, as word frequencies are: a few words are common, most are rare.
  std::size_t skewed(std::size_t n) { return below(below(n) + 1); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kOnsets = {"b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "j", "k",
                                          "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sc", "st", "t", "tr",
                                          "v", "vr", "z", "h", "w", ""};
const std::vector<std::string> kVowels = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io", "y", "au", "ei"};
const std::vector<std::string> kCodas = {"", "", "", "n", "r", "s", "l", "t", "m", "x", "nd", "rt", "st"};

std::string syllables(Rng& rng, int count) {
  std::string w;
  for (int i = 0; i < count; ++i) {
    w += rng.pick(kOnsets);
    w += rng.pick(kVowels);
    if (i + 1 == count || rng.chance(0.3)) w += rng.pick(kCodas);
  }
  return w;
}

std::string capitalised(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

bool starts_with_vowel_sound(std::string_view w) {
  if (w.empty()) return false;
  const char c = static_cast<char>(w[0] | 0x20);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'h' || w.substr(0, 2) == "\xC3\x89";
}

// Distinct generated words: the vocabulary of the filler prose and the stems of names.
std::vector<std::string> make_words(Rng& rng, std::size_t count, int min_syllables, int max_syllables) {
  std::set<std::string> seen;
  std::vector<std::string> words;
  while (words.size() < count) {
    auto w = syllables(rng, rng.between(min_syllables, max_syllables));
    if (w.size() < 3 || !seen.insert(w).second) continue;
    words.push_back(std::move(w));
  }
  return words;
}

struct Person {
  std::string name;
  bool female = false;
};

struct LangTable {
  std::vector<std::string> function_words;  // sprinkled in filler so language detection has something to see
  std::vector<std::string> sentence_openers;
  std::vector<std::string> weekdays;
  std::vector<std::string> months;
  std::vector<std::string> roles;
  std::vector<std::string> org_patterns;     // "%" is the stem
  std::vector<std::string> outlet_patterns;
  std::vector<std::string> teams;            // "%" is the stem
};

const LangTable kEnglish = {
    {"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "at", "from", "its", "was",
     "is", "has", "have", "will", "which", "their", "after", "over", "this", "but", "not", "more", "than"},
    {"The", "In", "For", "Meanwhile, the", "But the", "This", "After the", "At the", "With the"},
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    {"chief executive", "chief financial officer", "chief technology officer", "head of research", "president",
     "chair of the board", "general counsel", "head of sales", "chief operating officer", "editor-in-chief",
     "head coach", "managing director", "chief scientist", "head of policy", "communications director"},
    {"% Group", "% Holdings", "% Labs", "% Bank", "% Systems", "% Foundation", "% Motors", "% Media", "% Energy",
     "% Capital", "% Institute", "% Logistics", "% Insurance", "% Pharmaceuticals", "% Airlines"},
    {"The % Post", "The Daily %", "% Herald", "The % Ledger", "% Times", "% Wire", "The % Review"},
    {"% United", "% City", "% Rovers", "% Athletic"},
};

const LangTable kFrench = {
    {"le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "que", "pour", "sur", "dans", "par", "avec",
     "au", "aux", "est", "sont", "qui", "plus", "mais", "ce", "cette", "ses", "leur", "pas", "ont", "été"},
    {"Le", "La", "Les", "Pour le", "Dans la", "Mais le", "Selon la", "Avec les", "Cette", "Par ailleurs, le"},
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"},
    {"directeur général", "directrice financière", "directeur de la recherche", "présidente du conseil",
     "secrétaire général", "responsable des ventes", "directeur technique", "rédactrice en chef", "entraîneur",
     "directrice des opérations", "président du directoire", "directeur de la communication",
     "responsable juridique", "directrice scientifique"},
    {"Groupe %", "Banque %", "% Assurances", "Fondation %", "% Énergie", "Laboratoires %", "% Industries",
     "Éditions %", "% Transports", "Société %", "% Conseil", "Mutuelle %"},
    {"Le % Matin", "La Gazette de %", "Le Courrier de %", "% Hebdo", "L'Écho de %", "Le Journal de %"},
    {"Olympique de %", "AS %", "Stade %", "FC %"},
};

const std::vector<std::string> kFemaleFirst = {
    "Anna", "Claire", "Sofia", "Marion", "Helen", "Laura", "Julie", "Nadia", "Emma", "Chloé", "Inès", "Sarah",
    "Hélène", "Amélie", "Grace", "Ruth", "Paula", "Maya", "Léa", "Camille", "Priya", "Yasmine", "Ingrid", "Mei",
    "Olga", "Beatriz", "Fatou", "Agnès", "Lucie", "Margaret", "Diane", "Elena", "Nora", "Zoé", "Irène", "Rachel"};
const std::vector<std::string> kMaleFirst = {
    "Marc", "David", "Thomas", "Pierre", "James", "Lucas", "Karim", "Hugo", "Daniel", "Olivier", "Samuel",
    "Antoine", "Michael", "Paul", "Victor", "Julien", "Omar", "Ravi", "Jonas", "Étienne", "Henry", "Mathieu",
    "Kenji", "Carlos", "Ibrahim", "Felix", "Nicolas", "Arthur", "Simon", "Walter", "Bruno", "Yann", "Louis",
    "George", "Igor", "Rémi"};

std::string fill(std::string_view pattern, std::string_view stem) {
  std::string out;
  for (char c : pattern) {
    if (c == '%') out += stem;
    else out.push_back(c);
  }
  return out;
}

// The generated world: people, organizations, outlets and teams shared by every article of the corpus, so
// the same people and organizations recur across articles as they do in the news.
struct World {
  std::vector<std::string> vocabulary;
  std::vector<Person> people;
  std::vector<std::string> orgs[2];     // [0] English names, [1] French names
  std::vector<std::string> outlets[2];
  std::vector<std::string> teams[2];

  World(Rng& rng, std::size_t vocabulary_size, std::size_t people_count, std::size_t org_count) {
    vocabulary = make_words(rng, vocabulary_size, 1, 4);
    const auto surnames = make_words(rng, people_count / 4 + 50, 2, 3);
    for (std::size_t i = 0; i < people_count; ++i) {
      Person p;
      p.female = rng.chance(0.5);
      p.name = rng.pick(p.female ? kFemaleFirst : kMaleFirst) + " " + capitalised(rng.pick(surnames));
      people.push_back(std::move(p));
    }
    const auto stems = make_words(rng, org_count + 200, 2, 3);
    const LangTable* tables[2] = {&kEnglish, &kFrench};
    for (int l = 0; l < 2; ++l) {
      for (std::size_t i = 0; i < org_count; ++i)
        orgs[l].push_back(fill(rng.pick(tables[l]->org_patterns), capitalised(stems[i])));
      for (std::size_t i = 0; i < 60; ++i)
        outlets[l].push_back(fill(rng.pick(tables[l]->outlet_patterns), capitalised(stems[org_count + i])));
      for (std::size_t i = 0; i < 80; ++i)
        teams[l].push_back(fill(rng.pick(tables[l]->teams), capitalised(stems[org_count + 60 + i])));
    }
  }
};

struct Day {
  int year, month, day;
};

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[m - 1];
}

// Writes one article's text, sentence by sentence, in one language.
class ArticleWriter {
 public:
  ArticleWriter(Rng& rng, const World& world, bool french, Day published, const std::string& outlet)
      : rng_(rng), world_(world), french_(french), t_(french ? kFrench : kEnglish), published_(published),
        outlet_(outlet) {}

  const Person& person() { return world_.people[rng_.skewed(world_.people.size())]; }
  const std::string& org() { return world_.orgs[french_][rng_.skewed(world_.orgs[french_].size())]; }
  const std::string& role() { return rng_.pick(t_.roles); }
  std::string number(int lo, int hi) { return std::to_string(rng_.between(lo, hi)); }
  std::string decimal() { return number(0, 40) + (french_ ? "," : ".") + number(0, 9); }

  // "de Orvane" → "d'Orvane": French elision before a vowel.
  std::string de(const std::string& name) {
    return starts_with_vowel_sound(name) ? "d'" + name : "de " + name;
  }

  // A date expression of every family the date engine knows: weekday, month, relative, absolute.
  std::string date_phrase() {
    const auto& months = t_.months;
    const std::string weekday = rng_.pick(t_.weekdays);
    const std::string month = months[rng_.below(12)];
    const int year = published_.year - static_cast<int>(rng_.below(2));
    const std::string day = std::to_string(rng_.between(1, 28));
    if (french_) {
      switch (rng_.below(14)) {
        case 0: return weekday;
        case 1: return weekday + " dernier";
        case 2: return weekday + " soir";
        case 3: return "en " + month;
        case 4: return "début " + month;
        case 5: return "mi-" + month;
        case 6: return "fin " + month + " " + std::to_string(year);
        case 7: return "la semaine dernière";
        case 8: return "en début de semaine";
        case 9: return "le mois dernier";
        case 10: return "il y a " + std::string(rng_.chance(0.5) ? "deux" : "trois") + " semaines";
        case 11: return "hier";
        case 12: return "le " + day + " " + month + " " + std::to_string(year);
        default: return "le " + day + " " + month;
      }
    }
    switch (rng_.below(14)) {
      case 0: return "on " + weekday;
      case 1: return "last " + weekday;
      case 2: return weekday + " evening";
      case 3: return "in " + month;
      case 4: return "in early " + month;
      case 5: return "in mid-" + month;
      case 6: return "in late " + month + " " + std::to_string(year);
      case 7: return "last week";
      case 8: return "earlier this week";
      case 9: return "last month";
      case 10: return std::string(rng_.chance(0.5) ? "two" : "three") + " weeks ago";
      case 11: return "yesterday";
      case 12: return "on " + month + " " + day + ", " + std::to_string(year);
      default: return "on " + day + " " + month + " " + std::to_string(year);
    }
  }

  std::string source(const Person& p) {
    const std::string& other = rng_.pick(world_.outlets[french_]);
    if (french_) {
      switch (rng_.below(6)) {
        case 0: return "selon " + other;
        case 1: return "a rapporté " + other;
        case 2: return "a indiqué l'entreprise dans un communiqué";
        case 3: return "a confirmé un porte-parole";
        case 4: return std::string("a-t-") + (p.female ? "elle" : "il") + " écrit sur X";
        default: return "d'après des sources proches du dossier citées par " + other;
      }
    }
    switch (rng_.below(6)) {
      case 0: return "according to " + other;
      case 1: return other + " reported";
      case 2: return "the company said in a statement";
      case 3: return "a spokesperson confirmed";
      case 4: return std::string(p.female ? "she" : "he") + " wrote on X";
      default: return "people familiar with the matter told " + other;
    }
  }

  std::string departure() {
    const Person& p = person();
    const std::string& o = org();
    const std::string& r = role();
    const std::string d = date_phrase();
    const std::string s = source(p);
    const std::string years = number(2, 25);
    if (french_) {
      const std::string e = p.female ? "e" : "";
      const std::string il = p.female ? "elle" : "il";
      switch (rng_.below(12)) {
        case 0: return p.name + ", " + r + " " + de(o) + ", a démissionné " + d + ", " + s + ".";
        case 1: return p.name + " a quitté ses fonctions de " + r + " " + de(o) + " " + d + ", " + s + ".";
        case 2: return o + " a annoncé " + d + " la démission de " + p.name + ", son " + r + ".";
        case 3: return p.name + " a quitté " + o + " " + d + ", " + s + ".";
        case 4: return p.name + " est parti" + e + " " + de(o) + " " + d + " après " + years + " ans comme " + r + ".";
        case 5: return p.name + " a été limogé" + e + " de son poste de " + r + " chez " + o + " " + d + ", " + s + ".";
        case 6: return o + " a licencié " + p.name + " " + d + ", " + s + ".";
        case 7: return o + " s'est séparé de " + p.name + ", son " + r + ", " + d + ".";
        case 8: return p.name + " a pris sa retraite " + d + " après " + years + " ans chez " + o + ".";
        case 9: return p.name + ", " + r + " " + de(o) + ", est parti" + e + " à la retraite " + d + ", " + s + ".";
        case 10:
          return p.name + " a annoncé " + d + " qu'" + il + " quitterait " + o + " à la fin de l'année, " + s + ".";
        default: return p.name + " aurait démissionné de son poste de " + r + " chez " + o + " " + d + ", " + s + ".";
      }
    }
    const std::string he = p.female ? "she" : "he";
    const std::string his = p.female ? "her" : "his";
    switch (rng_.below(12)) {
      case 0: return p.name + ", the " + r + " of " + o + ", resigned " + d + ", " + s + ".";
      case 1: return p.name + " has resigned as " + r + " of " + o + ", " + s + ".";
      case 2: return o + " said " + d + " that " + p.name + " had stepped down as " + r + ".";
      case 3: return p.name + " left " + o + " " + d + " after " + years + " years as " + r + ", " + s + ".";
      case 4: return p.name + ", who served as " + r + " at " + o + ", has left the company, " + s + ".";
      case 5: return o + " fired " + p.name + ", its " + r + ", " + d + ", " + s + ".";
      case 6: return p.name + " was dismissed as " + r + " of " + o + " " + d + ".";
      case 7: return p.name + " was ousted from " + o + " " + d + ", " + s + ".";
      case 8: return p.name + " retired " + d + " as " + r + " of " + o + ".";
      case 9: return p.name + ", " + r + " of " + o + ", retired " + d + ", " + s + ".";
      case 10:
        return p.name + " announced " + d + " that " + he + " would leave " + o + " at the end of the year, " + s + ".";
      default: return p.name + " reportedly quit " + his + " post as " + r + " at " + o + " " + d + ", " + s + ".";
    }
  }

  // Sentences that look like departures, or carry names, dates and numbers, but report none.
  std::string distractor() {
    const Person& p = person();
    const std::string& o = org();
    const std::string& r = role();
    const std::string& w1 = word();
    const std::string& w2 = word();
    if (french_) {
      const std::string il = p.female ? "elle" : "il";
      switch (rng_.below(10)) {
        case 0: return o + " a recruté " + p.name + " comme " + r + " " + date_phrase() + ".";
        case 1: return p.name + " a rejoint " + o + " en tant que " + r + ", " + source(p) + ".";
        case 2: return p.name + " a démenti les rumeurs selon lesquelles " + il + " quitterait " + o + ".";
        case 3: return "« Nous sommes " + w1 + " de ce " + w2 + " », a déclaré " + p.name + ", " + r + " " + de(o) + ".";
        case 4: return "L'action " + de(o) + " a reculé de " + decimal() + " % à " + number(5, 900) + " euros " +
                       rng_.pick(t_.weekdays) + ".";
        case 5: return "Le chiffre d'affaires a progressé de " + decimal() + " % au " + number(1, 4) + "e trimestre.";
        case 6: return rng_.pick(world_.teams[1]) + " a battu " + rng_.pick(world_.teams[1]) + " " + number(0, 5) +
                       " à " + number(0, 4) + " " + rng_.pick(t_.weekdays) + ".";
        case 7: return p.name + " a été nommé" + (p.female ? "e" : "") + " " + r + " " + de(o) + " en " +
                       rng_.pick(t_.months) + " " + number(2010, 2023) + ".";
        case 8: return "Si " + p.name + " devait quitter " + o + ", le " + w1 + " en pâtirait.";
        default: return p.name + " reste " + r + " " + de(o) + ", a précisé " + rng_.pick(world_.outlets[1]) + ".";
      }
    }
    const std::string he = p.female ? "she" : "he";
    switch (rng_.below(10)) {
      case 0: return o + " hired " + p.name + " as its new " + r + " " + date_phrase() + ".";
      case 1: return p.name + " joined " + o + " as " + r + ", " + source(p) + ".";
      case 2: return p.name + " denied reports that " + he + " would leave " + o + ".";
      case 3: return "\"We are " + w1 + " about the " + w2 + ",\" said " + p.name + ", " + r + " of " + o + ".";
      case 4: return "Shares of " + o + " fell " + decimal() + "% to $" + number(5, 900) + "." + number(10, 99) +
                     " on " + rng_.pick(t_.weekdays) + ".";
      case 5: return "Revenue rose " + decimal() + "% in the " + std::string(rng_.chance(0.5) ? "first" : "third") +
                     " quarter.";
      case 6: return rng_.pick(world_.teams[0]) + " beat " + rng_.pick(world_.teams[0]) + " " + number(0, 5) + "-" +
                     number(0, 4) + " on " + rng_.pick(t_.weekdays) + ".";
      case 7: return p.name + " was named " + r + " of " + o + " in " + rng_.pick(t_.months) + " " +
                     number(2010, 2023) + ".";
      case 8: return "If " + p.name + " were to leave " + o + ", the " + w1 + " would suffer.";
      default: return p.name + " remains " + r + " of " + o + ", " + rng_.pick(world_.outlets[0]) + " said.";
    }
  }

  const std::string& word() { return world_.vocabulary[rng_.skewed(world_.vocabulary.size())]; }

  // Prose from the generated vocabulary, laced with the language's function words.
  std::string filler() {
    std::string s = rng_.pick(t_.sentence_openers);
    const int words = rng_.between(8, 24);
    for (int i = 0; i < words; ++i) {
      s += ' ';
      if (rng_.chance(0.4)) s += rng_.pick(t_.function_words);
      else s += word();
      if (i + 1 < words && rng_.chance(0.08)) s += ',';
    }
    return s + '.';
  }

  // Paragraphs of departures, distractors and filler until the text reaches `target_bytes`.
  std::string text(std::size_t target_bytes, int departures) {
    std::vector<int> plan;  // 0 filler, 1 distractor, 2 departure
    for (int i = 0; i < departures; ++i) plan.push_back(2);
    for (int i = rng_.between(2, 5); i > 0; --i) plan.push_back(1);
    std::string out;
    std::size_t next = 0;
    int in_paragraph = 0;
    while (out.size() < target_bytes || next < plan.size()) {
      std::string sentence;
      if (next < plan.size() && (rng_.chance(0.3) || out.size() * 2 > target_bytes)) {
        sentence = plan[next++] == 2 ? departure() : distractor();
      } else {
        sentence = filler();
      }
      if (!out.empty()) out += in_paragraph == 0 ? "\n\n" : " ";
      out += sentence;
      in_paragraph = (in_paragraph + 1) % rng_.between(2, 5);
    }
    return out;
  }

 private:
  Rng& rng_;
  const World& world_;
  bool french_;
  const LangTable& t_;
  Day published_;
  std::string outlet_;
};

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes N synthetic French and English news articles as JSON Lines (title, url, published, outlet, "
               "lang, text), reproducibly from --seed, for benchmarks and stress tests.",
               "exodus-gen-corpus"};
  std::size_t count = 1000;
  std::uint64_t seed = 1;
  std::string out_path;
  std::string lang = "mix";
  int min_departures = 0, max_departures = 3;
  std::size_t min_bytes = 2000, max_bytes = 5000;
  std::size_t people = 20000, orgs = 4000, vocabulary = 8000;
  app.add_option("-n,--count", count, "number of articles (default 1000)");
  app.add_option("--seed", seed, "the same seed gives the same bytes (default 1)");
  app.add_option("-o,--out", out_path, "output file (default: stdout)");
  app.add_option("--lang", lang, "fr, en or mix (default mix: about half each)")
      ->check(CLI::IsMember({"fr", "en", "mix"}));
  app.add_option("--min-departures", min_departures, "departures per article, at least (default 0)");
  app.add_option("--max-departures", max_departures, "departures per article, at most (default 3)");
  app.add_option("--min-bytes", min_bytes, "article text size, at least (default 2000)");
  app.add_option("--max-bytes", max_bytes, "article text size, about at most (default 5000)");
  app.add_option("--people", people, "distinct people in the generated world (default 20000)");
  app.add_option("--orgs", orgs, "distinct organizations per language (default 4000)");
  app.add_option("--vocabulary", vocabulary, "distinct generated words (default 8000)");
  try {
    app.parse(argc, argv);
    if (min_departures < 0 || max_departures < min_departures)
      throw CLI::ValidationError("--max-departures", "must be at least --min-departures, both >= 0");
    if (max_bytes < min_bytes) throw CLI::ValidationError("--max-bytes", "must be at least --min-bytes");
    if (people == 0 || orgs == 0 || vocabulary == 0)
      throw CLI::ValidationError("--people/--orgs/--vocabulary", "must be positive");
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "exodus-gen-corpus: cannot write " << out_path << "\n";
      return 2;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;

  Rng world_rng(seed * 0x2545F4914F6CDD1Dull + 7);
  const World world(world_rng, vocabulary, people, orgs);
  Rng rng(seed);
  std::string line;
  for (std::size_t i = 0; i < count; ++i) {
    const bool french = lang == "fr" || (lang == "mix" && rng.chance(0.5));
    Day published{rng.between(2015, 2025), rng.between(1, 12), 1};
    published.day = rng.between(1, days_in_month(published.year, published.month));
    const std::string& outlet = rng.pick(world.outlets[french]);
    const int departures = rng.between(min_departures, max_departures);
    ArticleWriter writer(rng, world, french, published, outlet);
    const std::size_t target = min_bytes + rng.below(max_bytes - min_bytes + 1);
    const std::string text = writer.text(target, departures);
    const std::string title = capitalised(writer.word()) + " " + writer.word() + " " + writer.word();
    const std::string date = std::to_string(published.year) + "-" + two_digits(published.month) + "-" +
                             two_digits(published.day);
    line.clear();
    line += "{\"title\":";
    append_json_string(line, title);
    line += ",\"url\":";
    append_json_string(line, "https://www." + slug(outlet) + ".example/" + std::to_string(published.year) + "/" +
                                 two_digits(published.month) + "/" + slug(title) + "-" + std::to_string(i + 1));
    line += ",\"published\":\"" + date + "\",\"outlet\":";
    append_json_string(line, outlet);
    line += french ? ",\"lang\":\"fr\",\"text\":" : ",\"lang\":\"en\",\"text\":";
    append_json_string(line, text);
    line += "}\n";
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    if (!out) {
      std::cerr << "exodus-gen-corpus: write failed\n";
      return 2;
    }
  }
  out.flush();
  return out ? 0 : 2;
}
