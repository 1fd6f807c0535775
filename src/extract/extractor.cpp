// The departure extractor: finds departure triggers (verbs and nouns of the language's lexicon), works out who
// leaves (subject, object, apposition, pronoun or role), which organization, the kind, whether it is hedged or
// not a departure at all, the date that belongs to the trigger's clause, and who the article credits; then
// merges what the article says about each (person, organization) into one Mention.
#include "extract/extractor.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <optional>

#include "extract/analysis.hpp"
#include "text/normalize.hpp"

namespace exodus {

namespace {

using extract::Analysis;
using extract::CompiledLexicon;
using extract::Frame;
using extract::Name;
using extract::NameType;
using text::Token;
using text::TokenKind;

constexpr int kNone = -1;
constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Who a clause is about: people, or an organization, or something else.
struct Who {
  std::vector<int> people;
  int org_name = kNone;  // index into Analysis::names
  std::string implicit_org;  // "l'entreprise" → the article's organization; "the government" → "government"
  std::string role_head;     // role word of a role phrase ("PDG")
};

// One departure as one sentence states it, before merging.
struct Raw {
  int person = kNone;
  std::string org;
  DepartureKind kind = DepartureKind::left;
  bool hedged = false;
  bool noun = false;  // stated by a noun ("le départ de X"): weaker than a verb
  dates::DateRange date;
  bool dated = false;  // date comes from the text rather than the publication date
  bool borrowed = false;  // the date is another event's ("was also let go"): the person's own, told later, wins
  std::string source;
  bool sourced = false;  // the text credits someone
  bool org_stated = false;  // the organization comes from this sentence, not from the article as a whole
  std::size_t sentence = 0;
  std::size_t trigger = 0;  // token index
  std::size_t that_of = 0;  // token of "celui de Y" / "that of Y" when the person came from it, else 0
};

// "date(a) = date(b) + days", and b comes before a when they fall on the same day.
struct Relation {
  std::size_t a, b;
  int days;
};

struct SentenceSource {
  std::string name;
  bool explicit_ = false;
  int report_timex = kNone;
  bool carries = false;
  std::size_t at = 0;  // token of the cue
  bool own_voice = false;  // an organization speaking for itself, not an outlet it cites
  bool platform = false;   // a post on a platform ("sur LinkedIn", "in a post on X")
  bool anonymous = false;  // unnamed sources, credited to the article's outlet
};

class Extractor {
 public:
  Extractor(const Article& article, const CompiledLexicon& lex)
      : article_(article), L_(lex), a_(extract::analyse(article, lex)), toks_(a_.tokens) {
    reference_ = dates::parse_partial_date(article.meta.published);
    outlet_ = article.meta.outlet;
    const std::size_t paren = outlet_.find(" (");
    if (paren != std::string::npos) outlet_ = outlet_.substr(0, paren);
    while (!outlet_.empty() && outlet_.back() == ' ') outlet_.pop_back();
  }

  std::vector<Mention> run() {
    timexes_of_sentence_.assign(a_.sentences.size(), {});
    for (std::size_t x = 0; x < a_.timexes.size(); ++x)
      timexes_of_sentence_[static_cast<std::size_t>(a_.timexes[x].sentence)].push_back(x);
    find_sources();
    extract::choose_subject_org(a_, article_);
    learn_people();
    // Institutions named by roles ("la ministre des Sports") count as organizations the article mentions.
    bool added = false;
    for (const auto& p : a_.people) {
      const std::string institution = role_org(p.role);
      if (institution.empty()) continue;
      const std::string key = text::match_key(institution);
      a_.org_mentions[key] += 2;
      if (a_.org_display[key].empty()) a_.org_display[key] = institution;
      added = true;
    }
    if (added) extract::choose_subject_org(a_, article_);
    read_departures();
    if (const std::string lead_org = lead_departure_org(); !lead_org.empty()) {
      // Read again with the lead's organization as the article's: "the paper's sports editor" and every
      // departure that names no organization belong to it.
      if (debug_) std::fprintf(stderr, "subject org from the lead: %s\n", lead_org.c_str());
      a_.subject_org = lead_org;
      canonical_cache_.clear();
      paragraph_topics_.clear();
      topics_at_.clear();
      raws_.clear();
      relations_.clear();
      pending_relative_.clear();
      lead_.reset();
      last_source_.clear();
      read_departures();
    }
    return merge();
  }

 private:
  const Article& article_;
  const CompiledLexicon& L_;
  Analysis a_;
  const std::vector<Token>& toks_;
  std::optional<dates::PartialDate> reference_;
  std::string outlet_;
  std::vector<std::vector<SentenceSource>> sources_;  // per sentence, every credit in text order
  std::vector<SentenceSource> carried_;               // per sentence, a report continued from before
  std::vector<Raw> raws_;
  // The lead sentence's departure when it names nobody ("Millbrook's police chief resigned Monday night",
  // "The president of Calder University resigned earlier this week"): the first person the article then
  // reports leaving is that leaver, and takes its date and verb when their own sentence gives none.
  struct LeadEvent {
    int timex = kNone;
    DepartureKind kind = DepartureKind::left;
    bool plans = false;
    std::string org;  // the organization the lead names ("The president of Calder University")
  };
  std::optional<LeadEvent> lead_;
  std::vector<Relation> relations_;
  std::vector<std::pair<std::size_t, int>> pending_relative_;  // raw index, days after the previous dated event
  mutable std::map<int, std::size_t> that_of_;  // person → token of "celui de" in the current trigger
  mutable std::unordered_map<std::string, std::string> canonical_cache_;
  std::vector<std::vector<std::size_t>> timexes_of_sentence_;
  struct RelativeCue {
    std::size_t first, stop;
    int days;
  };
  std::vector<RelativeCue> relative_cues_;  // in the sentence being read
  bool debug_ = std::getenv("EXODUS_EXTRACT_DEBUG") != nullptr;
  // Scratch lists of the patterns that may start at a token (PatternIndex), kept to avoid reallocating.
  mutable std::vector<std::size_t> candidates_, cue_candidates_;

  // Whether sentence s names the organization `org` (by any name that resolves to it).
  bool names_org(std::size_t s, const std::string& org) const {
    const std::string key = text::match_key(org);
    for (std::size_t k = begin_of(s); k < end_of(s); ++k) {
      const Name* n = name(k);
      if (!n || n->first != k || n->type == NameType::person) continue;
      if (n->key == key || text::match_key(extract::canonical_org(a_, n->text)) == key) return true;
    }
    return false;
  }

  // News puts the main event first. When the article's first departure names its organization in its own
  // sentence and no departure names the organization the article was taken to be about (a parent company,
  // an owner, a regulator mentioned more often), the lead's organization is what the article is about.
  // Returns it, or empty when nothing changes.
  std::string lead_departure_org() const {
    if (raws_.empty() || a_.subject_org.empty()) return {};
    const Raw* lead = &raws_.front();
    for (const auto& r : raws_)
      if (r.trigger < lead->trigger) lead = &r;
    if (lead->org.empty() || text::match_key(lead->org) == text::match_key(a_.subject_org) ||
        !names_org(lead->sentence, lead->org))
      return {};
    for (const auto& r : raws_)
      if (text::match_key(r.org) == text::match_key(a_.subject_org) && names_org(r.sentence, r.org)) return {};
    return lead->org;
  }

  // ---- small token helpers ---------------------------------------------------------------------------------

  std::size_t begin_of(std::size_t s) const { return a_.sentence_begin[s]; }
  std::size_t end_of(std::size_t s) const { return a_.sentence_end[s]; }
  bool is(std::size_t i, std::string_view key) const { return i < toks_.size() && toks_[i].key == key; }
  bool punct(std::size_t i) const { return toks_[i].kind == TokenKind::punct; }
  bool in(std::size_t i, const extract::WordSet& set) const { return a_.word_in(i, set); }
  bool lower_word(std::size_t i) const { return toks_[i].kind == TokenKind::word && !toks_[i].capitalised; }
  const Name* name(std::size_t i) const { return a_.name_at_token(i); }
  int name_index(std::size_t i) const { return a_.name_at[i]; }
  bool in_timex(std::size_t i) const { return a_.timex_at[i] >= 0; }
  bool preposition(std::size_t i) const {
    return in(i, L_.of_prep) || in(i, L_.at_prep) || in(i, L_.place_prepositions) ||
           in(i, L_.destination_prepositions) || in(i, L_.agent_prepositions) || in(i, L_.as_words) || in(i, L_.join);
  }
  // Whether token i opens an infinitive (lexicon infinitive_markers, compared with the word as written).
  bool infinitive_marker(std::size_t i) const {
    if (i >= toks_.size() || toks_[i].kind != TokenKind::word) return false;
    const std::string_view word = toks_[i].in(a_.text);
    for (std::string_view marker : L_.lex->infinitive_markers)
      if (word == marker) return true;
    return false;
  }
  bool dash(std::size_t i) const {
    const auto& k = toks_[i].key;
    return k == "-" || k == "\u2013" || k == "\u2014";
  }
  bool strong_break(std::size_t i) const {
    const auto& k = toks_[i].key;
    return k == ";" || k == ":" || k == "." || k == "?" || k == "!";
  }

  // ---- sources --------------------------------------------------------------------------------------------

  // The source name at or after token i (skipping report nouns, determiners and dates); empty when none.
  // `addressee`: the cue names who was told ("told the company"), so a common noun there is no source.
  std::string source_after(std::size_t i, std::size_t end, std::size_t* name_end, bool addressee = false) const {
    bool report_noun = false, spokesperson = false;
    for (int steps = 0; i < end && steps < 8; ++steps, ++i) {
      if (in(i, L_.complementizers)) return {};
      for (const auto& p : L_.same_source)
        if (p.match(toks_, i, end, 0) && !last_source_.empty()) {
          *name_end = i + p.size() - 1;
          return last_source_;
        }
      if (const Name* n = name(i)) {
        if (n->type == NameType::person) return {};
        if (n->first != i && !(i > 0 && name(i - 1) == n)) return {};
        *name_end = n->last;
        // "selon les informations du Monde", "d'après des Echos": the contraction holds the title's article.
        if (n->first == n->last && i > 0 && (is(i - 1, "du") || is(i - 1, "des")) && L_.lex->lang == Lang::fr)
          return (is(i - 1, "du") ? "Le " : "Les ") + source_name(*n);
        return source_name(*n);
      }
      // "a confirmé un porte-parole de l'entreprise", "a spokesperson for Barclays said": who they speak for.
      if (in(i, L_.spokesperson_words)) {
        spokesperson = true;
        continue;
      }
      if (spokesperson && (in(i, L_.of_prep) || is(i, "for") || is(i, "pour"))) continue;
      if (in(i, L_.report_nouns) && !in(i, L_.determiners) && !in(i, L_.of_prep)) report_noun = true;
      if (report_noun && in(i, L_.addressee_prepositions)) return {};  // "un message adressé à la rédaction"
      // "according to the filing", "selon le communiqué": the organization's own statement.
      if (in(i, L_.statement_nouns) && !a_.subject_org.empty() &&
          (i + 1 >= end || !(in(i + 1, L_.of_prep) || in(i + 1, L_.agent_prepositions) || name(i + 1)))) {
        *name_end = i;
        speaks_for_itself_ = true;
        return org_spoken_of(i);
      }
      // ("according to their LinkedIn profiles": a possessive before the name.)
      if (in_timex(i) || in(i, L_.report_nouns) || in(i, L_.determiners) || in(i, L_.of_prep) || in(i, L_.possessives))
        continue;
      if (report_noun && in(i, L_.implicit_orgs) && !a_.subject_org.empty()) {
        *name_end = i;  // "un communiqué du ministère"
        speaks_for_itself_ = true;
        return org_spoken_of(i);
      }
      if (in(i, L_.implicit_orgs) && !a_.subject_org.empty() && statement_follows(i + 1, end)) {
        *name_end = i;  // "a annoncé le club dans un communiqué": the organization speaks for itself
        speaks_for_itself_ = true;
        return org_spoken_of(i);
      }
      // "according to the company", "selon l'entreprise", "a-t-on appris auprès du club": the article's
      // organization is the one speaking (a news noun such as "the newspaper" is not it).
      if (!addressee && !report_noun && in(i, L_.implicit_orgs) && !in(i, L_.report_nouns) &&
          !a_.subject_org.empty() && (i + 1 >= end || !in(i + 1, L_.of_prep))) {
        *name_end = i;
        speaks_for_itself_ = true;
        return org_spoken_of(i);
      }

      if (report_noun && lower_word(i) && steps < 5 && i + 1 < end && !punct(i + 1)) continue;  // "le site spécialisé X"
      return {};
    }
    return {};
  }

  // Whether a statement noun ("dans un communiqué", "in a statement") comes within a few words after token i.
  bool statement_follows(std::size_t i, std::size_t end) const {
    for (std::size_t k = i; k < end && k < i + 5; ++k) {
      if (in(k, L_.statement_nouns)) return true;
      if (strong_break(k)) return false;
    }
    return false;
  }

  // Whether a credited name is one of the platforms the lexicon's cues name (X, LinkedIn, Bluesky …).
  bool is_platform(const std::string& who) const {
    for (const auto& c : L_.lex->source_cues)
      if (c.where == extract::SourceCue::Where::platform && !c.platform.empty() && c.platform == who) return true;
    return false;
  }

  // Whether the words before a reporting verb at token i (back to the clause's start) are unnamed sources.
  bool anonymous_before(std::size_t i, std::size_t begin) const {
    std::size_t from = i;
    while (from > begin && i - from < 10 && !punct(from - 1)) --from;
    return anonymous_within(from, i, i);
  }

  // Whether unnamed sources open the words at `from`, after determiners and numbers ("according to three
  // people familiar with the decision", "selon des sources proches du dossier").
  bool anonymous_after(std::size_t from, std::size_t end) const {
    std::size_t k = from;
    while (k < end && k < from + 3 &&
           (in(k, L_.determiners) || toks_[k].kind == TokenKind::number ||
            extract::number_value(toks_[k], L_.number_keys) > 0))
      ++k;
    return k < end && anonymous_within(k, k + 1, end);
  }

  // Whether unnamed sources ("people familiar with", "des sources proches") start in tokens [from, to), their
  // words ending before `end`.
  bool anonymous_within(std::size_t from, std::size_t to, std::size_t end) const {
    for (std::size_t k = from; k < to; ++k)
      for (const auto& p : L_.anonymous_sources)
        if (p.match(toks_, k, end, 0)) return true;
    return false;
  }

  std::string source_before(std::size_t i, std::size_t begin) const {
    // Skip auxiliaries: "BI a rapporté", "the WSJ reported".
    std::size_t k = i;
    // ... and dates: "Bloomberg on Wednesday reported" credits Bloomberg.
    while (k > begin && (in(k - 1, L_.aux) || in(k - 1, L_.adverbs) || in_timex(k - 1) ||
                         (is(k - 1, "on") && k < i && in_timex(k))))
      --k;
    if (k == begin) return {};
    // "the company said in a statement": the article's organization speaks for itself.
    // "the club said": a reporting verb says the same without a statement noun.
    // ("the aquarium announced", "the agency confirmed": a word of the organization's own name does too, even
    // one that elsewhere names a news agency.)
    const bool own_head = k - 1 > begin && lower_word(k - 1) && !a_.subject_org.empty() &&
                          extract::has_word(text::match_key(a_.subject_org), toks_[k - 1].key);
    if ((in(k - 1, L_.implicit_orgs) || own_head) && k - 1 > begin && in(k - 2, L_.determiners) &&
        !a_.subject_org.empty() && (!in(k - 1, L_.report_nouns) || own_head) &&
        (statement_follows(i, toks_.size()) || in(i, L_.reporting_verbs))) {
      speaks_for_itself_ = true;
      return org_spoken_of(i);
    }
    // "the memo said", "the statement said": the organization's own words.
    if (in(k - 1, L_.statement_nouns) && k - 1 > begin && in(k - 2, L_.determiners) && !a_.subject_org.empty()) {
      speaks_for_itself_ = true;
      return org_spoken_of(i);
    }
    // "a Barclays spokesperson said", "a spokesperson said": the organization it speaks for.
    if (in(k - 1, L_.spokesperson_words) && !a_.subject_org.empty()) {
      if (const Name* o = k - 1 > begin ? name(k - 2) : nullptr; o && o->type != NameType::person)
        return source_name(*o);
      speaks_for_itself_ = true;
      return org_spoken_of(i);
    }
    const Name* n = name(k - 1);
    if (!n || n->type == NameType::person) return {};
    return source_name(*n);
  }

  // The organization a common noun at token i stands for ("the organization said"): the one framing the
  // sentence ("At Mercy Corps, …"), else the article's.
  std::string org_spoken_of(std::size_t i) const {
    const std::string framed = framing_org(static_cast<std::size_t>(a_.sentence_of[i]));
    return framed.empty() ? a_.subject_org : framed;
  }

  std::string source_name(const Name& n) const {
    return extract::resolve_alias(n.text);
  }


  std::string last_source_;
  // Set when the last source found speaks for itself, so it is not an outlet the article cites: the article's
  // organization named by a common noun ("the company said"), or a name before "confirmed" ("Harlow a
  // confirmé").
  mutable bool speaks_for_itself_ = false;

  void find_sources() {
    sources_.assign(a_.sentences.size(), {});
    carried_.assign(a_.sentences.size(), {});
    SentenceSource carried;
    int carried_paragraph = -1;
    for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
      const std::size_t b = begin_of(s), e = end_of(s);
      for (std::size_t i = b; i < e; ++i) {
        SentenceSource found;
        L_.cue_index.candidates(toks_[i].key, cue_candidates_);
        for (std::size_t c : cue_candidates_) {
          const auto& cue = L_.cues[c];
          const std::size_t stop = cue.pattern.match(toks_, i, e, 1);
          if (!stop) continue;
          std::size_t name_end = stop - 1;
          std::string who;
          speaks_for_itself_ = false;
          using W = extract::SourceCue::Where;
          // "Two people familiar with the studio's plans said …", "des sources proches du dossier ont
          // indiqué": unnamed sources are the article's own reporting.
          // ("according to three people familiar with the decision": after the cue as well.)
          if (((cue.cue->where == W::before || cue.cue->where == W::either) && anonymous_before(i, b)) ||
              (cue.cue->where != W::platform && anonymous_after(stop, e))) {
            who = outlet_;
            name_end = i;
            found.anonymous = true;
          } else {
            switch (cue.cue->where) {
              case W::platform: who = std::string(cue.cue->platform); break;
              case W::after:
                who = source_after(stop, e, &name_end, cue.cue->addressee);
                if (cue.cue->addressee) {
                  // "a Tessellate spokesperson confirmed to TechCrunch", "a confirmé à l'AFP une porte-parole de
                  // Vallourec": whoever speaks, before the verb or after the outlet told, is the source.
                  std::string speaker = source_before(i, b);
                  if (speaker.empty() && !who.empty()) {
                    std::size_t after_addressee = name_end + 1;
                    while (after_addressee < e && after_addressee < name_end + 3 && in(after_addressee, L_.determiners))
                      ++after_addressee;
                    if (after_addressee < e && in(after_addressee, L_.spokesperson_words)) {
                      std::size_t speaker_end = after_addressee;
                      speaker = source_after(after_addressee, e, &speaker_end);
                      if (!speaker.empty()) name_end = speaker_end;
                    }
                  }
                  if (!speaker.empty()) {
                    who = speaker;
                    speaks_for_itself_ = true;
                  }
                }
                break;
              case W::before:
                who = source_before(i, b);
                if (!who.empty() && cue.cue->own_voice) speaks_for_itself_ = true;
                break;
              case W::either:
                who = source_after(stop, e, &name_end, cue.cue->addressee);
                // (", a confirmé la Comédie-Française": after the verb as before it, an organization confirming
                // speaks for itself, and is no outlet the article cites.)
                if (!who.empty() && cue.cue->own_voice && !is_platform(who)) speaks_for_itself_ = true;
                if (who.empty()) {
                  // "Robert Laffont n'a ni confirmé ni démenti": an organization speaking for itself (own_voice
                  // cues); "BI a rapporté" cites an outlet.
                  who = source_before(i, b);
                  if (!who.empty() && cue.cue->own_voice) speaks_for_itself_ = true;
                }
                break;
            }
          }
          if (who.empty()) continue;
          found.name = who;
          found.explicit_ = true;
          found.own_voice = speaks_for_itself_;
          // ("She wrote on Bluesky that …": a platform named after a reporting verb is a post there too.)
          found.platform = cue.cue->where == W::platform || is_platform(who);
          found.at = i;
          // A date inside the credit dates the report, not the departure.
          for (std::size_t k = (i > b + 3 ? i - 3 : b); k < std::min(e, name_end + 5); ++k) {
            if (a_.timex_at[k] < 0) continue;
            const auto& tx = a_.timexes[static_cast<std::size_t>(a_.timex_at[k])];
            if (tx.first + 1 < i && k < i) continue;
            if (k < i && !(tx.last + 2 >= i)) continue;
            found.report_timex = a_.timex_at[k];
            break;
          }
          if (cue.cue->introduces_report) {
            for (std::size_t k = stop; k < std::min(e, name_end + 8); ++k)
              if (in(k, L_.complementizers)) found.carries = true;
          }
          i = std::max(i, name_end);
          break;
        }
        if (found.name.empty()) continue;
        // Unnamed sources that a named credit cites ("Bloomberg reported …, citing people familiar with the
        // matter") leave the credit to the name.
        if (found.anonymous && !sources_[s].empty()) continue;
        if (!found.anonymous && !sources_[s].empty() && sources_[s].back().anonymous) sources_[s].pop_back();
        if (found.anonymous) {
          sources_[s].push_back(found);
          continue;
        }
        last_source_ = found.name;
        // "Le FC Rivemont a annoncé, dans un communiqué", "Rivemont said in a statement": the organization
        // speaks for itself, so the credit does not make it a news outlet the article merely cites.
        // The article's own organization credited ("according to the company") speaks for itself too.
        bool own_statement = found.own_voice;
        const std::size_t look_from = found.at > b + 8 ? found.at - 8 : b;
        for (std::size_t k = look_from; k < std::min(e, found.at + 12) && !own_statement; ++k)
          own_statement = in(k, L_.statement_nouns);
        if (!own_statement) {
          a_.source_keys.insert(text::match_key(found.name));
          a_.source_counts[text::match_key(found.name)] += 1;
        }
        sources_[s].push_back(found);
      }
      if (!sources_[s].empty()) {
        const SentenceSource& last = sources_[s].back();
        if (last.carries) {
          carried = last;
          carried.carries = false;
          carried_paragraph = a_.sentences[s].paragraph;
        } else {
          carried_paragraph = -1;
        }
      } else if (carried_paragraph == a_.sentences[s].paragraph) {
        carried_[s] = carried;
      }
    }
  }

  // The credit that covers a trigger: the first one after it in the sentence ("X a démissionné, selon Y"),
  // else the closest before it ("Selon Y, X …"), else a report continued from an earlier sentence.
  // The next sentence's credit, in the same paragraph, when that sentence speaks of `person`, names no one else,
  // and credits a post on a platform or an organization speaking for itself; an outlet it credits besides
  // ("Solís wrote in the memo, which was obtained by Poynter") is preferred. Null otherwise (an outlet alone
  // there may credit a detail: "Cho told the Financial Times that she had concerns").
  const SentenceSource* own_statement_after(std::size_t s, int person) const {
    const std::size_t next = s + 1;
    if (next >= a_.sentences.size() || a_.sentences[next].paragraph != a_.sentences[s].paragraph) return nullptr;
    // It speaks of the leaver: by name, a pronoun or a possessive ("she wrote", "confirmed his exit").
    bool of_them = false;
    for (std::size_t k = begin_of(next); k < end_of(next); ++k) {
      if (const Name* n = name(k); n && n->type == NameType::person) {
        if (n->person != person) return nullptr;
        of_them = true;
      }
      // ("la dirigeante a évoqué": a definite role phrase speaks of them too.)
      of_them = of_them || in(k, L_.subject_pronouns) || in(k, L_.possessives) ||
                is(k, "l'") || (in(k, L_.definite) && k + 1 < end_of(next) && in(k + 1, L_.role_words));
    }
    if (!of_them) return nullptr;
    const SentenceSource* own = nullptr;
    const SentenceSource* outlet = nullptr;
    for (const auto& c : sources_[next]) {
      if ((c.platform || c.own_voice) && !own) own = &c;
      if (!c.platform && !c.own_voice && !outlet) outlet = &c;
    }
    return own && outlet ? outlet : own;
  }

  const SentenceSource& source_for(std::size_t s, std::size_t trigger) const {
    const SentenceSource* before = nullptr;
    for (const auto& c : sources_[s]) {
      if (c.at > trigger) return c;
      before = &c;
    }
    return before ? *before : carried_[s];
  }

  // ---- people ---------------------------------------------------------------------------------------------

  // People named together with the name at token range [first, last]: "A et B", "A, B et C", "A and B".
  void coordinated_left(const Name& n, Who& who) const {
    std::size_t start = n.first;
    if (start >= 2 && (in(start - 1, L_.determiners) || is(start - 1, "l'")) && !name(start - 1)) --start;
    while (start >= 2) {
      // "Assistant manager Jamie Ferris and first-team coach Stuart Ogden": each name may carry its title.
      // ("l'entraîneur adjoint A et le préparateur physique B": determiners and adjectives inside the title.)
      {
        std::size_t title = start;
        bool saw_role_word = false;
        while (title >= 2 && start - title < 5 && !name(title - 1) && !in(title - 1, L_.coordinators) &&
               !is(title - 1, "of") && !punct(title - 1) &&
               (in(title - 1, L_.role_words) || in(title - 1, L_.role_modifiers) || in(title - 1, L_.determiners) ||
                lower_word(title - 1))) {
          saw_role_word = saw_role_word || in(title - 1, L_.role_words);
          --title;
        }
        if (saw_role_word && (in(title - 1, L_.coordinators) || is(title - 1, ","))) start = title;
      }
      const std::size_t sep = start - 1;
      if (!(is(sep, ",") || in(sep, L_.coordinators))) break;
      std::size_t k = sep;
      if (is(k - 1, ",")) --k;  // ", et"
      if (k > 1 && (in(k - 1, L_.determiners) || is(k - 1, "l'")) && !name(k - 1)) --k;  // "X et le CNRS"
      const Name* other = name(k - 1);
      if (!other || a_.sentence_of[k - 1] != a_.sentence_of[n.first]) break;
      if (other->type == NameType::person) who.people.push_back(other->person);
      else if (other->type == NameType::org && who.org_name == kNone) who.org_name = name_index(k - 1);
      else break;
      start = other->first;
      if (is(sep, ",") && !(is(start - 1, ",") || in(start - 1, L_.coordinators))) {
        // "X, A et B": only a list when an "et" closes it; otherwise X is an apposition head, keep it anyway.
        break;
      }
    }
  }

  void coordinated_right(std::size_t after, std::size_t end, Who& who) const {
    std::size_t k = after;
    while (k + 1 < end) {
      if (!(is(k, ",") || in(k, L_.coordinators))) break;
      std::size_t n = k + 1;
      if (in(n, L_.coordinators)) ++n;
      while (n < end && (in(n, L_.determiners) || in(n, L_.role_words) || in(n, L_.role_modifiers) ||
                         in(n, L_.of_prep)) && !name(n))
        ++n;
      const Name* other = n < end ? name(n) : nullptr;
      if (!other || other->type != NameType::person) break;
      who.people.push_back(other->person);
      k = other->last + 1;
    }
  }

  // The person a singular pronoun at token i stands for: the nearest person before it in the sentence,
  // otherwise the first person of the closest earlier sentence that names one (up to three back).
  int resolve_pronoun(std::size_t i, bool first_person, bool org_can_take_it = true) const {
    const std::size_t s = static_cast<std::size_t>(a_.sentence_of[i]);
    if (first_person) {
      // The speaker of a quotation is named after it ("« Je pars », a confié X") or before it.
      for (std::size_t k = i + 1; k < end_of(s); ++k)
        if (const Name* n = name(k); n && n->type == NameType::person) return n->person;
    }
    for (std::size_t k = i; k-- > begin_of(s);) {
      const Name* n = name(k);
      if (!n) continue;
      if (n->type == NameType::person) return n->person;
      // "la JA Vichy a annoncé qu'elle quitterait …": the pronoun is the organization subject.
      // ("Destiny's acclaimed score": a possessive, not "has".)
      if (org_can_take_it && n->last == k && k + 1 < i && in(k + 1, L_.aux) && !is(k + 1, ",") && !is(k + 1, "'s"))
        return kNone;
    }
    for (std::size_t back = 1; back <= 3 && back <= s; ++back) {
      const std::size_t ps = s - back;
      if (caption(ps)) continue;  // "(Photo : … Archives Midi Libre)" names no one the text goes on about
      for (std::size_t k = begin_of(ps); k < end_of(ps); ++k)
        if (const Name* n = name(k); n && n->type == NameType::person) return n->person;
    }
    return kNone;
  }

  // Whether sentence s belongs to a photo caption or credit: a paragraph opening with "(" or with a caption
  // word and a colon ("Photo :", "Crédit :", "Caption:").
  // (Found for every sentence at the first question.)
  bool caption(std::size_t s) const {
    if (captions_.size() != a_.sentences.size()) {
      captions_.assign(a_.sentences.size(), 0);
      char in_caption = 0;
      for (std::size_t k = 0; k < a_.sentences.size(); ++k) {
        if (k == 0 || a_.sentences[k - 1].paragraph != a_.sentences[k].paragraph) {
          const std::size_t b = begin_of(k);
          in_caption = b < end_of(k) && (is(b, "(") || (in(b, L_.caption_words) && b + 1 < end_of(k) && is(b + 1, ":")));
        }
        captions_[k] = in_caption;
      }
    }
    return captions_[s] != 0;
  }
  mutable std::vector<char> captions_;

  // The person a role phrase ("le PDG", "its chief scientist") stands for: the only person the article gives
  // that role, otherwise the person the previous sentences are about.
  // With the phrase's tokens [from, to), a holder whose role has words before the head that the phrase lacks
  // holds another role: "Student government president Tyler Nguyen" is not "the president of Calder University".
  int resolve_role(const std::string& role_head, std::size_t i, std::size_t from = 0, std::size_t to = 0) const {
    // "The president of Calder University resigned …" opening an article that has named nobody yet: a lead
    // whose person the next sentences name, which the lead event (lead_) links, not a holder of the role
    // named further on ("Student government president Tyler Nguyen").
    if (in_lead_before_names(i)) return kNone;
    // "Inès B. a claqué la porte. La co-porte-parole … a annoncé lundi sa démission": a role phrase opening the
    // sentence after one that names a single person stands for that person, when the role fits what is known
    // of them.
    if (const int previous = only_person_of_previous_sentence(i); previous != kNone && role_fits(previous, role_head))
      return previous;
    int found = kNone;
    int count = 0;
    for (std::size_t p = 0; p < a_.people.size(); ++p) {
      const std::string role = text::match_key(a_.people[p].role);
      if (role.empty()) continue;
      const std::size_t at = role.find(role_head);
      if (at == std::string::npos) continue;
      if (from < to && !premodifiers_in(role.substr(0, at), from, to)) continue;
      ++count;
      found = static_cast<int>(p);
    }
    if (count == 1) return found;
    if (count > 1) {
      // "the police chief" with a "deputy chief" also in the article: the one whose role is the bare word.
      int exact = kNone, exact_count = 0;
      for (std::size_t p = 0; p < a_.people.size(); ++p) {
        const std::string role = text::match_key(a_.people[p].role);
        if (role == role_head || (role.size() > role_head.size() &&
                                  role.compare(role.size() - role_head.size(), role_head.size(), role_head) == 0 &&
                                  role.find(' ') == std::string::npos)) {
          exact = static_cast<int>(p);
          ++exact_count;
        }
      }
      return exact_count == 1 ? exact : kNone;
    }
    // No holder of that role: the person the previous sentences are about, unless the article gives them
    // another role ("la démission de la médecin de l'équipe" after the sports director was named).
    const int p = resolve_pronoun(i, false, false);
    return p != kNone && role_fits(p, role_head) ? p : kNone;
  }

  // Whether what the article says of a person's role allows `role_head` (nothing said allows anything).
  bool role_fits(int person, const std::string& role_head) const {
    const std::string role = text::match_key(a_.people[static_cast<std::size_t>(person)].role);
    return role.empty() || role.find(role_head) != std::string::npos;
  }

  // The one person the sentence before token i's names (no one else named there), or kNone; only when
  // nothing but determiners and role words stand between i's sentence start and i.
  int only_person_of_previous_sentence(std::size_t i) const {
    const std::size_t s = static_cast<std::size_t>(a_.sentence_of[i]);
    if (s == 0 || a_.sentences[s - 1].paragraph != a_.sentences[s].paragraph) return kNone;
    for (std::size_t k = begin_of(s); k < i; ++k)
      if (!(in(k, L_.determiners) || in(k, L_.definite) || is(k, "l'"))) return kNone;
    int found = kNone;
    for (std::size_t k = begin_of(s - 1); k < end_of(s - 1); ++k)
      if (const Name* n = name(k); n && n->type == NameType::person) {
        if (found != kNone && found != n->person) return kNone;
        found = n->person;
      }
    return found;
  }

  bool has_org_word(const Name& n) const {
    for (std::size_t k = n.first; k <= n.last; ++k)
      if (in(k, L_.org_words)) return true;
    return false;
  }

  bool named_more_than_once(const std::string& key) const {
    if (name_counts_.empty())
      for (const auto& n : a_.names) ++name_counts_[n.key];
    auto it = name_counts_.find(key);
    return it != name_counts_.end() && it->second > 1;
  }
  mutable std::unordered_map<std::string, int> name_counts_;

  // Whether token i is in the article's first paragraph with no person named before it.
  bool in_lead_before_names(std::size_t i) const {
    const std::size_t s = static_cast<std::size_t>(a_.sentence_of[i]);
    if (a_.sentences[s].paragraph != a_.sentences[0].paragraph) return false;
    if (!first_person_token_) {
      first_person_token_ = toks_.size();
      for (const auto& n : a_.names)
        if (n.type == NameType::person) first_person_token_ = std::min(*first_person_token_, n.first);
    }
    return i <= *first_person_token_;
  }
  mutable std::optional<std::size_t> first_person_token_;

  // Whether every word of `premodifiers` (match keys separated by spaces or hyphens) is a token of [from, to).
  bool premodifiers_in(const std::string& premodifiers, std::size_t from, std::size_t to) const {
    std::size_t start = 0;
    while (start < premodifiers.size()) {
      std::size_t stop = premodifiers.find_first_of(" -", start);
      if (stop == std::string::npos) stop = premodifiers.size();
      if (stop > start) {
        const std::string_view word(premodifiers.data() + start, stop - start);
        bool found = false;
        for (std::size_t k = from; k < to && !found; ++k) found = toks_[k].key == word;
        if (!found) return false;
      }
      start = stop + 1;
    }
    return true;
  }

  // Who is the subject of the verb group that ends just before token `i` (exclusive), within sentence s.
  Who subject_before(std::size_t i, std::size_t s, int depth = 0) const {
    Who who;
    const std::size_t b = begin_of(s);
    if (i <= b || depth > 4) return who;
    std::size_t k = i - 1;
    while (k > b && in_timex(k)) --k;  // "a évincé mercredi": dates inside the clause
    if (const std::size_t head = definite_role_start(k, b); head != kNoToken) return role_phrase(head, k + 1, s);
    if (const Name* n = name(k)) {
      if (n->type == NameType::person) {
        who.people.push_back(n->person);
        coordinated_left(*n, who);
      } else {
        // Not a person: an organization, even a single unknown word ("Mistral s'est séparé de …").
        who.org_name = name_index(k);
        coordinated_left(*n, who);
      }
      return who;
    }
    if (is(k, ")")) {
      std::size_t open = k;
      while (open > b && !is(open, "(")) --open;
      return open > b ? subject_before(open, s, depth + 1) : who;
    }
    // "three physicians — Drs. A, B and C — handed in their notices": the people between dashes.
    if (dash(k)) {
      std::size_t open = k;
      while (open > b && !dash(open - 1) && k - open < 20) --open;
      if (open > b && dash(open - 1)) {
        Who listed;
        for (std::size_t j = open; j < k; ++j)
          if (const Name* n = name(j); n && n->type == NameType::person && n->first == j) listed.people.push_back(n->person);
        if (!listed.people.empty()) return listed;
        return subject_before(open - 1, s, depth + 1);
      }
    }
    if (is(k, ",")) {
      // An apposition or relative clause between commas: "X, directrice de Y, a démissionné".
      std::size_t open = k;
      while (open > b && !is(open - 1, ",")) --open;
      const bool at_start = open == b;
      const std::size_t seg_begin = open;
      const bool relative = in(seg_begin, L_.relative_pronouns) || is(seg_begin, "which") ||
                            is(seg_begin, "dont") || is(seg_begin, "where");
      // "Le directeur du programme A350, qui avait pris ses fonctions en 2020, quittera …": the definite role
      // phrase before the relative clause is the subject.
      if (relative && open >= b + 2 && is(open - 1, ",")) {
        if (const std::size_t head = definite_role_start(open - 2, b); head != kNoToken)
          return role_phrase(head, open - 1, s);
      }
      if (!relative) {
        Who listed;
        // ("the director of football who appointed Forde": a name inside a relative clause is not the head, nor
        // one completing a noun: "fidèle parmi les fidèles de Venturi".)
        for (std::size_t j = seg_begin; j < k && !in(j, L_.relative_pronouns); ++j) {
          const Name* n = name(j);
          if (n && n->type == NameType::person && n->first == j && !(j > seg_begin && in(j - 1, L_.of_prep)))
            listed.people.push_back(n->person);
        }
        if (!listed.people.empty()) {
          // "WaterBridge and its chief executive, X, parted ways": an organization coordinated before.
          for (std::size_t j = open - 1; j > b && open - 1 - j < 7; --j) {
            if (!in(j, L_.coordinators)) continue;
            if (const Name* o = name(j - 1); o && o->type != NameType::person) listed.org_name = name_index(j - 1);
            break;
          }
          // The segment names the people: "Deux dirigeants, A et B, ont démissionné".
          for (std::size_t j = seg_begin; j < k; ++j)
            if (in(j, L_.role_words) && listed.role_head.empty()) listed.role_head = toks_[j].key;
          return listed;
        }
      }
      if (at_start) {
        // "Kestrel Systems' chief financial officer, X, left": the segment is the head.
        return role_phrase(seg_begin, k, s);
      }
      // An apposition may hold its own commas ("X, chief of its defense, space and security unit, has left"):
      // when no name stands before this comma, the apposition began at an earlier one.
      std::size_t comma = open - 1;
      for (int hops = 0; hops < 3 && comma > b && !name(comma - 1) && !in(comma - 1, L_.relative_pronouns); ++hops) {
        std::size_t c = comma - 1;
        while (c > b && !is(c, ",") && comma - c < 12 && !strong_break(c)) --c;
        if (!is(c, ",")) break;
        comma = c;
      }
      if (comma != open - 1 && comma > b && name(comma - 1)) return subject_before(comma, s, depth + 1);
      return subject_before(open - 1, s, depth + 1);
    }
    if (in(k, L_.relative_pronouns)) {
      std::size_t h = k;
      if (h > b && is(h - 1, ",")) --h;
      if (h == b) return who;
      // "c'est X, chercheuse chargée du post-entraînement, qui est partie": the antecedent before an apposition.
      if ((!name(h - 1) || name(h - 1)->type != NameType::person) && is(h, ",")) {
        std::size_t c = h - 1;
        while (c > b && !is(c, ",") && h - c < 15 && !strong_break(c)) --c;
        if (is(c, ",") && c > b)
          if (const Name* n = name(c - 1); n && n->type == NameType::person) {
            who.people.push_back(n->person);
            return who;
          }
      }
      if (const Name* n = name(h - 1)) {
        if (n->type == NameType::person) {
          who.people.push_back(n->person);
          coordinated_left(*n, who);
        } else {
          who.org_name = name_index(h - 1);
        }
        return who;
      }
      std::size_t start = h - 1;
      while (start > b && !punct(start - 1) && !name(start - 1) && h - start < 6) --start;
      return role_phrase(start, h, s);
    }
    if (in(k, L_.subject_pronouns) && !toks_[k].capitalised) {
      const bool first_person = is(k, "je") || is(k, "j'") || is(k, "i");
      const int p = resolve_pronoun(k, first_person);
      if (p != kNone) who.people.push_back(p);
      return who;
    }
    if (in(k, L_.subject_pronouns)) {
      const bool first_person = is(k, "je") || is(k, "j'") || is(k, "i");
      const int p = resolve_pronoun(k, first_person);
      if (p != kNone) who.people.push_back(p);
      return who;
    }
    if (in(k, L_.plural_pronouns)) return who;
    // An infinitive takes the subject of the verb that governs it: "X a indiqué avoir quitté …", "X
    // s'apprêterait lui aussi à quitter …", "X serait sur le point de partir", "Bungie and X agreed to part ways".
    // (The marker may sit at the verb group's start or just before it.)
    {
      bool infinitive = infinitive_marker(k);
      for (std::size_t j = i; j < end_of(s) && j < i + 4 && !infinitive && lower_word(j); ++j)
        infinitive = infinitive_marker(j);
      if (infinitive && lower_word(k)) {
        std::size_t start = k;
        // (Back over the governing verb and its words, "serait lui aussi sur le point", to its subject.)
        while (start > b && k - start < 8 && (lower_word(start - 1) || is(start - 1, "s'")) &&
               !(in(start - 1, L_.subject_pronouns) && !in(start, L_.also_words)) &&
               !in(start - 1, L_.relative_pronouns) && !in(start - 1, L_.possessives))
          --start;
        if (start <= k && start > b) {
          Who governing = subject_before(start, s, depth + 1);
          if (!governing.people.empty()) return governing;
        }
      }
    }
    // A noun phrase: find its start and read it as a role phrase.
    std::size_t start = k;
    while (start > b && !punct(start - 1) && !name(start - 1) && !in(start - 1, L_.aux) && k - start < 6) --start;
    if (start > b && name(start - 1) && (is(start, "'s") || is(start, "'"))) {
      // "Meridian's head of daytime": an organization's role.
      return role_phrase(start, k + 1, s);
    }
    return role_phrase(start, k + 1, s);
  }

  // Where a definite role phrase ending at token k begins, when its complement runs on over prepositions and
  // names ("Le rédacteur en chef du quotidien breton", "Le directeur de Renault", "The head of the Paris
  // office"), or kNoToken. A person's name at k is the subject itself ("le directeur Jean Roe").
  std::size_t definite_role_start(std::size_t k, std::size_t b) const {
    if (const Name* n = name(k); n && n->type == NameType::person) return kNoToken;
    std::size_t found = kNoToken;
    for (std::size_t j = k + 1; j > b && k + 1 - j < 12;) {
      --j;
      const bool inside = (lower_word(j) && !in(j, L_.complementizers) && !in(j, L_.relative_pronouns) &&
                           !in(j, L_.reporting_verbs) && (!in(j, L_.aux) || in(j, L_.of_prep) || in(j, L_.as_words))) ||
                          (name(j) && name(j)->type != NameType::person) || in(j, L_.determiners) ||
                          toks_[j].kind == text::TokenKind::number;
      const bool opener = (in(j, L_.definite) || in(j, L_.possessives)) && toks_[j].key != "au";
      if (opener && j < k) {
        std::size_t r = j + 1;
        // "le nouveau directeur", "cet autre associé", "the outgoing chief": one adjective before the role.
        if (r < k && lower_word(r) && !in(r, L_.role_words) && !in(r, L_.aux)) ++r;
        if (in(r, L_.role_words) && r < k) found = j;
      }
      if (!inside && !opener) break;
      if (j > b && punct(j - 1)) break;
    }
    return found;
  }

  // Reads tokens [from, to) as a phrase like "le PDG", "its weather presenter", "Le journaliste de 58 ans".
  Who role_phrase(std::size_t from, std::size_t to, std::size_t s) const {
    Who who;
    std::string head;
    bool definite = false;
    bool implicit = false;
    for (std::size_t j = from; j < to; ++j) {
      if (j == from && (in(j, L_.definite) || in(j, L_.possessives))) definite = true;
      if (in(j, L_.determiners) && !in(j, L_.definite)) {
        if (j == from) return who;  // indefinite: "un autre haut dirigeant"
      }
      if (is(j, "'s") || is(j, "'")) definite = true;
      // (A name the article never shows to be an organization is the role's brief: "la responsable de la
      // Maîtrise" speaks of a choir.)
      if (const Name* n = name(j); n && n->type == NameType::org && who.org_name == kNone)
        who.org_name = name_index(j);
      if (head.empty() && in(j, L_.role_words)) head = toks_[j].key;
      if (in(j, L_.implicit_orgs)) implicit = true;
      if (in(j, L_.literal_orgs)) who.implicit_org = toks_[j].in(a_.text);
    }
    if (!head.empty() && definite) {
      who.role_head = head;
      // "cet autre associé", "the other co-founder": not the holder the article has spoken of, but the
      // person it has just named.
      bool other = false;
      for (std::size_t j = from; j < to; ++j) other = other || in(j, L_.other_words);
      const int p = other ? resolve_pronoun(from, false, false) : resolve_role(head, from, from, to);
      if (p != kNone) who.people.push_back(p);
      return who;
    }
    if (implicit && who.implicit_org.empty()) who.implicit_org = a_.subject_org;
    (void)s;
    return who;
  }

  // People or organization following token i (the object of a verb or the complement of a noun).
  Who object_after(std::size_t i, std::size_t end, bool stop_at_join = true) const {
    Who who;
    bool saw_role = false;
    bool definite = false;
    int words = 0;
    for (std::size_t k = i; k < end; ++k) {
      if (in_timex(k)) continue;
      if (const Name* n = name(k)) {
        if (n->type == NameType::person) {
          who.people.push_back(n->person);
          coordinated_right(n->last + 1, end, who);
          return who;
        }
        if (n->last + 1 < end && in(n->last + 1, L_.role_words)) {
          k = n->last;  // "former Barclays executive Jennifer Cho"
          continue;
        }
        if (L_.lex->names_premodify && n->last + 1 < end && lower_word(n->last + 1) && !preposition(n->last + 1) &&
            !in(n->last + 1, L_.aux) && !in(n->last + 1, L_.clause_breaks)) {
          k = n->last;  // "a managing director in its Hong Kong office, Vivian Lau"
          continue;
        }
        // "the regional director for East Africa, Tobias Mwangaza": the role's scope, then the person.
        if (saw_role && n->last + 2 < end && is(n->last + 1, ",") && name(n->last + 2) &&
            name(n->last + 2)->type == NameType::person) {
          k = n->last;
          continue;
        }
        if (n->last + 1 < end && (is(n->last + 1, "'s") || is(n->last + 1, "'"))) {
          k = n->last + 1;  // "Arden's head of sales": the organization owns the role
          if (who.org_name == kNone) who.org_name = name_index(n->first);
          continue;
        }
        who.org_name = name_index(k);
        return who;
      }
      if (in(k, L_.definite) || in(k, L_.possessives)) definite = true;
      if (is(k, ",")) {
        // "son directeur général, Stéphane Kieffer", "the charity's chair, Professor Ruth Galbraith".
        std::size_t n = k + 1;
        while (n < end && n < k + 3 && !name(n) && (in(n, L_.honorifics) || in(n, L_.non_names) || is(n, ".")))
          ++n;
        if (saw_role && n < end && name(n) && name(n)->type == NameType::person) {
          k = n - 1;
          continue;
        }
        // "celui de son ancien bras droit, le directeur des opérations Hans Gerber": a role phrase and a name.
        std::size_t r = k + 1;
        while (r < end && r < k + 7) {
          if (const Name* o = name(r)) {
            // "former Barclays executive Jennifer Cho": an organization naming the role.
            if (o->type != NameType::person && o->last + 1 < end &&
                (in(o->last + 1, L_.role_words) || in(o->last + 1, L_.role_modifiers))) {
              r = o->last + 1;
              continue;
            }
            break;
          }
          if (!(in(r, L_.determiners) || in(r, L_.possessives) || in(r, L_.role_words) ||
                in(r, L_.role_modifiers) || in(r, L_.of_prep) || lower_word(r) || in(r, L_.non_names)))
            break;
          ++r;
        }
        if (r > k + 1 && r < end && name(r) && name(r)->type == NameType::person) {
          k = r - 1;
          saw_role = true;
          continue;
        }
        return with_role(who, definite, i);
      }
      if (punct(k) && !is(k, "«") && !is(k, "»") && !is(k, "\"")) return with_role(who, definite, i);
      if (in(k, L_.role_words)) {
        saw_role = true;
        if (who.role_head.empty()) who.role_head = toks_[k].key;
        continue;
      }
      if (in(k, L_.literal_orgs)) {
        who.implicit_org = toks_[k].in(a_.text);
        return who;
      }
      if (in(k, L_.implicit_orgs) && !saw_role && !(k + 1 < end && (is(k + 1, "'s") || is(k + 1, "'")))) {
        // "la maison Orsay", "the carmaker Ford": the name after the noun is the organization.
        if (k + 1 < end && name(k + 1) && name(k + 1)->type != NameType::person) {
          who.org_name = name_index(k + 1);
          return who;
        }
        who.implicit_org = a_.subject_org;
        return who;
      }
      // ("the regional director for Kenya, X": after a role word, "for" opens its scope, not a destination.)
      const bool scope = saw_role && k > i && in(k - 1, L_.role_words) && in(k, L_.destination_prepositions);
      if (stop_at_join && !scope && (in(k, L_.join) || in(k, L_.clause_breaks))) return who;
      if (in(k, L_.determiners) || in(k, L_.possessives) || in(k, L_.of_prep) || in(k, L_.role_modifiers) ||
          in(k, L_.adverbs) || is(k, "'s"))
        continue;
      if (++words > (saw_role ? 6 : 3)) return who;  // ("the regional director for East Africa, X")
    }
    return with_role(who, definite, i);
  }

  // A definite role phrase with no name after it ("a remercié son entraîneur") stands for its holder.
  Who with_role(Who who, bool definite, std::size_t i) const {
    if (who.people.empty() && definite && !who.role_head.empty()) {
      const int p = resolve_role(who.role_head, i);
      if (p != kNone) who.people.push_back(p);
    }
    return who;
  }

  // "Yoon était vice-présidente du personnel", "Clark was head of strategy": a role stated with a copula.
  void learn_copula_roles() {
    for (std::size_t i = 0; i + 2 < toks_.size(); ++i) {
      const Name* n = name(i);
      if (!n || n->type != NameType::person || n->last != i) continue;
      // "Achterberg, 38, had been at Vantage Hill since 2017", "X était chez Y depuis 2019": where the person
      // worked, before any place a relative clause mentions ("who oversaw … from London").
      {
        std::size_t j = i + 1;
        if (j + 2 < toks_.size() && is(j, ",") && all_digits(toks_[j + 1].key)) {  // ", 38," / ", 41 ans,"
          if (is(j + 2, ",")) j += 3;
          else if (j + 3 < toks_.size() && lower_word(j + 2) && is(j + 3, ",")) j += 4;
        }
        if (j + 1 < toks_.size() && (is(j, "had") || is(j, "has")) && is(j + 1, "been")) j += 2;
        else if (j < toks_.size() && in(j, L_.copulas)) ++j;
        else j = 0;
        if (j && j + 1 < toks_.size() && in(j, L_.at_prep) && !is(j, "from") && !is(j, "with")) {
          const Name* o = name(j + 1);
          auto& p = a_.people[static_cast<std::size_t>(n->person)];
          if (o && o->first == j + 1 && o->type != NameType::person && p.org.empty()) p.org = o->text;
        }
      }
      if (!in(i + 1, L_.copulas)) continue;
      const std::size_t s = static_cast<std::size_t>(a_.sentence_of[i]);
      std::size_t from = i + 2;
      if (from < end_of(s) && (in(from, L_.determiners) || is(from, "l'"))) ++from;
      if (from >= end_of(s) || !(in(from, L_.role_words) || in(from, L_.role_modifiers))) continue;
      std::size_t to = from;
      while (to < end_of(s) && !punct(to) && !in(to, L_.coordinators) && !in(to, L_.relative_pronouns)) ++to;
      std::string org, role;
      read_segment(from, to, &org, &role);
      auto& p = a_.people[static_cast<std::size_t>(n->person)];
      if (p.role.empty()) p.role = role;
      if (p.org.empty()) p.org = org;
    }
  }

  // Each person's role and organization, from the first apposition that gives them.
  void learn_people() {
    learn_copula_roles();
    for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
      std::vector<int> done;  // each person once per sentence
      for (std::size_t i = begin_of(s); i < end_of(s); ++i) {
        const Name* n = name(i);
        if (!n || n->type != NameType::person || n->first != i) continue;
        if (std::find(done.begin(), done.end(), n->person) != done.end()) continue;
        done.push_back(n->person);
        auto& p = a_.people[static_cast<std::size_t>(n->person)];
        if (!p.role.empty() && !p.org.empty()) continue;
        std::string org, role;
        // "A former buying director at Morrisons, Goodhew joined Tesco": a past job is not where the person
        // works now (its own sentence still reads it: "l'ancien entraîneur de X, libre depuis son départ").
        bool former = false;
        apposition(s, n->person, &org, &role, &former);
        if (former) continue;
        if (p.role.empty()) p.role = role;
        if (p.org.empty() && !org.empty()) p.org = org;
      }
    }
  }

  // ---- organizations and roles around a person --------------------------------------------------------------

  // Organization and role given next to a person occurrence in sentence s: "X, directrice de Y,",
  // "le président de l'Université de K, X,", "Kestrel Systems' CFO, X", "la PDG X".
  // `former` (when given) is set when the role is a past one ("former", "ancien").
  void apposition(std::size_t s, int person, std::string* org, std::string* role, bool* former = nullptr) const {
    const std::size_t b = begin_of(s), e = end_of(s);
    int occurrences = 0;
    for (std::size_t i = b; i < e; ++i) {
      const Name* n = name(i);
      if (!n || n->type != NameType::person || n->person != person || n->first != i) continue;
      if (++occurrences > 3) return;  // a list repeating a name says nothing more
      // Segment after: ", <role …>,".
      std::size_t from = 0, to = 0;
      if (n->last + 1 < e && is(n->last + 1, ",")) {
        from = n->last + 2;
        to = from;
        while (to < e && !is(to, ",") && !strong_break(to) && !is(to, "(")) ++to;
        if (from < e && (in(from, L_.relative_pronouns) || is(from, "which") || is(from, "qui"))) {
          // A relative clause says where the person worked, not which role they held: "qui dirigeait … chez Y".
          std::string unused_role = "-";
          read_segment(from, to, org, &unused_role);
        } else if (from < e && (in(from, L_.role_words) || in(from, L_.role_modifiers) ||
                                in(from, L_.determiners) || in(from, L_.possessives))) {
          read_segment(from, to, org, role, former);
        }
      }
      // Segment before: "<role …>, X" or "<role words> X".
      if (i > b && is(i - 1, ",")) {
        std::size_t start = i - 1;
        while (start > b && !is(start - 1, ",") && !strong_break(start - 1) && !dash(start - 1)) --start;
        bool has_role = false;
        for (std::size_t j = start; j < i - 1; ++j) has_role = has_role || in(j, L_.role_words);
        if (has_role) read_segment(start, i - 1, org, role, former);
        // "Montpellier Handball a perdu son manageur général, Rémi Castanet, …": a possessive role belongs to
        // the organization the clause before it is about.
        if (has_role && org->empty() && in(start, L_.possessives) && start > b) {
          for (std::size_t k = start; k-- > b;) {
            const Name* o = name(k);
            if (!o) continue;
            if (o->type == NameType::org && !a_.source_keys.count(o->key) && !facility_place(*o)) *org = o->text;
            break;
          }
        }
      } else {
        std::size_t start = i;
        while (start > b && (in(start - 1, L_.role_words) || in(start - 1, L_.role_modifiers)) && !name(start - 1))
          --start;
        if (start < i) read_segment(start, i, org, role, former);
        // "Skyvale Airways chief executive Henrik Dahlgren": the organization right before the role.
        if (start < i && start > b && org->empty()) {
          std::size_t k = start - 1;
          if ((is(k, "'s") || is(k, "'")) && k > b) --k;
          // ("Under-23s coach X": a name with digits is a squad or a product, not an organization; "Transportation
          // director X": a name the article gives once, with no organization's word, is the person's department,
          // not what they leave, when the article has its organization.)
          if (const Name* o = name(k); o && o->type != NameType::person && !a_.source_keys.count(o->key) &&
              o->key.find_first_of("0123456789") == std::string::npos &&
              (a_.subject_org.empty() || named_more_than_once(o->key) || has_org_word(*o)))
            *org = o->text;
        }
      }
      if (!org->empty() && !role->empty()) return;
    }
  }

  // "dirigeants", "researchers": a plural role describes a group, not the person's own title.
  bool plural_role(std::size_t i) const {
    const std::string& k = toks_[i].key;
    return k.size() > 3 && (k.back() == 's' || k.back() == 'x') && L_.role_words.contains(k.substr(0, k.size() - 1));
  }

  // Whether the role word at token i names an institution through its complement (role_orgs).
  bool institution_role(std::size_t i) const {
    for (const auto& ro : L_.lex->role_orgs)
      if (toks_[i].key.rfind(text::match_key(ro.role_head), 0) == 0) return ro.keep_complement;
    return false;
  }

  // The last token of "de la Santé", "des Sports", "de l'Intérieur" starting at the preposition j; j if none.
  std::size_t complement_end(std::size_t j, std::size_t to) const {
    std::size_t k = j + 1;
    if (k < to && (is(k, "la") || is(k, "l'") || is(k, "le"))) ++k;
    if (k < to && toks_[k].capitalised && toks_[k].kind == TokenKind::word) {
      if (const Name* n = name(k)) return n->last < to ? n->last : k;
      return k;
    }
    return j;
  }

  void read_segment(std::size_t from, std::size_t to, std::string* org, std::string* role,
                    bool* former = nullptr) const {
    if (former)
      for (std::size_t j = from; j < to; ++j) *former = *former || in(j, L_.former_words);
    // Role: from the first role word through role words, modifiers and hyphenated words, up to a preposition
    // that introduces a lowercase complement or a name.
    if (role->empty()) {
      std::size_t first = to;
      for (std::size_t j = from; j < to; ++j)
        if (in(j, L_.role_words) && !plural_role(j)) {
          first = j;
          while (first > from && in(first - 1, L_.role_modifiers) && !in(first - 1, L_.of_prep) &&
                 !in(first - 1, L_.coordinators))
            --first;
          break;
        }
      if (first < to) {
        std::size_t last = first;
        for (std::size_t j = first + 1; j < to; ++j) {
          if (in(j, L_.of_prep) && institution_role(first) && complement_end(j, to) > j) {
            last = complement_end(j, to);  // "ministre de la Santé"
            break;
          }
          if (in(j, L_.of_prep) || in(j, L_.at_prep) || in_timex(j) || in(j, L_.since) || punct(j) || name(j) ||
              toks_[j].kind == TokenKind::number || in(j, L_.relative_pronouns))
            break;
          if (in(j, L_.role_words) || in(j, L_.role_modifiers) || (lower_word(j) && j == last + 1 && j - first < 4))
            last = j;
          else
            break;
        }
        while (last > first && in(last, L_.coordinators) && !in(last, L_.role_words)) --last;
        *role = a_.span_text(first, last);
      }
    }
    // "le directeur de cabinet de la ministre des Sports": a minister's title inside the role names the
    // institution the person works for.
    if (org->empty())
      for (std::size_t j = from; j < to; ++j)
        if (const Name* n = name(j); n && n->first == j)
          if (std::string institution = role_phrase_org(*n); !institution.empty()) {
            *org = institution;
            return;
          }
    if (org->empty()) {
      // "who spent 14 years at the British lender and advised on its largest UK mandates": the first
      // organization the segment names, by name or by a common noun, is the one it speaks of.
      std::size_t first_implicit = to;
      for (std::size_t j = from + 1; j < to && first_implicit == to; ++j)
        // ("une équipe de recherche chez Google DeepMind": not an indefinite one; "the British lender": an
        // adjective may stand between.)
        if (in(j, L_.implicit_orgs) && !in(j - 1, L_.join) &&
            (in(j - 1, L_.definite) || in(j - 1, L_.of_prep) ||
             (j >= from + 2 && !punct(j - 1) && !name(j - 1) && in(j - 2, L_.definite))))
          first_implicit = j;
      for (std::size_t j = from; j < first_implicit; ++j) {
        const Name* n = name(j);
        if (n && n->type != NameType::person && n->first == j) {
          // "of the state Department of Health", "the London payments start-up Brightlane": a preposition or
          // determiner, then up to two lowercase words; a name followed by a lowercase word is a modifier
          // when another name follows.
          bool introduced = false;
          for (std::size_t q = j; q > from && j - q < 3; --q) {
            if (in(q - 1, L_.of_prep) || in(q - 1, L_.at_prep) || in(q - 1, L_.determiners) || is(q - 1, "l'")) {
              introduced = true;
              break;
            }
            // ("le directeur commercial France": the determiner opens the role, and the name is its scope.)
            if (!lower_word(q - 1) || in(q - 1, L_.role_words)) break;
          }
          if (facility_place(*n) || in(n->last, L_.event_words) || in(n->first, L_.event_words)) continue;
          const bool owner = n->last + 2 < to && (is(n->last + 1, "'s") || is(n->last + 1, "'")) &&
                             lower_word(n->last + 2);
          bool modifier = L_.lex->names_premodify && n->last + 1 < to && lower_word(n->last + 1) &&
                          !in(n->last + 1, L_.of_prep) && !owner;  // "Deutsche Bank AG's head of UK broking"
          if (modifier) {
            bool later = false;
            for (std::size_t q = n->last + 1; q < to; ++q)
              if (const Name* o = name(q); o && o->type != NameType::person) later = true;
            // ("at Google for ten years", "the Carvin United manager": a preposition, a verb or a role after the
            // name, not a noun it modifies as in "the next Mass Effect game", "the Clubcard loyalty scheme".)
            const std::size_t w = n->last + 1;
            const bool noun_follows = !(preposition(w) || in(w, L_.since) || in(w, L_.clause_breaks) ||
                                        in(w, L_.coordinators) || in(w, L_.aux) || in(w, L_.reporting_verbs) ||
                                        in(w, L_.relative_pronouns) || in_timex(w) || in(w, L_.adverbs) ||
                                        in(w, L_.role_words) || in(w, L_.role_modifiers));
            if (!later && !noun_follows) modifier = false;
          }
          if (modifier) continue;
          const bool possessive = n->last + 1 < to && (is(n->last + 1, "'s") || is(n->last + 1, "'"));
          bool joined = false;
          for (std::size_t q = from; q < j; ++q) joined = joined || in(q, L_.join);
          // "la secrétaire d'État chargée de la Ruralité": a brief, not an organization.
          if ((introduced || possessive || j == from) && !joined && !in_brief(j) && !a_.source_keys.count(n->key)) {
            *org = n->text;
            return;
          }
        }
      }
      // No name: "du groupe", "the company" stand for the article's organization.
      for (std::size_t j = from; j < to; ++j) {
        if (in(j, L_.implicit_orgs) && j > from && (in(j - 1, L_.determiners) || in(j - 1, L_.of_prep)) &&
            !a_.subject_org.empty() && !in(j - 1, L_.join)) {
          bool joined = false;
          for (std::size_t q = from; q < j; ++q) joined = joined || in(q, L_.join);
          if (!joined) {
            *org = a_.subject_org;
            return;
          }
        }
      }
    }
  }

  // Whether token j is inside a brief ("chargée de l'Organisation territoriale et des Professions de santé",
  // "Minister for Sport and Major Events"): a portfolio word before it in the same comma-free stretch.
  bool in_brief(std::size_t j) const {
    const std::size_t b = begin_of(static_cast<std::size_t>(a_.sentence_of[j]));
    for (std::size_t q = j; q > b && j - q < 10; --q) {
      if (punct(q - 1)) return false;
      if (in(q - 1, L_.portfolio_words)) return true;
    }
    return false;
  }

  // "le directeur du site de Sochaux", "l'usine de Mulhouse", "its Hong Kong office": a name that a facility
  // noun introduces or follows is a place where the organization works, not an organization.
  bool facility_place(const Name& n) const {
    std::size_t q = n.first;
    if (q > 0 && (is(q - 1, "la") || is(q - 1, "l'") || is(q - 1, "le"))) --q;
    // ("la salle Richelieu", "the Emirates stadium": also a facility noun right before the name.)
    const bool before = (q >= 2 && in(q - 1, L_.of_prep) && in(q - 2, L_.facility_nouns)) ||
                        (n.first >= 1 && in(n.first - 1, L_.facility_nouns) && !toks_[n.first - 1].capitalised);
    // ("the Memphis data center": one modifier may stand between.)
    const bool after = (n.last + 1 < toks_.size() && in(n.last + 1, L_.facility_nouns)) ||
                       (n.last + 2 < toks_.size() && lower_word(n.last + 1) && in(n.last + 2, L_.facility_nouns));
    return before || after;
  }

  // The organization a paragraph opens with: the one framing its first sentence ("Chez X, …"), or that
  // sentence's subject when it is an organization ("Montpellier Handball a perdu …"). Empty when it opens
  // otherwise, or with the article's own organization.
  // (s is any sentence of the paragraph.)
  std::string paragraph_topic(std::size_t s) const {
    const std::size_t paragraph = static_cast<std::size_t>(a_.sentences[s].paragraph);
    if (auto known = paragraph_topics_.find(paragraph); known != paragraph_topics_.end()) return known->second;
    std::string& topic = paragraph_topics_[paragraph];
    std::size_t first = s;
    while (first > 0 && a_.sentences[first - 1].paragraph == a_.sentences[s].paragraph) --first;
    if (first == 0) return {};
    topic = framing_org(first);
    if (topic.empty()) {
      std::size_t k = begin_of(first);
      const std::size_t e = end_of(first);
      while (k < e && k < begin_of(first) + 3 && !name(k) && (lower_word(k) || punct(k) || in(k, L_.determiners))) ++k;
      const Name* n = k < e ? name(k) : nullptr;
      // (Not the article's own outlet: "Fortune has also learned that …".)
      if (!n || n->type == NameType::person || a_.source_keys.count(n->key) || facility_place(*n) ||
          n->key == text::match_key(outlet_))
        return topic;  // still empty
      // Its subject: a verb group follows the name.
      if (n->last + 1 >= e || !(in(n->last + 1, L_.aux) || in(n->last + 1, L_.adverbs))) return topic;
      topic = n->text;
    }
    topic = extract::canonical_org(a_, topic);
    if (text::match_key(topic) == text::match_key(a_.subject_org)) topic.clear();
    return topic;
  }
  // The organization sentence s speaks of within its paragraph: the latest sentence up to s framed by one
  // ("Même les ministères … Au ministère de la Santé, …, le cabinet traverse …"), else the paragraph's opener.
  // (Found once per sentence, from the sentence before's: linear over a paragraph however many ask.)
  std::string topic_at(std::size_t s) const {
    if (topics_at_.size() != a_.sentences.size()) topics_at_.assign(a_.sentences.size(), std::nullopt);
    if (topics_at_[s]) return *topics_at_[s];
    std::string topic;
    if (s == 0 || a_.sentences[s - 1].paragraph != a_.sentences[s].paragraph) {
      topic = paragraph_topic(s);  // the opener
    } else if (std::string framed = framing_org(s); !framed.empty()) {
      framed = extract::canonical_org(a_, framed);
      if (text::match_key(framed) != text::match_key(a_.subject_org)) topic = framed;
    } else {
      // (The sentences before are asked first, so the chain back to the opener is never walked twice.)
      std::size_t k = s;
      while (k > 0 && a_.sentences[k - 1].paragraph == a_.sentences[s].paragraph && !topics_at_[k - 1]) --k;
      for (; k < s; ++k) topic_at(k);
      topic = *topics_at_[s - 1];
    }
    topics_at_[s] = topic;
    return topic;
  }
  mutable std::vector<std::optional<std::string>> topics_at_;

  // Paragraph → its topic, found once (the article's organization is fixed by then).
  mutable std::unordered_map<std::size_t, std::string> paragraph_topics_;

  // "Chez Decathlon-AG2R, …", "Quant à Van Cleef & Arpels, …", "At Goldman, …": a sentence framed by an
  // organization (the lexicon's topic openers, then a name and a comma); empty when it is not.
  std::string framing_org(std::size_t s) const {
    std::size_t b = begin_of(s);
    const std::size_t e = end_of(s);
    // ("Et chez Robert Laffont, …", "But over at Mercy Corps, …", "Enfin, chez …": after a connective.)
    for (int skipped = 0; skipped < 2 && b + 3 < e && (in(b, L_.sentence_connectives) || is(b, ",")); ++skipped) ++b;
    for (const auto* openers : {&L_.topic_openers, &L_.weak_topic_openers})
      for (const auto& opener : *openers) {
        const std::size_t after = opener.match(toks_, b, e, 0);
        if (after == 0 || after + 1 >= e) continue;
        std::size_t k = after;
        if (in(k, L_.determiners)) ++k;  // "Quant à la BBC, …"
        const Name* n = name(k);
        if (!n || n->first != k || n->type == NameType::person || n->last + 1 >= e || !is(n->last + 1, ",") ||
            a_.source_keys.count(n->key) || facility_place(*n))
          continue;
        if (n->type != NameType::org && openers == &L_.weak_topic_openers) continue;
        return n->text;
      }
    return {};
  }

  // An organization the sentence names near the trigger after a preposition ("d'OpenAI", "at Anthropic").
  std::string sentence_org(std::size_t s, std::size_t trigger) const {
    if (std::string framed = framing_org(s); !framed.empty()) return framed;
    std::string best;
    std::size_t best_distance = 1000;
    for (std::size_t j = begin_of(s) + 1; j < end_of(s); ++j) {
      const Name* n = name(j);
      if (!n || n->type != NameType::org || n->first != j || facility_place(*n)) continue;
      std::size_t p = j - 1;
      if ((in(p, L_.determiners) || is(p, "l'")) && p > begin_of(s)) --p;  // "of the Ravensworth Foundation"
      if (!(in(p, L_.of_prep) || in(p, L_.at_prep))) continue;
      if (j > trigger && in(p, L_.destination_prepositions)) continue;  // "partie chez Revolut"
      {
        // "left last month to take up a post at the University of Bergen": where someone went, whoever the
        // trigger ("…, and Ben Hurwitz retired in December" does not take it either).
        bool onward = false;
        const std::size_t from = j > trigger ? trigger + 1 : (j > begin_of(s) + 8 ? j - 8 : begin_of(s));
        for (std::size_t q = from; q < j && !onward; ++q)
          onward = in(q, L_.join) || in(q, L_.destination_prepositions);
        if (onward) continue;
      }
      if (a_.source_keys.count(n->key) || n->key == "x" || in_brief(j)) continue;
      // "will leave at the end of the season, ending a stint in which she built the ground at Seagrave": a
      // clause after the trigger's own speaks of something else.
      {
        bool later_clause = false;
        for (std::size_t q = trigger + 1; q < j && !later_clause; ++q) later_clause = is(q, ",");
        if (later_clause) continue;
      }
      // "A left for X; B, head of M&A, resigned; and C was dismissed": each clause of a list is its own.
      {
        bool other_clause = false;
        for (std::size_t q = std::min(j, trigger); q < std::max(j, trigger) && !other_clause; ++q)
          other_clause = is(q, ";");
        if (other_clause) continue;
      }
      bool joined = false;
      for (std::size_t q = (j >= 3 ? j - 3 : 0); q < j; ++q) joined = joined || in(q, L_.join);
      if (joined) continue;
      const std::size_t d = j > trigger ? j - trigger : trigger - j;
      if (d < best_distance) {
        best_distance = d;
        best = n->text;
      }
    }
    return best;
  }

  // The institution of a role whose complement is the name n ("ministre de la Transition numérique" →
  // ministère de la Transition numérique, or the government the article speaks of); empty when n does not
  // complete such a role.
  std::string role_phrase_org(const Name& n) const {
    std::size_t k = n.first;
    // (Back over "la", "l'", but not over "des"/"du", which are the preposition: "ministre des Sports".)
    while (k > 0 && (in(k - 1, L_.determiners) || is(k - 1, "l'")) && !in(k - 1, L_.of_prep)) --k;
    if (k < 2 || !in(k - 1, L_.of_prep)) return {};
    const std::size_t head = k - 2;
    for (const auto& ro : L_.lex->role_orgs) {
      const std::string key = text::match_key(ro.role_head);
      if (toks_[head].key.rfind(key, 0) != 0 || toks_[head].key.size() > key.size() + 1) continue;
      std::size_t stop = n.last + 1;  // "numérique": lowercase words that end the brief
      while (stop < toks_.size() && lower_word(stop) && !in(stop, L_.of_prep) && !in(stop, L_.determiners) &&
             !in(stop, L_.clause_breaks) && stop - n.last < 3 && !in(stop, L_.aux) && !in(stop, L_.reporting_verbs))
        ++stop;
      const std::size_t from = toks_[head].start, to = toks_[stop - 1].end;
      return role_org(std::string(a_.text.substr(from, to - from)));
    }
    return {};
  }

  // "La rumeur … s'est confirmée lundi soir. Gérard Pottier a annoncé sa démission": the day the sentence
  // before gives, when that sentence reports no departure and names nobody, is the day of the event it sets up.
  int event_day_before(std::size_t s) const {
    const std::size_t b = begin_of(s - 1), e = end_of(s - 1);
    for (const auto& r : raws_)
      if (r.sentence == s - 1) return kNone;
    int found = kNone;
    for (std::size_t k = b; k < e; ++k) {
      if (const Name* n = name(k); n && n->type == NameType::person) return kNone;
      if (a_.timex_at[k] < 0 || a_.timex_at[k] == found) continue;
      const auto& tx = a_.timexes[static_cast<std::size_t>(a_.timex_at[k])];
      if (tx.expr.range.precision != dates::Precision::day) continue;
      if (found != kNone) return kNone;  // two days: which one is unclear
      found = a_.timex_at[k];
    }
    return found;
  }

  // Whether the name written `text` in sentence s is known to be an organization (not a place or unknown).
  bool known_org(std::size_t s, const std::string& text) const {
    for (std::size_t k = begin_of(s); k < end_of(s); ++k)
      if (const Name* n = name(k); n && n->first == k && n->text == text) return n->type == NameType::org;
    return true;  // not written here as such (a canonical form): trust it
  }

  // The literal organization the article says people belong to or leave ("entrée au gouvernement", "membre
  // du gouvernement", "quitte le gouvernement"), as written; empty when it does not. Found once per article.
  const std::string& membership_org() const {
    if (membership_org_) return *membership_org_;
    membership_org_ = std::string();
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      if (!in(k, L_.literal_orgs)) continue;
      for (std::size_t q = k >= 3 ? k - 3 : 0; q < k; ++q)
        if (in(q, L_.membership_words)) {
          membership_org_ = std::string(toks_[k].in(a_.text));
          return *membership_org_;
        }
    }
    return *membership_org_;
  }
  mutable std::optional<std::string> membership_org_;

  // The institution a role names: "ministre de la Santé" → "ministère de la Santé", "housing minister" →
  // "government" (role_orgs of the lexicon).
  std::string role_org(const std::string& role) const {
    const auto words = text::tokenize(role);
    for (const auto& ro : L_.lex->role_orgs) {
      const std::string head = text::match_key(ro.role_head);
      for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].key.rfind(head, 0) != 0 || words[w].key.size() > head.size() + 1) continue;
        if (!ro.keep_complement) return std::string(ro.org_head);
        if (const std::string& whole = membership_org(); !whole.empty()) return whole;
        if (w + 1 >= words.size() || !L_.of_prep.contains(words[w + 1].key)) return {};
        return std::string(ro.org_head) + " " + role.substr(words[w + 1].start);
      }
    }
    return {};
  }

  // ---- dates --------------------------------------------------------------------------------------------

  // The temporal expression that belongs to the trigger at token t (sentence s): the closest DATE/TIME in the
  // same clause, not a tenure ("depuis 2019"), not the report's date, not one closer to another trigger.
  int date_for(std::size_t t, std::size_t s, const std::vector<std::size_t>& triggers, int report_timex,
               bool future = false) const {
    auto score = [&](const extract::Timex& tx, std::size_t trig) {
      const bool before = tx.last < trig;
      const std::size_t lo = before ? tx.last : trig;
      const std::size_t hi = before ? trig : tx.first;
      int cost = static_cast<int>(hi - lo);
      for (std::size_t j = lo + 1; j < hi; ++j) {
        if (is(j, ",") || is(j, "(") || is(j, ")") || is(j, "«") || is(j, "»")) cost += 4;
        if (is(j, ";") || is(j, ":")) cost += 10;
        if (in(j, L_.clause_breaks)) cost += 12;
        if (in(j, L_.coordinators)) cost += 3;
      }
      if (before) cost += future ? 12 : 2;  // a plan's date follows it: "a annoncé lundi qu'il partira en juin"
      return cost;
    };
    int best = kNone;
    int best_cost = 1 << 30;
    for (std::size_t x : timexes_of_sentence_[s]) {
      const auto& tx = a_.timexes[x];
      if (static_cast<int>(x) == report_timex) continue;
      // Durations count when the engine resolved them to a span ("ces derniers mois"); sets never do. With no
      // publication date nothing relative resolves, and the words are kept with an unknown range.
      if (tx.expr.type == dates::TimexType::set) continue;
      if (!tx.expr.range.known() && (reference_ || tx.expr.type == dates::TimexType::duration)) continue;
      const bool fronted = tx.first <= begin_of(s) + 1 && tx.last + 1 < t && is(tx.last + 1, ",");
      if (inside_relative(tx.first, s) != inside_relative(t, s) && !fronted) continue;
      // ("ne fait plus partie de l'entreprise depuis septembre", "no longer with the firm since March": after
      // a state that ended, "since" dates the end.)
      const bool since_tenure = !ceased(t, s);
      if (since_tenure && tx.first > begin_of(s) && in(tx.first - 1, L_.since)) continue;
      if (since_tenure && tx.first > begin_of(s) + 1 && in(tx.first - 2, L_.since)) continue;
      if (tx.first <= t && tx.last >= t) continue;
      // "arrivé sur le banc en juin 2024", "who joined the company in 2011": when the person came, not left.
      // (A clause of its own, set off by a comma from the trigger: "pour rejoindre Y le mois dernier" is the move.)
      {
        std::size_t joined_at = 0;
        for (std::size_t k = tx.first; k > begin_of(s) && tx.first - k < 9 && joined_at == 0; --k) {
          if (punct(k - 1)) break;
          if (in(k - 1, L_.join) && !in(k - 1, L_.destination_prepositions)) joined_at = k - 1;
        }
        bool apart = false;
        for (std::size_t k = std::min(joined_at, t); joined_at != 0 && k < std::max(joined_at, t) && !apart; ++k)
          apart = is(k, ",");
        if (joined_at != 0 && apart) continue;
      }
      // A dateline ("OSLO, March 3 -") dates the dispatch, not the event.
      if (tx.first < begin_of(s) + 4 && tx.last + 1 < end_of(s) && dash(tx.last + 1)) continue;
      int cost = score(tx, t);
      // "In August, three physicians — A, B and C — handed in their notices": a date fronted before the
      // sentence's first comma sets the scene for every clause that gives none of its own.
      if (fronted) cost = std::min(cost, 20);
      bool closer_elsewhere = false;
      for (std::size_t other : triggers)
        if (other != t && score(tx, other) < cost) closer_elsewhere = true;
      if ((closer_elsewhere && !fronted) || cost > 24) continue;
      if (cost < best_cost) {
        best_cost = cost;
        best = static_cast<int>(x);
      }
    }
    return best;
  }

  // Whether the trigger at token t says a state has ended ("ne fait plus partie", "is no longer with").
  bool ceased(std::size_t t, std::size_t s) const {
    for (std::size_t k = t; k < end_of(s) && k < t + 4 && !punct(k); ++k)
      if (in(k, L_.cessation_words)) return true;
    return false;
  }

  // The first token of the ", qui … ," / ", who … ," segment that contains token i, or the sentence end.
  std::size_t inside_relative(std::size_t i, std::size_t s) const {
    const std::size_t b = begin_of(s);
    for (std::size_t k = i; k > b; --k) {
      if (is(k - 1, ",") || is(k - 1, ";")) {
        if (in(k, L_.relative_pronouns) || is(k, "which") || is(k, "dont")) return k;
        return end_of(s);
      }
    }
    return end_of(s);
  }

  // The closest dated expression in the sentence, whoever it belongs to.
  int nearest_timex(std::size_t t, std::size_t s, int report_timex) const {
    int best = kNone;
    std::size_t best_distance = 1000;
    for (std::size_t x : timexes_of_sentence_[s]) {
      const auto& tx = a_.timexes[x];
      if (static_cast<int>(x) == report_timex || !tx.expr.range.known()) continue;
      const std::size_t d = tx.first > t ? tx.first - t : t - tx.last;
      if (d < best_distance) {
        best_distance = d;
        best = static_cast<int>(x);
      }
    }
    return best;
  }

  // ---- triggers -----------------------------------------------------------------------------------------

  struct Match {
    std::size_t begin, end;  // tokens [begin, end)
    const extract::TriggerRule* rule;
    std::size_t head;        // the word that carries tense ("quitté", "annoncé")
  };

  std::vector<Match> trigger_matches(std::size_t s) const {
    std::vector<Match> out;
    const std::size_t b = begin_of(s), e = end_of(s);
    std::vector<char> excluded(e - b, 0);
    std::vector<std::size_t>& candidates = candidates_;
    for (std::size_t i = b; i < e; ++i) {
      L_.excluded_index.candidates(toks_[i].key, candidates);
      for (std::size_t c : candidates)
        if (std::size_t stop = L_.excluded[c].match(toks_, i, e, 0))
          for (std::size_t k = i; k < stop; ++k) excluded[k - b] = 1;
    }
    for (std::size_t i = b; i < e;) {
      const Match* chosen = nullptr;
      Match m{};
      L_.trigger_index.candidates(toks_[i].key, candidates);
      for (std::size_t c : candidates) {
        const auto& trig = L_.triggers[c];
        const std::size_t stop = trig.pattern.match(toks_, i, e, trig.rule->gap);
        if (!stop) continue;
        bool bad = false;
        for (std::size_t k = i; k < stop; ++k)
          if (excluded[k - b] || in(k, L_.not_triggers)) bad = true;
        // "le parti", "une partie": these forms are departures only after être or in apposition.
        if (in(i, L_.needs_aux) && !(i > b && is(i - 1, ","))) {
          bool auxiliary = false;
          for (std::size_t k = verb_group_start(i, b); k < i; ++k) auxiliary = auxiliary || in(k, L_.passive_aux);
          if (!auxiliary) bad = true;
        }
        if (bad) continue;
        m = {i, stop, trig.rule, i};
        chosen = &m;
        break;
      }
      if (!chosen) {
        ++i;
        continue;
      }
      out.push_back(m);
      i = m.end;
    }
    return out;
  }

  // The verb group before token i: auxiliaries, adverbs, negations. Returns its first token.
  std::size_t verb_group_start(std::size_t i, std::size_t b) const {
    std::size_t k = i;
    int steps = 0;
    // "X a, lui, démissionné", "X has, however, resigned": an aside between commas inside the verb group.
    if (k >= b + 4 && is(k - 1, ",") && is(k - 3, ",") && lower_word(k - 2) && in(k - 4, L_.aux))
      k -= 3;
    // ("X est elle aussi partie", "X a lui aussi démissionné": a stressed pronoun before "aussi" inside it.)
    auto stressed = [&](std::size_t j) {
      return j + 1 < toks_.size() && in(j + 1, L_.also_words) && in(j, L_.subject_pronouns) && !toks_[j].capitalised;
    };
    while (k > b && steps < 7 &&
           (in(k - 1, L_.aux) || in(k - 1, L_.adverbs) || in(k - 1, L_.negations) || in(k - 1, L_.hedges) ||
            in(k - 1, L_.future) || is(k - 1, "ne") || is(k - 1, "n'") || stressed(k - 1)) &&
           !name(k - 1) && !(toks_[k - 1].capitalised && k - 1 == b)) {
      --k;
      ++steps;
    }
    return k;
  }

  // A reporting verb and "que" just before the clause: "a annoncé la semaine dernière qu'elle …".
  bool reported_plan(std::size_t vg, std::size_t b) const {
    std::size_t k = vg;
    while (k > b && (in(k - 1, L_.subject_pronouns) || name(k - 1))) --k;
    if (k == b || !in(k - 1, L_.complementizers)) return false;
    for (std::size_t j = k - 1; j > b && k - j < 8; --j)
      if (in(j - 1, L_.reporting_verbs)) return true;
    return false;
  }

  bool ends_with_any(const std::string& key, const std::vector<std::string>& suffixes, std::size_t min_stem) const {
    for (const auto& suf : suffixes)
      if (key.size() >= suf.size() + min_stem && key.compare(key.size() - suf.size(), suf.size(), suf) == 0)
        return true;
    return false;
  }

  void find_triggers(std::size_t s) {
    const std::size_t b = begin_of(s), e = end_of(s);
    const auto matches = trigger_matches(s);
    if (matches.empty()) return;
    // "le lendemain", "two days later" in this sentence, found once for all its triggers.
    relative_cues_.clear();
    for (std::size_t k = b; k < e; ++k)
      for (const auto& rd : L_.relative_days) {
        int number = 1;
        if (std::size_t stop = rd.pattern.match(toks_, k, e, 0, &number)) {
          relative_cues_.push_back({k, stop, rd.counted ? number * rd.unit : rd.days});
          break;
        }
      }
    std::vector<std::size_t> trigger_tokens;
    for (const auto& m : matches) trigger_tokens.push_back(m.begin);
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> per_trigger;  // trigger → raw indices
    for (const auto& m : matches) {
      const std::size_t first_raw = raws_.size();
      handle_trigger(m, s, b, e, trigger_tokens);
      std::vector<std::size_t> made;
      for (std::size_t r = first_raw; r < raws_.size(); ++r) made.push_back(r);
      per_trigger.emplace_back(m.begin, made);
    }
    // "X a annoncé son départ quelques heures après qu'Y ait annoncé le sien": Y's event anchors X's (each
    // trigger with the next one only).
    for (std::size_t x = 0; x + 1 < per_trigger.size(); ++x) {
      const std::size_t y = x + 1;
      const std::size_t from = per_trigger[x].first, to = per_trigger[y].first;
      for (std::size_t k = from + 1; k < to; ++k) {
        const bool after = in(k, L_.after_words), before = in(k, L_.before_words);
        if (!after && !before) continue;
        std::optional<int> days = offset_before(k, b);
        if (!days) continue;
        for (std::size_t ra : per_trigger[x].second)
          for (std::size_t rb : per_trigger[y].second)
            if (raws_[ra].person != raws_[rb].person) relations_.push_back({ra, rb, after ? *days : -*days});
        break;
      }
    }
  }

  // The offset a phrase ending just before token k expresses: "quelques heures" → 0 days, "une semaine" → 7,
  // "deux jours" → 2. nullopt when there is no such phrase.
  std::optional<int> offset_before(std::size_t k, std::size_t b) const {
    if (k <= b) return std::nullopt;
    const std::size_t unit = k - 1;
    if (in(unit, L_.hour_words)) return 0;
    int per = 0;
    if (in(unit, L_.day_words)) per = 1;
    else if (in(unit, L_.week_words)) per = 7;
    else return std::nullopt;
    int count = 1;
    if (unit > b) {
      const int v = extract::number_value(toks_[unit - 1], L_.number_keys);
      if (v > 0) count = v;
    }
    return count * per;
  }

  bool blocked(std::size_t vg, std::size_t b, std::size_t trigger_end, std::size_t e) const {
    // Refusals, denials, calls, modals, conditions shortly before the trigger, within the clause.
    std::size_t k = vg;
    for (int steps = 0; k > b && steps < 12; ++steps) {
      --k;
      if (is(k, ",")) {
        // Skip an apposition that names someone: "called for the board chair, Thomas Reilly, to step down".
        std::size_t open = k;
        while (open > b && !is(open - 1, ",") && !is(open - 1, ";") && !is(open - 1, ":")) --open;
        bool named = false, dated = true;
        for (std::size_t j = open; j < k; ++j) {
          named = named || name(j) != nullptr;
          dated = dated && in_timex(j);
        }
        // ... or only a date: "ont réclamé, mardi, la démission de la ministre".
        if (dated && open < k && open > b && is(open - 1, ",")) {
          k = open - 1;
          continue;
        }
        if (!named || open == b || !is(open - 1, ",")) break;
        k = open - 1;
        continue;
      }
      if (punct(k) && !is(k, "«") && !is(k, "\"") && !is(k, "'")) break;
      if (toks_[k].capitalised && name(k)) continue;
      if (in(k, L_.blockers) && !toks_[k].capitalised) return true;
      if (in(k, L_.conditionals)) return true;
      for (const auto& p : L_.blocker_phrases)
        if (p.match(toks_, k, trigger_end, 1)) return true;
    }
    // "would resign if …", "quitterait si …": a condition right after.
    for (std::size_t j = trigger_end; j < std::min(e, trigger_end + 4); ++j)
      if (in(j, L_.conditionals) && (j == trigger_end || !punct(j - 1))) {
        for (std::size_t q = vg; q < trigger_end; ++q)
          if (is(q, "would") || is(q, "could")) return true;
      }
    return false;
  }

  void handle_trigger(const Match& m, std::size_t s, std::size_t b, std::size_t e,
                      const std::vector<std::size_t>& triggers) {
    const auto& rule = *m.rule;
    const std::size_t vg = verb_group_start(m.begin, b);
    bool passive = false, negated = false, future = false, hedged = false, would = false;
    for (std::size_t k = vg; k < m.begin; ++k) {
      if (in(k, L_.passive_aux)) passive = true;
      if (in(k, L_.negations)) negated = true;
      if (in(k, L_.future)) future = true;
      if (in(k, L_.hedges)) hedged = true;
      if (is(k, "would")) would = true;
      if (in(k, L_.progressive) && toks_[m.begin].key.size() > 4 &&
          toks_[m.begin].key.compare(toks_[m.begin].key.size() - 3, 3, "ing") == 0)
        future = true;
      // "is to step down", "are to leave": a form of "be" before an infinitive is a plan.
      if (k > b && infinitive_marker(k) && in(k - 1, L_.progressive)) future = true;
    }
    // Hedges further left in the clause: "reportedly", "selon des rumeurs".
    for (std::size_t k = vg; k > b && vg - k < 4; --k)
      if (in(k - 1, L_.hedges) && !(in(k - 1, L_.passive_hedges) && !(k >= 2 && in(k - 2, L_.passive_aux))))
        hedged = true;
    // "X s'apprêterait à quitter …": the verb that governs an infinitive carries its tense and its hedge.
    {
      bool infinitive = false;
      for (std::size_t k = vg; k < m.begin && !infinitive; ++k) infinitive = infinitive_marker(k);
      if (infinitive && vg > b && lower_word(vg - 1)) {
        const std::string& governing = toks_[vg - 1].key;
        if (in(vg - 1, L_.future) || ends_with_any(governing, L_.future_suffixes, 2)) future = true;
        if (ends_with_any(governing, L_.conditional_suffixes, 3)) future = hedged = true;
        if (in(vg - 1, L_.hedges)) hedged = true;
      }
    }
    // "Je ne démissionnerai pas", "il ne quitte pas le club": the negation closes after a simple verb.
    for (std::size_t k = vg; k < m.begin && !negated; ++k)
      if (is(k, "ne") || is(k, "n'"))
        for (std::size_t j = m.end; j < std::min(e, m.end + 2); ++j) negated = negated || in(j, L_.negations);
    if (negated) return;
    if (blocked(vg, b, m.end, e)) return;
    if (in(m.begin, L_.needs_aux) && !passive && !(m.begin > b && is(m.begin - 1, ","))) return;
    const std::string& head_key = toks_[m.end - 1].key;
    const std::string& first_key = toks_[m.begin].key;
    const bool verbal = rule.frame != Frame::noun;
    if (verbal) {
      if (ends_with_any(first_key, L_.conditional_suffixes, 3) || ends_with_any(head_key, L_.conditional_suffixes, 3)) {
        // "a annoncé qu'il quitterait ses fonctions" reports a plan; "il quitterait" alone is a hypothesis.
        if (!reported_plan(vg, b)) return;
        future = true;
      }
      if (ends_with_any(first_key, L_.future_suffixes, 2)) future = true;
      if (ends_with_any(first_key, L_.imperfect_suffixes, 3) && rule.frame != Frame::fire) future = true;
    }
    (void)would;

    Who who;
    Who org_side;  // where the organization comes from when the frame says
    DepartureKind kind = rule.kind;
    const std::size_t after = m.end;
    switch (rule.frame) {
      case Frame::intransitive:
      case Frame::announce:
        who = subject_before(vg, s);
        org_side = org_complement(after, e, rule.frame == Frame::intransitive);
        // "a spokesperson confirmed her departure", "le club a annoncé son départ": when an organization or its
        // spokesperson speaks, the possessive in the announcement is the leaver.
        if (rule.frame == Frame::announce && who.people.empty() &&
            (who.org_name != kNone || !who.implicit_org.empty() || (vg > b && in(vg - 1, L_.spokesperson_words))))
          for (std::size_t k = m.begin; k < m.end; ++k)
            if (in(k, L_.possessives)) {
              if (in(k, L_.plural_possessives)) break;  // "leur démission": a group's, listed elsewhere
              if (const int p = resolve_pronoun(k, false, false); p != kNone) who.people.push_back(p);
              break;
            }
        break;
      case Frame::leave_object:
        // "left the door open", "a quitté la salle" (not "ne fait plus partie des effectifs": a group).
        if (!ceased(m.begin, s) && leaves_a_thing(after, e)) return;
        who = subject_before(vg, s);
        org_side = object_after(after, e);
        if (debug_)
          std::fprintf(stderr, "leave object at %zu (%d, timex %d): name %d %s\n", after, a_.name_at[after], a_.timex_at[after], org_side.org_name,
                       org_side.implicit_org.c_str());
        if (org_side.org_name == kNone && org_side.implicit_org.empty()) org_side = org_complement(after, e);
        break;
      case Frame::fire: {
        Who subject = subject_before(vg, s);
        // The object may sit inside the pattern ("let manager Craig Donnelly go").
        Who object = object_after(m.begin + 1, m.end > m.begin + 1 ? m.end : e);
        if (object.people.empty() && object.org_name == kNone) object = object_after(after, e);
        const bool thanked = !object.people.empty() && first_key.rfind("remerci", 0) == 0 &&
                             !passive && thanks_follow(m.begin + 1, e);
        if (thanked) return;
        if (!passive && !object.people.empty()) {
          who = object;
          org_side = subject;
          if (org_side.org_name == kNone && org_side.implicit_org.empty() && !subject.people.empty()) org_side = {};
        } else if (passive || (vg == m.begin && (m.begin == b || is(m.begin - 1, ",")) &&
                               (m.end >= e || punct(m.end) || in_timex(m.end) || in(m.end, L_.of_prep) ||
                                in(m.end, L_.at_prep) || in(m.end, L_.as_words) || is(m.end, "par") ||
                                is(m.end, "by")))) {
          // Passive ("a été limogé"), or a participle in apposition ("X, limogé en mars, …").
          who = subject;
          org_side = org_complement(after, e);
        } else {
          return;  // "Esposito dismissed the call": an active verb with no person as object
        }
        break;
      }
      case Frame::separation: {
        Who subject = subject_before(vg, s);
        if (!subject.people.empty()) {
          who = subject;
          kind = DepartureKind::left;
          if (subject.org_name != kNone) org_side.org_name = subject.org_name;
          else org_side = object_after(after, e);
        } else {
          who = object_after(after, e);
          org_side = subject;
        }
        break;
      }
      case Frame::noun:
        who = noun_person(m, s);
        org_side = org_complement(after, e);
        break;
    }
    if (who.people.empty() && vg > b && in(vg - 1, L_.coordinators) &&
        (rule.frame == Frame::intransitive || rule.frame == Frame::announce || rule.frame == Frame::leave_object)) {
      // "X, présidente de Y depuis 2016, prendra sa retraite et ne sollicitera pas de nouveau mandat": a second
      // verb shares the subject that opens the sentence, when no other person stands between.
      int subject = kNone;
      // "X, who led the department and left in June": the relative pronoun the clause opens with.
      for (std::size_t k = vg - 1; k > b && vg - k < 16; --k) {
        if (strong_break(k - 1)) break;
        if (in(k - 1, L_.relative_pronouns)) {
          std::size_t h = k - 1;
          if (h > b && is(h - 1, ",")) --h;
          if (const Name* n = h > b ? name(h - 1) : nullptr; n && n->type == NameType::person) subject = n->person;
          break;
        }
      }
      for (std::size_t k = b; k < vg && subject == kNone; ++k) {
        const Name* n = name(k);
        if (!n || n->type != NameType::person || n->first != k) continue;
        if (k < b + 4) subject = n->person;
        for (std::size_t j = n->last + 1; j < vg && subject != kNone; ++j)
          if (const Name* o = name(j); o && o->type == NameType::person && o->person != subject) subject = kNone;
        break;
      }
      // "Earlier in the summer, deputy news editor X took voluntary redundancy and left in June": the subject
      // of the departure just read in this sentence, when no other person stands between.
      if (subject == kNone && !raws_.empty() && raws_.back().sentence == s && raws_.back().trigger < vg) {
        subject = raws_.back().person;
        for (std::size_t j = raws_.back().trigger; j < vg && subject != kNone; ++j)
          if (const Name* o = name(j); o && o->type == NameType::person && o->person != subject) subject = kNone;
      }
      if (subject != kNone) who.people.push_back(subject);
    }
    if (who.people.empty()) {
      // "Plusieurs cadres ont quitté la banque, dont A et B": the people follow a list opener.
      // ("… avaient remis leur démission : la vice-présidente A, et le vice-président B": a colon right
      // after the clause opens the list too.)
      for (std::size_t k = after; k < e; ++k) {
        if (!in(k, L_.list_openers) && !(is(k, ":") && k < after + 6)) continue;
        for (std::size_t j = k + 1; j < e; ++j)
          if (const Name* n = name(j); n && n->type == NameType::person && n->first == j) who.people.push_back(n->person);
        break;
      }
    }
    // One mention per person per trigger, however often a list repeats them.
    {
      std::vector<int> unique;
      for (int p : who.people)
        if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(p);
      who.people = std::move(unique);
    }
    if (debug_)
      std::fprintf(stderr, "trigger '%s' at %zu: %zu people, role '%s', timex %d\n", toks_[m.begin].key.c_str(),
                   m.begin, who.people.size(), who.role_head.c_str(),
                   date_for(m.begin, s, triggers, source_for(s, m.begin).report_timex));
    if (who.people.empty()) {
      // ("Two BCG partners left for McKinsey on Monday": several people leaving is no one person's lead.)
      bool several = false;
      for (std::size_t k = b; k < vg && !several; ++k)
        several = plural_role(k) || extract::number_value(toks_[k], L_.number_keys) > 1;
      if (a_.sentences[s].paragraph == a_.sentences[0].paragraph && verbal && raws_.empty() && !lead_ && !several) {
        const SentenceSource& lead_src = source_for(s, m.begin);
        int lead_timex = date_for(m.begin, s, triggers, lead_src.report_timex, future);
        // "La directrice de la création a quitté le studio. Élise Marquant l'a annoncé samedi …"
        if (lead_timex == kNone && s + 1 < a_.sentences.size() &&
            a_.sentences[s + 1].paragraph == a_.sentences[s].paragraph)
          lead_timex = told_timex(s + 1, kNone);
        if (lead_timex != kNone) {
          std::string lead_org;
          if (org_side.org_name != kNone) lead_org = a_.names[static_cast<std::size_t>(org_side.org_name)].text;
          if (lead_org.empty()) lead_org = sentence_org(s, m.begin);
          lead_ = LeadEvent{lead_timex, future ? DepartureKind::announced : kind, future, lead_org};
        }
      }
      return;
    }
    if (future) kind = DepartureKind::announced;

    // Date, source.
    const SentenceSource& src = source_for(s, m.begin);
    const bool plans = future || kind == DepartureKind::announced;
    int timex = date_for(m.begin, s, triggers, src.report_timex, plans);
    int statement_timex = kNone;
    if (timex == kNone && src.report_timex == kNone) {
      // "Boeing said on Friday that X has left": the statement's date bounds the departure it reports.
      for (std::size_t k = b; k + 1 < m.begin && statement_timex == kNone; ++k) {
        if (!in(k, L_.reporting_verbs)) continue;
        for (std::size_t j = k + 1; j < std::min(m.begin, k + 6); ++j) {
          if (in(j, L_.complementizers)) break;
          if (a_.timex_at[j] >= 0 && a_.timexes[static_cast<std::size_t>(a_.timex_at[j])].expr.range.known()) {
            statement_timex = a_.timex_at[j];
            break;
          }
        }
      }
    }
    if (timex == kNone) {
      // "resigned hours after the decision was made public": the same day as the sentence's other event.
      for (std::size_t k = m.end; k < std::min(e, m.end + 3); ++k)
        if (in(k, L_.after_words) && offset_before(k, m.end) && *offset_before(k, m.end) == 0) {
          timex = nearest_timex(m.begin, s, src.report_timex);
          break;
        }
    }
    if (timex == kNone && src.report_timex == kNone && statement_timex == kNone && s > 0 &&
        a_.sentences[s - 1].paragraph == a_.sentences[s].paragraph && verbal && !future)
      timex = event_day_before(s);
    // "His assistant was also relieved of his duties": the same event as the last one told, a few sentences
    // before at most, in this paragraph or at the end of the one before ("Le FC Nantes a officialisé dimanche
    // soir le départ de son entraîneur … ¶ Son adjoint a lui aussi été remercié").
    // (A copy: raws_ grows below, one entry per person, and would leave a pointer dangling.)
    std::optional<Raw> same_event;
    if (timex == kNone && src.report_timex == kNone && statement_timex == kNone && s > 0 && verbal && !future &&
        kind != DepartureKind::announced && !hedged && a_.sentences[s - 1].paragraph + 1 >= a_.sentences[s].paragraph) {
      bool also = false;
      for (std::size_t k = (m.begin > b + 6 ? m.begin - 6 : b); k < std::min(e, m.end + 2) && !also; ++k)
        also = in(k, L_.also_words);
      if (also && !raws_.empty()) {
        const Raw& last = raws_.back();
        if (last.sentence < s && last.sentence + 3 >= s && last.dated) same_event = last;
      }
    }
    int relative_days = 0;
    bool relative = false;
    for (const auto& cue : relative_cues_) {
      // Only when it belongs to this trigger's clause: before it, or right after it.
      const bool near = (cue.first < m.begin && m.begin - cue.first < 16) || (cue.first >= m.end && cue.first - m.end < 4);
      if (!near) continue;
      relative = true;
      relative_days = cue.days;
      break;
    }

    const std::size_t trigger_first_raw = raws_.size();
    for (int person : who.people) {
      if (person < 0) continue;
      Raw r;
      if (auto it = that_of_.find(person); it != that_of_.end()) r.that_of = it->second;
      r.person = person;
      r.kind = kind;
      r.hedged = hedged;
      r.noun = !verbal;
      r.sentence = s;
      r.trigger = m.begin;
      r.org = organization_for(person, s, m, who, org_side, &r.org_stated);
      if (relative && (timex == kNone || relative_overlaps(timex))) {
        pending_relative_.push_back({raws_.size(), relative_days});
      } else if (timex != kNone) {
        const auto& tx = a_.timexes[static_cast<std::size_t>(timex)];
        r.date = tense_corrected(tx, plans);
        r.dated = true;
        // "told colleagues this week that he is leaving": the date is the telling's, which has happened.
        bool reported = false;
        for (std::size_t k = tx.last + 1; k < m.begin && !reported; ++k)
          reported = in(k, L_.complementizers);
        if (reported) cap_at_publication(r.date);
      } else if (src.report_timex != kNone) {
        r.date = a_.timexes[static_cast<std::size_t>(src.report_timex)].expr.range;
        r.dated = true;
      } else if (statement_timex != kNone) {
        r.date = a_.timexes[static_cast<std::size_t>(statement_timex)].expr.range;
        r.dated = true;
      } else if (same_event) {
        r.date = same_event->date;
        r.dated = true;
        r.borrowed = true;
      }
      if (lead_ && raws_.empty() && a_.sentences[s].paragraph <= a_.sentences[0].paragraph + 2) {
        if (!r.dated && !relative) {
          r.date = tense_corrected(a_.timexes[static_cast<std::size_t>(lead_->timex)], lead_->plans);
          r.dated = true;
        }
        if ((r.kind == DepartureKind::announced || r.kind == DepartureKind::left) &&
            lead_->kind != DepartureKind::announced)
          r.kind = lead_->kind;
        if (!r.org_stated && !lead_->org.empty()) r.org = extract::canonical_org(a_, lead_->org);
      }
      if (!r.dated) r.date = default_date();
      if (src.explicit_ && !src.name.empty()) {
        // The organization itself can be the source ("selon un communiqué de l'Institut Pasteur"); a person
        // speaking for themselves is not.
        const std::string key = text::match_key(src.name);
        if (a_.person_alias.count(key) == 0) {
          // An organization the article names more fully is credited by that name ("Harlow said" → Harlow Foods).
          r.source = a_.org_mentions.count(key) ? extract::canonical_org(a_, src.name) : src.name;
          r.sourced = true;
        }
      }
      // "X resigned on Monday. « … », she wrote in a post on X.", "Tesco confirmed his exit on Saturday": with
      // no credit of its own, the departure is credited by the next sentence when that is the leaver's own
      // post or the organization's confirmation.
      // (Unnamed sources yield to the organization's confirmation: "…, according to two people familiar with
      // the situation. A Schroders spokesperson confirmed … that he had resigned".)
      if (sources_[s].empty() || (sources_[s].size() == 1 && sources_[s].front().anonymous))
        if (const SentenceSource* next = own_statement_after(s, person)) {
          r.source = next->name;
          r.sourced = true;
        }
      if (!r.sourced && same_event && same_event->sourced) {
        r.source = same_event->source;
        r.sourced = true;
      }
      if (!r.sourced) r.source = outlet_;
      raws_.push_back(std::move(r));
    }
    that_of_.clear();
    // "Le départ de X intervient une semaine après celui de Y": X's event is dated from Y's.
    for (std::size_t y = trigger_first_raw; y < raws_.size(); ++y) {
      if (!raws_[y].that_of) continue;
      for (std::size_t k = m.end; k < raws_[y].that_of; ++k) {
        const bool after_word = in(k, L_.after_words), before_word = in(k, L_.before_words);
        if (!after_word && !before_word) continue;
        const auto days = offset_before(k, b);
        if (!days) break;
        for (std::size_t x = trigger_first_raw; x < raws_.size(); ++x)
          if (!raws_[x].that_of) relations_.push_back({x, y, after_word ? *days : -*days});
        break;
      }
    }
  }

  // A month or season named without a year, read in the tense of the departure: "will retire in July"
  // (published in March) is this coming July; "left in October" (published in February) the last one.
  dates::DateRange tense_corrected(const extract::Timex& tx, bool future) const {
    dates::DateRange range = tx.expr.range;
    if (!reference_ || !range.earliest || !range.latest) return range;
    int digits = 0;
    bool any_digit = false;
    for (char c : tx.expr.text) {
      digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
      any_digit = any_digit || digits > 0;
      if (digits == 4) return range;  // an explicit year
    }
    // Calendar dates without a year ("le 18 septembre"), parts of months, months and seasons; never relative
    // days or weeks ("lundi", "hier", "la semaine dernière"), which the engine anchors itself.
    const long span = range.latest->serial() - range.earliest->serial();
    if ((span == 0 && !any_digit) || range.precision == dates::Precision::week || span > 130) return range;
    int shift = 0;
    if (future && *range.latest < reference_->first()) shift = 1;
    if (!future && *range.earliest > reference_->last()) shift = -1;
    if (shift == 0) return range;
    auto move = [&](const dates::Day& d) {
      const int year = d.year + shift;
      const bool month_end = d.day == dates::days_in_month(d.year, d.month);
      return dates::Day{year, d.month, month_end ? dates::days_in_month(year, d.month) : std::min(d.day, 28)};
    };
    range.earliest = move(*range.earliest);
    range.latest = move(*range.latest);
    range.precision = dates::precision_of(range.earliest, range.latest);
    if (tx.expr.range.precision != dates::Precision::range) range.precision = tx.expr.range.precision;
    return range;
  }

  bool relative_overlaps(int timex) const {
    // The tagger may have read "le lendemain" against the publication date; the relative cue wins.
    const auto& tx = a_.timexes[static_cast<std::size_t>(timex)];
    for (const auto& cue : relative_cues_)
      if (cue.first <= tx.last && cue.stop > tx.first) return true;
    return false;
  }

  // Whether the object after a verb of leaving is a thing rather than an organization or a post: a determiner
  // and common nouns none of which names an organization, a post or a role ("the door", "la salle").
  bool leaves_a_thing(std::size_t after, std::size_t e) const {
    std::size_t k = after;
    while (k < e && (in_timex(k) || in(k, L_.adverbs))) ++k;
    if (k >= e || !(in(k, L_.determiners) || in(k, L_.possessives) || is(k, "l'"))) return false;
    bool nouns = false;
    for (++k; k < e && lower_word(k) && !in(k, L_.of_prep) && !in(k, L_.at_prep) && !in(k, L_.join); ++k) {
      if (in(k, L_.implicit_orgs) || in(k, L_.literal_orgs) || in(k, L_.post_nouns) || in(k, L_.role_words) ||
          in(k, L_.institution_heads))
        return false;
      nouns = true;
    }
    if (k < e && name(k)) return false;  // "the BBC", "le Stade Marmandais"
    return nouns;
  }

  // "X a remercié Y pour son travail" is thanks, not a dismissal: the thanked person is followed by "pour".
  bool thanks_follow(std::size_t from, std::size_t e) const {
    for (std::size_t k = from; k < e; ++k) {
      const Name* n = name(k);
      if (!n || n->type != NameType::person) continue;
      const std::size_t next = n->last + 1;
      return next < e && (is(next, "pour") || is(next, "for"));
    }
    return false;
  }

  // "de Carrefour", "from Siemens", "as CEO of Y", "ses fonctions de PDG chez Y" after a trigger.
  Who org_complement(std::size_t after, std::size_t e, bool destination_at = false) const {
    Who who;
    for (std::size_t k = after; k < std::min(e, after + 8); ++k) {
      if (in_timex(k)) continue;
      if (punct(k) || in(k, L_.join) || in(k, L_.clause_breaks)) break;
      // "partie chez Revolut": right after a verb of leaving, "chez" names where the person goes.
      if (destination_at && in(k, L_.destination_prepositions)) {
        bool adjacent = true;
        for (std::size_t q = after; q < k; ++q) adjacent = adjacent && (in_timex(q) || in_timex(q + 1));
        if (adjacent) break;
      }
      const bool allowed = in(k, L_.determiners) || in(k, L_.of_prep) || in(k, L_.at_prep) || in(k, L_.as_words) ||
                           in(k, L_.agent_prepositions) ||
                           in(k, L_.role_words) || in(k, L_.role_modifiers) || in(k, L_.possessives) ||
                           in(k, L_.adverbs) || in(k, L_.implicit_orgs) || in(k, L_.literal_orgs) ||
                           name(k) != nullptr || in(k, L_.post_nouns);
      if (!allowed) break;
      if (const Name* n = name(k)) {
        if (n->type != NameType::person && k > after &&
            (in(k - 1, L_.of_prep) || in(k - 1, L_.at_prep) || in(k - 1, L_.determiners) || is(k - 1, "l'") ||
             in(k - 1, L_.agent_prepositions)) &&
            !a_.source_keys.count(n->key))
          who.org_name = name_index(k);
        break;
      }
      if (in(k, L_.literal_orgs)) {
        who.implicit_org = toks_[k].in(a_.text);
        break;
      }
      if (in(k, L_.implicit_orgs) && k > after && (in(k - 1, L_.determiners) || in(k - 1, L_.of_prep))) {
        who.implicit_org = a_.subject_org;
        break;
      }
    }
    return who;
  }

  // The person a departure noun is about: "le départ de X", "X's exit", "son départ", "celui de Y".
  Who noun_person(const Match& m, std::size_t s) const {
    const std::size_t b = begin_of(s), e = end_of(s);
    Who who;
    if (m.end < e && in(m.end, L_.of_prep)) {
      Who obj = object_after(m.end, e, true);  // from the preposition: "du" makes the role definite
      who.people = obj.people;
    }
    if (who.people.empty() && m.begin > b + 1 && (is(m.begin - 1, "'s") || is(m.begin - 1, "'"))) {
      if (const Name* n = name(m.begin - 2); n && n->type == NameType::person) who.people.push_back(n->person);
    }
    if (who.people.empty() && m.begin > b && in(m.begin - 1, L_.demonstratives) && !raws_.empty() &&
        raws_.back().sentence + 2 >= s && raws_.back().sentence <= s) {
      who.people.push_back(raws_.back().person);  // "Ce départ", "This exit": the one just reported
    }
    if (who.people.empty() && m.begin > b && in(m.begin - 1, L_.possessives)) {
      const std::size_t poss = m.begin - 1;
      // The subject of the verb that governs the possessive ("X a présenté sa démission"), else the person
      // the text is about.
      if (poss > b && lower_word(poss - 1) && !in(poss - 1, L_.determiners) && !in(poss - 1, L_.of_prep)) {
        const std::size_t vg = verb_group_start(poss - 1, b);
        Who subject = subject_before(vg, s);
        if (!subject.people.empty()) who.people = subject.people;
      }
      // "X, libre depuis son départ de Normandie": the possessive inside an apposition to a person.
      if (who.people.empty())
        for (std::size_t k = poss; k > b && poss - k < 8; --k) {
          if (strong_break(k - 1)) break;
          const Name* n = name(k - 1);
          if (!n || n->type != NameType::person || n->last != k - 1) continue;
          if (is(n->last + 1, ",")) who.people.push_back(n->person);
          break;
        }
      // "Her retirement leaves …": a possessive on a departure noun points back to the person whose
      // departure the text just reported, before anyone else it named.
      if (who.people.empty() && !raws_.empty() && raws_.back().sentence + 5 >= s && raws_.back().sentence <= s)
        who.people.push_back(raws_.back().person);
      if (who.people.empty()) {
        const int p = resolve_pronoun(poss, false);
        if (p != kNone) who.people.push_back(p);
      }
    }
    // "… suit celui de Y", "follows that of Y": a second departure of the same kind.
    for (std::size_t k = m.end; k + 1 < e; ++k) {
      if (!in(k, L_.that_of) || !in(k + 1, L_.of_prep)) continue;
      Who other = object_after(k + 2, e, true);
      for (int p : other.people) {
        who.people.push_back(p);
        that_of_[p] = k;
      }
      break;
    }
    return who;
  }

  std::string organization_for(int person, std::size_t s, const Match& m, const Who& who, const Who& org_side,
                               bool* stated) const {
    *stated = true;
    std::string org;
    if (org_side.org_name != kNone) {
      const Name& n = a_.names[static_cast<std::size_t>(org_side.org_name)];
      org = n.text;
      // "sa démission de son poste de ministre de la Transition numérique": the name completes a role that
      // names an institution, so the institution is left, not "Transition".
      const std::string institution = role_phrase_org(n);
      if (!institution.empty()) org = institution;
    }
    else if (!org_side.implicit_org.empty()) org = org_side.implicit_org;
    std::string apposition_org, role;
    apposition(s, person, &apposition_org, &role);
    // "la ministre des Sports" → "ministère des Sports": the role names the institution.
    const std::string from_role = role_org(role);
    if (!from_role.empty() && org_side.org_name == kNone) apposition_org = from_role;
    // "le maire de Montauban-de-Luchon, Yves Bardet, avait rendu sa carte": the town is where the person
    // holds office, not what they leave when the article is about another organization.
    if (!apposition_org.empty() && !a_.subject_org.empty() && from_role.empty()) {
      const auto role_tokens = text::tokenize(role);
      if (!role_tokens.empty() && L_.territorial_roles.contains(role_tokens.front().key) &&
          text::match_key(apposition_org).find(text::match_key(a_.subject_org)) == std::string::npos &&
          text::match_key(a_.subject_org).find(text::match_key(apposition_org)) == std::string::npos)
        apposition_org = a_.subject_org;
    }
    // An implicit "l'entreprise" defers to what the sentence says about the person ("chez Google DeepMind").
    if (debug_)
      std::fprintf(stderr, "org for %d: side '%s' apposition '%s' role '%s'\n", person, org.c_str(),
                   apposition_org.c_str(), role.c_str());
    // A sentence framed by an organization ("Chez Decathlon-AG2R, … le départ du directeur sportif X, qui a fait
    // ses adieux à l'issue de la Vuelta") says whose people it speaks of, before what a clause adds.
    if (org.empty() && !apposition_org.empty() && from_role.empty()) {
      const std::string framed = framing_org(s);
      if (!framed.empty()) apposition_org = framed;
    }
    if ((org.empty() || (org == a_.subject_org && org_side.org_name == kNone)) && !apposition_org.empty())
      org = apposition_org;
    if (org.empty() && who.org_name != kNone && a_.names[static_cast<std::size_t>(who.org_name)].type == NameType::org)
      org = a_.names[static_cast<std::size_t>(who.org_name)].text;
    if (org.empty()) org = sentence_org(s, m.begin);
    // "who oversaw a book from London … handed in her notice": a name the article never shows to be an
    // organization, found near the person rather than by the verb, gives way to where the person is known
    // to work ("had been at Vantage Hill").
    if (!org.empty() && (m.rule->frame == Frame::noun || org_side.org_name == kNone) &&
        org_side.implicit_org.empty() && !known_org(s, org)) {
      const auto& p = a_.people[static_cast<std::size_t>(person)];
      if (!p.org.empty()) org = p.org;
      else if (!apposition_org.empty()) org = apposition_org;  // "l'ancien entraîneur de X, …, son départ de Y"
    }
    if (org.empty()) *stated = false;
    if (org.empty()) {
      const auto& p = a_.people[static_cast<std::size_t>(person)];
      if (!p.org.empty()) org = p.org;
    }
    if (org.empty()) {
      const auto& p = a_.people[static_cast<std::size_t>(person)];
      org = role_org(p.role);
    }
    // "directrice générale de l'ONG Solidarité Sahel" read as "ONG": a kind of organization alone stands for
    // the article's organization.
    if (!org.empty() && L_.implicit_orgs.contains(text::match_key(org))) org = a_.subject_org;
    // "resigned from his post as minister of Culture": a minister's title right after the trigger names the
    // institution even when its complement was not read as a name of anything.
    if (org.empty())
      for (std::size_t k = m.end; k < end_of(s) && k < m.end + 10 && org.empty(); ++k)
        if (const Name* n = name(k); n && n->first == k) org = role_phrase_org(*n);
    if (org.empty()) org = a_.subject_org;
    // In a roundup, "le club a limogé son entraîneur" means the club the paragraph opened with ("Paris Basketball
    // a limogé …", "Chez Robert Laffont, …"), not the one the article is about.
    if (!org.empty() && org == a_.subject_org && !names_org(s, org)) {
      const std::string topic = topic_at(s);
      if (!topic.empty()) org = topic;
    }
    if (org.empty()) return {};
    // Whichever way it was found, a name that completes a minister's title in this sentence ("as minister
    // of Culture") stands for the institution the title names.
    for (std::size_t k = begin_of(s); k < end_of(s); ++k) {
      const Name* n = name(k);
      if (!n || n->first != k || n->text != org) continue;
      const std::string institution = role_phrase_org(*n);
      if (!institution.empty()) {
        org = institution;
        break;
      }
      // "secrétaire d'État chargé de la Ruralité": a brief; the person belongs to the government the article
      // speaks of, else to the article's organization.
      if (in_brief(k)) {
        const std::string& whole = membership_org();
        org = whole.empty() ? a_.subject_org : whole;
        break;
      }
    }
    if (text::match_key(org) == "gouvernement" || text::match_key(org) == "government") return org;
    auto cached = canonical_cache_.find(org);
    if (cached != canonical_cache_.end()) return cached->second;
    std::string canonical = extract::canonical_org(a_, org);
    canonical_cache_.emplace(org, canonical);
    return canonical;
  }

  // In sentence s2, the day a person (`person`, or anyone when kNone) tells of something: their name, or a
  // pronoun for them at the start, then a reporting verb and a day or week ("Élise Marquant l'a annoncé
  // samedi"). Returns the timex, or kNone.
  int told_timex(std::size_t s2, int person) const {
    const std::size_t b = begin_of(s2), e = end_of(s2);
    for (std::size_t k = b; k < e && k < b + 4; ++k) {
      const Name* n = name(k);
      const bool named = n && n->type == NameType::person && n->first == k && (person == kNone || n->person == person);
      const bool pronoun = person != kNone && k == b && in(k, L_.subject_pronouns) && resolve_pronoun(k, false) == person;
      if (!named && !pronoun) continue;
      const std::size_t from = named ? n->last + 1 : k + 1;
      for (std::size_t v = from; v < e && v < from + 5; ++v) {
        if (!in(v, L_.reporting_verbs)) continue;
        for (std::size_t t = from; t < e && t < v + 8; ++t) {
          if (a_.timex_at[t] < 0) continue;
          const auto& tx = a_.timexes[static_cast<std::size_t>(a_.timex_at[t])];
          const auto p = tx.expr.range.precision;
          if (tx.expr.range.known() && (p == dates::Precision::day || p == dates::Precision::week))
            return a_.timex_at[t];
        }
        return kNone;
      }
      return kNone;
    }
    return kNone;
  }

  // The date of a statement by `person` in the two sentences after their undated departure's, within its
  // paragraph and with no other leaver in it: the day the article gives the departure.
  std::optional<dates::DateRange> told_day(int person, const std::vector<std::size_t>& raws) const {
    std::size_t s = raws_[raws.front()].sentence;
    for (std::size_t r : raws) s = std::max(s, raws_[r].sentence);
    for (std::size_t s2 = s + 1; s2 < a_.sentences.size() && s2 <= s + 2; ++s2) {
      if (a_.sentences[s2].paragraph != a_.sentences[s].paragraph) break;
      bool other_leaver = false;
      for (const auto& r : raws_) other_leaver = other_leaver || (r.sentence == s2 && r.person != person);
      if (other_leaver) continue;
      if (const int t = told_timex(s2, person); t != kNone) return a_.timexes[static_cast<std::size_t>(t)].expr.range;
    }
    return std::nullopt;
  }

  // Ends a range that runs past the publication date at it, for what has already happened.
  void cap_at_publication(dates::DateRange& date) const {
    if (!reference_ || !date.earliest || !date.latest) return;
    if (*date.earliest <= reference_->last() && reference_->last() < *date.latest) {
      date.latest = reference_->last();
      date.precision = dates::precision_of(date.earliest, date.latest);
    }
  }

  dates::DateRange default_date() const {
    if (!reference_) return dates::DateRange::unknown();
    return dates::DateRange::on_or_before(reference_->last());
  }

  // Every sentence's departures, then the dates other sentences give them.
  void read_departures() {
    for (std::size_t s = 0; s < a_.sentences.size(); ++s) find_triggers(s);
    resolve_relative_days();
    date_from_last_day();
  }

  // "X has quit the firm. Her last day was Friday.", "Son dernier jour sera le 6 mars": a departure its own
  // sentence leaves undated takes the day a next sentence of the paragraph gives as the leaver's last.
  void date_from_last_day() {
    for (std::size_t r = 0; r < raws_.size(); ++r) {
      Raw& raw = raws_[r];
      // (An announcement dated by the day it was made takes the last day to come: "a annoncé jeudi soir qu'elle
      // quittait la chaîne. Sa dernière présentation aura lieu le 15 octobre.")
      const bool announced = raw.kind == DepartureKind::announced;
      if ((raw.dated && !announced && !raw.borrowed) || raw.person == kNone) continue;
      bool related = false;
      for (const auto& rel : relations_) related = related || rel.a == r;
      if (related) continue;
      const int paragraph = a_.sentences[raw.sentence].paragraph;
      // The next two sentences of its paragraph, then any other sentence that names the leaver ("Priya R., …,
      // said in a post on Threads on Tuesday that she had finished her last day").
      std::vector<int> timexes;  // the near sentences' last days, then the one told where the leaver is named
      for (std::size_t s = raw.sentence + 1; s < a_.sentences.size() && s <= raw.sentence + 2; ++s)
        if (a_.sentences[s].paragraph == paragraph) timexes.push_back(last_day_timex(s, raw.person));
      timexes.push_back(named_last_day(raw.person));
      for (const int timex : timexes) {
        if (timex == kNone) continue;
        const auto& read = a_.timexes[static_cast<std::size_t>(timex)].expr.range;
        const bool to_come = reference_ && read.earliest && *read.earliest > reference_->last();
        const auto last_day = tense_corrected(a_.timexes[static_cast<std::size_t>(timex)], announced || to_come);
        // (A last day to come dates only a departure announced; one past, only one the text leaves undated.)
        if ((raw.dated && !raw.borrowed) ? !to_come : (to_come && !announced)) break;
        raw.date = last_day;
        raw.dated = true;
        break;
      }
    }
  }

  bool names_person(std::size_t s, int person) const {
    const auto& where = sentences_naming(person);
    return std::binary_search(where.begin(), where.end(), s);
  }

  // The last day a sentence naming `person` gives them (found once per person), or kNone.
  int named_last_day(int person) const {
    if (auto known = named_last_day_.find(person); known != named_last_day_.end()) return known->second;
    int found = kNone;
    for (std::size_t s : sentences_naming(person))
      if ((found = last_day_timex(s, person)) != kNone) break;
    named_last_day_[person] = found;
    return found;
  }
  mutable std::unordered_map<int, int> named_last_day_;

  // The sentences, ascending, that name each person (found once per article).
  const std::vector<std::size_t>& sentences_naming(int person) const {
    if (sentences_naming_.empty()) {
      sentences_naming_.resize(a_.people.size());
      for (const auto& n : a_.names) {
        if (n.type != NameType::person || n.person < 0) continue;
        auto& list = sentences_naming_[static_cast<std::size_t>(n.person)];
        const std::size_t s = static_cast<std::size_t>(a_.sentence_of[n.first]);
        if (list.empty() || list.back() != s) list.push_back(s);
      }
    }
    static const std::vector<std::size_t> none;
    return person >= 0 && static_cast<std::size_t>(person) < sentences_naming_.size()
               ? sentences_naming_[static_cast<std::size_t>(person)]
               : none;
  }
  mutable std::vector<std::vector<std::size_t>> sentences_naming_;

  // The date sentence s gives as `person`'s last day ("Her last day at the firm was Friday"), or kNone: the
  // lexicon's last-day phrase after the person's name or a possessive, and no one else named.
  int last_day_timex(std::size_t s, int person) const {
    bool theirs = false, phrase = false;
    int timex = kNone;
    for (std::size_t k = begin_of(s); k < end_of(s); ++k) {
      if (const Name* n = name(k); n && n->type == NameType::person) {
        if (n->person != person) return kNone;
        theirs = true;
      }
      if (in_timex(k) && timex == kNone) timex = a_.timex_at[k];
      for (const auto& p : L_.last_day_phrases)
        if (!phrase && p.match(toks_, k, end_of(s), 0)) {
          phrase = true;
          theirs = theirs || (k > begin_of(s) && in(k - 1, L_.possessives));
        }
    }
    if (!phrase || !theirs || timex == kNone) return kNone;
    const auto& range = a_.timexes[static_cast<std::size_t>(timex)].expr.range;
    return range.known() ? timex : kNone;
  }

  void resolve_relative_days() {
    for (const auto& [raw, days] : pending_relative_) {
      // The previous event in the text that has its own date.
      std::optional<std::size_t> previous;
      for (std::size_t r = raw; r-- > 0;)
        if (raws_[r].dated) {
          previous = r;
          break;
        }
      if (!previous) {
        raws_[raw].date = default_date();
        continue;
      }
      relations_.push_back({raw, *previous, days});
      raws_[raw].date = dates::DateRange::unknown();
      raws_[raw].dated = false;
    }
    for (auto& r : raws_)
      if (!r.dated && !r.date.known() && reference_) r.date = default_date();
  }

  // ---- merging ------------------------------------------------------------------------------------------

  static int strength(DepartureKind k) {
    switch (k) {
      case DepartureKind::resigned:
      case DepartureKind::fired:
      case DepartureKind::retired: return 3;
      case DepartureKind::left: return 2;
      case DepartureKind::announced: return 1;
    }
    return 0;
  }

  static dates::DateRange shifted(const dates::DateRange& d, int days) {
    dates::DateRange out = d;
    if (out.earliest) out.earliest = out.earliest->plus_days(days);
    if (out.latest) out.latest = out.latest->plus_days(days);
    out.precision = dates::precision_of(out.earliest, out.latest);
    return out;
  }

  static long width(const dates::DateRange& d) {
    if (!d.earliest || !d.latest) return 1L << 30;
    return d.latest->serial() - d.earliest->serial();
  }

  struct Group {
    int person;
    std::string org;
    std::vector<std::size_t> raws;
    dates::DateRange date;
    bool dated = false;
    std::size_t first_token = 0;
  };

  std::vector<Mention> merge() {
    if (debug_) {
      std::fprintf(stderr, "subject org: %s\n", a_.subject_org.c_str());
      for (const auto& p : a_.people)
        std::fprintf(stderr, "person: %s | role %s | org %s\n", p.name.c_str(), p.role.c_str(), p.org.c_str());
      for (const auto& n : a_.names)
        std::fprintf(stderr, "name: %s | type %d\n", n.text.c_str(), static_cast<int>(n.type));
      for (const auto& r : raws_)
        std::fprintf(stderr, "raw: %s | %s | %s | %s | %s | tok %zu\n",
                     a_.people[static_cast<std::size_t>(r.person)].name.c_str(), r.org.c_str(),
                     std::string(kind_name(r.kind)).c_str(), r.date.edtf().c_str(), r.source.c_str(), r.trigger);
    }
    std::vector<Group> groups;
    std::vector<std::size_t> group_of(raws_.size(), 0);
    // People first, then their organizations; a mention without an organization joins the person's first.
    // Mentions that name their organization first; those that only inherit the article's go with the person.
    std::vector<std::size_t> by_evidence(raws_.size());
    for (std::size_t r = 0; r < raws_.size(); ++r) by_evidence[r] = r;
    std::stable_partition(by_evidence.begin(), by_evidence.end(), [&](std::size_t r) { return raws_[r].org_stated; });
    for (std::size_t r : by_evidence) {
      const auto& raw = raws_[r];
      std::string okey = text::match_key(raw.org);
      // A passing mention ("sa démission", undated) with no organization of its own joins the person's event;
      // a dated verb keeps the article's organization.
      if (!raw.org_stated && (raw.noun || !raw.dated))
        for (const auto& g : groups)
          if (g.person == raw.person) {
            okey = text::match_key(g.org);
            break;
          }
      std::optional<std::size_t> target;
      for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].person != raw.person) continue;
        if (okey.empty() || text::match_key(groups[g].org) == okey || groups[g].org.empty()) {
          target = g;
          break;
        }
      }
      if (!target) {
        groups.push_back({raw.person, raw.org, {}, {}, false, raw.trigger});
        target = groups.size() - 1;
      }
      if (groups[*target].org.empty()) groups[*target].org = raw.org;
      groups[*target].raws.push_back(r);
      group_of[r] = *target;
    }
    // A person's organization-less group folds into their only named one.
    for (auto& g : groups) {
      std::vector<std::size_t> dated;
      for (std::size_t r : g.raws)
        if (raws_[r].dated) dated.push_back(r);
      // (A date to come that an announced departure gives is its effective date: "il partira à la retraite le
      // 30 juin, a annoncé la banque lundi" is 30 June, whatever the announcement's day.)
      auto to_come = [&](std::size_t r) {
        return raws_[r].kind == DepartureKind::announced && reference_ && raws_[r].date.earliest &&
               *raws_[r].date.earliest > reference_->last();
      };
      std::sort(dated.begin(), dated.end(), [&](std::size_t x, std::size_t y) {
        if (to_come(x) != to_come(y)) return to_come(x);
        return width(raws_[x].date) < width(raws_[y].date);
      });
      const bool effective = !dated.empty() && to_come(dated.front());
      for (std::size_t r : dated) {
        if (effective && g.dated && !to_come(r)) continue;
        if (!g.dated) {
          g.date = raws_[r].date;
          g.dated = true;
          continue;
        }
        if (auto both = dates::intersect(g.date, raws_[r].date)) {
          const std::string text = g.date.text;
          g.date = *both;
          if (g.date.text.empty()) g.date.text = text;
        } else if (raws_[r].date.latest && g.date.earliest && *raws_[r].date.latest < *g.date.earliest &&
                   width(raws_[r].date) <= width(g.date)) {
          // Two dates that disagree: an announcement comes on or after the departure it announces ("he
          // announced on Thursday"; "his resignation took effect on 3 March"), so the earlier one stands.
          g.date = raws_[r].date;
        }
      }
      if (!g.dated) {
        // "La directrice de la création a quitté le studio. Élise Marquant l'a annoncé samedi": the day the
        // leaver told it, in one of the next sentences, is the day the article gives the departure.
        if (auto told = told_day(g.person, g.raws)) {
          g.date = *told;
          g.dated = true;
        }
      }
      if (!g.dated) g.date = default_date();
    }
    // Relations between events: "quelques heures après", "le lendemain", "une semaine après celui de".
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& rel : relations_) {
        Group& ga = groups[group_of[rel.a]];
        Group& gb = groups[group_of[rel.b]];
        if (&ga == &gb) continue;
        // A relation narrows an event's own date; where the two disagree ("quelques jours après celui de X.
        // [X] a été démis la semaine dernière"), the date the text gives the event itself stands.
        if (gb.dated && (!ga.dated || width(gb.date) < width(ga.date))) {
          dates::DateRange d = shifted(gb.date, rel.days);
          d.text = ga.dated ? ga.date.text : d.text;
          if (ga.dated) {
            auto both = dates::intersect(ga.date, d);
            if (!both) continue;
            d = *both;
          }
          ga.date = d;
          ga.dated = true;
        } else if (ga.dated && (!gb.dated || width(ga.date) < width(gb.date))) {
          dates::DateRange d = shifted(ga.date, -rel.days);
          if (gb.dated) {
            auto both = dates::intersect(gb.date, d);
            if (!both) continue;
            d = *both;
          }
          gb.date = d;
          gb.dated = true;
        }
      }
    }

    std::vector<Mention> out;
    std::vector<double> tie_rank;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      const auto& g = groups[gi];
      // The mention that says the most: the strongest kind, a verb over a noun, then the first.
      std::size_t best = g.raws.front();
      for (std::size_t r : g.raws) {
        const auto& x = raws_[r];
        const auto& y = raws_[best];
        // A verb says what happened; a noun ("sa retraite") only names it.
        // (Unless the verb only says "left" where the noun says how: "le départ à la retraite de Y, qui a fait
        // ses adieux".)
        const bool generic_verb = x.kind == DepartureKind::left && y.kind != DepartureKind::left &&
                                  y.kind != DepartureKind::announced;
        if ((y.noun && !x.noun && !generic_verb) || (x.noun == y.noun && strength(x.kind) > strength(y.kind)))
          best = r;
      }
      const Raw& chosen = raws_[best];
      Mention m;
      m.person = a_.people[static_cast<std::size_t>(g.person)].name;
      m.org = g.org;
      m.kind = chosen.kind;
      m.hedged = chosen.hedged;
      m.date = g.date;
      // What has happened happened by the time it was published: "au printemps" in an article of 18 June is
      // 1 March to 18 June. (An announcement may name a later day.)
      if (m.kind != DepartureKind::announced) cap_at_publication(m.date);
      if (reference_ && m.date.reference.empty()) m.date.reference = reference_->iso();
      m.source = chosen.sourced ? chosen.source : std::string();
      if (m.source.empty())
        for (std::size_t r : g.raws)
          if (raws_[r].sourced) {
            m.source = raws_[r].source;
            break;
          }
      // "HSJ has been told" in the Health Service Journal: the outlet by its initials is the outlet.
      if (m.source.empty() || (m.source.size() >= 2 && text::match_key(m.source) == extract::initials(outlet_)))
        m.source = outlet_;
      std::string role = a_.people[static_cast<std::size_t>(g.person)].role;
      if (role.empty()) {
        std::string org_unused;
        for (std::size_t r : g.raws) {
          apposition(raws_[r].sentence, g.person, &org_unused, &role);
          if (!role.empty()) break;
        }
      }
      if (!role.empty()) m.role = role;
      const auto& sentence = a_.sentences[chosen.sentence];
      m.start = sentence.start;
      m.end = sentence.end;
      m.evidence = std::string(a_.text.substr(sentence.start, sentence.end - sentence.start));
      out.push_back(std::move(m));
      std::size_t first_trigger = raws_[g.raws.front()].trigger;
      for (std::size_t r : g.raws) first_trigger = std::min(first_trigger, raws_[r].trigger);
      tie_rank.push_back(static_cast<double>(first_trigger));
    }
    // Same-day events keep the order the text gives them.
    for (int pass = 0; pass < 3; ++pass)
      for (const auto& rel : relations_) {
        const std::size_t ga = group_of[rel.a], gb = group_of[rel.b];
        if (ga == gb) continue;
        if (rel.days >= 0 && tie_rank[ga] <= tie_rank[gb]) tie_rank[ga] = tie_rank[gb] + 0.5;
        if (rel.days < 0 && tie_rank[gb] <= tie_rank[ga]) tie_rank[gb] = tie_rank[ga] + 0.5;
      }
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto day_key = [](const std::optional<dates::Day>& d, long missing) { return d ? d->serial() : missing; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      const auto& dx = out[x].date;
      const auto& dy = out[y].date;
      const long lx = day_key(dx.latest, 1L << 40), ly = day_key(dy.latest, 1L << 40);
      if (lx != ly) return lx < ly;
      const long ex = day_key(dx.earliest, -(1L << 40)), ey = day_key(dy.earliest, -(1L << 40));
      if (ex != ey) return ex < ey;
      return tie_rank[x] < tie_rank[y];
    });
    std::vector<Mention> sorted;
    for (std::size_t i = 0; i < order.size(); ++i) {
      sorted.push_back(std::move(out[order[i]]));
      sorted.back().order = static_cast<int>(i);
    }
    (void)article_;
    return sorted;
  }
};

}  // namespace

std::vector<Mention> extract_departures(const Article& article) {
  if (article.text.empty()) return {};
  const Lang lang = article.meta.lang == Lang::unknown ? Lang::en : article.meta.lang;
  Extractor extractor(article, extract::compiled_lexicon(lang));
  return extractor.run();
}

}  // namespace exodus
