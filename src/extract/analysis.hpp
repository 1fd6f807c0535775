// The article as the extractor sees it: sentences, tokens, names (people and organizations), temporal
// expressions, and the compiled lexicon of its language. Built once per article, in linear passes.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dates/tagger.hpp"
#include "extract/lang/lexicon.hpp"
#include "extract/matcher.hpp"
#include "text/article.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace exodus::extract {

// A Lexicon with its word lists compiled into sets and patterns.
struct CompiledLexicon {
  const Lexicon* lex = nullptr;
  struct Trigger {
    TokenPattern pattern;
    const TriggerRule* rule;
  };
  struct Cue {
    TokenPattern pattern;
    const SourceCue* cue;
  };
  struct RelativeDay {
    TokenPattern pattern;
    int days;
    bool counted;  // the pattern has a '#' number whose value multiplies the unit
    int unit;      // days per counted unit
  };
  std::vector<Trigger> triggers;  // longest patterns first
  std::vector<Cue> cues;
  std::vector<RelativeDay> relative_days;
  std::vector<TokenPattern> excluded, blocker_phrases, same_source, topic_openers, weak_topic_openers, last_day_phrases,
      anonymous_sources;
  // The patterns above looked up by the word they start with.
  PatternIndex trigger_index, cue_index, excluded_index;
  WordSet not_triggers, needs_aux, aux, passive_aux, adverbs, also_words, coordinators, event_words, plural_possessives, cessation_words, other_words, caption_words, former_words, addressee_prepositions, sentence_connectives, complementizers, spokesperson_words, negations, blockers, conditionals, future, hedges,
      progressive, passive_hedges, subject_pronouns, plural_pronouns, relative_pronouns, possessives, determiners,
      definite, of_prep, at_prep, as_words, join, org_introducers, clause_breaks, list_openers, that_of, report_nouns,
      statement_nouns, after_words, before_words, hour_words, day_words, week_words, since, role_words,
      role_modifiers, org_words, org_belongings, implicit_orgs, literal_orgs, membership_words, particles,
      org_particles, honorifics, name_abbreviations, non_names, institution_heads, place_names, facility_nouns, reporting_verbs,
      destination_prepositions, agent_prepositions, post_nouns, copulas, articles, demonstratives, place_prepositions,
      portfolio_words, territorial_roles;
  std::vector<std::string> future_suffixes, conditional_suffixes, imperfect_suffixes, number_keys;
};

const CompiledLexicon& compiled_lexicon(Lang lang);

enum class NameType { unknown, person, org };

// A run of capitalised words: "Anne-Sophie de La Tour", "Google DeepMind", "The Information".
struct Name {
  std::size_t first = 0;  // token indices, inclusive
  std::size_t last = 0;
  std::string text;       // as written, spaces collapsed
  std::string key;        // match_key of text
  bool determiner = false;  // written after a determiner ("le Niger", "The Information"): not a person
  NameType type = NameType::unknown;
  int person = -1;        // index into Analysis::people when type == person
};

struct Person {
  std::string name;  // the fullest form
  std::string key;
  std::string role;  // first role the article gives
  std::string org;   // organization named next to the person (apposition)
};

struct Timex {
  dates::TemporalExpression expr;
  std::size_t first = 0, last = 0;  // token indices covered
  int sentence = -1;
};

struct Analysis {
  std::string_view text;
  const CompiledLexicon* lex = nullptr;
  std::vector<text::Sentence> sentences;
  std::vector<std::size_t> sentence_begin, sentence_end;  // token ranges [begin, end)
  std::vector<text::Token> tokens;
  std::vector<int> sentence_of;                           // token → sentence
  std::vector<Name> names;
  std::vector<int> name_at;                               // token → index into names, or -1
  std::vector<Person> people;
  std::unordered_map<std::string, int> person_alias;      // key → person, -2 when ambiguous
  std::vector<Timex> timexes;
  std::vector<int> timex_at;                              // token → index into timexes, or -1
  std::unordered_map<std::string, int> org_mentions;      // org key → count
  std::unordered_map<std::string, std::string> org_display;  // org key → fullest spelling
  // Acronyms the article defines: "la Fédération française de tennis (FFT)" → key "fft" → the full name.
  std::unordered_map<std::string, std::string> acronyms;
  std::unordered_set<std::string> source_keys;            // names seen as sources
  std::unordered_map<std::string, int> source_counts;     // name key → times credited as a source
  std::unordered_set<std::string> mid_sentence_names;
  std::unordered_set<std::string> quoted_titles;          // names written in quotation marks: works, products     // name keys seen somewhere other than a sentence start
  std::unordered_map<std::string, int> org_evidence;      // name key → how organization-like its contexts are
  std::string subject_org;                                // what the article is about
  std::string outlet_key;                                 // match key of the article's own outlet
  std::vector<text::Token> title_tokens;                  // the title, tokenized once
  std::vector<Name> title_names;                          // and the names in it

  bool word_in(std::size_t i, const WordSet& set) const { return i < tokens.size() && set.contains(tokens[i].key); }
  const Name* name_at_token(std::size_t i) const {
    return i < name_at.size() && name_at[i] >= 0 ? &names[static_cast<std::size_t>(name_at[i])] : nullptr;
  }
  std::string span_text(std::size_t first, std::size_t last) const;  // tokens [first, last], spaces collapsed
};

// Builds everything above for an article (title used for the subject organization only).
Analysis analyse(const Article& article, const CompiledLexicon& lex);

// The organization the article is about: most mentioned, with a bonus for the title, never a cited source.
void choose_subject_org(Analysis& a, const Article& article);

// Organization spelling the article uses most fully ("DeepMind" → "Google DeepMind", "BLC" → "Banque Lorraine
// de Crédit"), with known abbreviations and former names resolved.
// Whether `word` stands in `key` between spaces (or its ends): "agency" in "uk space agency".
bool has_word(std::string_view key, std::string_view word);

// The initials of a multi-word name's capitalised words ("Health Service Journal" → "hsj").
std::string initials(std::string_view name);
// The initials of every content word of a name's key ("autorite des marches financiers" → "amf").
std::string content_initials(std::string_view key, const CompiledLexicon& L);
// The initials of every word of a name's key but a leading article, particles included ("the department for
// education" → "dfe").
std::string word_initials(std::string_view key, const CompiledLexicon& L);

std::string canonical_org(const Analysis& a, std::string_view name);
std::string resolve_alias(std::string_view name);

}  // namespace exodus::extract
