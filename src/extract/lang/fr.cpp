// French: how the news says that someone leaves, who says so, and the words around it.
#include "extract/lang/lexicon.hpp"

namespace exodus::extract {

namespace {

using K = DepartureKind;
using F = Frame;
using W = SourceCue::Where;

Lexicon make_french() {
  Lexicon x;
  x.lang = Lang::fr;
  x.triggers = {
      // Nouns and announcements first: they are longer and more specific.
      {"annonc*|annoncé* son|sa|leur départ", K::announced, F::announce},
      {"annonc*|annoncé* son|sa|leur départ à la retraite", K::retired, F::announce},
      {"annonc*|annoncé* son|sa|leur retraite", K::retired, F::announce},
      {"annonc*|annoncé*|présent*|remis|remet*|remettre|donn*|déposé*|dépos* son|sa|leur démission", K::resigned,
       F::announce},
      {"départ à la retraite", K::retired, F::noun},
      {"départ|départs", K::left, F::noun},
      {"démission|démissions", K::resigned, F::noun},
      {"éviction|évictions|limogeage|limogeages|licenciement|renvoi|congédiement", K::fired, F::noun},
      {"sortie", K::left, F::noun},
      // Verbs.
      {"démissionn*|démissionné*|démissionne|démissionnent|démissionner", K::resigned, F::intransitive},
      {"rend*|rendu son tablier", K::resigned, F::intransitive},
      {"rend*|rendu sa carte", K::left, F::intransitive},  // hands in a party membership card
      {"quitt*|quitté*|quitte|quittent|quitter", K::left, F::leave_object},
      {"parti|partie|partis|parties|partait|partaient|partira|partiront|partir|partent", K::left,
       F::intransitive},
      {"pars", K::announced, F::intransitive},  // "je pars": said by the one who leaves
      {"s'|se retir*|retiré*", K::retired, F::intransitive},
      {"sur le départ", K::announced, F::intransitive},
      {"prend*|pris|prise|prendre|prenant sa|leur retraite", K::retired, F::intransitive},
      {"part|partent|partait|partira|partir|parti|partie à la retraite", K::retired, F::intransitive},
      {"céd*|cédé*|céder sa|son place|fauteuil", K::left, F::intransitive},
      {"limog*|limogé*", K::fired, F::fire},
      // Un joueur « a été vendu au LOSC » : un départ par transfert (au passif seulement).
      {"vendu|vendue|transféré|transférée à|au|aux", K::left, F::intransitive},
      // « ne sera pas reconduit », « ne renouvellera pas son contrat » : un départ au terme du contrat.
      {"ne|n' sera|seront pas reconduit|reconduite|reconduits|reconduites|renouvelé|renouvelée", K::announced,
       F::intransitive},
      {"ne|n' renouvellera|renouvelleront pas son|sa|leur contrat|mandat", K::announced, F::intransitive},
      // « a été exclu du parti » : une éviction.
      {"exclu|exclue|exclus|exclues", K::fired, F::fire},
      // « a renoncé à sa délégation » : quitter une fonction.
      {"renoncé|renonce|renoncent à|au sa|son|ses|leur délégation|délégations|mandat|fonctions|poste|siège",
       K::resigned, F::intransitive},
      // « il a rejoint un concurrent » : partir chez un rival.
      {"rejoint|rejoindre|rejoindra|rejoignent un|une|le|la concurrent|concurrente|rival|rivale", K::left,
       F::intransitive},
      {"licenci*|licencié*", K::fired, F::fire},
      {"remerci*|remercié*", K::fired, F::fire},
      {"évinc*|évincé*", K::fired, F::fire},
      {"congédi*|congédié*", K::fired, F::fire},
      {"renvoy*|renvoyé*", K::fired, F::fire},
      {"démis|démise de ses|leurs fonctions", K::fired, F::fire},
      {"poussé*|pousse* vers la sortie", K::fired, F::fire},
      {"écarté|écartée|écartés", K::fired, F::fire, 0},
      {"s'|se sépar*|séparé*", K::fired, F::separation},
      // Idioms of the press.
      {"claqu*|claqué* la porte", K::resigned, F::intransitive},
      {"jet*|jeté* l' éponge", K::resigned, F::intransitive},
      {"pass*|passé* la main", K::left, F::intransitive},
      {"tir*|tiré* sa|leur révérence", K::left, F::intransitive},
      {"pli*|plié* bagage", K::left, F::intransitive},
      {"fait|fera|faisait|faire ses|leurs adieux", K::left, F::intransitive},
      {"mett*|mis|mettre un terme à sa|leur carrière", K::retired, F::intransitive},
      {"mis|met|mettre|mettent fin aux fonctions", K::fired, F::fire},
      {"mis|met|mettre|mettent fin à sa|leur collaboration avec", K::fired, F::fire},
      // "ne fait plus partie de X": the negation is the departure.
      {"ne|n' fait|font|faisait|faisaient plus partie", K::left, F::leave_object},
      // "ne se représentera pas", "ne briguera pas de nouveau mandat": leaving when the term ends.
      {"ne|n' se représent*", K::announced, F::intransitive},
      {"ne|n' brigu*|sollicit* pas|plus un|de nouveau|second|troisième mandat", K::announced, F::intransitive, 1},
      {"débarqué|débarquée|débarqués|débarquées", K::fired, F::fire, 0},
      {"relevé|relevée|relevés|relevées de ses|leurs fonctions", K::fired, F::fire},
      {"résili*|résilié* son|leur contrat", K::resigned, F::intransitive},
      {"abandonn*|abandonné* ses|leurs fonctions", K::left, F::intransitive},
  };
  x.not_triggers = {"démissionnaire*", "remerciement*", "séparation*", "licenciements", "quittance*"};
  // Phrases whose words look like a departure but are not one.
  x.excluded_phrases = {"à partir", "point de départ", "au départ", "dès le départ", "de départ", "départ de feu",
                        "sortie de crise", "sortie du film", "sortie de route", "sortie de l'euro",
                        "pour sa part", "de la part"};
  // Forms that mean a departure only after être ("il est parti", "elle a été écartée").
  x.needs_auxiliary = {"parti", "partie", "partis", "parties", "écarté", "écartée", "écartés", "débarqué", "débarquée",
                       "débarqués", "débarquées", "vendu", "vendue", "transféré", "transférée", "exclu", "exclue", "exclus",
                       "exclues"};
  x.auxiliaries = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ait", "aient", "est",
                   "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "soit", "soient", "été",
                   "être", "avoir", "s'", "se", "va", "vont", "allait", "allaient", "vient", "viennent", "venait",
                   "d'", "de", "ne", "n'", "a-t-il", "a-t-elle", "aurait-il", "aurait-elle", "fut", "y", "en",
                   "lui", "l'", "doit", "doivent", "devait", "compte", "entend"};
  x.passive_auxiliaries = {"est", "sont", "était", "étaient", "été", "sera", "seront", "serait", "seraient",
                           "soit", "soient", "être", "fut"};
  x.also_words = {"aussi", "également"};
  x.coordinators = {"et"};
  x.event_words = {"coupe", "tournoi", "championnat", "championnats", "trophée", "mondial", "mondiaux", "tour"};
  x.plural_possessives = {"leur", "leurs"};
  x.cessation_words = {"plus"};
  x.other_words = {"autre", "autres"};
  x.caption_words = {"photo", "photos", "crédit", "crédits", "légende", "illustration"};
  x.anonymous_sources = {"source|sources proche|proches|interne|internes", "plusieurs sources", "nos informations",
                         "nos sources",
                         "des|deux|trois proches", "un|une proche"};
  x.former_words = {"ancien", "ancienne", "anciens", "anciennes", "ex-*", "ex"};
  x.last_day_phrases = {"dernier|ultime jour|journée|match|journal", "dernière|ultime journée|présentation|émission|apparition"};
  x.addressee_prepositions = {"à", "au", "aux"};
  x.sentence_connectives = {"et", "mais", "enfin", "ailleurs", "puis", "ensuite", "aussi"};
  x.topic_openers = {"chez", "quant à|au|aux", "du côté de|d'|du|des", "côté", "au sein de|d'|du|des",
                     "dans|parmi les rangs de|d'|du|des"};
  x.weak_topic_openers = {"à|au|aux", "pour"};
  x.complementizers = {"que", "qu'"};
  x.infinitive_markers = {"à", "de", "d'", "avoir", "être"};
  x.spokesperson_words = {"porte-parole", "représentant", "représentante", "service de communication"};
  x.verb_adverbs = {"également", "aussi", "finalement", "officiellement", "déjà", "brutalement", "récemment",
                    "discrètement", "toutefois", "donc", "ainsi", "alors", "notamment", "lui-même", "elle-même",
                    "eux", "elles", "aussitôt", "enfin", "bien", "tous", "toutes", "deux", "à", "son", "tour",
                    "volontairement", "subitement", "soudainement", "précipitamment", "définitivement"};
  // ("point" is not one: news writes "sur le point de partir", not "ne … point".)
  x.negations = {"pas", "jamais", "plus", "nullement", "aucunement"};
  x.blockers = {"refus*", "refusé*", "démenti*", "dément*", "démentent", "nie", "nié", "nient", "exclu*",
                "pourrait", "pourraient", "devrait", "devraient", "réclam*", "exig*", "appel*", "appelé*",
                "demand*", "menac*", "envisag*", "rumeur*", "hypothèse", "éventuel*", "sans", "empêch*",
                "pousser", "souhait*", "voudrait", "aimerait", "pression*", "question", "spéculation*"};
  // ("pressé de partir" is not here: without accents it is "presse", the press, as in "conseillère presse".)
  x.blocker_phrases = {"aucune intention", "pas l'intention", "hors de question"};
  x.conditionals = {"si", "s'il", "s'ils"};
  x.future_markers = {"va", "vont", "allait", "allaient", "compte", "comptent", "entend", "entendent",
                      "prévoit", "prévoient", "s'apprête", "s'apprêtent", "apprête", "décidé", "décide", "point"};
  x.future_suffixes = {"era", "eront", "ira", "iront", "endra", "endront"};
  x.conditional_suffixes = {"erait", "eraient", "irait", "iraient"};
  x.imperfect_suffixes = {"ait", "aient"};
  x.progressive_markers = {};
  x.hedges = {"aurait", "auraient", "serait", "seraient", "aurait-il", "aurait-elle", "prétendument",
              "supposément"};
  x.subject_pronouns = {"il", "elle", "je", "j'", "celui-ci", "celle-ci", "lui"};
  x.plural_pronouns = {"ils", "elles", "nous", "on"};
  x.relative_pronouns = {"qui"};
  x.possessives = {"son", "sa", "ses", "leur"};
  x.determiners = {"le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces"};
  x.definite_determiners = {"le", "la", "l'", "son", "sa", "leur", "ce", "cet", "cette", "du", "au"};
  x.of_prepositions = {"de", "d'", "du", "des"};
  x.at_prepositions = {"chez"};
  x.as_words = {"comme", "en", "de"};
  x.org_introducers = {"sur", "chez", "quitte", "quitté", "quittée", "quitter", "quittent", "rejoint", "rejoindre", "rejoindra", "rejoignent"};
  x.join_words = {"rejoindre", "rejoint", "rejoignent", "rejoignait", "rejoindra", "rejointe", "pour", "vers",
                  "recruté*", "nommé*", "embauché*", "engagé*", "débauché*", "arrivé*"};
  x.clause_breaks = {"avant", "après", "mais", "tandis", "alors", "lorsque", "lorsqu'", "quand", "puis",
                     "pendant", "depuis"};
  x.list_openers = {"dont", "notamment", "parmi"};
  x.that_of = {"celui", "celle", "ceux", "celles"};
  x.statement_nouns = {"communiqué", "communiqués", "déclaration", "annonce"};
  x.same_source = {"même source", "mêmes sources", "même rapport", "même journal"};
  x.report_nouns = {"rapport", "article", "articles", "communiqué", "site", "journal", "quotidien", "hebdomadaire",
                    "magazine", "média", "médias", "agence", "chaîne", "radio", "révélations", "informations",
                    "enquête", "spécialisé", "spécialisée", "économique", "américain", "américaine", "britannique",
                    "autre", "nouveau", "nouvel", "publié", "publiée", "par", "de", "du", "d'", "des", "le", "la",
                    "les", "l'", "un", "une", "confrère", "confrères", "nos", "notre", "selon", "message",
                    "post", "publication", "interview", "entretien", "mercredi"};
  x.after_words = {"après"};
  x.before_words = {"avant"};
  x.hour_words = {"heure", "heures", "minutes", "instants", "peu"};
  x.day_words = {"jour", "jours"};
  x.week_words = {"semaine", "semaines"};
  x.relative_days = {{"le lendemain", 1}, {"au lendemain", 1}, {"le surlendemain", 2}, {"la veille", -1},
                     {"le même jour", 0}, {"# jours plus tard", 0}, {"# jours après", 0},
                     {"# semaines plus tard", 0}, {"quelques heures plus tard", 0}};
  // ("dès décembre" is when something already happened, not a tenure: not here.)
  x.since_words = {"depuis", "jusqu'en", "jusqu'à", "jusqu'au"};
  x.role_words = {"dtn", "drh", "daf", "dsi", "pdg", "président*", "présidente-directrice", "président-directeur", "directeur*", "directrice*",
                  "dg", "ceo", "cto", "cfo", "coo", "dirigeant*", "dirigeante*", "patron*", "patronne",
                  "fondateur*", "fondatrice*", "cofondateur*", "cofondatrice*", "co-fondateur*", "co-fondatrice*",
                  "responsable*", "chef*", "cheffe*", "scientifique", "chercheur*", "chercheuse*", "ministre*",
                  "secrétaire*", "entraîneur*", "entraîneuse*", "sélectionneur*", "technicien", "capitaine",
                  "présentateur*", "présentatrice*", "animateur*", "animatrice*", "journaliste*", "rédacteur*",
                  "rédactrice*", "éditorialiste", "vice-président*", "administrateur*", "administratrice*",
                  "gérant*", "trésorier*", "trésorière*", "doyen*", "doyenne*", "recteur*", "rectrice*",
                  "maire*", "préparateur*", "préparatrice*",
                  "député*", "sénateur*", "sénatrice*", "porte-parole", "conseiller*", "conseillère*",
                  "cadre*", "associé*", "associée*", "avocat*", "manager*", "adjoint*", "adjointe*",
                  "gardien", "joueur*", "joueuse*", "délégué*", "déléguée*", "commissaire*", "préfet*",
                  "ambassadeur*", "ambassadrice*", "procureur*", "gouverneur*", "chroniqueur*",
                  "chroniqueuse*", "producteur*", "productrice*", "designer", "ingénieur*", "économiste*",
                  "employé*", "employée*", "salarié*", "salariée*", "collaborateur*", "collaboratrice*",
                  "architecte*", "professeur*", "professeure*", "enseignant*", "enseignante*", "reporter*",
                  "chirurgien*", "chirurgienne*", "médecin*", "infirmier*", "infirmière*", "banquier*",
                  "banquière*", "trader*", "stratège*", "consultant*", "consultante*", "commandant*",
                  "inspecteur*", "inspectrice*", "contrôleur*", "négociateur*", "négociatrice*", "lobbyiste*",
                  "urbaniste*", "programmeur*", "programmeuse*", "artiste*", "écrivain*", "écrivaine*",
                  "romancier*", "romancière*", "auteur*", "autrice*", "co-porte-parole", "coprésident*",
                  "co-président*", "codirecteur*", "co-directeur*", "codirectrice*", "co-directrice*",
                  "co-secrétaire*", "cosecrétaire*", "co-dirigeant*", "co-responsable*"};
  x.role_modifiers = {"général", "générale", "financier", "financière", "technique", "exécutif", "exécutive",
                      "délégué", "déléguée", "adjoint", "adjointe", "en", "chef", "scientifique", "principal",
                      "principale", "commercial", "commerciale", "opérationnel", "opérationnelle", "juridique",
                      "artistique", "sportif", "sportive", "haut", "haute", "ancien", "ancienne", "nouveau",
                      "nouvelle", "premier", "première", "d'état", "chargé", "chargée", "des", "et"};
  x.org_words = {"festival", "groupe", "group", "banque", "bank", "fc", "as", "sa", "sas", "inc", "corp", "université",
                 "hospices", "hôpitaux", "assistance",
                 "university", "institut", "institute", "fondation", "association", "club", "olympique",
                 "stade", "racing", "ministère", "commission", "conseil", "assemblée", "sénat", "agence",
                 "hôpital", "compagnie", "société", "crédit", "assurances", "mutuelle", "cabinet", "fonds",
                 "laboratoire", "laboratoires", "éditions", "télé*", "radio", "tv", "média", "médias", "presse",
                 "journal", "capital", "partners", "technologies", "systems", "labs", "airlines", "motors",
                 "ai", "école", "lycée", "centre", "théâtre", "opéra", "musée", "orchestre", "parti",
                 "syndicat", "fédération", "ligue", "union", "communauté", "cedeao", "organisation", "office",
                 "caisse", "holding", "industries", "pharma", "energy", "énergie", "electric", "télécom",
                 "mondiale", "insider", "information", "times", "post", "echos", "monde", "figaro", "parisien",
                 "libération", "matin", "soir"};
  x.implicit_orgs = {"ong", "parti", "mouvement", "entreprise", "société", "groupe", "firme", "start-up", "startup", "jeune pousse", "club",
                     "équipe", "maison", "banque", "chaîne", "rédaction", "établissement", "université",
                     "institution", "organisation", "association", "fédération", "laboratoire", "ministère",
                     "compagnie", "constructeur", "géant", "enseigne", "émission", "journal", "structure",
                     "cabinet", "fondation", "antenne", "station", "média", "titre", "formation",
                     "staff", "encadrement", "comité", "conseil", "direction", "studio", "agence", "mairie",
                     "syndicat", "assureur", "quotidien", "magazine", "plateforme", "réseau", "mutuelle",
                     "avionneur", "équipementier", "motoriste", "pétrolier", "sidérurgiste", "chimiste",
                     "distributeur", "opérateur", "brasseur", "transporteur", "armateur", "éditeur", "cimentier",
                     "énergéticien", "industriel", "fabricant",
                     "collectif"};
  x.literal_orgs = {"gouvernement"};
  x.membership_words = {"entré", "entrée", "entrés", "entrées", "membre", "membres", "sein", "quitte", "quitté",
                        "quitter", "quitterait", "rejoint", "rejoindre", "sortie", "sortir", "sort", "départ"};
  x.name_particles = {"de", "du", "des", "d'", "la", "le", "von", "van", "der", "den", "da", "di", "del", "della",
                      "dos", "das", "ben", "bin", "el", "al", "ter", "zu"};
  x.org_particles = {"de", "des", "du", "d'", "pour"};
  x.facility_nouns = {"site", "usine", "bureau", "magasin", "campus", "antenne", "implantation", "entrepôt", "salle",
                      "stade", "gymnase",
                      "agence", "succursale", "délégation", "région", "marché", "zone"};
  x.place_names = {"france", "europe", "allemagne", "royaume-uni", "etats-unis", "chine", "japon", "italie",
                   "espagne", "belgique", "suisse", "canada", "afrique", "asie", "amerique", "londres", "paris",
                   "berlin", "bruxelles", "pekin", "shanghai", "new york", "californie", "quebec", "inde", "russie",
                   "ukraine", "bresil", "mexique", "australie", "luxembourg", "pays-bas", "portugal", "irlande",
                   "amériques", "amérique latine", "amérique du nord", "asie-pacifique", "moyen-orient", "océanie",
                   "maghreb", "emea", "apac"};
  x.institution_heads = {"ministère", "mairie", "préfecture", "secrétariat", "hôpital", "université"};
  x.name_adjective_endings = {"aise", "aises", "ale", "ales", "al", "aux", "ique", "iques", "iste", "istes",
                              "ienne", "iennes", "ien", "elle", "el", "aire", "aires", "iere", "ier", "ive", "ives",
                              "il", "ils", "ile", "iles"};
  x.reporting_verbs = {"annonc*", "déclar*", "dit", "indiqu*", "affirm*", "expliqu*", "confirm*", "précis*",
                       "écrit", "tweeté", "assur*", "savoir"};  // ("a fait savoir": one word a set can hold)
  x.destination_prepositions = {"chez", "pour", "vers"};
  x.agent_prepositions = {"par"};
  x.post_nouns = {"fonctions", "poste", "présidence", "direction", "tête", "mandat", "siège", "fauteuil"};
  x.copulas = {"était", "est", "fut", "reste", "demeure"};
  x.articles = {"le", "la", "les", "l'", "un", "une", "des", "du"};
  x.demonstratives = {"ce", "cet", "cette"};
  x.place_prepositions = {"en", "dans"};
  x.org_belongings = {"action", "actions", "salariés", "employés", "porte-parole", "actionnaires", "siège",
                       "filiale", "filiales", "magasins", "usine", "usines", "chiffre", "clients", "effectifs",
                       "ventes", "tête", "résultats", "direction"};
  x.territorial_roles = {"maire", "député", "députée", "sénateur", "sénatrice", "conseiller", "conseillère",
                         "élu", "élue", "préfet", "préfète"};
  x.portfolio_words = {"chargé", "chargée", "chargés", "délégué", "déléguée", "auprès"};
  x.honorifics = {"m.", "m", "mme", "mlle", "me", "dr", "dre", "drs", "pr", "pre", "monsieur", "madame",
                  "docteur", "docteure", "professeur", "professeure", "maître"};
  x.name_abbreviations = {"st", "ste"};
  x.capitalised_non_names = {
      // Nouns and participles that open news sentences ("Démission de la secrétaire générale, …", "Arrivée
      // en 2019, elle …").
      "démission", "départ", "départs", "éviction", "limogeage", "arrivée", "arrivé", "nommé", "nommée",
      "élu", "élue", "passé", "passée", "entré", "entrée", "recruté", "recrutée", "diplômé", "diplômée",
      "selon", "d'après", "le", "la", "les", "l'", "un", "une", "des", "dans", "en", "au", "aux", "à", "pour",
      "par", "sur", "avec", "sans", "mais", "et", "ou", "donc", "or", "ni", "car", "si", "ce", "cet", "cette",
      "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "son", "sa", "ses", "leur", "leurs",
      "depuis", "après", "avant", "lors", "contacté", "contactée", "interrogé", "interrogée", "officiellement",
      "officieusement", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
      "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre", "ainsi", "enfin", "puis", "alors", "aussi", "encore", "déjà", "chez", "entre", "vers",
      "plusieurs", "deux", "trois", "tous", "toutes", "aucun", "aucune", "quelques", "coup", "a", "lire",
      "également", "c'est", "c'", "qu'", "que", "qui", "dont", "où", "quand", "comme", "parmi", "outre",
      "côté", "cependant", "pourtant", "néanmoins", "toutefois", "désormais", "hier", "aujourd'hui", "demain",
      "âgé", "âgée", "m.", "mme", "monsieur", "madame", "professeur", "professeure", "docteur", "maître", "m", "mm", "ia", "état", "quant", "voir", "notre", "nos", "votre", "mon", "ma", "mes"};
  x.number_words = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"};
  x.source_cues = {
      // Told to someone first: "a confirmé à l'AFP une porte-parole de X" credits X, not the agency.
      {"a|ont|avait confirmé|indiqué à|au|aux", W::after, {}, false, true},
      {"selon", W::after},
      {"d' après", W::after},
      {"a|avait|ont rapporté|révélé", W::either, {}, true},
      {"a|avait|ont indiqué|annoncé|confirmé|affirmé|assuré|écrit|officialisé", W::either, {}, true, false, true},
      {"rapporte|rapportent|révèle|révèlent", W::either, {}, true},
      {"indique|indiquent|confirme|confirment|affirme|écrit", W::either, {}, true, false, true},
      {"a|ont|avait déclaré|confié|dit|expliqué|précisé|annoncé à|au|aux", W::after, {}, false, true},
      {"a-t-il|a-t-elle|ont-ils déclaré|confié|dit|expliqué|précisé|indiqué|annoncé à|au|aux", W::after, {}, false, true},
      {"déclaré|confié|indiqué|précisé à|au|aux", W::after, {}, false, true},
      {"a-t-on appris auprès de|du|des", W::after},
      {"a|ont|avait tweeté", W::platform, "X"},
      {"tweeté", W::platform, "X"},
      {"sur X|Twitter", W::platform, "X"},
      {"sur LinkedIn", W::platform, "LinkedIn"},
      {"sur Instagram", W::platform, "Instagram"},
      {"sur Facebook", W::platform, "Facebook"},
      {"sur Threads", W::platform, "Threads"},
      {"sur Bluesky", W::platform, "Bluesky"},
      {"communiqué de|du|des", W::after},
      // A memo the outlet obtained: "un message dont Stratégies a obtenu copie", "un courriel consulté par X".
      {"a|ont|avait obtenu copie|connaissance", W::before},
      {"consulté|consultée|consultés|obtenu|obtenue|obtenus par", W::after},
  };
  x.role_orgs = {{"ministre", "ministère", true}};
  return x;
}

}  // namespace

const Lexicon& french_lexicon() {
  static const Lexicon lexicon = make_french();
  return lexicon;
}

}  // namespace exodus::extract
