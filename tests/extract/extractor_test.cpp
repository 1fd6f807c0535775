// Table-driven tests of the departure extractor: each row is a short article of our own, its language and
// publication date, and the departures expected from it (none for the hard negatives).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"

using namespace exodus;

namespace {

struct Expected {
  std::string person;
  std::string org;
  std::string kind;
  std::string edtf = "*";    // "*": not checked
  std::string source = "*";  // "*": not checked
  bool hedged = false;
};

struct Row {
  std::string label;
  Lang lang;
  std::string published;
  std::string text;
  std::vector<Expected> expected;
  std::string title = {};
  std::string outlet = "Gazette";
};

void check_row(const Row& row) {
  Article article;
  article.meta.lang = row.lang;
  article.meta.published = row.published;
  article.meta.title = row.title;
  article.meta.outlet = row.outlet;
  article.text = row.text;
  const auto mentions = extract_departures(article);
  CAPTURE(row.label);
  std::string got;
  for (const auto& m : mentions)
    got += m.person + " | " + m.org + " | " + std::string(kind_name(m.kind)) + " | " + m.date.edtf() + " | " +
           m.source + "\n";
  CAPTURE(got);
  REQUIRE(mentions.size() == row.expected.size());
  for (const auto& e : row.expected) {
    CAPTURE(e.person);
    const Mention* found = nullptr;
    for (const auto& m : mentions)
      if (m.person == e.person) found = &m;
    REQUIRE(found != nullptr);
    if (e.org != "*") CHECK(found->org == e.org);  // "*": not checked
    CHECK(kind_name(found->kind) == e.kind);
    if (e.edtf != "*") CHECK(found->date.edtf() == e.edtf);
    if (e.source != "*") CHECK(found->source == e.source);
    CHECK(found->hedged == e.hedged);
  }
}

}  // namespace

TEST_CASE("French phrasings of a departure") {
  const std::vector<Row> rows = {
      {"démissionner with an apposition and selon", Lang::fr, "2025-03-12",
       "Marion Lefèvre-Daudet, directrice générale de Carrefour Banque, a démissionné lundi, selon Les Echos.",
       {{"Marion Lefèvre-Daudet", "Carrefour Banque", "resigned", "2025-03-10", "Les Echos"}}},
      {"quitter an organization named in the sentence", Lang::fr, "2025-06-20",
       "Le chercheur Paul-Henri Marchal a quitté Michelin en mai pour fonder sa propre société.",
       {{"Paul-Henri Marchal", "Michelin", "left", "2025-05"}}},
      {"être limogé, source outlet", Lang::fr, "2024-11-08",
       "L'entraîneur du FC Nantes, Rodolphe Kervella, a été limogé jeudi après une série de défaites.",
       {{"Rodolphe Kervella", "FC Nantes", "fired", "2024-11-07", "Gazette"}}},
      {"poussé vers la sortie by an organization", Lang::fr, "2024-02-15",
       "Yannick Berthelot a été poussé vers la sortie par la direction de Radio Armor la semaine dernière.",
       {{"Yannick Berthelot", "Radio Armor", "fired", "2024-02-05/2024-02-11"}}},
      {"active dismissal of a named object", Lang::fr, "2025-09-18",
       "Le conseil d'administration de Verallia a évincé mercredi son directeur général, Hugo Sarrazin.",
       {{"Hugo Sarrazin", "Verallia", "fired", "2025-09-17"}}},
      {"se séparer de with an organization subject, coordinated objects", Lang::fr, "2024-05-15",
       "Mistral s'est séparé des ingénieurs Karim Belkacem et Julie Tessandier en avril, selon Le Monde.",
       {{"Karim Belkacem", "Mistral", "fired", "2024-04", "Le Monde"},
        {"Julie Tessandier", "Mistral", "fired", "2024-04", "Le Monde"}}},
      {"prendre sa retraite in the future is an announcement", Lang::fr, "2025-03-27",
       "Le président de l'Université de Brocéliande, Gaël Le Roux, prendra sa retraite en septembre.",
       {{"Gaël Le Roux", "Université de Brocéliande", "announced", "2025-09"}}},
      {"va quitter is an announcement", Lang::fr, "2025-01-10",
       "Sophie Marchetti va quitter la présidence de Danone à la fin du mois.",
       {{"Sophie Marchetti", "Danone", "announced"}}},
      {"hedged conditional past", Lang::fr, "2024-10-16",
       "La rédactrice en chef de Radio Lumière, Agnès Poulard, aurait démissionné, selon Le Parisien.",
       {{"Agnès Poulard", "Radio Lumière", "resigned", "..2024-10-16", "Le Parisien", true}}},
      {"noun with a possessive and the article's organization", Lang::fr, "2024-04-03",
       "Coup dur pour Ubisoft. Son directeur créatif, Serge Hascoët-Lemaire, a présenté sa démission mardi.",
       {{"Serge Hascoët-Lemaire", "Ubisoft", "resigned", "2024-04-02"}},
       "Ubisoft perd son directeur créatif"},
      {"later mention by surname and a tweet", Lang::fr, "2024-05-15",
       "Claire Dumonteil dirigeait la recherche de Qonto. Dumonteil a tweeté mardi qu'elle avait quitté l'entreprise.",
       {{"Claire Dumonteil", "Qonto", "left", "2024-05-14", "X"}},
       "Qonto perd sa directrice de la recherche"},
      {"a relative day anchors to the previous event", Lang::fr, "2024-07-10",
       "La ministre des Sports, Odile Marchand, a quitté ses fonctions le 3 juillet. Le lendemain, son directeur "
       "de cabinet, Victor Lestrade, a démissionné.",
       {{"Odile Marchand", "ministère des Sports", "left", "2024-07-03"},
        {"Victor Lestrade", "ministère des Sports", "resigned", "2024-07-04"}}},
      {"the date of the departure's own clause", Lang::fr, "2025-04-11",
       "Le trésorier de l'association Les Amis du Rail, Pierre Gaudin, a démissionné mercredi, avant une audition "
       "prévue lundi prochain.",
       {{"Pierre Gaudin", "Les Amis du Rail", "resigned", "2025-04-09"}}},
      {"a report's date bounds a departure that has none", Lang::fr, "2024-05-15",
       "Doctolib perd deux cadres. Selon un rapport de L'Informé le mois dernier, Lucas Ferrier a quitté "
       "l'entreprise.",
       {{"Lucas Ferrier", "Doctolib", "left", "2024-04", "L'Informé"}},
       "Doctolib perd deux cadres"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("French: every way of saying it") {
  const std::vector<Row> rows = {
      {"se retirer", Lang::fr, "2025-02-20",
       "La fondatrice du Festival de Cornouaille, Hélène Quéméner, s'est retirée en janvier.",
       {{"Hélène Quéméner", "Festival de Cornouaille", "retired", "2025-01"}}},
      {"quitter ses fonctions", Lang::fr, "2025-02-20",
       "Le directeur de l'Opéra de Lille, Marc Verhaeghe, a quitté ses fonctions vendredi.",
       {{"Marc Verhaeghe", "Opéra de Lille", "left", "2025-02-14"}}},
      {"céder sa place", Lang::fr, "2025-02-20",
       "Chez Decathlon, le directeur financier Arnaud Pellerin a cédé sa place en décembre.",
       {{"Arnaud Pellerin", "Decathlon", "left", "2024-12"}}},
      {"annoncer son départ", Lang::fr, "2025-02-20",
       "Nadia Benali a annoncé son départ de Free mardi.",
       {{"Nadia Benali", "Free", "announced", "2025-02-18"}}},
      {"l'éviction de", Lang::fr, "2025-02-20",
       "L'éviction de Thomas Kerbrat, patron de la Banque Armoricaine, a été votée lundi.",
       {{"Thomas Kerbrat", "Banque Armoricaine", "fired", "2025-02-17"}}},
      {"être licencié, être remercié", Lang::fr, "2025-02-20",
       "Le présentateur Bruno Castel a été licencié par France Ouest. Son collègue Hugo Maillard a été remercié "
       "la semaine dernière.",
       {{"Bruno Castel", "France Ouest", "fired"}, {"Hugo Maillard", "France Ouest", "fired"}},
       "France Ouest se sépare de deux présentateurs"},
      {"X s'est séparé de: a person subject leaves", Lang::fr, "2025-02-20",
       "Le chercheur Yann Le Gall et le CNRS se sont séparés en novembre.",
       {{"Yann Le Gall", "CNRS", "left", "2024-11"}}},
      {"prendre sa retraite", Lang::fr, "2025-02-20",
       "Le capitaine du Stade Toulousain, Julien Marty, a pris sa retraite dimanche.",
       {{"Julien Marty", "Stade Toulousain", "retired", "2025-02-16"}}},
      {"d'après, with a report date", Lang::fr, "2025-02-20",
       "D'après Reuters, Karine Dubreuil a démissionné de la présidence d'Ubisoft.",
       {{"Karine Dubreuil", "Ubisoft", "resigned", "..2025-02-20", "Reuters"}}},
      {"a tweeté", Lang::fr, "2025-02-20",
       "Pierre Lemaire a tweeté mercredi qu'il quittait Mistral AI.",
       {{"Pierre Lemaire", "Mistral AI", "announced", "2025-02-19", "X"}}},
      {"dans un communiqué de l'organisation", Lang::fr, "2025-02-20",
       "Le directeur de l'Institut Pasteur, Jean Rivière, a démissionné, selon un communiqué de l'Institut Pasteur.",
       {{"Jean Rivière", "Institut Pasteur", "resigned", "*", "Institut Pasteur"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("English: every way of saying it") {
  const std::vector<Row> rows = {
      {"quit", Lang::en, "2025-04-10", "Lydia Grant quit Burberry on Monday.",
       {{"Lydia Grant", "Burberry", "resigned", "2025-04-07"}}},
      {"departed", Lang::en, "2025-04-10", "Chief scientist Omar Haddad departed from Cohere in March.",
       {{"Omar Haddad", "Cohere", "left", "2025-03"}}},
      {"retired", Lang::en, "2025-04-10", "Veteran anchor Susan Blake retired from the BBC last month.",
       {{"Susan Blake", "BBC", "retired", "2025-03"}}},
      {"was fired, told", Lang::en, "2025-04-10",
       "Derek Mills was fired by Ocado on Tuesday, two people told Bloomberg.",
       {{"Derek Mills", "Ocado", "fired", "2025-04-08", "Bloomberg"}}},
      {"was let go, pushed out", Lang::en, "2025-04-10",
       "Northgate Bank let go of its treasurer, Paula Stone, in February. Its general counsel, Ian Webb, was pushed "
       "out in March.",
       {{"Paula Stone", "Northgate Bank", "fired", "2025-02"}, {"Ian Webb", "Northgate Bank", "fired", "2025-03"}},
       "Northgate Bank reshuffles its leadership"},
      {"the exit of, the ouster of", Lang::en, "2025-04-10",
       "The exit of Rhys Morgan from Arm was confirmed on Friday. The ouster of Gemma Hart, who ran Arm's "
       "cloud unit, followed.",
       {{"Rhys Morgan", "Arm", "left", "2025-04-04"}, {"Gemma Hart", "Arm", "fired"}},
       "Arm loses two leaders"},
      {"exited, in a statement", Lang::en, "2025-04-10",
       "Monzo said in a statement that its chief operating officer, Ravi Patel, exited the bank in January.",
       {{"Ravi Patel", "Monzo", "left", "2025-01"}}},
      {"announced her resignation", Lang::en, "2025-04-10",
       "Transport secretary Alison Reeve announced her resignation from the cabinet on Wednesday.",
       {{"Alison Reeve", "cabinet", "resigned", "2025-04-09"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("English phrasings of a departure") {
  const std::vector<Row> rows = {
      {"resigned with an apposition, according to", Lang::en, "2025-02-20",
       "Helena Vargas, the chief financial officer of Siemens Energy, resigned on Tuesday, according to Reuters.",
       {{"Helena Vargas", "Siemens Energy", "resigned", "2025-02-18", "Reuters"}}},
      {"left an organization, reported last week", Lang::en, "2025-02-20",
       "Tom Whitaker left Anthropic last week, the WSJ reported.",
       {{"Tom Whitaker", "Anthropic", "left", "2025-02-10/2025-02-16", "Wall Street Journal"}}},
      {"reportedly left is hedged", Lang::en, "2025-02-20",
       "Quentin Rhodes reportedly left Stripe in January.",
       {{"Quentin Rhodes", "Stripe", "left", "2025-01", "*", true}}},
      {"will step down is an announcement", Lang::en, "2025-06-02",
       "Margaret Oyelowo will step down as chair of the National Trust at the end of June.",
       {{"Margaret Oyelowo", "National Trust", "announced"}}},
      {"let go with the object inside the phrase", Lang::en, "2025-04-08",
       "Kingsbridge Athletic let manager Ross Campbell go on Monday morning.",
       {{"Ross Campbell", "Kingsbridge Athletic", "fired", "2025-04-07"}}},
      {"was ousted, earlier apposition", Lang::en, "2025-03-20",
       "Two days after the vote, the broadcaster's editor, Owen Baptiste, was ousted by Channel Nine.",
       {{"Owen Baptiste", "Channel Nine", "fired"}}},
      {"part ways: an organization and a person", Lang::en, "2025-05-01",
       "Vertex Labs and its chief scientist, Priya Raman, parted ways on Wednesday, she said in a post on X.",
       {{"Priya Raman", "Vertex Labs", "left", "2025-04-30", "X"}}},
      {"who retired, the article's organization", Lang::en, "2025-02-10",
       "Harbour Rowing Club has a new captain. She succeeds Alan Pruitt, who retired last summer after ten years.",
       {{"Alan Pruitt", "Harbour Rowing Club", "retired", "2024-06-01/2024-09-30"}},
       "Harbour Rowing Club names a new captain"},
      {"possessive noun and a pronoun", Lang::en, "2025-01-25",
       "Lena Fischer worked at Zalando for six years. Her departure was announced on Friday.",
       {{"Lena Fischer", "Zalando", "left", "2025-01-24"}},
       "Zalando loses its Berlin chief"},
      {"that of: two departures, ordered", Lang::en, "2025-01-25",
       "Housing minister Tom Ashcroft resigned on Thursday. His departure follows that of the transport minister, "
       "Rachel Quinn, who stepped down earlier this month.",
       {{"Tom Ashcroft", "government", "resigned", "2025-01-23"}, {"Rachel Quinn", "government", "resigned"}}},
      {"hours after: same day, anchored", Lang::en, "2024-05-15",
       "Maya Brenner left Nvidia on Tuesday. Jon Eklund announced his departure hours after Brenner said she was "
       "leaving.",
       {{"Maya Brenner", "Nvidia", "left", "2024-05-14"}, {"Jon Eklund", "Nvidia", "announced", "2024-05-14"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("hard negatives are not departures") {
  const std::vector<Row> rows = {
      {"joining and hiring", Lang::en, "2025-03-01",
       "Orbital Inc hired Dana Whitfield as finance chief. Marco Sala joined from Google, and Ines Vidal was named "
       "head of design.",
       {}},
      {"a refusal and a call to resign", Lang::en, "2025-03-01",
       "Chief executive Paul Grady refused to resign on Tuesday. Investors said chair Nora Kemp should resign too.",
       {}},
      {"a denial", Lang::en, "2025-03-01",
       "Simon Achterberg denied rumours that he plans to step down. \"I'm not leaving,\" Achterberg said.", {}},
      {"hypothetical", Lang::en, "2025-03-01", "If the merger fails, Laura Benn could resign.", {}},
      {"products, teams and countries", Lang::en, "2025-03-01",
       "Apex Motors will retire its Falcon sedan. Britain's departure from the European Union took years. "
       "Riverside United will leave the league in May.",
       {}},
      {"quoted people are not leavers", Lang::en, "2025-03-01",
       "\"We expect a strong year,\" said Janet Morrow, a spokesperson for Delta Freight.", {}},
      {"recrutement et nomination", Lang::fr, "2025-03-01",
       "Bertrand Lavigne rejoint Safran comme directeur financier. Elsa Moreau a été nommée présidente du groupe.",
       {}},
      {"refus, démenti et appel à la démission", Lang::fr, "2025-03-01",
       "Le maire, Gérard Poulain, a refusé de démissionner. Son adjointe, Chantal Rivière, a démenti son départ. "
       "L'opposition réclame la démission du préfet Alain Terrasse.",
       {}},
      {"gouvernement démissionnaire", Lang::fr, "2024-07-20",
       "Le gouvernement démissionnaire de Gabriel Attal expédie les affaires courantes.", {}},
      {"hypothèse au conditionnel", Lang::fr, "2025-03-01",
       "Si le projet échoue, Jeanne Castel pourrait démissionner. Elle quitterait alors la direction.", {}},
      {"pays qui quittent une organisation", Lang::fr, "2025-02-11",
       "Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO fin janvier.", {}},
      {"à partir de n'est pas partir", Lang::fr, "2025-03-01",
       "À partir de lundi, Julien Roussel dirigera le service des sports de Lyon Matin.", {}},
  };
  for (const auto& row : rows) check_row(row);
}

// Rules written for articles never seen: each row is our own wording of a failure class found on long-form
// articles (see docs/EXTRACTION.md), in both languages where the rule applies.
TEST_CASE("generalisation: an organization's own statement, the organization left") {
  const std::vector<Row> rows = {
      {"the club's own communiqué does not make it an outlet", Lang::fr, "2025-10-14",
       "L'US Kerbourg a annoncé lundi, dans un communiqué, le limogeage de son entraîneur Hervé Quillec, au "
       "lendemain d'une défaite face au Stade Morlaisien. Son adjoint, Jean Le Floch, quitte aussi le club.",
       {{"Hervé Quillec", "US Kerbourg", "fired", "*", "US Kerbourg"},
        {"Jean Le Floch", "US Kerbourg", "left"}},
       "L'US Kerbourg limoge Hervé Quillec après sa défaite face à Morlaix"},
      {"the company said in a statement", Lang::en, "2025-10-14",
       "Harwell Rovers sacked manager Craig Ashby on Sunday, a day after a 4-0 defeat to Tilbury Town, the club "
       "said in a statement. His assistant, Gary Moss, has also left the club, Harwell Rovers said in a statement.",
       {{"Craig Ashby", "Harwell Rovers", "fired", "2025-10-12", "Harwell Rovers"},
        {"Gary Moss", "Harwell Rovers", "left", "2025-10-12", "Harwell Rovers"}},  // "also": the same event
       "Harwell Rovers sack Ashby after Tilbury defeat"},
      {"a short name is the club, not the newspaper named after its town", Lang::en, "2025-10-14",
       "Dunmore Athletic sacked head coach Owen Pryce on Sunday. His assistant, Neil Carver, has also left the club, "
       "Dunmore said. Local newspaper the Dunmore Echo reported on Tuesday that the club had approached a former "
       "coach. The Dunmore Echo added that Dunmore would decide this week.",
       {{"Owen Pryce", "Dunmore Athletic", "fired", "2025-10-12"}, {"Neil Carver", "Dunmore Athletic", "left"}},
       "Dunmore sack Pryce as relegation fight intensifies"},
      {"une ville nomme le club, pas le journal qui porte son nom", Lang::fr, "2025-10-14",
       "Le FC Dunmore a limogé dimanche son entraîneur Owen Pryce. Son adjoint, Neil Carver, a aussi quitté "
       "Dunmore. Selon L'Écho de Dunmore, le club a contacté un ancien entraîneur, a rapporté L'Écho de Dunmore.",
       {{"Owen Pryce", "FC Dunmore", "fired", "2025-10-12"}, {"Neil Carver", "FC Dunmore", "left"}},
       "Dunmore limoge Owen Pryce"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a minister leaves the government the article speaks of, not the brief's words") {
  const std::vector<Row> rows = {
      {"the brief after 'poste de ministre de la' is not an organization", Lang::fr, "2025-11-20",
       "Julien Carrasco a remis mardi sa démission de son poste de ministre de la Mer, a indiqué Matignon.",
       {{"Julien Carrasco", "ministère de la Mer", "resigned", "2025-11-18"}}},
      {"an article about belonging to the government: the government", Lang::fr, "2025-11-20",
       "Julien Carrasco a remis mardi sa démission de son poste de ministre de la Mer. Il était entré au "
       "gouvernement en 2023.",
       {{"Julien Carrasco", "gouvernement", "resigned", "2025-11-18"}}},
      {"an apposed minister in an article about the government", Lang::fr, "2025-11-20",
       "La ministre de la Culture, Inès Valdeyron, a démissionné mercredi. Elle quitte le gouvernement après "
       "deux ans.",
       {{"Inès Valdeyron", "gouvernement", "resigned", "2025-11-19"}}},
      {"a brief after 'chargé de' is not an organization", Lang::fr, "2025-11-20",
       "Le secrétaire d'État chargé de la Jeunesse, Paul Andrieux, a démissionné lundi. Il était membre du "
       "gouvernement depuis 2024.",
       {{"Paul Andrieux", "gouvernement", "resigned", "2025-11-17"}}},
      {"a brief after 'responsible for' is not an organization", Lang::en, "2025-11-20",
       "The junior minister responsible for Housing, Paul Andrews, resigned on Monday. He had been a member of "
       "the government since 2024.",
       {{"Paul Andrews", "government", "resigned", "2025-11-17"}}},
      {"the English minister's brief is not an organization either", Lang::en, "2025-11-20",
       "Julian Carrow resigned on Tuesday from his post as minister of Culture, Downing Street said.",
       {{"Julian Carrow", "government", "resigned", "2025-11-18"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a lead that names only a role dates the leaver the article then names") {
  const std::vector<Row> rows = {
      {"the lead's role subject and date", Lang::en, "2024-09-12",
       "The director of the Harrowgate Museum resigned on Monday after a row over funding, trustees said.\n\n"
       "Fiona Lockhart, 58, who had led the museum since 2015, said in a letter that she was stepping aside "
       "with regret.",
       {{"Fiona Lockhart", "Harrowgate Museum", "resigned", "2024-09-09"}},
       "Harrowgate Museum director resigns"},
      {"le chapeau ne nomme que la fonction", Lang::fr, "2024-09-12",
       "Le directeur du Musée de Kerlaouen a démissionné lundi, après une polémique sur le budget.\n\n"
       "Yann Le Gall, 58 ans, qui dirigeait le musée depuis 2015, explique dans une lettre qu'il quitte ses "
       "fonctions avec regret.",
       {{"Yann Le Gall", "Musée de Kerlaouen", "resigned", "2024-09-09"}},
       "Le directeur du Musée de Kerlaouen démissionne"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: the town of a mayor is not the party they leave") {
  const std::vector<Row> rows = {
      {"maire de X in an article about a party", Lang::fr, "2025-02-10",
       "Nouvelle défection chez Les Centristes. Le maire de Villeneuve-sur-Orge, Alain Terrasse, a quitté le "
       "parti en janvier. Les Centristes perdent ainsi un troisième élu.",
       {{"Alain Terrasse", "Les Centristes", "left", "2025-01"}},
       "Les Centristes perdent un nouveau maire"},
      {"mayor of X in an article about a party", Lang::en, "2025-02-10",
       "Another defection hits the Harbour Party. The mayor of Dunmore, Alan Prescott, resigned in January, "
       "the Harbour Party said.",
       {{"Alan Prescott", "Harbour Party", "resigned", "2025-01"}},
       "Harbour Party loses another mayor"},
      {"a mayor who resigns the town hall keeps the town", Lang::fr, "2025-02-10",
       "Le maire de Villeneuve-sur-Orge, Alain Terrasse, a démissionné lundi, a annoncé la mairie de "
       "Villeneuve-sur-Orge.",
       {{"Alain Terrasse", "mairie de Villeneuve-sur-Orge", "resigned", "2025-02-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an acronym of a common noun names the kind, not the organization") {
  const std::vector<Row> rows = {
      {"l'ONG X", Lang::fr, "2025-05-20",
       "Rien ne va plus chez Solidarité Bocage. Claire Mornet, directrice générale de l'ONG Solidarité Bocage "
       "depuis 2019, a quitté ses fonctions lundi, a confirmé l'organisation.",
       {{"Claire Mornet", "Solidarité Bocage", "left", "2025-05-19"}},
       "Solidarité Bocage perd sa directrice"},
      {"the NGO X", Lang::en, "2025-05-20",
       "Turmoil at Harbour Relief. Claire Morton, chief executive of the NGO Harbour Relief since 2019, stepped "
       "down on Monday, the organization confirmed.",
       {{"Claire Morton", "Harbour Relief", "resigned", "2025-05-19"}},
       "Harbour Relief loses its chief"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: where a person had been is their organization, not a city a clause names") {
  const std::vector<Row> rows = {
      {"had been at X", Lang::en, "2025-11-20",
       "Rosa Lindqvist, who ran a bond book from Frankfurt, handed in her notice. Lindqvist, 41, had been at "
       "Marlow Ridge Partners since 2016. Her exit was confirmed on Tuesday.",
       {{"Rosa Lindqvist", "Marlow Ridge Partners", "resigned", "2025-11-18"}}},
      {"était chez X", Lang::fr, "2025-11-20",
       "Rosa Lindqvist, qui gérait un portefeuille depuis Francfort, a remis sa lettre. Lindqvist, 41 ans, "
       "était chez Marlow Ridge Partners depuis 2016. Son départ a été confirmé mardi.",
       {{"Rosa Lindqvist", "Marlow Ridge Partners", "left", "2025-11-18"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a newspaper after 'du' keeps its article") {
  const std::vector<Row> rows = {
      {"selon les informations du Monde", Lang::fr, "2025-11-20",
       "Hélène Garnier a quitté Veolia en octobre, selon les informations du Monde.",
       {{"Hélène Garnier", "Veolia", "left", "2025-10", "Le Monde"}}},
      {"d'après un article des Echos", Lang::fr, "2025-11-20",
       "Hélène Garnier a quitté Veolia en octobre, d'après un article des Echos.",
       {{"Hélène Garnier", "Veolia", "left", "2025-10", "Les Echos"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a capitalised title is a role, not an organization") {
  const std::vector<Row> rows = {
      {"Chief Financial Officer X", Lang::en, "2025-06-15",
       "Harlan Foods said on Monday that Chief Financial Officer Linda Ostrow had resigned. Harlan Foods shares "
       "fell 3% on the news.",
       {{"Linda Ostrow", "Harlan Foods", "resigned", "2025-06-09"}},
       "Harlan Foods finance chief resigns"},
      {"Directrice Financière X", Lang::fr, "2025-06-15",
       "Harlan Foods a annoncé lundi que la Directrice Financière Linda Ostrow avait démissionné. L'action Harlan "
       "Foods a reculé de 3 %.",
       {{"Linda Ostrow", "Harlan Foods", "resigned", "2025-06-09"}},
       "Harlan Foods perd sa directrice financière"},
      {"a sentence-initial title word is no organization", Lang::en, "2025-09-10",
       "Sporting director Mark Vale resigned on Monday, Carvin United said.",
       {{"Mark Vale", "Carvin United", "resigned", "2025-09-08"}}},
      {"les ventes de X: an organization", Lang::fr, "2025-06-15",
       "Secousse à la tête de Maisons Vernier. L'enseigne a licencié lundi son directeur général, Paul Ancelin. "
       "Les ventes de Maisons Vernier ont reculé de 6 %.",
       {{"Paul Ancelin", "Maisons Vernier", "fired", "2025-06-09"}},
       "Maisons Vernier licencie son directeur général"},
      {"'of sales' before a name is a title, the name a person", Lang::en, "2025-06-15",
       "Orrin Labs vice president of sales Tom Reyes was pushed out last week, the company confirmed.",
       {{"Tom Reyes", "Orrin Labs", "fired", "2025-06-02/2025-06-08"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: coordinated people each with their own title") {
  const std::vector<Row> rows = {
      {"A and <title> B have left", Lang::en, "2025-06-15",
       "Harwick Town have parted company with manager Neil Sutton. Assistant manager Jamie Ferris and first-team "
       "coach Stuart Ogden have also left the club.",
       {{"Neil Sutton", "Harwick Town", "fired"}, {"Jamie Ferris", "Harwick Town", "left"},
        {"Stuart Ogden", "Harwick Town", "left"}},
       "Harwick Town part company with Sutton"},
      {"l'adjoint A et le préparateur physique B ont quitté", Lang::fr, "2025-06-15",
       "L'AS Kerlouan s'est séparée de son entraîneur Joël Sutin. L'entraîneur adjoint Jamie Ferrat et le "
       "préparateur physique Stéphane Ogier ont également quitté le club.",
       {{"Joël Sutin", "AS Kerlouan", "fired"}, {"Jamie Ferrat", "AS Kerlouan", "left"},
        {"Stéphane Ogier", "AS Kerlouan", "left"}},
       "L'AS Kerlouan se sépare de Joël Sutin"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: more ways of saying one resigns") {
  const std::vector<Row> rows = {
      {"handed in her notice", Lang::en, "2025-11-20",
       "Portfolio manager Simone Archer handed in her notice at Delvin Capital on Monday, people familiar with the "
       "matter said.",
       {{"Simone Archer", "Delvin Capital", "resigned", "2025-11-17"}}},
      {"took voluntary redundancy", Lang::en, "2025-11-20",
       "Associate professor Naomi Tate took voluntary redundancy from Kerrow University in October.",
       {{"Naomi Tate", "Kerrow University", "left", "2025-10"}}},
      {"a remis sa démission", Lang::fr, "2025-11-20",
       "La gérante de portefeuille Simone Archer a remis lundi sa démission à Delvin Capital.",
       {{"Simone Archer", "Delvin Capital", "resigned", "2025-11-17"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: destinations and dated credits") {
  const std::vector<Row> rows = {
      {"left X for Y: Y is where the person goes", Lang::en, "2025-06-15",
       "Tom Avery, who left Kestrel Bank for Millennium Management last month, declined to comment.",
       {{"Tom Avery", "Kestrel Bank", "left", "2025-05"}}},
      {"a quitté X pour rejoindre Y", Lang::fr, "2025-06-15",
       "Tom Avery, qui a quitté la Banque Kestrel pour rejoindre Millennium Management le mois dernier, n'a pas "
       "souhaité commenter.",
       {{"Tom Avery", "Banque Kestrel", "left", "2025-05"}}},
      {"an outlet with a date before its verb", Lang::en, "2025-06-15",
       "Tom Avery has left Kestrel Bank, Bloomberg on Wednesday reported.",
       {{"Tom Avery", "Kestrel Bank", "left", "*", "Bloomberg"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an organization that says so") {
  const std::vector<Row> rows = {
      {"Org said X would retire: the org, not a hedge", Lang::en, "2025-06-15",
       "Kestrel Bank said Tom Avery would retire at the end of the year.",
       {{"Tom Avery", "Kestrel Bank", "announced", "2025-12-21/2025-12-31"}}},
      {"is said to have left: a hedge", Lang::en, "2025-06-15",
       "Tom Avery is said to have left Kestrel Bank in May.",
       {{"Tom Avery", "Kestrel Bank", "left", "2025-05", "*", true}}},
      {"Org a indiqué que X partirait", Lang::fr, "2025-06-15",
       "La Banque Kestrel a indiqué que Tom Avery prendrait sa retraite à la fin de l'année.",
       {{"Tom Avery", "Banque Kestrel", "announced", "2025-12-21/2025-12-31"}},
       "La Banque Kestrel annonce le départ de Tom Avery"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: the day the sentence before sets up") {
  const std::vector<Row> rows = {
      {"la rumeur s'est confirmée lundi", Lang::fr, "2025-01-15",
       "La rumeur courait depuis des jours ; elle s'est confirmée lundi soir, en plein conseil municipal. Paul "
       "Berthier, maire de Saint-Ivy depuis 2014, a annoncé sa démission devant une salle comble.",
       {{"Paul Berthier", "Saint-Ivy", "resigned", "2025-01-13"}}},
      {"the news broke on Monday", Lang::en, "2025-01-15",
       "The news broke on Monday evening, during a tense council meeting. Paul Bertram, the mayor of Ivyton since "
       "2014, resigned in front of a packed room.",
       {{"Paul Bertram", "Ivyton", "resigned", "2025-01-13"}}},
      {"no borrowing when the sentence before reports another departure", Lang::en, "2025-01-15",
       "Anna Reyes left Ivyton Council on Monday. Paul Bertram has resigned from Ivyton Council.",
       {{"Anna Reyes", "Ivyton Council", "left", "2025-01-13"},
        {"Paul Bertram", "Ivyton Council", "resigned", "..2025-01-15"}}},
      {"'also' tells one more of the same event, which shares its day", Lang::en, "2025-01-15",
       "Anna Reyes left Ivyton Council on Monday. Paul Bertram has also resigned from Ivyton Council.",
       {{"Anna Reyes", "Ivyton Council", "left", "2025-01-13"},
        {"Paul Bertram", "Ivyton Council", "resigned", "2025-01-13"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a head of government's staff belong to the government") {
  const std::vector<Row> rows = {
      {"the Premier's chief of staff", Lang::en, "2025-07-10",
       "Earlier this month the Premier's long-serving chief of staff, Andrew Pyke, left to join a consultancy.",
       {{"Andrew Pyke", "government", "left", "2025-07-01/2025-07-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a sentence framed by an organization") {
  const std::vector<Row> rows = {
      {"Chez X, le départ de Y, qui a fait ses adieux à l'issue de Z", Lang::fr, "2025-02-10",
       "Chez Arvel Cyclisme, l'arrivée de Marc Tison compense le départ à la retraite du directeur sportif Henri "
       "Gardon, qui a fait ses adieux à l'issue du Tour de Romandie.",
       {{"Henri Gardon", "Arvel Cyclisme", "retired"}}},
      {"At X, the retirement of Y, who bowed out after Z", Lang::en, "2025-02-10",
       "At Arvel Racing, the arrival of Mark Tyson makes up for the retirement of sports director Henry Gordon, "
       "who bowed out after the Tour of Britain.",
       {{"Henry Gordon", "Arvel Racing", "retired"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a possessive inside a person's apposition, a region left") {
  const std::vector<Row> rows = {
      {"X, libre depuis son départ de <région>", Lang::fr, "2025-09-10",
       "Le directeur sportif Marc Vautier a démissionné lundi. L'ancien entraîneur de l'US Carvin, Olivier Daumier, "
       "libre depuis son départ de Bretagne en juin, tiendrait la corde.",
       {{"Marc Vautier", "*", "resigned", "2025-09-08"}, {"Olivier Daumier", "US Carvin", "left", "2025-06"}}},
      {"X, free since his departure from <region>", Lang::en, "2025-09-10",
       "The sporting director Mark Vale resigned on Monday. The former Carvin United manager, Oliver Dale, free "
       "since his departure from Cornwall in June, is the favourite.",
       {{"Mark Vale", "*", "resigned", "2025-09-08"}, {"Oliver Dale", "Carvin United", "left", "2025-06"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: each clause of a list keeps to itself") {
  const std::vector<Row> rows = {
      {"A left for X; B, head of sales at Y, resigned; C was dismissed", Lang::en, "2025-06-15",
       "Hollis Partners has lost three senior bankers in recent weeks. Jane Ode left for Lazard in May; Raj Patel, "
       "who ran sales at Hollis Asia, resigned on June 2; and Tim Cole was dismissed last week.",
       {{"Jane Ode", "Hollis Partners", "left", "2025-05"}, {"Raj Patel", "*", "resigned", "2025-06-02"},
        {"Tim Cole", "Hollis Partners", "fired", "2025-06-02/2025-06-08"}},
       "Hollis Partners loses three bankers"},
      {"A est parti chez X ; B, de Y, a démissionné ; C a été limogé", Lang::fr, "2025-06-15",
       "Hollis Partners a perdu trois banquiers ces dernières semaines. Jeanne Odet est partie chez Lazard en "
       "mai ; Raoul Patin, qui dirigeait les ventes chez Hollis Asie, a démissionné le 2 juin ; et Théo Colin a "
       "été limogé la semaine dernière.",
       {{"Jeanne Odet", "Hollis Partners", "left", "2025-05"}, {"Raoul Patin", "*", "resigned", "2025-06-02"},
        {"Théo Colin", "Hollis Partners", "fired", "2025-06-02/2025-06-08"}},
       "Hollis Partners perd trois banquiers"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a plan dated by the end of the month") {
  const std::vector<Row> rows = {
      {"quittera à la fin du mois, a annoncé mardi", Lang::fr, "2025-06-15",
       "Le directeur financier d'Orvane, Paul Méric, quittera le groupe à la fin du mois, a annoncé la société "
       "mardi.",
       {{"Paul Méric", "Orvane", "announced", "2025-06-21/2025-06-30"}}},
      {"will leave at the end of the month, said on Tuesday", Lang::en, "2025-06-15",
       "Orvane's chief financial officer, Paul Merrick, will leave the group at the end of the month, the company "
       "said on Tuesday.",
       {{"Paul Merrick", "Orvane", "announced", "2025-06-21/2025-06-30"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an honorific with its period") {
  const std::vector<Row> rows = {
      {"Mr. X said he was leaving", Lang::en, "2025-06-15",
       "Mr. Lawson, 62, said in a LinkedIn post on Tuesday that he was leaving Crestline Bank after 20 years.",
       {{"Lawson", "Crestline Bank", "announced", "*", "LinkedIn"}}},
      {"M. X a quitté", Lang::fr, "2025-06-15",
       "M. Lavergne, 62 ans, a quitté mardi la Banque Crestline après vingt ans de maison.",
       {{"Lavergne", "Banque Crestline", "left", "2025-06-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: abbreviations and possessives inside organization names") {
  const std::vector<Row> rows = {
      {"St. Mary's Hospital", Lang::en, "2025-06-15",
       "Dr. Helen Cho, the head of cardiology at St. Mary's Hospital, retired last month after 30 years.",
       {{"Helen Cho", "St. Mary's Hospital", "retired", "2025-05"}}},
      {"l'hôpital Ste. Anne", Lang::fr, "2025-06-15",
       "La docteure Hélène Caux, cheffe du service de cardiologie de la Clinique Ste. Anne, a pris sa retraite le "
       "mois dernier.",
       {{"Hélène Caux", "Clinique Ste. Anne", "retired", "2025-05"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: the organization credited for its own departures") {
  const std::vector<Row> rows = {
      {"the company said in a regulatory filing", Lang::en, "2025-02-14",
       "Brellin Foods Inc finance chief Omar Haddad resigned on Tuesday, the company said in a regulatory filing "
       "on Thursday.",
       {{"Omar Haddad", "Brellin Foods Inc", "resigned", "2025-02-11", "Brellin Foods Inc"}},
       "Brellin Foods finance chief resigns"},
      {"according to the company", Lang::en, "2025-02-14",
       "Kestrow Labs said its head of research, Ines Marlow, left last week, according to the company.",
       {{"Ines Marlow", "Kestrow Labs", "left", "2025-02-03/2025-02-09", "Kestrow Labs"}}},
      {"an organization's name before said", Lang::en, "2025-02-14",
       "Tamsin Orr quit as marketing director of Dunmore Cycles in January. Dunmore Cycles also said that its "
       "chairman, Rupert Vane, would retire in June.",
       {{"Tamsin Orr", "Dunmore Cycles", "resigned", "2025-01", "Gazette"},
        {"Rupert Vane", "Dunmore Cycles", "announced", "2025-06", "Dunmore Cycles"}}},
      {"told the company names no source", Lang::en, "2025-02-14",
       "Priya Natarajan told the company on Monday that she had resigned as head of sales at Corvane.",
       {{"Priya Natarajan", "Corvane", "resigned", "*", "Gazette"}}},
      {"a-t-on appris auprès de l'entreprise", Lang::fr, "2025-02-14",
       "Le directeur financier de Valmeria, Loïc Perrot, a été limogé lundi, a-t-on appris auprès de "
       "l'entreprise.",
       {{"Loïc Perrot", "Valmeria", "fired", "2025-02-10", "Valmeria"}}},
      {"selon le communiqué", Lang::fr, "2025-02-14",
       "La directrice de la communication de Brasserie Kervel, Anne Guivarc'h, a démissionné mardi, selon le "
       "communiqué.",
       {{"Anne Guivarc'h", "Brasserie Kervel", "resigned", "2025-02-11", "Brasserie Kervel"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: what reporters write around a name") {
  const std::vector<Row> rows = {
      {"a spokesperson speaks for the organization", Lang::fr, "2025-04-09",
       "Nouveau départ chez Kiwane. Le directeur commercial France, Julien Ortiz, a été remercié lundi, a "
       "confirmé un porte-parole de "
       "l'entreprise.",
       {{"Julien Ortiz", "Kiwane", "fired", "2025-04-07", "Kiwane"}},
       "La start-up Kiwane se sépare de son directeur commercial"},
      {"an owner's head of a regional desk", Lang::en, "2025-01-17",
       "Deutsche Bank AG's head of UK corporate broking, Neil Ashdown, quit in the autumn for a role at a "
       "boutique advisory firm.",
       {{"Neil Ashdown", "Deutsche Bank AG", "resigned", "2024-09-01/2024-12-31"}}},
      {"a department before a role is no organization", Lang::en, "2025-01-17",
       "Sonos is losing its leaders. Design chief Leo Marsh quit Sonos last week.",
       {{"Leo Marsh", "Sonos", "resigned", "2025-01-06/2025-01-12"}}},
      {"a first name that is also a title", Lang::en, "2025-01-17",
       "Leicester City have sacked manager Dean Faulkner after seven defeats.",
       {{"Dean Faulkner", "Leicester City", "fired"}}},
      {"the press's idioms", Lang::fr, "2025-06-18",
       "La conseillère régionale Nathalie Pons a claqué la porte du parti Renouveau début juin. Le référent "
       "départemental, Jean-Marc Orsoni, a jeté l'éponge la semaine dernière.",
       {{"Nathalie Pons", "*", "resigned", "2025-06-01/2025-06-10"},
        {"Jean-Marc Orsoni", "*", "resigned", "2025-06-09/2025-06-15"}}},
      {"ne ... pas after a simple verb", Lang::fr, "2026-01-22",
       "La ministre Hélène Carrier-Bost a balayé l'idée : « Je ne démissionnerai pas. »", {}},
      {"lowercase French institution", Lang::fr, "2026-01-22",
       "Le conseiller budgétaire du ministère de l'éducation nationale, Romain Tessier, est parti en décembre.",
       {{"Romain Tessier", "ministère de l'éducation nationale", "left", "2025-12"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: organizations named the way their press names them") {
  const std::vector<Row> rows = {
      {"a lowercase-initial brand", Lang::en, "2025-03-06",
       "Graham Pettifer, who has run easyJet's day-to-day operations since 2020, will leave in the summer, "
       "easyJet said in a statement.",
       {{"Graham Pettifer", "easyJet", "announced", "2025-06-01/2025-09-30", "easyJet"}}},
      {"a clitic inside a studio's name", Lang::fr, "2024-12-11",
       "Les départs se multiplient chez Don't Nod. Fin septembre, le studio s'est séparé de son directeur "
       "financier, Paul-Henri Cazeneuve, a confirmé Don't Nod.",
       {{"Paul-Henri Cazeneuve", "Don't Nod", "fired", "2024-09-21/2024-09-30", "Don't Nod"}}},
      {"a governing body that speaks in statements", Lang::en, "2026-03-05",
       "Rugby Australia's chief executive has resigned. Bryce Kellaway quit on Wednesday night, Rugby Australia "
       "said in a short statement. Rugby Australia said the board would meet.",
       {{"Bryce Kellaway", "Rugby Australia", "resigned", "2026-03-04", "Rugby Australia"}}},
      {"a title's short form of the full name", Lang::fr, "2025-06-20",
       "Le directeur de la danse de l'Opéra national de Paris, Vincent Ardouin, a été poussé vers la sortie. Le "
       "Ballet doit repartir en tournée. Le Ballet a perdu son étoile. L'Opéra n'a pas souhaité commenter.",
       {{"Vincent Ardouin", "Opéra national de Paris", "fired"}},
       "À l'Opéra de Paris, le Ballet en crise"},
      {"an acronym stands for the full name the article gives", Lang::fr, "2024-09-12",
       "La Fédération française de tennis traverse une crise. Le directeur technique national, Sébastien "
       "Morvan, a été démis de ses fonctions hier, a annoncé la FFT dans un communiqué.",
       {{"Sébastien Morvan", "Fédération française de tennis", "fired", "2024-09-11",
         "Fédération française de tennis"}}},
      {"an acronym defined in brackets", Lang::fr, "2025-03-12",
       "L'Office régional des transports (ORTA) perd sa directrice. Claire Busson a quitté l'ORTA lundi.",
       {{"Claire Busson", "Office régional des transports", "left", "2025-03-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an infinitive's subject is its governing verb's") {
  const std::vector<Row> rows = {
      {"a indiqué avoir quitté", Lang::fr, "2025-01-15",
       "Théo Marchetti, chercheur chez Kestria, a indiqué lundi avoir quitté la start-up.",
       {{"Théo Marchetti", "Kestria", "left", "*"}}},
      {"s'apprêterait lui aussi à quitter", Lang::fr, "2025-01-15",
       "Le directeur du studio de Maison Venturi, Joachim Delaunay, s'apprêterait lui aussi à quitter la maison, "
       "selon plusieurs sources internes.",
       {{"Joachim Delaunay", "Maison Venturi", "announced", "..2025-01-15", "Gazette", true}}},
      {"sur le point de partir", Lang::fr, "2025-01-15",
       "Le directeur scientifique adjoint de Lumina, Raphaël Kervella, serait sur le point de partir.",
       {{"Raphaël Kervella", "Lumina", "announced", "..2025-01-15", "Gazette", true}}},
      {"agreed to part ways", Lang::en, "2025-01-15",
       "Bungie and its senior community manager, Jess Moreau, mutually agreed to part ways on Tuesday.",
       {{"Jess Moreau", "Bungie", "left"}}},
      {"a possessive is not 'has'", Lang::en, "2025-01-15",
       "Samuel Okoye, the audio director behind much of Destiny's acclaimed score, said that he will leave "
       "Bungie at the end of the year.",
       {{"Samuel Okoye", "Bungie", "announced", "2025-12-21/2025-12-31"}}},
      {"asking someone to resign is no resignation", Lang::en, "2025-01-15",
       "Some had called on Elena Popescu to reconsider, but none asked her to resign.", {}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: dates the article gives a departure from around it") {
  const std::vector<Row> rows = {
      {"a role-only lead, then the leaver telling it", Lang::fr, "2024-12-11",
       "La directrice de la création de Kestrel Games a quitté le studio parisien. Élise Marquant l'a annoncé "
       "samedi dans un long message sur LinkedIn. Son départ inquiète les fans.",
       {{"Élise Marquant", "Kestrel Games", "left", "2024-12-07"}}},
      {"a fronted date over a relative clause", Lang::fr, "2025-11-19",
       "Il y a quinze jours, c'est Capucine Ferrand, chercheuse chez Lumina, qui est partie chez Google DeepMind.",
       {{"Capucine Ferrand", "Lumina", "left", "2025-11-04"}}},
      {"a date told before 'that' has happened", Lang::en, "2025-01-16",
       "Martin Hale, co-head of mergers at Barclays, told colleagues this week that he is leaving.",
       {{"Martin Hale", "Barclays", "announced", "2025-01-13/2025-01-16"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: places are not the organization left") {
  const std::vector<Row> rows = {
      {"a site or a plant names a place", Lang::fr, "2024-03-20",
       "Nouveau départ chez Stellantis. Le directeur du site de Sochaux, Jérôme Vassal, a quitté ses fonctions "
       "lundi. Le directeur de l'usine de Mulhouse, Didier Castagnède, serait lui aussi sur le départ.",
       {{"Jérôme Vassal", "Stellantis", "left", "2024-03-18"},
        {"Didier Castagnède", "Stellantis", "announced", "..2024-03-20", "Gazette", true}}},
      {"a country alone is a place", Lang::fr, "2026-01-30",
       "Patrick Guérin, sélectionneur de l'équipe de France, a présenté sa démission hier, a annoncé la "
       "Fédération française de handball dans un communiqué. La Fédération française de handball a salué son "
       "travail.",
       {{"Patrick Guérin", "Fédération française de handball", "resigned", "2026-01-29",
         "Fédération française de handball"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: who speaks, and when the person came") {
  const std::vector<Row> rows = {
      {"a spokesperson confirming to an outlet", Lang::en, "2025-02-14",
       "Tessellate is losing researchers. Head of research Marcus Feld departed in January, a Tessellate "
       "spokesperson confirmed to TechCrunch.",
       {{"Marcus Feld", "Tessellate", "left", "2025-01", "Tessellate"}}},
      {"a spokesperson named after the outlet", Lang::fr, "2025-02-14",
       "La directrice de la trésorerie de Vallourec, Claire Anselme, a quitté le groupe la semaine dernière, a "
       "confirmé à l'AFP une porte-parole de Vallourec.",
       {{"Claire Anselme", "Vallourec", "left", "2025-02-03/2025-02-09", "Vallourec"}}},
      {"the memo said", Lang::en, "2025-02-14",
       "Burberry's finance chief, Hannah Clough, is leaving the company, the memo said.",
       {{"Hannah Clough", "Burberry", "announced", "*", "Burberry"}}},
      {"an arrival's date is not the departure's", Lang::fr, "2025-11-10",
       "Le FC Nantes a officialisé dimanche soir le départ de son entraîneur, Grégory Vannier, arrivé sur le banc "
       "des Canaris en juin 2024.",
       {{"Grégory Vannier", "FC Nantes", "left", "2025-11-09", "FC Nantes"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a second verb in a relative clause, and more ways to end it") {
  const std::vector<Row> rows = {
      {"who led … and left in June", Lang::en, "2025-08-29",
       "The Rijksmuseum is losing curators. Hakkert's resignation follows that of Joost Verbrugge, who led the "
       "conservation department and left the Rijksmuseum in June to run a studio in Los Angeles.",
       {{"Joost Verbrugge", "Rijksmuseum", "left", "2025-06"}}},
      {"ended its relationship with", Lang::en, "2025-08-29",
       "In early July the Rijksmuseum ended its relationship with Maaike Tjong, its curator of Asian art.",
       {{"Maaike Tjong", "Rijksmuseum", "fired", "2025-07-01/2025-07-10"}}},
      {"dès décembre", Lang::fr, "2026-01-22",
       "Le conseiller budgétaire du ministère, Romain Tessier, était parti dès décembre.",
       {{"Romain Tessier", "*", "left", "2025-12"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: in a roundup, a paragraph's organization") {
  const std::vector<Row> rows = {
      {"the club a paragraph opens with", Lang::en, "2025-06-18",
       "It was a bad year for the league. The Coastal Basketball League said attendance fell.\n\n"
       "Harbor City FC had a worse season. The club fired its coach, Tom Reyes, on Monday.\n\n"
       "The Coastal Basketball League said it would review its rules.",
       {{"Tom Reyes", "Harbor City FC", "fired", "2025-06-16"}}},
      {"a paragraph framed by 'Chez X,'", Lang::fr, "2025-06-18",
       "Flammarion perd ses cadres. Anne Rivet, éditrice chez Flammarion, a démissionné lundi.\n\n"
       "Chez Robert Laffont, l'ambiance est tendue. Le directeur du pôle essais, Raphaël Desgenettes, a "
       "démissionné mardi.",
       {{"Anne Rivet", "Flammarion", "resigned", "2025-06-16"}, {"Raphaël Desgenettes", "Robert Laffont", "resigned",
                                                             "2025-06-17"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a region's federation of a party, and the outlet that shares a word") {
  const std::vector<Row> rows = {
      {"the party at the end of a longer name, not the newspaper", Lang::fr, "2025-11-18",
       "Le premier secrétaire de la fédération du Nord du Parti socialiste, Jérôme Delattre, a quitté le parti "
       "samedi. Dans le Nord, les militants s'inquiètent. Le Nord reste divisé.",
       {{"Jérôme Delattre", "Nord du Parti socialiste", "left", "2025-11-15"}},
       "",
       "La Voix du Nord"},
      {"a data centre names a place", Lang::en, "2025-11-18",
       "xAI is losing engineers. Orin Castellane, who oversees the buildout of the Memphis data center, left "
       "xAI last week.",
       {{"Orin Castellane", "xAI", "left", "2025-11-10/2025-11-16"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a sentence framed by the organization it speaks of, and regions inside roles") {
  const std::vector<Row> rows = {
      {"'Quant à X,' frames the sentence", Lang::fr, "2025-03-12",
       "Hermès voit partir plusieurs cadres. Sophie Marguet, directrice des achats d'Hermès, a démissionné lundi. "
       "Quant à Boucheron, elle a perdu en février son directeur artistique, Lucien Ferrand, parti chez Dior.",
       {{"Sophie Marguet", "Hermès", "resigned", "2025-03-10"}, {"Lucien Ferrand", "Boucheron", "left", "2025-02"}}},
      {"'As for X,' and 'over at X,'", Lang::en, "2025-03-12",
       "Airbus is losing engineers. Tom Keane, a flight test director at Airbus, resigned on Monday. Over at "
       "Dassault Aviation, its chief test pilot, Marc Weller, left last week.",
       {{"Tom Keane", "Airbus", "resigned", "2025-03-10"},
        {"Marc Weller", "Dassault Aviation", "left", "2025-03-03/2025-03-09"}}},
      {"'À la ville,' is a place, not an organization", Lang::fr, "2025-03-12",
       "Le constructeur Renault perd son directeur des ventes. À Boulogne-Billancourt, Paul Ravel a démissionné "
       "lundi.",
       {{"Paul Ravel", "Renault", "resigned", "2025-03-10"}},
       "Renault perd son directeur des ventes"},
      {"a region qualifying the role is no part of a name", Lang::fr, "2025-03-12",
       "Selon Les Echos, le directeur commercial Europe de Saint-Gobain Vitrage, Hugo Marchetti, a quitté ses "
       "fonctions vendredi.",
       {{"Hugo Marchetti", "Saint-Gobain Vitrage", "left", "2025-03-07"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a name with 'and' inside, the organization 'the trust' speaks of, the outlet's initials") {
  const std::vector<Row> rows = {
      {"'X and Y … Trust' is one name, and 'the trust' points to it", Lang::en, "2026-02-10",
       "The medical director of Leeds and Wakefield Community Health NHS Trust has resigned, the trust said. "
       "Priya Nandakumar stepped down on Friday, NHS England confirmed. NHS England said it was monitoring the "
       "trust. NHS England will send a team. The trust thanked her.",
       {{"Priya Nandakumar", "Leeds and Wakefield Community Health NHS Trust", "resigned", "2026-02-06"}},
       "Leeds trust loses medical director"},
      {"two organizations in a list stay two", Lang::en, "2026-02-10",
       "Executives from Barclays and Lloyds Banking Group met on Monday. Barclays is cutting costs. Tom Hale, "
       "a trader at Barclays, resigned on Friday.",
       {{"Tom Hale", "Barclays", "resigned", "2026-02-06"}}},
      {"the outlet by its initials", Lang::en, "2026-02-10",
       "Pendleford Council's finance director, Mark Ode, has quit, LGC has learned.",
       {{"Mark Ode", "Pendleford Council", "resigned", "*", "Local Government Chronicle"}},
       "",
       "Local Government Chronicle"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a long role phrase as the next sentence's subject, memos obtained by an outlet") {
  const std::vector<Row> rows = {
      {"'Le rédacteur en chef du quotidien' is the person just named", Lang::fr, "2024-04-03",
       "Marc Le Bihan va quitter Ouest-Matin. Le rédacteur en chef du quotidien nantais quittera le journal "
       "le 30 avril, selon un message adressé lundi à la rédaction, dont Libération a obtenu copie.",
       {{"Marc Le Bihan", "Ouest-Matin", "announced", "2024-04-30", "Libération"}}},
      {"'Le directeur de X, qui …, quittera' over a relative clause", Lang::fr, "2024-04-03",
       "Sophie Lanoix va quitter Safran. La directrice des achats de Safran, qui avait pris ses fonctions en 2019, "
       "quittera le groupe le 1er juin, a annoncé Safran.",
       {{"Sophie Lanoix", "Safran", "announced", "2024-06-01"}}},
      {"an article's lead names nobody: a later holder of a like role is not its leaver", Lang::en, "2024-05-02",
       "The dean of Halvern Law School resigned on Monday, the school said.\n\n"
       "Student union president Amir Qureshi said students were relieved.",
       {}},
      {"a memo seen by an outlet", Lang::en, "2026-02-20",
       "Dmitri Kalnins, a vice president at Zentrix, is leaving the company, according to an internal memo seen "
       "by The Register.",
       {{"Dmitri Kalnins", "Zentrix", "announced", "*", "The Register"}}},
      {"pushing back against a report is a denial", Lang::en, "2026-02-20",
       "Zentrix pushed back against a report that its chief operating officer was preparing to leave. Its chief "
       "operating officer, Lena Fisk, joined in 2021.",
       {}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: the leaver's last day told next, and a former employer") {
  const std::vector<Row> rows = {
      {"'Her last day was Friday'", Lang::en, "2023-10-03",
       "Clifford Chance's head of tax, Ruth Okafor, has quit the firm to join a rival, the firm confirmed. Her "
       "last day was Friday.",
       {{"Ruth Okafor", "Clifford Chance", "resigned", "2023-09-29"}}},
      {"'Son dernier jour sera le 6 mars'", Lang::fr, "2026-02-19",
       "Paul Gimenez, vice-président de Capgemini, va quitter le groupe pour fonder sa société. Son dernier jour "
       "sera le 6 mars.",
       {{"Paul Gimenez", "Capgemini", "announced", "2026-03-06"}}},
      {"someone else's last day dates nobody", Lang::en, "2023-10-03",
       "Ruth Okafor has quit Clifford Chance. Tom Ribe's last day was Friday.",
       {{"Ruth Okafor", "Clifford Chance", "resigned", "..2023-10-03"}}},
      {"a former employer is not where the leaver works now", Lang::en, "2026-04-27",
       "Asda has pushed out Martin Gale, its commercial director. A former buying director at Morrisons, Gale "
       "joined Asda in 2021. Gale was ousted on Friday, The Grocer understands.",
       {{"Martin Gale", "Asda", "fired", "2026-04-24"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an organization's initials with its particles stand for its full name") {
  const std::vector<Row> rows = {
      {"DfE is the Department for Education; 'is to step down' is a plan", Lang::en, "2025-06-10",
       "Ian Rusk, director of policy at the Department for Education, is to step down at the end of July, the "
       "department said. Tara Lowe left DfE in April.",
       {{"Ian Rusk", "Department for Education", "announced", "2025-07-21/2025-07-31"},
        {"Tara Lowe", "Department for Education", "left", "2025-04"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: layoffs, 'on her way out', claims, unnamed sources, designers are people") {
  const std::vector<Row> rows = {
      {"'was made redundant'", Lang::en, "2025-10-10",
       "Frontier Studios is cutting costs. Dan Pike, who ran the audio department, was made redundant last week, "
       "he told Eurogamer.",
       {{"Dan Pike", "Frontier Studios", "fired", "2025-09-29/2025-10-05", "Eurogamer"}}},
      {"'is also on her way out' and 'lead designer X quit'", Lang::en, "2025-10-10",
       "Frontier Studios is losing staff. Lead designer Cal Rees quit in September. Helen Doyle, Frontier "
       "Studios' director of online, is also on her way out, according to The Grocer.",
       {{"Cal Rees", "Frontier Studios", "resigned", "2025-09"},
        {"Helen Doyle", "Frontier Studios", "announced", "*", "The Grocer"}}},
      {"a claim is no report of a departure", Lang::en, "2025-10-10",
       "A fan account claimed on Sunday that lead designer Ayla Brook was leaving Frontier Studios. She replied "
       "that she was staying.",
       {}},
      {"people familiar with the plans are the outlet's sources", Lang::en, "2025-10-10",
       "Two people familiar with the studio's plans said its head of audio, Ken Aoki, was leaving Frontier "
       "Studios.",
       {{"Ken Aoki", "Frontier Studios", "announced", "*", "Gazette"}}},
      {"des sources proches du dossier", Lang::fr, "2025-10-10",
       "Selon des sources proches du dossier, le directeur financier d'Ubisoft, Marc Teyssier, a démissionné "
       "lundi.",
       {{"Marc Teyssier", "Ubisoft", "resigned", "2025-10-06", "Gazette"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: captions name no antecedent, 'cet autre associé' is the person just named") {
  const std::vector<Row> rows = {
      {"a photo credit is not who 'Elle' stands for", Lang::fr, "2025-09-24",
       "La directrice de la culture de la mairie de Nîmes, Anne Roux, a démissionné lundi.\n\n"
       "(Photo : L'hôtel de ville. Archives Midi Libre)\n\n"
       "Elle n'est pas la première à rendre son tablier.",
       {{"Anne Roux", "*", "resigned", "2025-09-22"}}},
      {"'cet autre associé' after 'celui de X'", Lang::fr, "2026-01-27",
       "Claire Moutet, associée de Sia Partners, quitte le cabinet. Son départ fait suite à celui de Rodolphe "
       "Gall. D'après nos informations, cet autre associé a quitté le cabinet il y a quinze jours pour "
       "rejoindre Accenture.",
       {{"Claire Moutet", "Sia Partners", "left", "*"}, {"Rodolphe Gall", "Sia Partners", "left", "2026-01-12"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: the next sentence's own post or the organization's confirmation credits a departure") {
  const std::vector<Row> rows = {
      {"'she announced her decision in a post on X' in the next sentence", Lang::en, "2026-02-18",
       "Sunita Rao, a research manager at Microsoft, resigned on Monday. She announced her decision in a post on "
       "X, thanking her team.",
       {{"Sunita Rao", "Microsoft", "resigned", "2026-02-16", "X"}}},
      {"'Asda confirmed his exit'", Lang::en, "2026-04-27",
       "Asda ousted its commercial director, Ian Lowe, on Friday. Asda confirmed his exit on Saturday.",
       {{"Ian Lowe", "Asda", "fired", "2026-04-24", "Asda"}}},
      {"another person's post credits nothing", Lang::en, "2026-02-18",
       "Sunita Rao, a research manager at Microsoft, resigned on Monday. Her colleague Tom Berg wrote in a post "
       "on X that he was sad.",
       {{"Sunita Rao", "Microsoft", "resigned", "2026-02-16", "Gazette"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: ministries' cabinets, and a paragraph framed after its opener") {
  const std::vector<Row> rows = {
      {"a brief joined by 'et de la', framing the paragraph's second sentence", Lang::fr, "2024-02-14",
       "Le ministère de la Culture perd son directeur de cabinet, Paul Arnal, parti lundi.\n\n"
       "Les autres ministères ne sont pas épargnés. Au ministère du Travail et de l'Emploi, le cabinet se vide. "
       "La conseillère sociale, Inès Morel, a démissionné mardi.",
       {{"Paul Arnal", "ministère de la Culture", "left", "2024-02-12"},
        {"Inès Morel", "ministère du Travail et de l'Emploi", "resigned", "2024-02-13"}}},
      {"a cabinet director of a minister works for the ministry", Lang::fr, "2024-02-14",
       "Le ministère de la Culture perd son directeur de cabinet, Paul Arnal, parti lundi. Selon nos "
       "informations, le directeur de cabinet de la ministre des Sports, Luc Jourdan, serait sur le départ.",
       {{"Paul Arnal", "ministère de la Culture", "left", "2024-02-12"},
        {"Luc Jourdan", "ministère des Sports", "announced", "..2024-02-14", "Gazette", true}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: transfers, and a name inside an apposition's relative clause") {
  const std::vector<Row> rows = {
      {"'was sold to' another club", Lang::en, "2024-10-05",
       "Blackburn Rovers are in crisis. Striker Jon Eke, last season's top scorer, was sold to Sheffield United "
       "on August 30.",
       {{"Jon Eke", "Blackburn Rovers", "left", "2024-08-30"}}},
      {"a club that sold a player did not leave", Lang::en, "2024-10-05",
       "Blackburn Rovers sold their stadium to a developer on Monday.",
       {}},
      {"'X, the director who appointed Y, stepped down' is X", Lang::en, "2024-10-05",
       "Blackburn Rovers sacked Dan Ford on Monday. Gary Pim, the director of football who appointed Ford, "
       "stepped down last month.",
       {{"Dan Ford", "Blackburn Rovers", "fired", "2024-09-30"}, {"Gary Pim", "Blackburn Rovers", "resigned", "2024-09"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: unnamed sources after a cue, an outlet citing them, a name completing an apposition") {
  const std::vector<Row> rows = {
      {"'according to three people familiar' is the outlet's reporting", Lang::en, "2024-06-12",
       "Dana Ross, executive producer of the CBC radio program Sounds Good, was let go in May, according to three "
       "people familiar with the decision. Colleagues said the move came after disagreements.",
       {{"Dana Ross", "CBC", "fired", "2024-05", "Gazette"}}},
      {"'Bloomberg reported …, citing people familiar' is Bloomberg", Lang::en, "2024-06-12",
       "xAI is losing engineers. Bloomberg reported on Tuesday that Orin Vale, who oversees its data centers, is "
       "preparing to leave xAI, citing people familiar with the matter.",
       {{"Orin Vale", "xAI", "announced", "*", "Bloomberg"}}},
      {"'X, fidèle de Y, s'apprêterait à quitter' is X", Lang::fr, "2023-03-29",
       "Le directeur artistique de Céline, Luc Varin, partira en octobre. Le directeur du studio, Joël Delorme, "
       "fidèle parmi les fidèles de Varin, s'apprêterait lui aussi à quitter la maison, selon plusieurs sources "
       "internes.",
       {{"Luc Varin", "Céline", "announced", "2023-10"}, {"Joël Delorme", "Céline", "announced", "..2023-03-29",
                                                          "Gazette", true}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a title's name with a lowercase head names the text's fuller form") {
  const std::vector<Row> rows = {
      {"'l'hôpital de Vierzon' in the title is the 'centre hospitalier de Vierzon'", Lang::fr, "2025-02-05",
       "Le service des urgences du centre hospitalier de Vierzon n'a plus de chef. Le Dr Karim Bena a présenté "
       "vendredi sa démission, dans une lettre adressée à l'ARS. L'ARS n'a pas répondu. Selon l'ARS, la "
       "situation est suivie. L'ARS Centre a été alertée.",
       {{"Karim Bena", "centre hospitalier de Vierzon", "resigned", "2025-01-31"}},
       "À l'hôpital de Vierzon, les urgences se vident"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: dates of a second verb, of an ended state, of a last show, against a relation") {
  const std::vector<Row> rows = {
      {"'took voluntary redundancy and left in June'", Lang::en, "2026-07-14",
       "Reuters is losing staff. Earlier in the summer, deputy news editor Ray Banner took voluntary redundancy "
       "and left in June.",
       {{"Ray Banner", "Reuters", "left", "2026-06"}}},
      {"'ne fait plus partie de l'entreprise depuis septembre'", Lang::fr, "2025-12-04",
       "Le directeur commercial d'OVHcloud, Jordan Mercure, ne fait plus partie de l'entreprise depuis septembre, "
       "a confirmé un porte-parole.",
       {{"Jordan Mercure", "OVHcloud", "left", "2025-09"}}},
      {"an announcement takes the last show to come", Lang::fr, "2023-09-29",
       "La présentatrice de TF1, Églantine Marin, a annoncé jeudi soir sur Instagram qu'elle quittait la chaîne. "
       "Sa dernière présentation aura lieu le 15 octobre.",
       {{"Églantine Marin", "TF1", "announced", "2023-10-15", "Instagram"}}},
      {"a relation does not override the event's own date", Lang::fr, "2023-09-29",
       "La présentatrice de TF1, Églantine Marin, a annoncé jeudi soir qu'elle quittait la chaîne. Son départ "
       "intervient quelques jours après celui de Jean-Luc de Kervel. Le directeur adjoint de l'information a été "
       "démis de ses fonctions la semaine dernière, selon Le Figaro.",
       {{"Églantine Marin", "TF1", "announced", "2023-09-28"},
        {"Jean-Luc de Kervel", "TF1", "fired", "2023-09-18/2023-09-24", "Le Figaro"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: more ways of leaving, names with 's, honorifics, roles that do not fit") {
  const std::vector<Row> rows = {
      {"'la Dre X ne fait plus partie des effectifs du CHU depuis fin novembre'", Lang::fr, "2023-12-12",
       "Le chef des urgences du CHU de Rennes, Étienne Le Gall, a démissionné lundi. Son adjointe, la Dre Maëlle "
       "Riva, ne fait plus partie des effectifs du CHU depuis fin novembre.",
       {{"Étienne Le Gall", "CHU de Rennes", "resigned", "2023-12-11"},
        {"Maëlle Riva", "CHU de Rennes", "left", "2023-11-21/2023-11-30"}}},
      {"'will not renew her contract'", Lang::en, "2025-03-05",
       "Aviva's director of underwriting, Siobhan Carr, will not renew her contract when it expires in June.",
       {{"Siobhan Carr", "Aviva", "announced", "2025-06"}}},
      {"« ne sera pas reconduit », « a été exclu », « a renoncé à sa délégation »", Lang::fr, "2024-03-06",
       "Le club de l'ASVEL s'est séparé lundi de son entraîneur, Paul Rey. Son adjoint, Karim Bensa, ne sera "
       "pas reconduit à l'issue de son contrat, fin juin. Le trésorier, Noé Lamb, a été exclu le mois dernier. "
       "L'adjointe aux sports, Odile Prad, a renoncé à sa délégation en février.",
       {{"Paul Rey", "ASVEL", "fired", "2024-03-04"},
        {"Karim Bensa", "ASVEL", "announced", "2024-06-21/2024-06-30"},
        {"Noé Lamb", "ASVEL", "fired", "2024-02"},
        {"Odile Prad", "ASVEL", "resigned", "2024-02"}}},
      {"'has also gone'", Lang::en, "2026-07-14",
       "Reuters is losing staff. Political editor Nadia Corr has also gone. Prices have gone up.",
       {{"Nadia Corr", "Reuters", "left", "..2026-07-14"}}},
      {"an organization named with its 's", Lang::en, "2025-03-05",
       "The director of children's services at Barnardo's, Owen Pryce, retired in the summer, Barnardo's said. "
       "Barnardo's chief executive thanked him.",
       {{"Owen Pryce", "Barnardo's", "retired", "*", "Barnardo's"}}},
      {"an unnamed doctor is not the director just named", Lang::fr, "2023-09-05",
       "Cofidis a limogé son directeur sportif, Bruno Fer, lundi. Ce limogeage intervient après la démission de "
       "la médecin de l'équipe.",
       {{"Bruno Fer", "Cofidis", "fired", "2023-09-04"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a role phrase right after the sentence naming someone stands for them") {
  const std::vector<Row> rows = {
      {"'X a claqué la porte. La co-porte-parole … a annoncé lundi sa démission'", Lang::fr, "2024-03-06",
       "Samuel Nguyen reste co-porte-parole des Jeunes Démocrates. Inès Belka a claqué la porte. La "
       "co-porte-parole des Jeunes Démocrates a annoncé lundi sa démission dans un message publié sur X.",
       {{"Inès Belka", "Jeunes Démocrates", "resigned", "2024-03-04", "X"}}},
      {"'Commerce Department undersecretary X'", Lang::en, "2024-05-10",
       "Commerce Department undersecretary Miguel Sant stepped down earlier this month.",
       {{"Miguel Sant", "Commerce Department", "resigned", "2024-05-01/2024-05-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a department before a role is not the organization left") {
  const std::vector<Row> rows = {
      {"'Transportation director X was pushed out'", Lang::en, "2024-03-15",
       "The City of Fresno is losing its senior staff. The City of Fresno said the departures were planned. "
       "Transportation director Leon Cruz was pushed out last week, according to the Fresno Bee.",
       {{"Leon Cruz", "City of Fresno", "fired", "2024-03-04/2024-03-10", "Fresno Bee"}}},
      {"'Skyvale Airways chief executive X' still names the employer", Lang::en, "2024-03-15",
       "Skyvale Airways chief executive Henrik Dahl resigned on Monday.",
       {{"Henrik Dahl", "Skyvale Airways", "resigned", "2024-03-11"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a last day told in another paragraph that names the leaver") {
  const std::vector<Row> rows = {
      {"'said on Tuesday that she had finished her last day'", Lang::en, "2025-07-10",
       "The head of Meta's video research group has left the company.\n\n"
       "Priya Ram, who built the team, said in a post on Threads on Tuesday that she had finished her last day. "
       "She is joining OpenAI.\n\n"
       "Ram's exit follows others.",
       {{"Priya Ram", "Meta", "left", "2025-07-08", "*"}}},
      {"a last day to come does not date a departure that has happened", Lang::fr, "2025-06-18",
       "Camille Bes quitte France Télévisions pour rejoindre TF1, a confirmé lundi le groupe. Camille Bes "
       "présentera son dernier journal le dimanche 29 juin.",
       {{"Camille Bes", "France Télévisions", "left", "2025-06-16", "*"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: 'also' across a paragraph break shares the date told just before") {
  const std::vector<Row> rows = {
      {"'Son adjoint a lui aussi été remercié' after the paragraph that dates the coach's", Lang::fr, "2025-11-10",
       "Le FC Lorient a officialisé dimanche soir le départ de son entraîneur, Grégory Vann. Le club a annoncé "
       "dans un communiqué que le technicien était relevé de ses fonctions.\n\n"
       "Son adjoint, Stéphane Moul, a lui aussi été remercié, selon nos informations.",
       {{"Grégory Vann", "FC Lorient", "left", "2025-11-09", "*"}, {"Stéphane Moul", "FC Lorient", "fired", "2025-11-09",
                                                                    "Gazette"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a name that modifies a noun is no employer") {
  const std::vector<Row> rows = {
      {"'who ran the Clubcard loyalty scheme, left'", Lang::en, "2026-04-27",
       "Tesco is losing its senior team. Tesco said it was recruiting. Nikhil Bhan, who ran the Clubcard loyalty "
       "scheme, left earlier this month to join Sainsbury's.",
       {{"Nikhil Bhan", "Tesco", "left", "2026-04-01/2026-04-27"}}},
      {"'who worked at Google for ten years, resigned'", Lang::en, "2026-04-27",
       "Tesco is losing its senior team. Tesco said it was recruiting. Nikhil Bhan, who worked at Google for ten "
       "years, resigned on Monday.",
       {{"Nikhil Bhan", "Google", "resigned", "2026-04-27"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an organization announcing 'her departure', a role's scope before the name") {
  const std::vector<Row> rows = {
      {"'a spokesperson confirmed her departure on Monday'", Lang::en, "2024-02-13",
       "Zillow is losing executives. Margaret Ost, who had been Zillow's top lawyer since 2016, no longer appears "
       "on the company's leadership page, and a spokesperson confirmed her departure on Monday.",
       {{"Margaret Ost", "Zillow", "announced", "2024-02-12", "*"}}},
      {"'the departure of the regional director for East Africa, X'", Lang::en, "2024-03-22",
       "Staff keep leaving the International Rescue Committee. December brought the departure of the regional "
       "director for East Africa, Tobias Mwanga, who has since joined UNICEF.",
       {{"Tobias Mwanga", "International Rescue Committee", "left", "2023-12", "*"}}},
      {"'deux membres … avaient remis leur démission : A et B' lists the leavers", Lang::fr, "2024-12-05",
       "Le président de l'université de Nantes, Paul Cast, a démissionné vendredi. Le mois dernier, deux membres "
       "de l'équipe présidentielle avaient déjà remis leur démission : la vice-présidente chargée de la "
       "recherche, Mathilde Ferr, et le vice-président chargé de la formation, Grégoire Nand.",
       {{"Paul Cast", "*", "resigned", "2024-11-29"}, {"Mathilde Ferr", "*", "resigned", "2024-11"},
        {"Grégoire Nand", "*", "resigned", "2024-11"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: finishing up, making the jump, a farewell post, 'a fait savoir qu'il quitterait'") {
  const std::vector<Row> rows = {
      {"'will finish up at the end of April'", Lang::en, "2024-03-14",
       "Rugby Australia is losing executives. Its chief commercial officer, Sasha Pry, will finish up at the end "
       "of April, Rugby Australia confirmed on Thursday.",
       {{"Sasha Pry", "Rugby Australia", "announced", "2024-04-21/2024-04-30", "Rugby Australia"}}},
      {"'is also expected to make the jump'", Lang::en, "2024-03-14",
       "Two BCG partners left for McKinsey on Monday. Another partner at BCG, Sunita Iy, is also expected to make "
       "the jump, according to one of the people.",
       {{"Sunita Iy", "BCG", "announced", "..2024-03-14", "*"}}},
      {"'posted her own farewell'", Lang::en, "2025-09-09",
       "The Los Angeles Times is losing reporters. On Monday, investigative reporter Hollis Maran posted her own "
       "farewell on Bluesky.",
       {{"Hollis Maran", "Los Angeles Times", "left", "2025-09-08", "Bluesky"}}},
      {"« a fait savoir lundi qu'il quitterait prochainement la station »", Lang::fr, "2024-06-12",
       "Le directeur de France Culture, Olivier Maud, a fait savoir lundi à ses équipes qu'il quitterait "
       "prochainement la station.",
       {{"Olivier Maud", "France Culture", "announced", "*"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a buyout taken is a departure") {
  const std::vector<Row> rows = {
      {"'sports columnist X took a buyout last month'", Lang::en, "2025-09-09",
       "The Boston Globe is losing staff, the Boston Globe confirmed. Sports columnist Dana Whit took a buyout "
       "last month.",
       {{"Dana Whit", "Boston Globe", "left", "2025-08"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: 'she wrote on Bluesky' in the next sentence is her post; an outlet there may credit a detail") {
  const std::vector<Row> rows = {
      {"a platform after a reporting verb", Lang::en, "2026-07-14",
       "PA Media is losing staff. Political editor Nadia Corr has gone. She wrote on Bluesky that she was joining "
       "Sky News.",
       {{"Nadia Corr", "PA Media", "left", "*", "Bluesky"}}},
      {"an outlet told a motive is not the departure's source", Lang::en, "2026-07-14",
       "Brightlane is losing its board. Its chair, Jennifer Cho, resigned in November. Cho told the Financial "
       "Times at the time that she had concerns about spending.",
       {{"Jennifer Cho", "*", "resigned", "*", "Gazette"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an announced departure keeps its effective date over the announcement's day") {
  const std::vector<Row> rows = {
      {"'il partira à la retraite le 30 juin, a annoncé la banque lundi'", Lang::fr, "2024-03-27",
       "Natixis perd un pilier. Jean Orlac, directeur général délégué de Natixis, a décidé de passer la main : il "
       "partira à la retraite le 30 juin, a annoncé la banque lundi. Son départ a été annoncé lundi.",
       {{"Jean Orlac", "Natixis", "announced", "2024-06-30", "*"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a role phrase before a relative clause is the subject; industry nouns are organizations") {
  const std::vector<Row> rows = {
      {"'Le directeur du programme A350, qui …, quittera l'avionneur le 1er janvier 2024'", Lang::fr, "2023-12-07",
       "Grégoire de Villem va quitter Airbus. Le directeur du programme A350, qui avait pris ses fonctions en "
       "2020, quittera l'avionneur le 1er janvier 2024, a annoncé le groupe dans un communiqué mardi.",
       {{"Grégoire de Villem", "Airbus", "announced", "2024-01-01", "Airbus"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: who dismisses someone is an organization, even with a place-like two-word name") {
  const std::vector<Row> rows = {
      {"'Nottingham Forest have sacked head coach X'", Lang::en, "2024-10-21",
       "Nottingham Forest have sacked head coach Marcus Fen after a run of one win in nine matches. The defeat "
       "left Forest two points above the relegation zone. Head of performance Lewis Adey resigned last week to "
       "take up a similar role at a club in the Saudi Pro League.",
       {{"Marcus Fen", "Nottingham Forest", "fired", "*"}, {"Lewis Adey", "Nottingham Forest", "resigned",
                                                           "2024-10-14/2024-10-20"}}},
      {"'X a été licencié' stays a person", Lang::fr, "2024-10-21",
       "Paul Vernet a été licencié lundi par Renault.",
       {{"Paul Vernet", "Renault", "fired", "2024-10-21"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: 'est elle aussi partie', joining a rival") {
  const std::vector<Row> rows = {
      {"« la directrice marketing, X, est elle aussi partie en début d'année »", Lang::fr, "2025-04-16",
       "Deezer perd ses cadres, a reconnu Deezer. Selon nos informations, la directrice marketing, Agathe Lecoin, "
       "est elle aussi partie en janvier.",
       {{"Agathe Lecoin", "Deezer", "left", "2025-01", "Gazette"}}},
      {"« il a rejoint un concurrent suédois en février »", Lang::fr, "2025-04-16",
       "Deezer perd ses cadres, a reconnu Deezer. Quant au directeur technique, Olivier Brass, il a rejoint un "
       "concurrent suédois en février.",
       {{"Olivier Brass", "Deezer", "left", "2025-02"}}},
      {"'has joined a rival'", Lang::en, "2025-04-16",
       "Spotify is losing engineers, Spotify said. Its head of search, Mara Quinn, has joined a rival.",
       {{"Mara Quinn", "Spotify", "left", "..2025-04-16"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: an organization confirming after the verb speaks for itself; a hall is a place") {
  const std::vector<Row> rows = {
      {"', a confirmé la Comédie-Française' keeps it the article's organization", Lang::fr, "2023-05-09",
       "La troupe de la Comédie-Française perd des piliers. Vingt ans salle Richelieu, c'est une vie, dit Paul "
       "Marin. La pensionnaire Salomé Rive est partie il y a trois semaines, a confirmé la Comédie-Française. "
       "La secrétaire générale, Odile Marcel, a été remerciée jeudi dernier, selon Le Parisien, a confirmé la "
       "Comédie-Française.",
       {{"Salomé Rive", "Comédie-Française", "left", "2023-04-17/2023-04-19", "Comédie-Française"},
        {"Odile Marcel", "Comédie-Française", "fired", "2023-05-04", "*"}},
       "À la Comédie-Française, la troupe perd des piliers"},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a head with a lowercase adjective and its acronym in brackets") {
  const std::vector<Row> rows = {
      {"'Les Hospices civils de Lyon (HCL)' then 'les HCL'", Lang::fr, "2025-02-04",
       "Les Hospices civils de Lyon (HCL) enchaînent les départs. Les HCL ont confirmé. Le directeur des "
       "ressources humaines des HCL, Patrick Delmo, a été démis de ses fonctions début janvier.",
       {{"Patrick Delmo", "Hospices civils de Lyon", "fired", "2025-01-01/2025-01-10"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: a news noun or participle opening a sentence is no name") {
  const std::vector<Row> rows = {
      {"« Démission de la secrétaire générale, éviction du délégué général … »", Lang::fr, "2025-01-15",
       "Démission de la secrétaire générale, éviction du délégué général : le MoDem peine. Dans la foulée, le "
       "délégué général, Bastien Ferr, a été écarté de ses fonctions, a confirmé le MoDem.",
       {{"Bastien Ferr", "MoDem", "fired", "*", "MoDem"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: several people 'also' leaving share the date told before (each one its own copy)") {
  // Under AddressSanitizer this row read freed memory when the shared event was kept by pointer while the
  // departures list grew, one entry per person.
  const std::vector<Row> rows = {
      {"'A, B et C ont eux aussi été remerciés'", Lang::fr, "2025-11-10",
       "Le FC Lorient a limogé dimanche soir son entraîneur, Paul Vann. Marc Doul, Luc Fabre et "
       "Yves Morin, ses adjoints, ont eux aussi été remerciés.",
       {{"Paul Vann", "FC Lorient", "fired", "2025-11-09"}, {"Marc Doul", "FC Lorient", "fired", "2025-11-09"},
        {"Luc Fabre", "FC Lorient", "fired", "2025-11-09"}, {"Yves Morin", "FC Lorient", "fired", "2025-11-09"}}},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("generalisation: 'the agency confirmed', 'the aquarium announced' credit the organization itself") {
  const std::vector<Row> rows = {
      {"a word of the organization's own name after 'the'", Lang::en, "2025-01-13",
       "The UK Space Agency is losing a director. Fenella Ruth, director of space science at the UK Space "
       "Agency, will leave at the end of March, the agency confirmed on Monday.",
       {{"Fenella Ruth", "UK Space Agency", "announced", "2025-03-21/2025-03-31", "UK Space Agency"}}},
      {"'the news agency said' is still no organization speaking", Lang::en, "2025-01-13",
       "Harlow Foods is losing a director. Fenella Ruth, director of sales at Harlow Foods, resigned on Monday, "
       "the news agency said.",
       {{"Fenella Ruth", "Harlow Foods", "resigned", "2025-01-13", "Gazette"}}},
  };
  for (const auto& row : rows) check_row(row);
}
