// Article analysis for extraction: names found and typed as people or organizations from the evidence of the
// whole article, aliases of people (surname, first name), temporal expressions mapped onto tokens.
#include "extract/analysis.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "dates/date_range.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace exodus::extract {

namespace {

std::vector<std::string> keys_of(const std::vector<std::string_view>& words) {
  std::vector<std::string> out;
  for (auto w : words) out.push_back(text::match_key(w));
  return out;
}

CompiledLexicon compile(const Lexicon& x) {
  CompiledLexicon c;
  c.lex = &x;
  for (const auto& t : x.triggers) c.triggers.push_back({TokenPattern(t.pattern, &x.number_words), &t});
  std::stable_sort(c.triggers.begin(), c.triggers.end(),
                   [](const auto& a, const auto& b) { return a.pattern.size() > b.pattern.size(); });
  for (const auto& s : x.source_cues) c.cues.push_back({TokenPattern(s.pattern, &x.number_words), &s});
  for (const auto& r : x.relative_days) {
    const std::string_view p = r.pattern;
    const bool counted = p.find('#') != std::string_view::npos;
    int unit = 1;
    if (counted && (p.find("semaine") != std::string_view::npos || p.find("week") != std::string_view::npos))
      unit = 7;
    c.relative_days.push_back({TokenPattern(p, &x.number_words), r.days, counted, unit});
  }
  for (auto p : x.excluded_phrases) c.excluded.emplace_back(p, &x.number_words);
  for (auto p : x.blocker_phrases) c.blocker_phrases.emplace_back(p, &x.number_words);
  for (auto p : x.same_source) c.same_source.emplace_back(p, &x.number_words);
  for (auto p : x.topic_openers) c.topic_openers.emplace_back(p, &x.number_words);
  for (auto p : x.weak_topic_openers) c.weak_topic_openers.emplace_back(p, &x.number_words);
  for (auto p : x.last_day_phrases) c.last_day_phrases.emplace_back(p, &x.number_words);
  for (auto p : x.anonymous_sources) c.anonymous_sources.emplace_back(p, &x.number_words);
  c.not_triggers = WordSet(x.not_triggers);
  c.needs_aux = WordSet(x.needs_auxiliary);
  c.aux = WordSet(x.auxiliaries);
  c.passive_aux = WordSet(x.passive_auxiliaries);
  c.adverbs = WordSet(x.verb_adverbs);
  c.also_words = WordSet(x.also_words);
  c.coordinators = WordSet(x.coordinators);
  c.event_words = WordSet(x.event_words);
  c.plural_possessives = WordSet(x.plural_possessives);
  c.cessation_words = WordSet(x.cessation_words);
  c.other_words = WordSet(x.other_words);
  c.caption_words = WordSet(x.caption_words);
  c.former_words = WordSet(x.former_words);
  c.addressee_prepositions = WordSet(x.addressee_prepositions);
  c.sentence_connectives = WordSet(x.sentence_connectives);
  c.complementizers = WordSet(x.complementizers);
  c.spokesperson_words = WordSet(x.spokesperson_words);
  c.negations = WordSet(x.negations);
  c.blockers = WordSet(x.blockers);
  c.conditionals = WordSet(x.conditionals);
  c.future = WordSet(x.future_markers);
  c.hedges = WordSet(x.hedges);
  c.progressive = WordSet(x.progressive_markers);
  c.subject_pronouns = WordSet(x.subject_pronouns);
  c.plural_pronouns = WordSet(x.plural_pronouns);
  c.relative_pronouns = WordSet(x.relative_pronouns);
  c.possessives = WordSet(x.possessives);
  c.determiners = WordSet(x.determiners);
  c.definite = WordSet(x.definite_determiners);
  c.of_prep = WordSet(x.of_prepositions);
  c.at_prep = WordSet(x.at_prepositions);
  c.as_words = WordSet(x.as_words);
  c.join = WordSet(x.join_words);
  c.org_introducers = WordSet(x.org_introducers);
  c.clause_breaks = WordSet(x.clause_breaks);
  c.list_openers = WordSet(x.list_openers);
  c.that_of = WordSet(x.that_of);
  c.report_nouns = WordSet(x.report_nouns);
  c.statement_nouns = WordSet(x.statement_nouns);
  c.after_words = WordSet(x.after_words);
  c.before_words = WordSet(x.before_words);
  c.hour_words = WordSet(x.hour_words);
  c.day_words = WordSet(x.day_words);
  c.week_words = WordSet(x.week_words);
  c.since = WordSet(x.since_words);
  c.role_words = WordSet(x.role_words);
  c.role_modifiers = WordSet(x.role_modifiers);
  c.org_words = WordSet(x.org_words);
  c.implicit_orgs = WordSet(x.implicit_orgs);
  c.literal_orgs = WordSet(x.literal_orgs);
  c.name_abbreviations = WordSet(x.name_abbreviations);
  c.passive_hedges = WordSet(x.passive_hedges);
  c.org_belongings = WordSet(x.org_belongings);
  c.territorial_roles = WordSet(x.territorial_roles);
  c.membership_words = WordSet(x.membership_words);
  c.particles = WordSet(x.name_particles);
  c.org_particles = WordSet(x.org_particles);
  c.institution_heads = WordSet(x.institution_heads);
  c.place_names = WordSet(x.place_names);
  c.facility_nouns = WordSet(x.facility_nouns);
  c.reporting_verbs = WordSet(x.reporting_verbs);
  c.destination_prepositions = WordSet(x.destination_prepositions);
  c.agent_prepositions = WordSet(x.agent_prepositions);
  c.post_nouns = WordSet(x.post_nouns);
  c.copulas = WordSet(x.copulas);
  c.articles = WordSet(x.articles);
  c.demonstratives = WordSet(x.demonstratives);
  c.place_prepositions = WordSet(x.place_prepositions);
  c.portfolio_words = WordSet(x.portfolio_words);
  c.honorifics = WordSet(x.honorifics);
  c.non_names = WordSet(x.capitalised_non_names);
  c.future_suffixes = keys_of(x.future_suffixes);
  c.conditional_suffixes = keys_of(x.conditional_suffixes);
  c.imperfect_suffixes = keys_of(x.imperfect_suffixes);
  c.number_keys = keys_of(x.number_words);
  {
    std::vector<const TokenPattern*> patterns;
    for (const auto& t : c.triggers) patterns.push_back(&t.pattern);
    c.trigger_index = PatternIndex(patterns);
    patterns.clear();
    for (const auto& q : c.cues) patterns.push_back(&q.pattern);
    c.cue_index = PatternIndex(patterns);
    patterns.clear();
    for (const auto& p : c.excluded) patterns.push_back(&p);
    c.excluded_index = PatternIndex(patterns);
  }
  return c;
}

bool is_word(const text::Token& t) { return t.kind == text::TokenKind::word; }

// An uppercase letter inside a word that is not a Mc/Mac/O' surname: "OpenAI", "DeepMind".
bool org_like_caps(const text::Token& t, std::string_view text) {
  if (t.all_caps) return true;
  if (!t.inner_caps) return false;
  const std::string_view s = t.in(text);
  return !(s.rfind("Mc", 0) == 0 || s.rfind("Mac", 0) == 0 || s.rfind("O'", 0) == 0 || s.rfind("D'", 0) == 0 ||
           s.find('-') != std::string_view::npos);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Whether a lowercase word is an adjective continuing an organization's name (name_adjective_endings).
bool name_adjective(const text::Token& t, const CompiledLexicon& L) {
  if (!is_word(t) || t.capitalised || t.key.size() < 5 || L.role_words.contains(t.key)) return false;
  for (std::string_view ending : L.lex->name_adjective_endings)
    if (t.key.size() > ending.size() && t.key.compare(t.key.size() - ending.size(), ending.size(), ending) == 0)
      return true;
  return false;
}

// Capitalised runs in tokens [begin, end). A particle (de, von, Le) continues a name when a capitalised word
// follows and the run so far is a first name or an organization's words ("Université de Kerlann").
// "Basel-based", "London-listed", "Kong-based": an adjective made from a name.
bool adjective_of_name(const std::string& key) {
  const std::size_t dash = key.rfind('-');
  return dash != std::string::npos && (key.compare(dash, std::string::npos, "-based") == 0 ||
                                       key.compare(dash, std::string::npos, "-listed") == 0 ||
                                       key.compare(dash, std::string::npos, "-born") == 0);
}

std::vector<Name> scan_names(std::string_view text, const std::vector<text::Token>& toks, std::size_t begin,
                             std::size_t end, const CompiledLexicon& L) {
  std::vector<Name> out;
  std::size_t i = begin;
  auto capital_word = [&](std::size_t k) {
    // ("easyJet", "eBay": a capital inside a lowercase-initial word makes a name too.)
    if (k >= end || !is_word(toks[k]) || !(toks[k].capitalised || toks[k].inner_caps)) return false;
    // A capitalised role word is a title ("Chief Executive Jane Roe"), except as a first name right after a
    // lowercase role: "manager Dean Faulkner".
    if (L.role_words.contains(toks[k].key) &&
        !(k > begin && k + 1 < end && is_word(toks[k - 1]) && !toks[k - 1].capitalised &&
          L.role_words.contains(toks[k - 1].key) && is_word(toks[k + 1]) && toks[k + 1].capitalised &&
          !L.role_words.contains(toks[k + 1].key)))
      return false;
    const std::string& key = toks[k].key;
    // "Chief Financial Officer Linda Ostrow": a capitalised modifier next to a role word is part of the title
    // ("Financial Times" is still a name).
    if (L.role_modifiers.contains(key) && ((k + 1 < end && L.role_words.contains(toks[k + 1].key)) ||
                                           (k > begin && L.role_words.contains(toks[k - 1].key))))
      return false;
    // Adjectives made from names ("Basel-based", "London-listed") are not names.
    return !adjective_of_name(key);
  };
  auto emit = [&](std::size_t first, std::size_t last, bool determiner) {
    Name name;
    name.first = first;
    name.last = last;
    name.determiner = determiner;
    name.text = collapse_spaces(text.substr(toks[first].start, toks[last].end - toks[first].start));
    name.key = text::match_key(name.text);
    out.push_back(std::move(name));
  };
  while (i < end) {
    const auto& t = toks[i];
    // "ministère de l'Intérieur": a lowercase institution word opens an organization's name.
    if (is_word(t) && !t.capitalised && L.institution_heads.contains(t.key) && i + 2 < end &&
        L.org_particles.contains(toks[i + 1].key)) {
      std::size_t k = i + 2;
      if (k < end && (toks[k].key == "la" || toks[k].key == "l'" || toks[k].key == "le") && k + 1 < end) ++k;
      // ("ministère de l'éducation nationale": where the press writes the brief in lowercase, one noun.)
      const bool lowercase_brief = !L.lex->name_adjective_endings.empty() && k < end && is_word(toks[k]) &&
                                   !toks[k].capitalised && toks[k].key.size() >= 4 &&
                                   !L.particles.contains(toks[k].key) && !L.non_names.contains(toks[k].key) &&
                                   !L.determiners.contains(toks[k].key) && !L.role_words.contains(toks[k].key);
      if (capital_word(k) || lowercase_brief) {
        std::size_t last = k;
        while (last + 1 < end && capital_word(last + 1)) ++last;
        for (int adjectives = 0; adjectives < 2 && last + 1 < end && name_adjective(toks[last + 1], L); ++adjectives)
          ++last;  // "ministère de l'Éducation nationale"
        // "ministère de la Santé et de la Prévention", "ministère du Travail, de l'Emploi et de l'Insertion":
        // further briefs joined by a comma or a coordinator, each with its preposition.
        for (int briefs = 0; briefs < 3; ++briefs) {
          std::size_t j = last + 1;
          if (j + 2 >= end || !(toks[j].key == "," || L.coordinators.contains(toks[j].key))) break;
          if (!L.org_particles.contains(toks[j + 1].key)) break;
          std::size_t c = j + 2;
          if (c + 1 < end && (toks[c].key == "la" || toks[c].key == "l'" || toks[c].key == "le")) ++c;
          if (!capital_word(c)) break;
          last = c;
          while (last + 1 < end && capital_word(last + 1)) ++last;
        }
        emit(i, last, true);
        i = last + 1;
        continue;
      }
    }
    // "centre hospitalier de Montluçon", "centre hospitalier universitaire de Nantes": a lowercase
    // organization word, adjectives of names, then a capitalised complement.
    if (is_word(t) && !t.capitalised && t.key.size() >= 4 && L.org_words.contains(t.key) &&
        !L.lex->name_adjective_endings.empty()) {
      std::size_t k = i + 1;
      while (k < end && k - i <= 2 && name_adjective(toks[k], L)) ++k;
      if (k > i + 1 && k + 1 < end && L.org_particles.contains(toks[k].key) && capital_word(k + 1)) {
        std::size_t last = k + 1;
        while (last + 1 < end && capital_word(last + 1)) ++last;
        emit(i, last, true);
        i = last + 1;
        continue;
      }
    }
    if (!capital_word(i)) {
      ++i;
      continue;
    }
    // "Dr", "Drs.", "Mme" before a name are titles, not names ("Le Dr Karim Benali" is Karim Benali).
    if (L.honorifics.contains(t.key) && i + 1 < end &&
        (capital_word(i + 1) || (toks[i + 1].key == "." && capital_word(i + 2)))) {
      ++i;
      continue;
    }
    bool determiner = false;
    std::size_t first = i;
    // Capitalised determiners open organization names mid-sentence ("Les Echos", "The Information").
    if (L.articles.contains(t.key) || t.key == "l'") {
      if (i > begin && capital_word(i + 1) && !L.non_names.contains(toks[i + 1].key)) {
        determiner = true;
      } else {
        ++i;
        continue;
      }
    } else if (L.non_names.contains(t.key) && !(capital_word(i + 1) && L.particles.contains(t.key) && i > begin) &&
               !(i > begin && !toks[i - 1].capitalised && L.articles.contains(toks[i - 1].key) &&
                 capital_word(i + 1))) {
      // A non-name word opens a name only after a determiner and before another capitalised word
      // ("the National Trust").
      ++i;
      continue;
    }
    if (first > begin) {
      const auto& prev = toks[first - 1];
      if (!prev.capitalised && (L.articles.contains(prev.key) || prev.key == "l'")) determiner = true;
    }
    std::size_t last = first;
    bool orgish = L.org_words.contains(t.key);
    std::size_t k = first + 1;
    while (k < end) {
      if (capital_word(k) && (!L.non_names.contains(toks[k].key) || L.particles.contains(toks[k].key) ||
                              (determiner && capital_word(k + 1)))) {
        orgish = orgish || L.org_words.contains(toks[k].key);
        last = k++;
        continue;
      }
      // "St. Mary's Hospital", "Ste. Anne": an abbreviated word of a name keeps its period inside the name.
      if (toks[k].key == "." && k == last + 1 && L.name_abbreviations.contains(toks[last].key) &&
          capital_word(k + 1)) {
        last = k + 1;
        k += 2;
        continue;
      }
      // "St. Mary's Hospital", "King's College": a possessive inside a name followed by an organization's word.
      if (toks[k].key == "'s" && capital_word(k + 1) && L.org_words.contains(toks[k + 1].key)) {
        last = k + 1;
        k += 2;
        orgish = true;
        continue;
      }
      // "Don't Nod": a clitic inside a name.
      if (toks[k].key == "n't" && k == last + 1 && capital_word(k + 1)) {
        last = k + 1;
        k += 2;
        continue;
      }
      // "&" joins organization names: "Écrans & Médias".
      if (toks[k].key == "&" && capital_word(k + 1)) {
        last = k + 1;
        k += 2;
        orgish = true;
        continue;
      }
      // "Department of Health", "Bank of America": organization names take their own particles.
      // ("Delvin Capital on Monday", "Bloomberg on Wednesday": a calendar word ends the name.)
      // ("left Kestrel Bank for Millennium Management": after a leaving verb, a destination follows "for".)
      const bool leaving_for = first > begin && L.org_introducers.contains(toks[first - 1].key) &&
                               !L.join.contains(toks[first - 1].key) && !L.at_prep.contains(toks[first - 1].key) &&
                               toks[first - 1].key != "sur" && L.destination_prepositions.contains(toks[k].key);
      if (orgish && is_word(toks[k]) && !toks[k].capitalised && L.org_particles.contains(toks[k].key) &&
          capital_word(k + 1) && !L.non_names.contains(toks[k + 1].key) && !leaving_for) {
        last = k + 1;
        k += 2;
        continue;
      }
      if (is_word(toks[k]) && !toks[k].capitalised && L.particles.contains(toks[k].key)) {
        std::size_t n = k + 1;
        if (n < end && L.particles.contains(toks[n].key) && !toks[n].capitalised) ++n;  // "de la"
        // A first name, an organization's words, or a capitalised particle ("Philippe Van der Berghe").
        const bool short_run = last == first || (determiner && last == first + 1) ||
                               (L.particles.contains(toks[last].key) && toks[last].capitalised);
        if (capital_word(n) && (short_run || orgish) && !org_like_caps(toks[n], text)) {
          last = n;
          k = n + 1;
          continue;
        }
      }
      break;
    }
    // "the Hong Kong-based group": the run opens an adjective made from a name, and names nothing.
    if (last + 1 < end && is_word(toks[last + 1]) && toks[last + 1].capitalised && adjective_of_name(toks[last + 1].key)) {
      i = last + 2;
      continue;
    }
    // "Fédération française de handball", "Agence régionale de santé", "Parti socialiste": lowercase
    // adjectives, then one lowercase complement, continue a one-word organization head.
    // ("Parti socialiste" also at the end of a longer name: "Nord du Parti socialiste".)
    if (L.org_words.contains(toks[last].key)) {
      std::size_t c = last + 1, adjectives = 0;
      while (c < end && adjectives < 2 && name_adjective(toks[c], L)) last = c++, ++adjectives;
      if (adjectives > 0 && c + 1 < end && is_word(toks[c]) && !toks[c].capitalised &&
          L.particles.contains(toks[c].key) && toks[c].key != "la" && toks[c].key != "le" &&
          is_word(toks[c + 1]) && !toks[c + 1].capitalised && toks[c + 1].key.size() >= 4 &&
          !L.particles.contains(toks[c + 1].key) && !L.non_names.contains(toks[c + 1].key) &&
          !L.role_words.contains(toks[c + 1].key) && !L.determiners.contains(toks[c + 1].key))
        last = c + 1;
      // "Opéra national de Paris", "Centre national de la Recherche scientifique": a capitalised complement.
      else if (adjectives > 0 && c + 1 < end && L.org_particles.contains(toks[c].key) && !toks[c].capitalised) {
        std::size_t n = c + 1;
        if (n + 1 < end && (toks[n].key == "la" || toks[n].key == "l'") && !toks[n].capitalised) ++n;
        if (capital_word(n)) {
          last = n;
          while (last + 1 < end && capital_word(last + 1)) ++last;
        }
      }
    }
    emit(first, last, determiner);
    i = last + 1;
  }
  return out;
}

}  // namespace

const CompiledLexicon& compiled_lexicon(Lang lang) {
  static const CompiledLexicon fr = compile(french_lexicon());
  static const CompiledLexicon en = compile(english_lexicon());
  return lang == Lang::fr ? fr : en;
}

std::string Analysis::span_text(std::size_t first, std::size_t last) const {
  if (first > last || last >= tokens.size()) return {};
  return collapse_spaces(text.substr(tokens[first].start, tokens[last].end - tokens[first].start));
}

std::string resolve_alias(std::string_view name) {
  const std::string key = text::match_key(name);
  for (const auto& a : name_aliases())
    if (text::match_key(a.name) == key) return std::string(a.canonical);
  return std::string(name);
}

// The initials of a multi-word name's capitalised words: "Banque Lorraine de Crédit" → "blc".
std::string initials(std::string_view name) {
  std::string out;
  bool at_start = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == ' ' || c == '-') {
      at_start = true;
      continue;
    }
    if (at_start && c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    at_start = false;
  }
  return out;
}

// The initials of every content word of a name's key, capitalised or not: "federation francaise de tennis" →
// "fft", "autorite des marches financiers" → "amf" (the lexicon's particles and articles do not count).
std::string content_initials(std::string_view key, const CompiledLexicon& L) {
  std::string out;
  std::size_t from = 0;
  while (from < key.size()) {
    std::size_t end = key.find_first_of(" -'", from);
    if (end == std::string_view::npos) end = key.size();
    const std::string_view word = key.substr(from, end - from);
    if (word.size() >= 3 && !L.particles.contains(word) && !L.org_particles.contains(word) &&
        !L.articles.contains(word))
      out.push_back(word.front());
    from = end + 1;
  }
  return out;
}

// The initials of every word of a name's key but a leading article, particles included: "the department for
// education" → "dfe".
std::string word_initials(std::string_view key, const CompiledLexicon& L) {
  if (const std::size_t space = key.find(' '); space != std::string_view::npos && L.articles.contains(key.substr(0, space)))
    key.remove_prefix(space + 1);
  std::string out;
  bool at_start = true;
  for (const char c : key) {
    if (c == ' ' || c == '-') {
      at_start = true;
      continue;
    }
    if (at_start) out.push_back(c);
    at_start = false;
  }
  return out;
}

bool has_word(std::string_view key, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1))
    if ((at == 0 || key[at - 1] == ' ') && (at + word.size() == key.size() || key[at + word.size()] == ' '))
      return true;
  return false;
}

namespace {

bool word_part(std::string_view part, std::string_view whole) {
  if (part.size() >= whole.size()) return false;
  // Anywhere at word boundaries: "Saint-Priest" in "AS Saint-Priest-des-Monts".
  auto boundary = [](char c) { return c == ' ' || c == '-' || c == '\''; };
  for (std::size_t at = whole.find(part); at != std::string_view::npos; at = whole.find(part, at + 1)) {
    const bool left = at == 0 || boundary(whole[at - 1]);
    const bool right = at + part.size() == whole.size() || boundary(whole[at + part.size()]);
    if (left && right) return true;
  }
  return false;
}

}  // namespace

std::string canonical_org(const Analysis& a, std::string_view name) {
  std::string resolved = resolve_alias(name);
  if (auto defined = a.acronyms.find(text::match_key(resolved)); defined != a.acronyms.end()) resolved = defined->second;
  const std::string key = text::match_key(resolved);
  std::string best = resolved;
  int best_score = -1;
  const std::string subject_key = text::match_key(a.subject_org);
  for (const auto& [other_key, display] : a.org_display) {
    if (other_key.size() <= key.size() || a.quoted_titles.count(other_key)) continue;
    // "Vexa-3", "Kairn-2": a name plus a number is a product of the organization, not its fuller name.
    if (other_key.find_first_of("0123456789") != std::string::npos && key.find_first_of("0123456789") == std::string::npos)
      continue;
    if (word_part(key, other_key) ||
        (key.size() >= 2 && key.find(' ') == std::string::npos &&
         (initials(display) == key || content_initials(other_key, *a.lex) == key ||
          (key.size() >= 3 && word_initials(other_key, *a.lex) == key)))) {
      // Several longer names contain it ("Ravensworth Group", "Ravensworth Foundation"): the article's
      // organization first, then the most mentioned.
      auto it = a.org_mentions.find(other_key);
      int score = it == a.org_mentions.end() ? 0 : it->second;
      if (other_key == subject_key) score += 1000;
      // "Rivemont" is FC Rivemont, not the newspaper L'Écho de Rivemont the article cites or is.
      if (a.source_keys.count(other_key) || other_key == a.outlet_key) score -= 500;
      if (score > best_score) {
        best = display;
        best_score = score;
      }
    }
  }
  return best;
}

namespace {
bool word_part(std::string_view part, std::string_view whole);

// Every proper part of a name that starts and ends at word boundaries (spaces, hyphens, apostrophes):
// "as saint-priest-des-monts" → "as", "saint-priest", "saint", … Bounded by the square of its word count.
std::vector<std::string> word_parts(const std::string& key) {
  std::vector<std::size_t> starts = {0}, ends;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i] == ' ' || key[i] == '-' || key[i] == '\'') {
      ends.push_back(i);
      starts.push_back(i + 1);
    }
  ends.push_back(key.size());
  std::vector<std::string> parts;
  if (starts.size() > 12) return parts;  // not a name
  for (std::size_t s : starts)
    for (std::size_t e : ends)
      if (e > s && !(s == 0 && e == key.size())) parts.push_back(key.substr(s, e - s));
  return parts;
}
}  // namespace

namespace {
bool words_in_order(const std::string& part, const std::string& whole);

// Whether every word of `part` (one or more) appears in `whole`, in order.
bool words_in_order_or_one(const std::string& part, const std::string& whole) {
  return part.find(' ') != std::string::npos ? words_in_order(part, whole) : has_word(whole, part);
}

// Whether every word of `part` (two words or more) appears in `whole`, in order: "opera de paris" in
// "opera national de paris".
bool words_in_order(const std::string& part, const std::string& whole) {
  if (part.find(' ') == std::string::npos) return false;
  std::size_t at = 0, from = 0;
  while (from < part.size()) {
    std::size_t space = part.find(' ', from);
    if (space == std::string::npos) space = part.size();
    const std::string word = part.substr(from, space - from);
    bool found = false;
    for (std::size_t pos = whole.find(word, at); pos != std::string::npos; pos = whole.find(word, pos + 1)) {
      const bool left = pos == 0 || whole[pos - 1] == ' ';
      const bool right = pos + word.size() == whole.size() || whole[pos + word.size()] == ' ';
      if (left && right) {
        at = pos + word.size();
        found = true;
        break;
      }
    }
    if (!found) return false;
    from = space + 1;
  }
  return true;
}
}  // namespace

void choose_subject_org(Analysis& a, const Article& article) {
  const CompiledLexicon& L = *a.lex;
  auto& org_score = a.org_evidence;
  // The article's organization: the most mentioned one, with a bonus for appearing in the title.
  std::unordered_map<std::string, int> score;
  for (const auto& [key, count] : a.org_mentions) {
    // Times credited as a source do not count: "selon Les Echos" is not what the article is about.
    auto credited = a.source_counts.find(key);
    int times_credited = credited == a.source_counts.end() ? 0 : credited->second;
    auto aliased = a.source_counts.find(text::match_key(resolve_alias(a.org_display[key])));
    if (aliased != a.source_counts.end() && aliased->first != key) times_credited += aliased->second;
    const int net = count - 2 * times_credited;
    if (net > 0 && (count > 1 || a.mid_sentence_names.count(key)) && !a.quoted_titles.count(key) &&
        !L.role_words.contains(key) &&
        !L.role_modifiers.contains(key) && !L.implicit_orgs.contains(key))
      score[key] = net;
  }
  // "WaterBridge" counts for "WaterBridge International".
  std::unordered_map<std::string, int> pooled = score;
  for (const auto& [other, unused] : score)
    for (const auto& part : word_parts(other)) {
      auto it = score.find(part);
      if (it != score.end()) pooled[other] += it->second;
    }
  score = std::move(pooled);
  // "the trust said", "la mairie a indiqué": how often the text names an organization by its head word after a
  // definite determiner; such mentions count for the named organization with that head, its last word where
  // names premodify ("Norfolk … Trust"), else its first ("Mairie de Montpellier").
  std::unordered_map<std::string, int> head_mentions;
  for (std::size_t i = 1; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
    if (!t.capitalised && (L.org_words.contains(t.key) || L.institution_heads.contains(t.key)) &&
        L.definite.contains(a.tokens[i - 1].key))
      ++head_mentions[t.key];
  }
  auto head_count = [&](const std::string& key) {
    const std::size_t first_space = key.find(' '), last_space = key.rfind(' ');
    if (first_space == std::string::npos) return 0;
    auto head = head_mentions.find(L.lex->names_premodify ? key.substr(last_space + 1) : key.substr(0, first_space));
    return head == head_mentions.end() ? 0 : head->second;
  };
  for (auto& [key, sc] : score) sc += head_count(key);
  // Whether the title's name `title_key` (its capitalised words `proper` when a lowercase head leads it) is a
  // short form of the text's name `key`: its words in order ("l'Opéra de Paris", "Opéra national de Paris"),
  // its capitalised words ("l'hôpital de Montluçon", "centre hospitalier de Montluçon"), or, for a name the
  // text never gives alone, its first word ("Norfolk trust", "Norfolk and Norwich … Trust").
  auto short_form = [&](const std::string& title_key, const std::string& proper, const std::string& key,
                        bool first_word) {
    if (key == title_key) return false;
    if (words_in_order(title_key, key)) return true;
    if (!proper.empty() && key.find(' ') != std::string::npos && words_in_order_or_one(proper, key)) return true;
    return first_word && key.rfind(title_key + ' ', 0) == 0 && !L.place_names.contains(title_key) &&
           std::count(key.begin(), key.end(), ' ') >= 2;
  };
  std::vector<std::string> title_keys, title_propers;
  {
    const auto& title_tokens = a.title_tokens;
    for (const auto& n : a.title_names) {
      // A credited name is an outlet, unless the title names it with an organization's word ("La Banque
      // Kestrel annonce …"): then it speaks for itself.
      bool has_org_word = false;
      for (std::size_t k = n.first; k <= n.last; ++k)
        has_org_word = has_org_word || L.org_words.contains(title_tokens[k].key);
      if (a.person_alias.count(n.key) ||
          (a.source_keys.count(n.key) && !score.count(n.key) &&
           (!has_org_word || text::match_key(article.meta.outlet) == n.key)))
        continue;
      if (L.role_words.contains(n.key) || L.role_modifiers.contains(n.key) || L.non_names.contains(n.key)) continue;
      // ("l'hôpital de Montluçon" for "centre hospitalier de Montluçon": a title's name with a lowercase head
      // names whatever name holds its capitalised words.)
      std::string proper;  // the capitalised words, space-separated, when a lowercase head leads
      if (n.last > n.first && !title_tokens[n.first].capitalised)
        for (std::size_t k = n.first + 1; k <= n.last; ++k)
          if (title_tokens[k].capitalised) proper += (proper.empty() ? "" : " ") + title_tokens[k].key;
      // "Mairie de Montpellier : …" over a text that says "la mairie": the title's name is the one meant.
      if (!a.org_mentions.count(n.key) && !n.determiner && head_count(n.key) >= 2) {
        score[n.key] += head_count(n.key);
        a.org_display[n.key] = n.text;
      } else if (!a.org_mentions.count(n.key) && !n.determiner) {
        // "Norfolk trust loses …": a short form of a longer name the text gives names it.
        for (auto& [key, sc] : score)
          if (short_form(n.key, proper, key, true)) sc += 3;
        continue;  // named in the title only
      }
      // "… loses star trader to Citadel", "… pour rejoindre TF1": the destination is not the subject.
      bool destination = false;
      for (std::size_t q = n.first; q > 0 && n.first - q < 3 && !destination; --q)
        destination = (L.join.contains(title_tokens[q - 1].key) &&
                       !L.destination_prepositions.contains(title_tokens[q - 1].key)) ||
                      (L.destination_prepositions.contains(title_tokens[q - 1].key) && q >= 2 &&
                       (L.join.contains(title_tokens[q - 2].key) || L.org_introducers.contains(title_tokens[q - 2].key) ||
                        !title_tokens[q - 2].capitalised));
      if (destination) continue;
      // "… amid Medicaid backlog": a name used as a modifier between two lowercase words.
      if (L.lex->names_premodify && n.first > 0 && n.last + 1 < title_tokens.size() &&
          is_word(title_tokens[n.first - 1]) &&
          !title_tokens[n.first - 1].capitalised && is_word(title_tokens[n.last + 1]) &&
          !title_tokens[n.last + 1].capitalised)
        continue;
      bool orgish = n.determiner || org_score[n.key] > 0 || a.org_mentions.count(n.key);
      for (std::size_t k = n.first; k <= n.last; ++k) orgish = orgish || L.org_words.contains(title_tokens[k].key);
      if (n.first == n.last) orgish = orgish || org_like_caps(title_tokens[n.first], article.meta.title);
      if (!orgish) continue;
      score[n.key] += 3;
      auto& shown = a.org_display[n.key];
      if (shown.empty()) shown = n.text;
      title_keys.push_back(n.key);
      title_propers.push_back(proper);
    }
  }
  // A title's short form names the full one too: "l'Opéra de Paris" is the "Opéra national de Paris".
  for (std::size_t t = 0; t < title_keys.size(); ++t)
    for (auto& [key, sc] : score)
      if (short_form(title_keys[t], title_propers[t], key, false)) sc += 3;
  if (std::getenv("EXODUS_EXTRACT_DEBUG"))
    for (const auto& [key, sc] : score) std::fprintf(stderr, "org score %s = %d\n", key.c_str(), sc);
  // Ties go to the name written first (the title counts as before the text).
  std::unordered_map<std::string, std::size_t> first_seen;
  std::size_t order = 0;
  for (const auto& n : a.title_names) first_seen.emplace(n.key, order++);
  for (const auto& n : a.names) first_seen.emplace(n.key, order++);
  auto seen = [&](const std::string& key) {
    auto it = first_seen.find(key);
    return it == first_seen.end() ? std::size_t(-1) : it->second;
  };
  a.subject_org.clear();
  int best = 0;
  std::string best_key;
  for (const auto& [key, s] : score) {
    if (key == "x" || key == "twitter") continue;
    if (s > best || (s == best && seen(key) < seen(best_key))) {
      best = s;
      best_key = key;
      a.subject_org = a.org_display[key];
    }
  }
  if (!a.subject_org.empty()) a.subject_org = canonical_org(a, a.subject_org);
}

Analysis analyse(const Article& article, const CompiledLexicon& L) {
  Analysis a;
  a.text = article.text;
  a.outlet_key = text::match_key(article.meta.outlet);
  a.title_tokens = text::tokenize(article.meta.title);
  a.title_names = scan_names(article.meta.title, a.title_tokens, 0, a.title_tokens.size(), L);
  a.lex = &L;
  const std::string_view text = a.text;
  a.sentences = text::split_sentences(text, article.meta.lang);
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    a.sentence_begin.push_back(a.tokens.size());
    auto toks = text::tokenize(text, a.sentences[s].start, a.sentences[s].end);
    for (auto& t : toks) {
      a.tokens.push_back(std::move(t));
      a.sentence_of.push_back(static_cast<int>(s));
    }
    a.sentence_end.push_back(a.tokens.size());
  }
  const auto& toks = a.tokens;

  // Lowercase vocabulary: a capitalised sentence opener that the article also writes in lowercase is a word.
  // (Views of the tokens' keys, which outlive the set: no copy per token.)
  std::unordered_set<std::string_view> lowercase_words;
  lowercase_words.reserve(toks.size() / 2);
  for (const auto& t : toks)
    if (is_word(t) && !t.capitalised) lowercase_words.insert(t.key);

  // A name's tokens changed: its text and key follow.
  auto respan = [&](Name& n, std::size_t first, std::size_t last) {
    n.first = first;
    n.last = last;
    n.text = a.span_text(first, last);
    n.key = text::match_key(n.text);
  };
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    auto found = scan_names(text, toks, a.sentence_begin[s], a.sentence_end[s], L);
    for (auto& n : found) {
      if (L.place_names.contains(n.key)) continue;  // a country or a capital alone: a place, not a name of anyone
      // "le directeur commercial Asie de Vacheron Constantin", "head of sales Europe at …": a region that
      // qualifies a role, then "de" and the name of whom the role is.
      if (n.last >= n.first + 2 && L.place_names.contains(toks[n.first].key) &&
          L.of_prep.contains(toks[n.first + 1].key) && toks[n.first + 2].capitalised)
        respan(n, n.first + 2, n.last);
      // A sentence opener that is an ordinary word ("Presenter Kate Ellingham", "Shares of …").
      if (n.first == a.sentence_begin[s] && lowercase_words.count(toks[n.first].key) && !n.determiner &&
          !L.particles.contains(toks[n.first].key)) {
        if (n.first == n.last) continue;
        respan(n, n.first + 1, n.last);
      }
      a.names.push_back(std::move(n));
    }
  }

  // "Norfolk and Norwich University Hospitals NHS Foundation Trust", "Chelsea and Westminster Hospital NHS
  // Foundation Trust": one word, a coordinator, then a long name ending with an organization's word is one
  // name, when that first word stands nowhere else alone (then it is no organization of its own).
  {
    std::unordered_map<std::string, int> times_named;
    for (const auto& n : a.names) ++times_named[n.key];
    std::vector<Name> joined;
    for (std::size_t i = 0; i < a.names.size(); ++i) {
      Name n = a.names[i];
      // "Sports columnist Dana Whit …", "Technology editor X": one capitalised common word (an organization's
      // or a role's word) opening a sentence before a lowercase role, and named nowhere else, is the role's
      // modifier, not a name ("Barclays chief executive X" keeps its name).
      if (n.first == n.last && n.first == a.sentence_begin[static_cast<std::size_t>(a.sentence_of[n.first])] &&
          n.last + 1 < toks.size() && !toks[n.last + 1].capitalised && L.role_words.contains(toks[n.last + 1].key) &&
          times_named[n.key] == 1 && (L.org_words.contains(n.key) || L.role_modifiers.contains(n.key)))
        continue;
      if (i + 1 < a.names.size()) {
        const Name& next = a.names[i + 1];
        if (n.first == n.last && !n.determiner && next.first == n.last + 2 && next.last >= next.first + 2 &&
            a.sentence_of[n.first] == a.sentence_of[next.first] && L.coordinators.contains(toks[n.last + 1].key) &&
            L.org_words.contains(toks[next.last].key) && times_named[n.key] == 1 &&
            !L.org_words.contains(toks[n.first].key) && !L.place_names.contains(n.key)) {
          respan(n, n.first, next.last);
          ++i;
        }
      }
      joined.push_back(std::move(n));
    }
    a.names = std::move(joined);  // (indexed by token once, below, with the other changes of span)
  }

  // Whether token i is a dismissal verb of the lexicon ("limogé", "fired").
  auto fires = [&](std::size_t i) {
    for (const auto& trig : L.triggers)
      if (trig.rule->frame == extract::Frame::fire && trig.pattern.size() == 1 && trig.pattern.match(toks, i, i + 1, 0))
        return true;
    return false;
  };
  // "le député de la Haute-Garonne Romain Cazals": a place or organization run directly followed by a person's
  // name, known because the surname also stands alone elsewhere, is two names.
  {
    std::unordered_set<std::string> single_words;  // and two-word names, written on their own elsewhere
    for (const auto& n : a.names)
      if (n.first == n.last) single_words.insert(n.key);
      else if (n.last == n.first + 1) single_words.insert(n.key);
    std::vector<Name> split;
    for (auto& n : a.names) {
      if (n.last < n.first + 2) continue;
      // "le député de la Haute-Garonne Romain Cazals", "la sénatrice de la Marne Élisabeth Fournier-Coste":
      // after a role and its "de", a place then a person.
      std::size_t r = n.first;
      while (r > 0 && n.first - r < 3 && (L.of_prep.contains(toks[r - 1].key) || L.articles.contains(toks[r - 1].key)))
        --r;
      const bool after_role = r < n.first && r > 0 && L.role_words.contains(toks[r - 1].key);
      if (!n.determiner && !after_role) continue;
      const auto& last = toks[n.last];
      const auto& before = toks[n.last - 1];
      const std::string pair = text::match_key(a.span_text(n.last - 1, n.last));
      if (!(single_words.count(last.key) || single_words.count(pair) || after_role) || !before.capitalised ||
          L.particles.contains(before.key) ||
          L.org_words.contains(last.key) || L.org_words.contains(before.key))
        continue;
      Name person;
      respan(person, n.last - 1, n.last);
      respan(n, n.first, n.last - 2);
      split.push_back(std::move(person));
    }
    for (auto& p : split) a.names.push_back(std::move(p));
    // "l'Autorité des marchés financiers (AMF)": an acronym in brackets right after a name is that name.
    for (const auto& n : a.names) {
      const std::size_t open = n.last + 1;
      if (n.first == n.last || open + 2 >= toks.size() || toks[open].key != "(" || toks[open + 2].key != ")") continue;
      const auto& acronym = toks[open + 1];
      if (acronym.all_caps && acronym.key.size() >= 2 && acronym.key.size() < n.key.size())
        a.acronyms.emplace(acronym.key, n.text);
    }
    // "Barnardo's said", "at Sainsbury's.": a name whose "'s" is followed by no noun somewhere keeps it
    // everywhere ("Barnardo's chief executive" too).
    {
      std::unordered_set<std::string> possessive_names;
      for (const auto& n : a.names) {
        const std::size_t s_at = n.last + 1, after_s = n.last + 2;
        if (s_at >= toks.size() || toks[s_at].key != "'s" || a.sentence_of[s_at] != a.sentence_of[n.last]) continue;
        const bool sentence_ends = after_s >= toks.size() || a.sentence_of[after_s] != a.sentence_of[n.last];
        if (sentence_ends || (!is_word(toks[after_s]) && toks[after_s].key != "\"") ||
            L.aux.contains(toks[after_s].key) || L.reporting_verbs.contains(toks[after_s].key) ||
            L.coordinators.contains(toks[after_s].key))
          possessive_names.insert(n.key);
      }
      // (Never a person's surname: "Aisha Mensah-Carter" … "Mensah-Carter's exit".)
      for (const auto& n : a.names)
        for (auto it = possessive_names.begin(); it != possessive_names.end();)
          if (n.key.size() > it->size() + 1 && n.key.compare(n.key.size() - it->size(), it->size(), *it) == 0 &&
              n.key[n.key.size() - it->size() - 1] == ' ')
            it = possessive_names.erase(it);
          else
            ++it;
      for (auto& n : a.names)
        if (possessive_names.count(n.key) && n.last + 1 < toks.size() && toks[n.last + 1].key == "'s")
          respan(n, n.first, n.last + 1);
    }
    std::sort(a.names.begin(), a.names.end(), [](const Name& x, const Name& y) { return x.first < y.first; });
    a.name_at.assign(toks.size(), -1);
    for (std::size_t i = 0; i < a.names.size(); ++i)
      for (std::size_t k = a.names[i].first; k <= a.names[i].last; ++k) a.name_at[k] = static_cast<int>(i);
  }
  // Evidence for each name key: where it appears says what it is.
  std::unordered_map<std::string, int> org_score, person_score;
  std::unordered_set<std::string> two_word_names;
  auto prev_word = [&](std::size_t i) -> const text::Token* { return i > 0 ? &toks[i - 1] : nullptr; };
  for (const auto& n : a.names) {
    const std::size_t s = static_cast<std::size_t>(a.sentence_of[n.first]);
    int org = 0, person = 0;
    std::size_t words = 0;
    for (std::size_t k = n.first; k <= n.last; ++k) {
      if (!L.particles.contains(toks[k].key) || toks[k].capitalised) ++words;
      if (L.org_words.contains(toks[k].key)) org += 3;
    }
    const bool has_org_word = org > 0;
    // "the Women's Rugby World Cup", "le Tour de France": a competition is no one's employer.
    if (L.event_words.contains(toks[n.last].key) || L.event_words.contains(toks[n.first].key)) org -= 8;
    if (n.determiner) org += 4;
    if (n.text.find('&') != std::string::npos) org += 4;
    if (org_like_caps(toks[n.first], text)) org += 2;  // "OpenAI", "FAIR de Meta"
    // Two words look like a first name and a surname, once per name however often it is written.
    if (words >= 2 && two_word_names.insert(n.key).second) person += 1;
    const text::Token* p = prev_word(n.first);
    if (p && a.sentence_of[n.first - 1] == static_cast<int>(s)) {
      if (L.org_introducers.contains(p->key)) org += 2;
      // "a banker in San Francisco", "its Hong Kong office": places and possessed things are not people.
      if (L.place_prepositions.contains(p->key) || L.possessives.contains(p->key) || p->key == "its") org += 3;
      // "licencié par France Ouest", "fired by Ocado": the agent of a dismissal (not "remplacé par X").
      if (L.agent_prepositions.contains(p->key) && n.first >= 2 && fires(n.first - 2)) org += 2;
      // "président de Publicis France", "chief executive of Nordvale Energy", and through the role's own
      // complement: "directrice de la communication de Brasserie Kervel", "head of people at Dunmore".
      if ((L.of_prep.contains(p->key) || L.at_prep.contains(p->key)) && n.first >= 2) {
        for (std::size_t k = n.first - 1; k > 0 && n.first - k <= 6; --k) {
          const auto& w = toks[k - 1];
          // (A region inside the role may be capitalised: "directeur commercial Asie de Vacheron Constantin".)
          if (a.sentence_of[k - 1] != static_cast<int>(s) || w.kind != text::TokenKind::word ||
              (w.capitalised && !L.place_names.contains(w.key)))
            break;
          if (L.role_words.contains(w.key) && !L.particles.contains(w.key)) {
            org += 2;
            break;
          }
        }
      }
      // "the refugee charity Safe Haven Alliance", "Swiss drugmaker Helvion".
      if (L.implicit_orgs.contains(p->key) || L.literal_orgs.contains(p->key)) org += 3;
      if (L.honorifics.contains(p->key)) person += 4;
      // "Mr. Lawson", "Dr. Cho": the honorific's period is a token of its own.
      if (p->key == "." && n.first >= 2 && L.honorifics.contains(toks[n.first - 2].key)) person += 4;
      // "les salariés de Maisons Delorme", "l'action Harlan Foods": what an organization has.
      // (A belonging word right before a name only in languages whose names do not premodify: "l'action X",
      // not "vice president of sales Tom Reyes".)
      if ((L.org_belongings.contains(p->key) && !L.lex->names_premodify) ||
          (L.of_prep.contains(p->key) && n.first >= 2 && L.org_belongings.contains(toks[n.first - 2].key)))
        org += 5;
      // ("of" is a role modifier inside "vice president of sales", but "director of X" makes X no person.)
      if (L.role_words.contains(p->key) || (L.role_modifiers.contains(p->key) && !L.of_prep.contains(p->key)))
        person += 2;
      if (p->key == "'s" || p->key == "'") person += 0;
    }
    const std::size_t after = n.last + 1;
    if (after < a.sentence_end[s]) {
      const auto& nx = toks[after];
      // "Nottingham Forest have sacked head coach X", "Le Stade rennais a limogé …": who dismisses is an
      // organization (the auxiliaries of the verb group between).
      // (Active only: "X a été licencié", "X was fired" are people.)
      {
        std::size_t v = after;
        bool passive = false;
        for (; v < a.sentence_end[s] && v < after + 3 && L.aux.contains(toks[v].key); ++v)
          if (L.passive_aux.contains(toks[v].key)) passive = true;
        if (v > after && !passive && v < a.sentence_end[s] && fires(v)) org += 4;
      }
      // "Harlan Foods shares fell", "Harlan Foods' employees".
      if (L.org_belongings.contains(nx.key) ||
          ((nx.key == "'s" || nx.key == "'") && after + 1 < a.sentence_end[s] &&
           L.org_belongings.contains(toks[after + 1].key)))
        org += 5;
      // (Organizations speak too: "Kestrel Bank said" is no sign of a person when the name has an
      // organization's word.)
      // ("X said in a statement" is an organization's voice: a statement noun within a few words.)
      bool statement = false;
      for (std::size_t k = after + 1; k < a.sentence_end[s] && k < after + 6 && !statement; ++k)
        statement = L.statement_nouns.contains(toks[k].key);
      if (L.reporting_verbs.contains(nx.key) && !has_org_word) {
        if (statement) org += 3;
        else person += 2;
      }
      // "a annoncé Air France dans un communiqué": named between a reporting verb and its statement.
      if (p && L.reporting_verbs.contains(p->key) && a.sentence_of[n.first - 1] == static_cast<int>(s)) {
        bool announced_in = false;
        for (std::size_t k = after; k < a.sentence_end[s] && k < after + 4 && !announced_in; ++k)
          announced_in = L.statement_nouns.contains(toks[k].key);
        if (announced_in) org += 3;
      }
      if (nx.key == "," && after + 1 < a.sentence_end[s] &&
          (L.role_words.contains(toks[after + 1].key) || toks[after + 1].kind == text::TokenKind::number))
        person += 2;
      // "Grafton Retail's chief executive", "Skyvale Airways chief executive": an organization's role.
      std::size_t role_at = after;
      if ((nx.key == "'s" || nx.key == "'") && after + 1 < a.sentence_end[s]) role_at = after + 1;
      // ("Jamie Ferris and first-team coach Stuart Ogden": a coordinator starts another person's title.)
      while (role_at < a.sentence_end[s] && L.role_modifiers.contains(toks[role_at].key) &&
             !L.role_words.contains(toks[role_at].key) && !L.coordinators.contains(toks[role_at].key))
        ++role_at;
      if (role_at < a.sentence_end[s] && L.role_words.contains(toks[role_at].key) && !toks[role_at].capitalised)
        org += role_at > after && (nx.key == "'s" || nx.key == "'") ? 5 : 3;  // "Rugby Australia's chief executive"
      if (nx.key == "," && after + 1 < a.sentence_end[s]) {
        const auto& rel = toks[after + 1].key;
        if (rel == "which") org += 2;
        if (rel == "who") person += 2;
      }
    }
    org_score[n.key] += org;
    person_score[n.key] += person;
  }

  // "Orbitly Lite", "Google DeepMind": a multi-word name whose first word is an organization elsewhere.
  for (const auto& n : a.names) {
    if (n.first == n.last) continue;
    const std::string& head = toks[n.first].key;
    auto it = org_score.find(head);
    if (it != org_score.end() && it->second > 0) org_score[n.key] += 3;
  }
  // « Soir d'Info », "Good Morning Meridian": a name in quotation marks is the title of a work.
  for (const auto& n : a.names) {
    if (n.first == 0 || n.last + 1 >= toks.size()) continue;
    const std::string& before = toks[n.first - 1].key;
    const std::string& after = toks[n.last + 1].key;
    if ((before == "\u00ab" || before == "\"") && (after == "\u00bb" || after == "\"")) {
      org_score[n.key] += 5;
      a.quoted_titles.insert(n.key);
    }
  }
  // "Action Santé Nomade" when the article (or its title) also writes "ONG Action Santé Nomade".
  std::vector<std::string> org_like_keys;
  for (const auto& o : a.names)
    if (org_score[o.key] > person_score[o.key]) org_like_keys.push_back(o.key);
  for (const auto& o : a.title_names) {
    bool orgish = false;
    for (std::size_t k = o.first; k <= o.last; ++k)
      orgish = orgish || L.org_words.contains(a.title_tokens[k].key) || org_like_caps(a.title_tokens[k], article.meta.title);
    if (orgish) org_like_keys.push_back(o.key);
  }
  std::unordered_set<std::string> org_suffixes;  // every proper word-prefix and word-suffix of an organization
  for (const auto& o : org_like_keys)
    for (std::size_t sp = o.find(' '); sp != std::string::npos; sp = o.find(' ', sp + 1)) {
      org_suffixes.insert(o.substr(sp + 1));
      org_suffixes.insert(o.substr(0, sp));  // "Vantage Hill" of "Vantage Hill Capital"
    }
  std::unordered_set<std::string> raised;
  for (const auto& n : a.names)
    if (n.first != n.last && org_suffixes.count(n.key) && raised.insert(n.key).second) org_score[n.key] += 3;
  if (std::getenv("EXODUS_EXTRACT_DEBUG"))
    for (const auto& [key, o] : org_score)
      std::fprintf(stderr, "evidence %s: org %d person %d\n", key.c_str(), o, person_score[key]);
  // People: multi-word names with more person evidence than organization evidence.
  std::unordered_map<std::string, int> person_of_key;
  for (auto& n : a.names) {
    std::size_t words = 0;
    for (std::size_t k = n.first; k <= n.last; ++k)
      if (!L.particles.contains(toks[k].key) || toks[k].capitalised) ++words;
    const bool honorific =
        (n.first > 0 && L.honorifics.contains(toks[n.first - 1].key)) ||
        (n.first > 1 && toks[n.first - 1].key == "." && L.honorifics.contains(toks[n.first - 2].key));
    if (n.determiner) {
      n.type = NameType::org;
      continue;
    }
    if ((words >= 2 || honorific) && person_score[n.key] > org_score[n.key]) {
      n.type = NameType::person;
      auto it = person_of_key.find(n.key);
      if (it == person_of_key.end()) {
        Person p;
        p.name = n.text;
        p.key = n.key;
        person_of_key[n.key] = static_cast<int>(a.people.size());
        a.people.push_back(std::move(p));
      }
      n.person = person_of_key[n.key];
    } else if (org_score[n.key] > person_score[n.key]) {
      n.type = NameType::org;
    }
  }
  // "Van der Berg, 70," found as a person of its own is Pieter van der Berg's surname.
  std::vector<int> same_as(a.people.size(), -1);
  std::unordered_map<std::string, int> longer_with_suffix;  // word-suffix → a person whose name ends with it
  for (std::size_t q = 0; q < a.people.size(); ++q) {
    const std::string& key = a.people[q].key;
    for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
      longer_with_suffix.emplace(key.substr(sp + 1), static_cast<int>(q));
  }
  for (std::size_t p = 0; p < a.people.size(); ++p) {
    auto it = longer_with_suffix.find(a.people[p].key);
    if (it != longer_with_suffix.end() && it->second != static_cast<int>(p)) same_as[p] = it->second;
  }
  for (auto& n : a.names)
    if (n.type == NameType::person && same_as[static_cast<std::size_t>(n.person)] >= 0)
      n.person = same_as[static_cast<std::size_t>(n.person)];
  // Aliases: the surname (everything after the first name), the last word, the first name.
  auto add_alias = [&](const std::string& key, int person) {
    if (key.size() < 2) return;
    auto it = a.person_alias.find(key);
    // A surname two people share ("Margaret Kiley", "Tom Kiley") stands alone for the one introduced first,
    // the person the article is about; the full names stay distinct.
    if (it == a.person_alias.end()) a.person_alias[key] = person;
  };
  for (std::size_t p = 0; p < a.people.size(); ++p)
    a.person_alias[a.people[p].key] = same_as[p] >= 0 ? same_as[p] : static_cast<int>(p);
  for (std::size_t p = 0; p < a.people.size(); ++p) {
    if (same_as[p] >= 0) continue;
    const std::string& key = a.people[p].key;
    const std::size_t space = key.find(' ');
    if (space == std::string::npos) continue;
    const std::string first = key.substr(0, space);
    const std::string surname = key.substr(space + 1);
    const std::size_t last_space = key.rfind(' ');
    const std::string last = key.substr(last_space + 1);
    if (!a.person_alias.count(surname) || a.person_alias[surname] != static_cast<int>(p))
      add_alias(surname, static_cast<int>(p));
    if (last != surname && !L.particles.contains(last)) add_alias(last, static_cast<int>(p));
    add_alias(first, static_cast<int>(p));
  }
  for (auto& n : a.names) {
    if (n.type == NameType::person) continue;
    auto it = a.person_alias.find(n.key);
    if (it != a.person_alias.end() && it->second >= 0 && !n.determiner) {
      n.type = NameType::person;
      n.person = it->second;
      continue;
    }
    // "Presenter Kate Ellingham" when the opener was not dropped: a known full name at the end.
    for (const auto& [key, person] : person_of_key) {
      if (person >= 0 && n.key.size() > key.size() + 1 && n.key.compare(n.key.size() - key.size(), key.size(), key) == 0 &&
          n.key[n.key.size() - key.size() - 1] == ' ') {
        n.type = NameType::person;
        n.person = person;
        break;
      }
    }
    if (n.type == NameType::unknown && org_score[n.key] <= 0 && n.first == n.last) {
      // A single capitalised word with no evidence either way stays unknown; it may still be an org in a slot.
    }
  }

  // Organization counts and spellings.
  auto& seen_mid_sentence = a.mid_sentence_names;
  for (const auto& n : a.names) {
    if (n.type == NameType::person) continue;
    if (n.first != a.sentence_begin[static_cast<std::size_t>(a.sentence_of[n.first])])
      seen_mid_sentence.insert(n.key);
    if (n.type == NameType::org || n.first == n.last) {
      // "90,000 Medicaid applications", "the Heathrow decision": a name used as a modifier is not a mention.
      const bool modifier = L.lex->names_premodify && n.first > 0 && n.last + 1 < toks.size() &&
                            ((L.articles.contains(toks[n.first - 1].key) && !toks[n.first - 1].capitalised) ||
                             toks[n.first - 1].kind == text::TokenKind::number) &&
                            is_word(toks[n.last + 1]) && !toks[n.last + 1].capitalised &&
                            !L.of_prep.contains(toks[n.last + 1].key);
      // "left for Citadel", "pour rejoindre Havas": where people go is not what the article is about.
      bool destination = false;
      for (std::size_t q = n.first; q > 0 && n.first - q < 3 && !destination; --q) {
        const std::string& w = toks[q - 1].key;
        if (L.destination_prepositions.contains(w))  // "left for Citadel", not "coup dur pour Ubisoft"
          destination = q >= 2 && L.org_introducers.contains(toks[q - 2].key);
        else
          destination = L.join.contains(w);
      }
      // Organizations count twice as much as single unknown words (places, products).
      if (!modifier && !destination) a.org_mentions[n.key] += n.type == NameType::org ? 2 : 1;
      auto& shown = a.org_display[n.key];
      if (shown.empty()) shown = n.text;
    }
  }

  // Temporal expressions, once over the whole text.
  dates::TagOptions options;
  options.lang = article.meta.lang;
  options.reference = dates::parse_partial_date(article.meta.published);
  auto expressions = dates::tag(text, options);
  a.timex_at.assign(toks.size(), -1);
  std::size_t cursor = 0;
  for (auto& e : expressions) {
    while (cursor < toks.size() && toks[cursor].end <= e.start) ++cursor;
    if (cursor >= toks.size()) break;
    Timex t;
    t.first = cursor;
    std::size_t k = cursor;
    while (k + 1 < toks.size() && toks[k + 1].start < e.end) ++k;
    if (toks[cursor].start >= e.end) continue;
    t.last = k;
    t.sentence = a.sentence_of[cursor];
    t.expr = std::move(e);
    const int index = static_cast<int>(a.timexes.size());
    for (std::size_t j = t.first; j <= t.last; ++j) a.timex_at[j] = index;
    a.timexes.push_back(std::move(t));
  }

  a.org_evidence = std::move(org_score);
  choose_subject_org(a, article);
  return a;
}

}  // namespace exodus::extract
