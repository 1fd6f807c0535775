// English: how the news says that someone leaves, who says so, and the words around it.
#include "extract/lang/lexicon.hpp"

namespace exodus::extract {

namespace {

using K = DepartureKind;
using F = Frame;
using W = SourceCue::Where;

Lexicon make_english() {
  Lexicon x;
  x.lang = Lang::en;
  x.names_premodify = true;
  x.triggers = {
      {"announc*|confirm* his|her|their departure|exit", K::announced, F::announce},
      {"announc*|confirm* his|her|their retirement", K::retired, F::announce},
      {"announc*|confirm*|tender*|hand*|submit* his|her|their resignation", K::resigned, F::announce},
      {"hand*|gave|give*|tender*|submit* his|her|their notice|notices", K::resigned, F::announce},
      {"took|take|takes|taking voluntary redundancy", K::left, F::intransitive},
      {"took|take|takes|taking|accepted|accepts|accept a|the buyout|buyouts", K::left, F::intransitive},
      {"departure|departures|exit|exits", K::left, F::noun},
      {"resignation|resignations", K::resigned, F::noun},
      {"ouster|ousting|firing|sacking|dismissal|removal", K::fired, F::noun},
      {"retirement", K::retired, F::noun},
      {"resign|resigns|resigned|resigning", K::resigned, F::intransitive},
      {"step|steps|stepped|stepping down|aside|away", K::resigned, F::intransitive, 1},
      {"stand|stands|stood|standing down", K::resigned, F::intransitive},
      {"quit|quits|quitting", K::resigned, F::leave_object},
      {"leave|leaves|left|leaving", K::left, F::leave_object},
      {"depart|departs|departed|departing", K::left, F::leave_object},
      {"exited|exiting", K::left, F::leave_object},
      {"retire|retires|retired|retiring", K::retired, F::intransitive},
      {"fired|sacked|ousted|dismissed|axed|terminated", K::fired, F::fire},
      {"fire|fires|firing|sack|sacks|oust|ousts|dismiss|dismisses", K::fired, F::fire, 0},
      {"let|lets|letting go", K::fired, F::fire, 4},
      {"pushed|forced|eased|squeezed out", K::fired, F::fire, 3},
      {"shown the door", K::fired, F::fire},
      {"part|parts|parted|parting ways|company", K::fired, F::separation, 0},
      {"walked|walks|walk away|out", K::left, F::leave_object, 0},
      {"jump|jumps|jumped|jumping ship", K::left, F::intransitive},
      // "will not seek another term", "is not standing for re-election": leaving when the term ends.
      {"not seek|stand|run another|second|third|new|further term|mandate", K::announced, F::intransitive, 1},
      {"not seek|seeking|stand|standing|run|running for re-election|reelection", K::announced, F::intransitive, 1},
      {"no longer with|at", K::left, F::leave_object},
      {"defect|defects|defected|defecting", K::left, F::intransitive},
      {"laid off", K::fired, F::fire},
      {"made redundant", K::fired, F::fire},
      // "will finish up at the end of April", "is expected to make the jump", "follow her out the door",
      // "posted her farewell".
      {"finish|finishes|finished|finishing up", K::left, F::intransitive},
      {"make|makes|made|making the jump|leap", K::left, F::intransitive},
      {"out the door", K::left, F::intransitive, 1},
      {"post|posts|posted|posting|shared|shares|wrote|writes his|her|their farewell|goodbye", K::left,
       F::announce, 1},
      {"expelled", K::fired, F::fire},
      // "has joined a rival": leaving for a competitor.
      {"joined|joins|join|joining a|an rival|competitor", K::left, F::intransitive},
      // "will not renew her contract": leaving when the contract ends.
      {"not renew|extend his|her|their contract", K::announced, F::intransitive, 1},
      // "Political editor X has also gone".
      {"has|have|had gone", K::left, F::intransitive, 1},
      // A player "was sold to Sheffield United": leaving through a transfer (only in the passive).
      {"sold|transferred to", K::left, F::intransitive},
      // "is also on her way out": a departure to come.
      {"on his|her|their way out", K::announced, F::intransitive},
      {"relieved of his|her|their duties|post|role|command", K::fired, F::fire},
      {"ended|ends|end its|their relationship|ties with", K::fired, F::fire},
  };
  x.not_triggers = {"leaves"};
  x.excluded_phrases = {"on leave", "leave of absence", "maternity leave", "paternity leave", "sick leave",
                        "medical leave", "exit poll", "exit polls", "exit strategy", "point of departure",
                        "departure lounge", "departure gate", "the left", "on the left", "to the left",
                        "far left", "left wing", "left-wing", "left hand", "left foot", "centre-left",
                        "center-left", "left behind", "left over", "games left", "matches left", "left to play",
                        "left in the season", "retired number", "exit from the", "let down", "let us", "let me",
                        "fired up", "fired a", "fired shots", "fired at", "fire at", "gone up", "gone down",
                        "gone through", "gone on", "gone into", "gone ahead", "gone beyond", "gone over", "gone back",
                        "gone viral", "gone public", "gone quiet", "gone missing", "gone bankrupt", "gone well",
                        "gone wrong", "gone unnoticed", "gone unanswered", "gone further", "gone so", "gone too"};
  x.needs_auxiliary = {"sold", "transferred"};
  x.auxiliaries = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
                   "shall", "to", "did", "does", "do", "'s", "'ll", "'d", "got", "get", "gets", "getting",
                   "going", "set", "plans", "planned", "plan", "intends", "expected", "decided", "formally", "just", "abruptly", "quietly", "officially", "suddenly",
                   "effectively", "finally", "unexpectedly", "recently", "voluntarily", "reportedly", "since",
                   "then", "now", "both", "all"};
  x.passive_auxiliaries = {"is", "are", "was", "were", "be", "been", "being", "got", "get", "gets", "getting"};
  x.verb_adverbs = {"also", "already", "abruptly", "quietly", "officially", "suddenly", "formally", "finally",
                    "effectively", "unexpectedly", "recently", "voluntarily", "reportedly", "then", "now", "just",
                    "both", "all", "himself", "herself", "themselves", "too", "later"};
  x.also_words = {"also", "too"};
  x.coordinators = {"and"};
  x.event_words = {"cup", "championship", "championships", "olympics", "tournament", "trophy", "open", "tour"};
  x.plural_possessives = {"their"};
  x.cessation_words = {"longer"};
  x.other_words = {"other"};
  x.caption_words = {"photo", "photos", "picture", "credit", "caption", "illustration", "image"};
  x.anonymous_sources = {"people|person|sources|source familiar|close|briefed", "people|person with knowledge",
                         "insiders", "an insider"};
  x.former_words = {"former", "onetime", "one-time", "erstwhile", "ex-*", "ex"};
  x.last_day_phrases = {"last|final day|shift|show|broadcast|game|match|appearance", "last|final working day",
                        "last|final day in|at the office"};
  x.addressee_prepositions = {"to"};
  x.sentence_connectives = {"and", "but", "meanwhile", "elsewhere", "also", "finally", "then"};
  x.topic_openers = {"at", "over at", "as for", "inside", "within", "across town at", "in the ranks of"};
  x.weak_topic_openers = {"for"};
  x.complementizers = {"that"};
  x.infinitive_markers = {"to", "having"};
  x.spokesperson_words = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"};
  x.negations = {"not", "n't", "never", "no"};
  x.blockers = {"refus*", "declin*", "denied", "deny", "denies", "denying", "should", "could", "might", "may",
                "must", "call*", "urg*", "demand*", "pressure*", "threat*", "consider*", "rumou*", "rul*",
                "without", "resist*", "reject*", "wants", "want", "speculat*", "ask", "asks", "asked", "asking",
                "claim", "claims", "claimed", "claiming"};
  x.blocker_phrases = {"no intention", "no plans", "not going anywhere", "widely expected", "calls for", "call for", "calls on",
                       "called on", "called for", "pushed|pushes|pushing|push back",
                       "dismissed|dismisses|dismissing report|reports|suggestion|suggestions"};
  x.conditionals = {"if", "unless", "whether"};
  x.future_markers = {"will", "'ll", "going", "plans", "plan", "planned", "intends", "set", "expected", "due",
                      "would", "decided", "preparing", "prepares", "about"};
  x.future_suffixes = {};
  x.conditional_suffixes = {};
  x.imperfect_suffixes = {};
  x.progressive_markers = {"is", "are", "'s", "was", "were"};
  x.hedges = {"reportedly", "allegedly", "purportedly", "rumoured", "rumored", "understood", "said", "believed",
              "thought"};
  x.passive_hedges = {"understood", "said", "believed", "thought", "rumoured", "rumored"};
  x.subject_pronouns = {"he", "she", "i"};
  x.plural_pronouns = {"they", "we", "it"};
  x.relative_pronouns = {"who", "that"};
  x.possessives = {"his", "her", "their"};
  x.determiners = {"the", "a", "an", "this", "that", "these", "those"};
  x.definite_determiners = {"the", "its", "his", "her", "their", "this"};
  x.of_prepositions = {"of"};
  x.at_prepositions = {"at", "from", "with"};
  x.as_words = {"as"};
  x.org_introducers = {"at", "joined", "joins", "join", "left", "leave", "leaves", "quit", "quits"};
  x.join_words = {"join", "joins", "joined", "joining", "to", "for", "hired", "recruited", "appointed", "named",
                  "poached", "signed", "into", "started", "starting", "moved", "moving", "headed", "heading",
                  "resurfaced", "landed"};
  x.clause_breaks = {"before", "after", "but", "while", "whereas", "when", "although", "though", "since",
                     "because", "then", "until"};
  x.list_openers = {"including", "among"};
  x.that_of = {"that", "those"};
  x.same_source = {"same source", "same report", "same outlet", "same newspaper"};
  x.report_nouns = {"report", "reports", "article", "story", "statement", "site", "newspaper", "outlet",
                    "magazine", "news", "agency", "network", "channel", "broadcaster", "trade", "publication",
                    "website", "earlier", "new", "another", "a", "an", "the", "by", "in", "from", "of",
                    "published", "tech", "business", "industry", "financial", "british", "american"};
  x.statement_nouns = {"statement", "statements", "release", "communique", "announcement", "filing", "filings",
                       "memo"};
  x.after_words = {"after"};
  x.before_words = {"before"};
  x.hour_words = {"hour", "hours", "minutes", "moments", "shortly", "soon", "just"};
  x.day_words = {"day", "days"};
  x.week_words = {"week", "weeks"};
  x.relative_days = {{"the next day", 1},      {"the following day", 1}, {"a day later", 1},
                     {"one day later", 1},     {"# days later", 0},      {"the day before", -1},
                     {"the previous day", -1}, {"the same day", 0},      {"hours later", 0},
                     {"# weeks later", 0},     {"a week later", 7}};
  x.since_words = {"since", "until", "through"};
  x.role_words = {"ceo", "cfo", "cto", "coo", "cmo", "cpo", "president*", "vice-president*", "vp", "chief",
                  "chair", "chairman", "chairwoman", "chairperson", "director*", "head", "founder*",
                  "co-founder*", "cofounder*", "officer", "executive*", "manager*", "coach*", "minister*",
                  "secretary", "presenter*", "host", "anchor", "editor*", "scientist*", "researcher*",
                  "engineer*", "leader*", "lead", "captain", "striker", "goalkeeper", "player", "treasurer",
                  "dean", "provost", "chancellor", "vice-chancellor", "principal", "governor", "mayor", "premier",
                  "senator", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "partner",
                  "counsel", "trustee", "boss", "commissioner", "ambassador", "correspondent", "columnist",
                  "producer", "economist", "analyst", "employee*", "staffer*", "deputy",
                  "superintendent", "conductor", "curator", "administrator", "designer*", "architect*",
                  "professor", "lecturer", "journalist*", "reporter*", "writer*", "surgeon*", "physician*",
                  "nurse*", "lawyer*", "attorney*", "solicitor*", "barrister*", "banker*", "trader*",
                  "strategist*", "consultant*", "commander*", "inspector*", "controller*", "physio*",
                  "scout*", "negotiator*", "lobbyist*", "planner*", "programmer*", "animator*", "artist*",
                  "co-chair*", "cochair*", "co-head", "co-lead*", "co-president*", "co-ceo", "co-director*",
                  "co-leader*", "undersecretary", "under-secretary", "aide*", "assistant*"};
  x.role_modifiers = {"sporting",
                      "executive", "financial", "technology", "technical", "operating", "product", "marketing",
                      "people", "scientific", "general", "managing", "interim", "senior", "former", "deputy",
                      "vice", "of", "first-team", "team", "assistant", "associate", "principal", "lead", "and",
                      "weather", "news", "breakfast", "research", "safety", "policy", "communications", "legal",
                      "commercial", "data", "medical", "creative", "editorial", "housing", "transport",
                      "health", "finance", "foreign", "home", "junior", "shadow", "top", "longtime",
                      "long-serving", "founding", "design", "engineering", "hardware", "software", "sales",
                      "operations", "strategy", "investment", "risk", "compliance", "security", "recruitment",
                      "political", "digital", "business", "features", "opinion", "audio", "art", "culture",
                      "academy", "youth", "women's", "men's", "scouting", "investor", "relations"};
  x.org_words = {"inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "holdings", "bank",
                 "rugby", "cricket", "football", "tennis", "swimming", "athletics", "cycling", "hockey", "basketball",
                 "netball", "golf", "rowing", "sailing",
                 "university", "college", "institute", "foundation", "trust", "fund", "capital", "partners",
                 "ventures", "labs", "lab", "technologies", "systems", "software", "pharma", "pharmaceuticals",
                 "airlines", "airways", "motors", "energy", "media", "news", "times", "post", "journal",
                 "insider", "information", "tv", "radio", "network", "studios", "pictures", "records", "games",
                 "fc", "united", "city", "town", "rovers", "athletic", "wanderers", "albion", "county",
                 "rangers", "club", "team", "rescue", "council", "commission", "committee", "ministry",
                 "department", "agency", "office", "hospital", "school", "museum", "theatre", "theater",
                 "orchestra", "party", "union", "league", "federation", "association", "society", "church",
                 "ai", "bbc", "cnn", "house", "senate", "parliament", "commons", "street", "guardian",
                 "telegraph", "economist", "reuters", "bloomberg", "deadline", "verge", "wired", "gazette",
                 "herald", "tribune", "chronicle", "messenger", "express", "mirror", "weekly", "daily",
                 "ledger", "review", "press", "broadcasting", "channel", "health", "care", "services",
                 "solutions", "industries", "electric", "robotics", "analytics", "security",
                 "entertainment", "sports", "mobility", "dynamics", "therapeutics", "bio", "biotech", "cup",
                 "world", "championship", "championships", "olympics", "open", "awards", "prize", "festival",
                 "symphony", "philharmonic", "opera", "ballet", "choir", "corps", "alliance",
                 "coalition", "institution", "authority", "board"};
  x.implicit_orgs = {"ngo", "nonprofit", "company", "firm", "startup", "start-up", "group", "club", "team", "bank", "carmaker",
                     "automaker", "chipmaker", "maker", "giant", "business", "organisation",
                     "organization", "charity", "university", "institution", "network", "channel", "show",
                     "programme", "program", "broadcaster", "newspaper", "paper", "publication", "lab",
                     "agency", "board", "side", "outfit", "retailer", "lender", "insurer", "airline", "studio",
                     "drugmaker", "developer", "platform", "employer", "ministry", "department",
                     "newsroom", "magazine", "school", "college", "hospital", "museum", "orchestra", "label",
                     "staff", "squad"};
  x.literal_orgs = {"government", "cabinet", "administration"};
  x.membership_words = {"joined", "member", "members", "left", "leave", "leaves", "leaving", "quit", "quits"};
  x.name_particles = {"de", "du", "des", "la", "le", "von", "van", "der", "den", "da", "di", "del", "della", "dos",
                      "das", "ben", "bin", "al", "el", "ter", "zu", "mac", "st."};
  x.org_particles = {"of", "for", "on"};
  x.institution_heads = {"ministry", "department"};
  x.facility_nouns = {"plant", "factory", "office", "offices", "site", "campus", "branch", "store", "bureau",
                      "stadium", "arena",
                      "warehouse", "region", "market", "desk", "operations", "unit", "arm", "center", "centre",
                      "hub", "lab", "studio"};
  x.place_names = {"france", "europe", "germany", "britain", "uk", "u.k", "us", "u.s", "usa", "america", "china",
                   "japan", "italy", "spain", "belgium", "switzerland", "canada", "africa", "asia", "london", "paris",
                   "berlin", "brussels", "beijing", "shanghai", "new york", "california", "texas", "india",
                   "russia", "ukraine", "brazil", "mexico", "australia",
                   "singapore", "tokyo", "san francisco", "los angeles", "silicon valley", "americas",
                   "latin america", "north america", "asia-pacific", "asia pacific", "middle east", "oceania", "emea",
                   "apac"};
  x.reporting_verbs = {"said", "says", "announced", "told", "confirmed", "wrote", "added", "explained"};
  x.destination_prepositions = {"to", "for"};
  x.agent_prepositions = {"by"};
  x.post_nouns = {"post", "role", "position", "job", "presidency", "helm", "seat", "chairmanship", "leadership"};
  x.copulas = {"was", "is", "remains"};
  x.articles = {"the", "a", "an"};
  x.demonstratives = {"this", "that"};
  x.place_prepositions = {"in", "near", "outside"};
  x.org_belongings = {"shares", "stock", "employees", "staff", "workers", "spokesperson", "spokesman",
                       "spokeswoman", "shareholders", "headquarters", "subsidiary", "subsidiaries", "stores",
                       "factory", "factories", "plant", "revenue", "profits", "customers", "sales", "helm"};
  x.territorial_roles = {"mayor", "senator", "congressman", "congresswoman", "representative", "governor",
                         "councillor", "councilor", "councilman", "councilwoman", "mp", "assemblyman",
                         "assemblywoman", "sheriff"};
  x.portfolio_words = {"charge", "responsible", "for"};
  x.honorifics = {"mr", "mrs", "ms", "mx", "dr", "drs", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "cllr",
                  "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "det", "insp", "supt"};
  x.name_abbreviations = {"st", "mt", "ft"};
  x.capitalised_non_names = {
      "the", "a", "an", "according", "in", "on", "at", "by", "for", "from", "with", "without", "but", "and",
      "or", "so", "yet", "if", "as", "after", "before", "since", "while", "when", "his", "her", "its", "their",
      "he", "she", "they", "it", "we", "i", "this", "that", "these", "those", "there", "here", "some", "many",
      "two", "three", "four", "both", "all", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "meanwhile", "however", "also", "still", "last", "earlier", "later",
      "shares", "analysts", "presenter", "striker", "treasurer", "chief", "former", "chairman", "chairwoman",
      "ceo", "mid-march", "then", "now", "under", "over", "during", "about", "into", "mr", "mrs", "ms", "dr",
      "sir", "dame", "our", "your", "my", "read", "more", "see", "what", "who", "which", "why", "how",
      "opposition", "housing", "transport", "contacted", "asked", "officially", "despite", "although", "though",
      "even", "only", "just", "most", "few", "one", "first", "second", "third", "new", "another", "other",
      "each", "every", "no", "not", "yes", "ai", "american", "british", "european", "north", "south", "east", "west",
      "national", "international", "global", "chinese", "french", "german", "irish", "scottish", "welsh", "professor", "prof", "doctor", "lord", "lady", "co-founder", "founder", "president", "minister", "secretary",
      "director", "head", "deputy", "editor", "coach", "manager", "captain", "leader", "executive", "senior"};
  x.number_words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  x.source_cues = {
      {"according to", W::after},
      {"reported|reports|reporting|revealed|reveals", W::either, {}, true},
      {"told|telling", W::after, {}, false, true},
      {"said|says|confirmed|confirms|wrote|writes|announced|explained|added|tweeted|posted to|on|in", W::after, {},
       false, true},
      {"tweeted|tweets|tweeting", W::platform, "X"},
      {"on X|Twitter", W::platform, "X"},
      {"on LinkedIn", W::platform, "LinkedIn"},
      {"on Instagram", W::platform, "Instagram"},
      {"on Facebook", W::platform, "Facebook"},
      {"on Threads", W::platform, "Threads"},
      {"on Bluesky", W::platform, "Bluesky"},
      {"citing", W::after},
      {"said|says|confirmed|announced in a statement|release|filing|filings", W::before},
      // "Harlow also said its chairman would retire": the organization speaks for itself.
      {"said|says|confirmed|confirms|announced|announces", W::before, {}, false, false, true},
      // A memo the outlet obtained: "according to an internal memo seen by The Register".
      {"seen|obtained|reviewed by", W::after},
  };
  x.role_orgs = {{"minister", "government", false}, {"premier", "government", false}};
  return x;
}

}  // namespace

const Lexicon& english_lexicon() {
  static const Lexicon lexicon = make_english();
  return lexicon;
}

const std::vector<Alias>& name_aliases() {
  static const std::vector<Alias> aliases = {
      {"BI", "Business Insider"},        {"Twitter", "X"},
      {"WSJ", "Wall Street Journal"},    {"the WSJ", "Wall Street Journal"},
      {"The Wall Street Journal", "Wall Street Journal"},
      {"NYT", "New York Times"},         {"The New York Times", "New York Times"},
      {"FT", "Financial Times"},         {"the FT", "Financial Times"},
      {"WaPo", "Washington Post"},       {"The Washington Post", "Washington Post"},
      {"AP", "Associated Press"},        {"the AP", "Associated Press"},
      {"Facebook Inc", "Meta"},          {"l'AFP", "AFP"},
      {"Agence France-Presse", "AFP"},   {"The Guardian", "Guardian"},
      // Organizations better known by their initials or a short name.
      {"OM", "Olympique de Marseille"},  {"OL", "Olympique lyonnais"},
      {"PSG", "Paris Saint-Germain"},    {"AMF", "Autorité des marchés financiers"},
      {"BCE", "Banque centrale européenne"}, {"ECB", "European Central Bank"},
      {"FMI", "Fonds monétaire international"}, {"IMF", "International Monetary Fund"},
      {"BoE", "Bank of England"},        {"SocGen", "Société Générale"},
      {"Fed", "Federal Reserve"},        {"the Fed", "Federal Reserve"},
  };
  return aliases;
}

}  // namespace exodus::extract
