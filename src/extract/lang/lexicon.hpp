// The language knowledge the departure extractor runs on, as data: one Lexicon per language (fr.cpp, en.cpp).
// Words are written naturally (accents, capitals); the extractor compares them by text::match_key.
// A word ending in '*' matches every word that starts with it; "a|b" lists alternatives of one token.
#pragma once
#include <string_view>
#include <vector>

#include "extract/mention.hpp"
#include "text/article.hpp"

namespace exodus::extract {

// How a trigger's words relate the person who leaves to the organization left.
enum class Frame {
  intransitive,  // the subject leaves (démissionner, resign, step down, retire); org after de/from/as … of
  leave_object,  // the subject leaves its direct object (quitter X, leave X, exit X)
  fire,          // passive: the subject is fired (a été limogé); active: the object is (X a limogé Y)
  separation,    // se séparer de, part ways with: an org subject fires the object; a person subject leaves
  noun,          // le départ de X, the exit of X, X's departure, son départ
  announce,      // annoncer son départ, announce one's departure: the subject says they will leave
};

struct TriggerRule {
  std::string_view pattern;  // space-separated token patterns, matched with up to `gap` tokens between them
  DepartureKind kind;
  Frame frame;
  int gap = 2;               // words allowed between two elements ("let manager Craig Donnelly go": 4)
};

// A phrase that credits a source. The source's name follows the cue (selon X, according to X, told X) or
// precedes it (X a rapporté, X reported); `platform` names the source itself (a tweeté → X).
struct SourceCue {
  std::string_view pattern;
  enum class Where { after, before, platform, either } where;
  std::string_view platform = {};  // for Where::platform
  bool introduces_report = false;  // "X a rapporté que …": the next sentences continue the report
  // The name after the cue is who was told ("told Reuters", "a déclaré au club"), not who speaks: an
  // organization named by a common noun there ("told the company") is not a source.
  bool addressee = false;
  // A name found before the cue speaks for itself ("Harlow said", "Robert Laffont a confirmé"), not an outlet
  // the article cites (those report: "BI a rapporté"): it still counts as a mention of what the article is about.
  bool own_voice = false;
};

// A fixed expression that dates an event relative to another one: "le lendemain" is one day after the event
// the text mentioned before; "deux jours plus tard" is two. `days` is the offset; numbers are read from the
// pattern's '#' slot when it has one.
struct RelativeDayCue {
  std::string_view pattern;
  int days;
};

struct Alias {
  std::string_view name;       // as written ("BI", "Twitter", "WSJ")
  std::string_view canonical;  // "Business Insider", "X", "Wall Street Journal"
};

struct RoleOrg {
  std::string_view role_head;  // "ministre"
  std::string_view org_head;   // "ministère": "ministre de la Santé" → "ministère de la Santé"
  bool keep_complement;        // whether the "de la Santé" part carries over
};

struct Lexicon {
  Lang lang;
  bool names_premodify = false;  // English "the Heathrow decision": a name before a noun is a modifier
  std::vector<TriggerRule> triggers;          // tried longest first at each token
  std::vector<std::string_view> not_triggers; // words a trigger prefix would catch but that mean something else
  std::vector<std::string_view> excluded_phrases;  // "à partir", "point de départ": no trigger inside them
  std::vector<std::string_view> needs_auxiliary;  // trigger words that are departures only after être / be
  std::vector<std::string_view> auxiliaries;  // verb-group words between a subject and its verb
  std::vector<std::string_view> passive_auxiliaries;
  std::vector<std::string_view> verb_adverbs;  // adverbs allowed inside a verb group
  // "also", "aussi": a departure told as one more of the same event as the sentence before, which it shares
  // the date and the credit of when it gives none ("His assistant was also relieved of his duties").
  std::vector<std::string_view> also_words;
  std::vector<std::string_view> coordinators;
  std::vector<std::string_view> event_words;  // cup, tournoi: a name that starts or ends so is a competition
  std::vector<std::string_view> plural_possessives;  // leur, their: a possessive of several people
  std::vector<std::string_view> cessation_words;  // plus, longer: "ne fait plus partie", "no longer with"
  std::vector<std::string_view> other_words;  // autre, other: "cet autre associé" is someone else
  std::vector<std::string_view> caption_words;  // photo, crédit, caption: "Photo : …" opens a caption
  // "people familiar with", "des sources proches de": unnamed sources, credited to the article's outlet.
  std::vector<std::string_view> anonymous_sources;
  std::vector<std::string_view> former_words;  // former, ancien, ex-: a role the person no longer holds
  // "last day", "dernier jour": a sentence giving the leaver's last day dates a departure told just before.
  std::vector<std::string_view> last_day_phrases;
  // à, to: "selon un message adressé à la rédaction", "according to a memo to staff": whom a report went to
  // is not who gives it.
  std::vector<std::string_view> addressee_prepositions;  // et, and: join the items of a list (people, roles, clauses)
  // Et, Mais, Meanwhile: words that may open a sentence before what frames it ("Mais chez X, …").
  std::vector<std::string_view> sentence_connectives;
  // Patterns that open a sentence on the organization it speaks of, which a comma then closes: "Chez X,",
  // "Quant à X,", "Du côté de X,", "At X,", "As for X,". After weak_topic_openers ("À X,", "For X,") the name
  // must be known as an organization: "À Lyon, …" is a place.
  std::vector<std::string_view> topic_openers;
  std::vector<std::string_view> weak_topic_openers;
  // "that", "que": the word that opens a reported clause ("a annoncé qu'il partira", "said that she left").
  std::vector<std::string_view> complementizers;
  // Words that open an infinitive ("à quitter", "de partir", "avoir quitté", "to leave"), matched on the word
  // as written, lowercase, since "à" and the verb "a" share a key once accents are dropped.
  std::vector<std::string_view> infinitive_markers;
  // "a spokesperson for X", "un porte-parole de l'entreprise": someone speaking for an organization, which is
  // then the source.
  std::vector<std::string_view> spokesperson_words;
  std::vector<std::string_view> negations;     // inside the verb group: "n'a pas démissionné"
  std::vector<std::string_view> blockers;      // shortly before the trigger: refusals, denials, calls, modals
  std::vector<std::string_view> blocker_phrases;  // multi-word blockers ("no intention", "appel* à")
  std::vector<std::string_view> conditionals;  // "si", "if": a hypothetical when they open the trigger's clause
  std::vector<std::string_view> future_markers;   // "va", "will", "plans to": the subject says they will leave
  std::vector<std::string_view> future_suffixes;  // "era", "ira": a future-tense trigger word
  std::vector<std::string_view> conditional_suffixes;  // "erait": a hypothetical trigger word
  std::vector<std::string_view> imperfect_suffixes;    // "ait": "il a dit qu'il quittait" reports an intention
  std::vector<std::string_view> progressive_markers;   // "is leaving": announced
  std::vector<std::string_view> hedges;        // "aurait", "reportedly"
  // said, believed: hedges only in the passive ("is said to have left"); "Kestrel said X would retire" is not
  std::vector<std::string_view> passive_hedges;
  std::vector<std::string_view> subject_pronouns;   // singular personal pronouns that can be a leaver
  std::vector<std::string_view> plural_pronouns;
  std::vector<std::string_view> relative_pronouns;  // qui, who
  std::vector<std::string_view> possessives;        // son, sa, his, her
  std::vector<std::string_view> determiners;        // le, la, the, a: a name right after one is not a person
  std::vector<std::string_view> definite_determiners;  // le, la, l', the, its: a role after one can be resolved
  std::vector<std::string_view> of_prepositions;    // de, d', du, of: "le départ de X", "directrice de Y"
  std::vector<std::string_view> at_prepositions;    // chez, at, from: an organization follows
  std::vector<std::string_view> as_words;           // "comme", "as": "stepped down as CEO of Y"
  std::vector<std::string_view> org_introducers;    // an organization follows: chez, quitté, joined, at
  std::vector<std::string_view> join_words;         // rejoindre, joined: the org that follows is not the one left
  std::vector<std::string_view> clause_breaks;      // avant, après, before, after, mais, but, while
  std::vector<std::string_view> list_openers;       // dont, including: the leavers follow a plural subject
  std::vector<std::string_view> that_of;            // celui, celle, that: "le départ de X suit celui de Y"
  std::vector<std::string_view> same_source;        // "la même source": the source cited before
  std::vector<std::string_view> report_nouns;       // rapport, article, report: skipped before a source name
  // communiqué, statement: an organization speaking for itself ("X said in a statement"), not a news outlet
  std::vector<std::string_view> statement_nouns;
  std::vector<std::string_view> after_words;        // après, after: "N heures après que Y"
  std::vector<std::string_view> before_words;       // avant, before
  std::vector<std::string_view> hour_words;         // heures, hours: a same-day offset
  std::vector<std::string_view> day_words;          // jours, days
  std::vector<std::string_view> week_words;         // semaines, weeks
  std::vector<RelativeDayCue> relative_days;
  std::vector<std::string_view> since_words;        // depuis, since: a date of tenure, not of departure
  std::vector<std::string_view> role_words;         // PDG, directeur, chief, CEO … (heads of role phrases)
  std::vector<std::string_view> role_modifiers;     // financier, général, executive … inside a role phrase
  std::vector<std::string_view> org_words;          // words that make a name an organization's
  // shares, employees, spokesperson, actionnaires, salariés: what an organization has, so "Harlan Foods shares",
  // "Harlan Foods' employees", "les salariés de Maisons Delorme" say the name is an organization's
  std::vector<std::string_view> org_belongings;
  std::vector<std::string_view> implicit_orgs;      // l'entreprise, the company: the article's organization
  std::vector<std::string_view> literal_orgs;       // le gouvernement, the government: named as written
  // entrée (au gouvernement), membre (du gouvernement), quitte (le gouvernement): when the article speaks of
  // belonging to a literal organization, a minister belongs to it rather than to the ministry of their brief.
  std::vector<std::string_view> membership_words;
  std::vector<std::string_view> name_particles;     // de, von, van … inside personal names
  std::vector<std::string_view> org_particles;      // of, for: inside organization names ("Bank of America")
  // Endings of the lowercase adjectives that continue an organization's name after its capitalised head,
  // in languages that capitalise only the first word ("Fédération française de handball", "Parti
  // socialiste", "Banque centrale européenne"); empty where every word of a name is capitalised.
  std::vector<std::string_view> name_adjective_endings;
  std::vector<std::string_view> institution_heads;
  // Countries, continents and capitals: alone, a place the text mentions, never an organization anyone leaves
  // ("l'équipe de France", "its UK business"); inside a longer name they stay ("Air France", "BBC London").
  std::vector<std::string_view> place_names;
  // Places where an organization works: "le directeur du site de Sochaux", "l'usine de Mulhouse", "its Hong
  // Kong office". The name they introduce or modify is a place, not the organization.
  std::vector<std::string_view> facility_nouns;  // ministère, ministry: lowercase heads of institution names
  std::vector<std::string_view> reporting_verbs;    // annoncé, said: "a annoncé qu'il quitterait" reports a plan
  std::vector<std::string_view> destination_prepositions;  // "partie chez Revolut", "left for Google"
  std::vector<std::string_view> agent_prepositions;        // "limogé par X", "fired by X"
  std::vector<std::string_view> post_nouns;  // "ses fonctions", "la présidence", "his post": the job, not the org
  std::vector<std::string_view> copulas;     // était, was: "X était <role>"
  std::vector<std::string_view> articles;        // le, the: a name right after one is an organization or place
  std::vector<std::string_view> demonstratives;  // ce, this: "ce départ" is the one just reported
  std::vector<std::string_view> place_prepositions;  // in, en: "a banker in San Francisco" names a place
  // maire, député, mayor, senator: roles whose complement is a territory ("maire de Montauban"), a place
  // rather than the organization a person leaves when the article is about another one (a party)
  std::vector<std::string_view> territorial_roles;
  std::vector<std::string_view> portfolio_words;  // chargée de, in charge of: what follows is a brief, not an org
  std::vector<std::string_view> honorifics;         // M., Mme, Mr, Dr
  std::vector<std::string_view> name_abbreviations;  // St, Mt: "St. Mary's Hospital" is one name
  std::vector<std::string_view> capitalised_non_names;  // sentence-initial or calendar words (Selon, Monday)
  std::vector<std::string_view> number_words;       // un, deux … one, two (index = value - 1)
  std::vector<SourceCue> source_cues;
  std::vector<RoleOrg> role_orgs;
};

const Lexicon& french_lexicon();
const Lexicon& english_lexicon();
// Shared across languages: abbreviations and former names of sources and organizations.
const std::vector<Alias>& name_aliases();

}  // namespace exodus::extract
