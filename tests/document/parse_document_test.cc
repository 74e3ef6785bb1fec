// Tests for ParseDocument: whose words each block is, and bad input.
#include <map>
#include <string>
#include <vector>

#include "exposure/document.h"
#include "exposure/limits.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

Page HtmlPage(const std::string& body) {
  Page page;
  page.url = "http://site.example/u/rosa";
  page.content_type = "text/html";
  page.body = body;
  return page;
}

// The zone of the first block containing `needle`; fails if none.
Zone ZoneOf(const Document& document, const std::string& needle) {
  for (const TextBlock& block : document.blocks) {
    if (block.text.find(needle) != std::string::npos) return block.zone;
  }
  ADD_FAILURE() << "no block contains " << needle;
  return Zone::kOwner;
}

TEST(ParseDocument, FooterAndNavAreFurniture) {
  Document document = ParseDocument(HtmlPage(
      "<html><body><header><nav>Home</nav></header><main><p>my words</p>"
      "</main><footer>hotline 1-800-555-0111</footer></body></html>"));
  EXPECT_EQ(ZoneOf(document, "my words"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "hotline"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Home"), Zone::kFurniture);
}

TEST(ParseDocument, ClassWordsMarkFurniture) {
  Document document = ParseDocument(HtmlPage(
      "<main><p>mine</p><div class='people-you-may-know'>Ryan, 29</div>"
      "<div class='footer-outer'>Visits</div>"
      "<div class='post-footer'>Posted by me</div></main>"));
  EXPECT_EQ(ZoneOf(document, "Ryan"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Visits"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Posted by me"), Zone::kOwner);
}

TEST(ParseDocument, AHeadingAfterTheProfileOpensOnlyWhatFollowsIt) {
  // The page's wrapper holds the profile first, then a "Popular sets"
  // heading: the heading does not make the profile above it furniture.
  Document document = ParseDocument(HtmlPage(
      "<body><div class='page'><section class='perfil'><h1>Dr. Yoandry "
      "Pupo</h1><p>Tengo 38 y cumplo 39 el 30 de noviembre; trabajo en el "
      "Hospital Regional do Geba y vivo en Santa Luzia.</p></section>"
      "<h2>Sets populares</h2><div class='set'>48 tarjetas</div></div>"
      "</body>"));
  EXPECT_EQ(ZoneOf(document, "Tengo 38"), Zone::kOwner);
  // A short badge before the heading still lets it name the box.
  Document box = ParseDocument(
      HtmlPage("<main><p>mine</p><div><span>New</span><h3>Popular posts</h3>"
               "<p>Crew bar rules</p></div></main>"));
  EXPECT_EQ(ZoneOf(box, "Crew bar"), Zone::kFurniture);
}

TEST(ParseDocument, SquadAndAlsoFromBoxesAreFurniture) {
  Document document = ParseDocument(
      HtmlPage("<main><div><h2>Sobre mí</h2><p>Tengo 26 años.</p></div>"
               "<div><h2>Plantel de Juventud Ortodoxa</h2><ul><li>#7 Dana M., "
               "Beit Sahour, 24</li></ul></div><div><h2>Also from Wallis and "
               "Futuna</h2><ul><li>Malia V., javelin, Alo, 24</li></ul></div>"
               "</main>"));
  EXPECT_EQ(ZoneOf(document, "Tengo 26"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Dana M."), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Malia V."), Zone::kFurniture);
}

TEST(ParseDocument, OtherSittersAndHostsBoxesAreFurniture) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h2>About me</h2><p>I'm 19 and live in Guelph.</p>"
      "</section><section><h2>Other babysitters near Guelph</h2><ul><li>"
      "Owen P. · 24 yrs · Cambridge, ON</li></ul></section></main>"));
  EXPECT_EQ(ZoneOf(document, "I'm 19"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Cambridge, ON"), Zone::kFurniture);
}

TEST(ParseDocument, OtherPeopleAndFeedbackHeadingsAreNotTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h2>About me</h2><p>I ride at Sörli, 34.</p></section>"
      "<section><h2>Other riders</h2><p>Guðrún, 19 · 777-1234</p></section>"
      "<section><h2>Other interests</h2><p>knitting</p></section>"
      "<section><h2>Recent feedback (1,948)</h2><p>Manchester, UK</p>"
      "</section><section><h2>The rest of the team</h2><p>Dr Ana</p>"
      "</section><section><h2>Messages from members</h2><p>I'm 19</p>"
      "</section><section><h2>Muro</h2><p>Tengo 29 y juego</p></section>"
      "<section><h2>Latest club news</h2><p>Contact Guðrún</p></section>"
      "<section class='comentaris'><div class='comentari'><p>La meva filla "
      "Abril té 9 anys</p></div></section><section><h2>Thank-you notes (3 "
      "of 214)</h2><p>Lorraine, 74 · Biloxi, MS</p></section><section><h2>"
      "Questions from skippers (2)</h2><p>I'm 57 and my wife is 55</p>"
      "</section><section><h2>Donors (11)</h2><p>The Lopez family, San "
      "Diego</p></section><section><h2>Messages</h2><p>My nephew Kenzo</p>"
      "</section><section><h2>Forum (5)</h2><p>I trained her when she was "
      "12. Call me: +225 05 04 71 28 83.</p></section><section><h3>"
      "Representation</h3><p>Agence Talents du Sahel · +226 25 31 22 44</p>"
      "</section></main>"));
  EXPECT_EQ(ZoneOf(document, "I ride"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Guðrún"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "knitting"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Manchester"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Dr Ana"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I'm 19"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Tengo 29"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Contact Guðrún"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Abril"), Zone::kOthers);  // Catalan comments
  EXPECT_EQ(ZoneOf(document, "Biloxi"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I'm 57"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Lopez"), Zone::kOthers);  // a fundraiser's
  EXPECT_EQ(ZoneOf(document, "Kenzo"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I trained her"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Agence Talents"), Zone::kOthers);
}

TEST(ParseDocument, ALongerSectionHeadingAmongSiblingsStartsOthersWords) {
  Document document = ParseDocument(HtmlPage(
      "<div class='utility'><a href='tel:+13459471234'>(345) 947-1234</a>"
      "</div><main><article><h2>Shanice Ebanks</h2><p>She is 29.</p>"
      "<h3>The rest of the team</h3><div class='team'><div>Dr. Alistair "
      "Thompson. Moved to Grand Cayman in 2006.</div></div></article>"
      "<article><h2>Hello neighbors! + sitter recommendations?</h2><p>I'm "
      "38 and new here.</p></article></main>"));
  EXPECT_EQ(ZoneOf(document, "She is 29"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Moved to Grand Cayman"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I'm 38"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "947-1234"), Zone::kFurniture);
}

TEST(ParseDocument, StatsCellsAndUpcomingEventsAreNoProfileFields) {
  Document document = ParseDocument(HtmlPage(
      "<main><div class='profile'><table><tr><th>MP</th><th>K</th><th>A"
      "</th></tr><tr><td>31</td><td>104</td><td>38</td></tr></table>"
      "<table><tr><th>Age</th><td>17</td></tr></table><section><h2>Upcoming "
      "schedule</h2><p>Jan 17: Qualifier, Minneapolis, MN</p></section>"
      "</div></main>"));
  int stats_cells = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.text != "31") continue;
    ++stats_cells;
    EXPECT_EQ(block.source, Source::kPost);
  }
  EXPECT_EQ(stats_cells, 1);
  EXPECT_EQ(ZoneOf(document, "Age: 17"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Minneapolis"), Zone::kFurniture);
}

TEST(ParseDocument, AReviewersNameIsNotTheOwners) {
  // The only author element is in the reviews: the owner is the heading's.
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Martina Gallardo</h1><div class='card'><h2>Sobre mí</h2>"
      "<p>Tengo 27 años.</p></div><div class='card'><h2>Opiniones de "
      "alumnos</h2><div class='opinion'>Tengo 61 años.<div class='autor'>"
      "Laura M., Valencia</div></div></div></main>"));
  EXPECT_EQ(document.owner_name, "Martina Gallardo");
  EXPECT_EQ(ZoneOf(document, "61"), Zone::kOthers);
}

TEST(ParseDocument, ACommunityWallsAuthorIsNotTheOwner) {
  Document document = ParseDocument(HtmlPage(
      "<main><div class='person-header'><h1>Dovydas Petrauskas</h1></div>"
      "<section class='wall'><h2>Community wall</h2><div class='post'>"
      "<p class='author'>Laura Berzina (2018BERZ01) · Riga</p>"
      "<p>GG at Riga!</p></div></section></main>"));
  EXPECT_EQ(document.owner_name, "Dovydas Petrauskas");
  EXPECT_EQ(ZoneOf(document, "GG at Riga!"), Zone::kOthers);
}

TEST(ParseDocument, AListingNamesItsPersonInTheirOwnFirstWords) {
  // Nothing but "I'm NAME," says whose listing this is.
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Hand-drawn batik with Bu Sri</h1><section class='host'>"
      "<h2>Meet your host, Sri</h2><p>Sugeng rawuh! I'm Sri Wahyuningsih, "
      "most people call me Bu Sri. I'm 52.</p></section></main>"));
  EXPECT_EQ(document.owner_name, "Sri Wahyuningsih");
  Document spanish = ParseDocument(HtmlPage(
      "<main><h1>La Sazón de la Yurley</h1><p>¡Hola, vecinos! Soy Yurley "
      "Andrea Pabón Rincón, tengo 44 años.</p></main>"));
  EXPECT_EQ(spanish.owner_name, "Yurley Andrea Pabón Rincón");
  // "I'm Not Sure Yet" ends nowhere: no name.
  Document unsure = ParseDocument(HtmlPage(
      "<main><h1>Hand-drawn batik workshop</h1><p>I'm Not Sure Yet what to "
      "bring</p></main>"));
  EXPECT_EQ(unsure.owner_name, "");
}

TEST(ElementPath, LastTagAndHeadingLevel) {
  EXPECT_EQ(LastTagOf("main>section>h2"), "h2");
  EXPECT_EQ(LastTagOf("address"), "address");
  EXPECT_EQ(LastBlockTagOf("main>section>ul>li>b"), "li");
  EXPECT_EQ(LastBlockTagOf("main>p>span>a"), "p");
  EXPECT_EQ(LastBlockTagOf("b"), "b");
  EXPECT_EQ(HeadingLevelOf("main>section>h2"), 2);
  EXPECT_EQ(HeadingLevelOf("html>body>h6"), 6);
  EXPECT_EQ(HeadingLevelOf("html>body>hr"), 0);
  EXPECT_EQ(HeadingLevelOf("html>body>header"), 0);
  EXPECT_EQ(HeadingLevelOf("html>body>p"), 0);
}

TEST(ParseDocument, AMastheadTitleIsNoName) {
  // "Cooking on the Sound" is a book's name, not "Cooking" on a day.
  Document document = ParseDocument(HtmlPage(
      "<title>Ida Mae Pruitt – Contributors – Cooking on the Sound</title>"
      "<div class='banner'><h1>Cooking on the Sound</h1></div><div "
      "class='col'><div class='box'><h2>Ida Mae Pruitt</h2><p>I'm "
      "seventy-nine years old.</p></div></div>"));
  EXPECT_EQ(document.owner_name, "Ida Mae Pruitt");
}

TEST(ParseDocument, AOnePersonBusinessIsItsFoundersPage) {
  // The listing is headed by the business; its JSON-LD names the founder.
  Document listing = ParseDocument(HtmlPage(
      "<title>Robson Sweeps, Belford – Find a Sweep</title><script "
      "type='application/ld+json'>{\"@context\":\"https://schema.org\","
      "\"@type\":\"LocalBusiness\",\"name\":\"Robson Sweeps\","
      "\"founder\":{\"@type\":\"Person\",\"name\":\"Callum "
      "Robson\"}}</script><main><h1>Robson Sweeps</h1><p>I'm Callum, 39 "
      "since Burns Night.</p></main>"));
  EXPECT_EQ(listing.owner_name, "Callum Robson");
  // A business named otherwise, or a founder without a full name, changes
  // nothing.
  Document other = ParseDocument(HtmlPage(
      "<script type='application/ld+json'>{\"@type\":\"LocalBusiness\","
      "\"name\":\"Belford Stoves\",\"founder\":{\"@type\":\"Person\","
      "\"name\":\"Ann Lee\"}}</script><main><h1>Robson Sweeps</h1>"
      "<p>Chimneys swept.</p></main>"));
  EXPECT_EQ(other.owner_name, "Robson Sweeps");
  Document one_word = ParseDocument(HtmlPage(
      "<script type='application/ld+json'>{\"@type\":\"LocalBusiness\","
      "\"name\":\"Robson Sweeps\",\"founder\":{\"@type\":\"Person\","
      "\"name\":\"Callum\"}}</script><main><h1>Robson Sweeps</h1>"
      "<p>Chimneys swept.</p></main>"));
  EXPECT_EQ(one_word.owner_name, "Robson Sweeps");
}

TEST(ParseDocument, TheCardsNicknameJoinsTheOwnersName) {
  Document card = ParseDocument(HtmlPage(
      "<main><div class='h-card'><h1><span class='p-name'>Dorothea "
      "Kasprzak</span> <small>(\"<span class='p-nickname'>Dot</span>\")"
      "</small></h1><p>Dot is 76.</p></div></main>"));
  EXPECT_EQ(card.owner_name, "Dorothea \"Dot\" Kasprzak");
  // A nickname that is a word of the name already adds nothing.
  Document same = ParseDocument(
      HtmlPage("<main><div class='h-card'><h1><span class='p-name'>Dot "
               "Kasprzak</span> <span class='p-nickname'>Dot</span></h1></div>"
               "</main>"));
  EXPECT_EQ(same.owner_name, "Dot Kasprzak");
}

TEST(ParseDocument, AFeatureHeadingNamingNobodyTakesTheNextHeading) {
  // "Volunteer of the Month – October 2029" names nobody; the next heading
  // names its subject.
  Document feature = ParseDocument(HtmlPage(
      "<title>Island Op Shop - Our Volunteers - Glenys</title><h1>Volunteer "
      "of the Month – October 2029</h1><table><tr><td><h2>Glenys "
      "O'Halloran</h2><p>Glenys is 72.</p></td></tr></table>"));
  EXPECT_EQ(feature.owner_name, "Glenys O'Halloran");
}

TEST(ParseDocument, AWorkplacesSchemaNameIsNoWritersName) {
  // The profile's body names the person's employer with schema.org
  // markup; the body is still the person's, not a post by the employer.
  Document profile = ParseDocument(HtmlPage(
      "<article class='grower' vocab='https://schema.org/' typeof='Person'>"
      "<header><h1 property='name'>Wes Halvorsen</h1></header><div "
      "class='entry-content'><p>Wes works the counter at <span "
      "property='worksFor' typeof='Organization'><span "
      "property='name'>Eastsound Hardware</span></span>.</p><p>Call me at "
      "(360) 555-0128.</p></div></article>"));
  EXPECT_EQ(profile.owner_name, "Wes Halvorsen");
  bool call_me_is_owners = false;
  for (const TextBlock& block : profile.blocks) {
    if (block.text == "Call me at (360) 555-0128.") {
      call_me_is_owners = block.zone == Zone::kOwner;
    }
  }
  EXPECT_TRUE(call_me_is_owners);
}

TEST(ParseDocument, AForumAuthorCardGivesItsFirstLine) {
  // The card holds the name, a rank and a location line: the name is the
  // first line, and the replies are by others.
  Document document = ParseDocument(HtmlPage(
      "<main><div class='post'><div class='autor'><p><strong>navajero_ab"
      "</strong></p><p>Usuario novato</p><p>Fecha de ingreso: nov 2026 · "
      "Ubicación: Albacete · Mensajes: 2</p></div><div class='mensaje'><p>"
      "Me llamo Julián.</p></div></div><div class='post'><div class='autor'>"
      "<p><strong>Toledano_Acero</strong></p><p>Usuario experto</p></div>"
      "<div class='mensaje'><p>Bienvenido.</p></div></div></main>"));
  EXPECT_EQ(document.owner_name, "navajero_ab");
  EXPECT_EQ(ZoneOf(document, "Me llamo Julián."), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Bienvenido."), Zone::kOthers);
}

TEST(ParseDocument, AFeatureQuotesItsSubject) {
  // A spotlight's blockquote is its subject speaking; elsewhere quoted
  // words are someone else's.
  Document feature = ParseDocument(HtmlPage(
      "<main><article><h1>Představujeme naše členy: Ladislav Hrubý</h1>"
      "<p>Láďu zná každý.</p><blockquote><p>Zavolejte na 732 418 655."
      "</p></blockquote></article></main>"));
  EXPECT_EQ(feature.owner_name, "Ladislav Hrubý");
  EXPECT_EQ(ZoneOf(feature, "Zavolejte"), Zone::kOwner);
  Document post = ParseDocument(HtmlPage(
      "<main><article><h1>Ladislav Hrubý</h1><p>My rabbits.</p><blockquote>"
      "<p>Call me on 732 418 655.</p></blockquote></article></main>"));
  EXPECT_EQ(ZoneOf(post, "Call me"), Zone::kOthers);
  // A heading that introduces the person's own words makes the quote theirs.
  Document own_words = ParseDocument(HtmlPage(
      "<main><article><h1>Ladislav Hrubý</h1><p>He keeps rabbits.</p>"
      "<h2>In his own words</h2><blockquote><p>Call me on 732 418 655.</p>"
      "</blockquote></article></main>"));
  EXPECT_EQ(ZoneOf(own_words, "Call me"), Zone::kOwner);
  // So is a paragraph classed as a quote inside the feature's article.
  Document pull_quote = ParseDocument(HtmlPage(
      "<main><article><h1>Conoce a tu delegada: Rosalba Tapia</h1>"
      "<p>Rosalba llegó a los 15 años.</p><p class='quote'>«El sábado 12 "
      "es mi cumpleaños.»</p></article></main>"));
  EXPECT_EQ(ZoneOf(pull_quote, "es mi cumpleaños"), Zone::kOwner);
  Document reply = ParseDocument(
      HtmlPage("<main><article><h1>Rosalba Tapia</h1><p>Mi huerta.</p><p "
               "class='quote'>«Mi cumpleaños es el 12.»</p></article></main>"));
  EXPECT_EQ(ZoneOf(reply, "Mi cumpleaños"), Zone::kOthers);
}

TEST(ParseDocument, AThirdPersonPieceNamesItsSubjectsPronouns) {
  Document spotlight = ParseDocument(HtmlPage(
      "<main><h1>Member Spotlight: Judy Sandler</h1><p>Judy says she "
      "arrived in a blizzard, and she is turning 49 in February. Her son "
      "Eli is in seventh grade; her husband, Daniel, says he cooks.</p>"
      "<blockquote>I just try to help.</blockquote></main>"));
  EXPECT_EQ(
      spotlight.owner_pronouns,
      (std::vector<std::string>{"she", "her", "hers", "herself", "ella"}));
  // First person: "she" there is somebody else.
  Document post = ParseDocument(HtmlPage(
      "<main><h1>Judy Sandler</h1><p>My daughter says she is turning 16. "
      "I told her she can have the car. My car.</p></main>"));
  EXPECT_TRUE(post.owner_pronouns.empty());
}

TEST(ParseDocument, AnUnsignedPieceIsAboutTheNameItsTitleAndTextRepeat) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Gente del pueblo: Herminia, la maestra - Amigos de "
      "Bronchales</title></head><body><h1>Amigos de Bronchales</h1>"
      "<p>Herminia Lahoz Gil nació en 1947.</p><p>Herminia fue maestra.</p>"
      "<p>Herminia hace bolillos.</p></body></html>"));
  EXPECT_EQ(document.owner_name, "Herminia Lahoz Gil");
}

TEST(ParseDocument, AFeedItemDatedYesterdayIsItsAuthors) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Mele V.</h1><p>I walk every morning.</p><h2>Team feed</h2>"
      "<div class='feed'><b>Salote K.</b> · yesterday<br>My son Sefo walked "
      "with me! call 873 2210</div></main>"));
  EXPECT_EQ(ZoneOf(document, "My son Sefo"), Zone::kOthers);
}

TEST(ParseDocument, AWallHeadingMarksOtherPeoplesPosts) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h1>Dale P.</h1><p>I play Tuesdays.</p></section>"
      "<section><h2>Wall</h2><div class='post'><b>Rico O.</b><p>My son "
      "Malik wants a rematch.</p></div></section><section><h2>Wall Street "
      "days</h2><p>I traded bonds for years.</p></section></main>"));
  EXPECT_EQ(ZoneOf(document, "My son Malik"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I traded bonds"), Zone::kOwner);
}

TEST(ParseDocument, AHeadingNameKeepsNoQuotedNickname) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Our Archers - Oyunchimeg \"Oyuka\" Batbayar | Khan "
      "Sum</title></head><body><h1>Oyunchimeg \"Oyuka\" Batbayar</h1><p>I "
      "train on Tuesdays.</p></body></html>"));
  EXPECT_EQ(document.owner_name, "Oyunchimeg Batbayar");
}

TEST(ParseDocument, ALanguageWithoutACountryNamesItsMainOne) {
  Document document = ParseDocument(
      HtmlPage("<html lang=\"cs\"><body><p>Dobrý den.</p></body></html>"));
  EXPECT_EQ(document.region, "CZ");
  // Afrikaans is written in South Africa: "082 714 3308" is a South
  // African mobile, not a German number.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"af\"><body><p>Goeiedag."
                                   "</p></body></html>"))
                .region,
            "ZA");
  // West Frisian is written in the Netherlands, Corsican in France.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"fy\"><body><p>Goeie."
                                   "</p></body></html>"))
                .region,
            "NL");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"co\"><body><p>Bonghjornu."
                                   "</p></body></html>"))
                .region,
            "FR");
}

TEST(ParseDocument, GuernseyWritesEnGbButIsItsOwnRegion) {
  Document document = ParseDocument(
      HtmlPage("<html lang=\"en-GB\"><body><h1>Camera club, Guernsey</h1>"
               "<p>She lives in St Sampson and works in St Peter Port.</p>"
               "</body></html>"));
  EXPECT_EQ(document.region, "GG");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"en-GB\"><body><p>Leeds, "
                                   "London and Guernsey.</p></body></html>"))
                .region,
            "GB");
}

TEST(ParseDocument, TerritoriesThatShareACountryCodeAreTheirOwnRegions) {
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"en\"><body><p>Home "
                                   "Island, Cocos (Keeling) Islands.</p>"
                                   "</body></html>"))
                .region,
            "CC");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"nb\"><body><p>Bor i "
                                   "Longyearbyen, Svalbard.</p></body>"
                                   "</html>"))
                .region,
            "SJ");
  // Written "fr-FR", but the page keeps naming Guadeloupe.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"fr-FR\"><body><p>Coach au "
                                   "Gosier, Guadeloupe. Rentrée à Paris en "
                                   "mai, puis retour en Guadeloupe.</p>"
                                   "</body></html>"))
                .region,
            "GP");
  // Niger State is Nigeria's.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang=\"en\"><body><p>Minna, Niger "
                                   "State. Born in Minna, Niger State, I "
                                   "moved to Abuja.</p></body></html>"))
                .region,
            "NG");
}

TEST(ParseDocument, AFlagBesideTheNameOutvotesTheSendersCountries) {
  // An English page from Taiwan that quotes senders from Japan and is run
  // from Portugal: the member's flag and home city decide.
  Document document = ParseDocument(
      HtmlPage("<main><h1>yuting_tc \xF0\x9F\x87\xB9\xF0\x9F\x87\xBC</h1>"
               "<p>Hello from Taichung!</p><p>A card from Sapporo, Japan.</p>"
               "</main><footer>Postlink Lda., Lisboa</footer>"));
  EXPECT_EQ(document.region, "TW");
}

TEST(ParseDocument, ACountryNameElementIsNoPersonsName) {
  Document document = ParseDocument(HtmlPage(
      "<main><div class='h-card'><h1><span class='p-nickname'>Vanker64</span>"
      " <span class='p-country-name'>Estonia</span></h1><p>Kristjan, "
      "tester.</p></div></main>"));
  EXPECT_NE(document.owner_name, "Estonia");
}

TEST(ParseDocument, RepliesByOthersAreOthersAndOwnersRepliesStayOwners) {
  Document document = ParseDocument(HtmlPage(
      "<main><article><span class='name'>Linda M.</span><p>lost cat</p>"
      "</article><section class='replies'>"
      "<div class='reply'><span class='name'>Ron T.</span><p>ron text</p></div>"
      "<div class='reply'><span class='name'>Linda M.</span><p>linda text</p>"
      "</div></section></main>"));
  EXPECT_EQ(document.owner_name, "Linda M.");
  EXPECT_EQ(ZoneOf(document, "lost cat"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "ron text"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "linda text"), Zone::kOwner);
}

TEST(ParseDocument, HeaderIsTheProfileWhenThePageHasNoMain) {
  Document document = ParseDocument(
      HtmlPage("<body><header><h1>Omar</h1><p>Chicago, IL</p></header>"
               "<section>work</section></body>"));
  EXPECT_EQ(ZoneOf(document, "Chicago"), Zone::kOwner);
}

TEST(ParseDocument, ScriptsAndStylesAreNotText) {
  Document document = ParseDocument(HtmlPage(
      "<head><script>var phone='503-555-0142';</script><style>p{}</style>"
      "</head><body><p>visible</p><script>x=1</script></body>"));
  for (const TextBlock& block : document.blocks) {
    EXPECT_EQ(block.text.find("555"), std::string::npos) << block.text;
    EXPECT_EQ(block.text.find("x=1"), std::string::npos) << block.text;
  }
}

TEST(ParseDocument, ReadsTitleMetaAndLinks) {
  Document document = ParseDocument(
      HtmlPage("<head><title>Rosa</title><meta name='description' content='bio "
               "here'></head><body><main><a href='/posts/1'>one</a>"
               "<a rel='me' href='https://social.example/@rosa'>me</a></main>"
               "<footer><a href='/about'>about</a></footer></body>"));
  EXPECT_EQ(document.title, "Rosa");
  ASSERT_GE(document.blocks.size(), 2u);
  EXPECT_EQ(document.blocks[0].text, "Rosa");
  EXPECT_EQ(document.blocks[1].source, Source::kMeta);
  EXPECT_EQ(document.blocks[1].text, "bio here");
  ASSERT_EQ(document.links.size(), 3u);
  EXPECT_EQ(document.links[0].url, "http://site.example/posts/1");
  EXPECT_EQ(document.links[1].rel, "me");
  EXPECT_EQ(document.links[2].zone, Zone::kFurniture);
}

TEST(ParseDocument, DeepNestingIsCutWithAWarningNotACrash) {
  std::string deep;
  for (int i = 0; i < kMaxDomDepth * 4; ++i) deep += "<div>";
  deep += "bottom";
  Document document = ParseDocument(HtmlPage("<p>top</p>" + deep));
  EXPECT_EQ(ZoneOf(document, "top"), Zone::kOwner);
  ASSERT_FALSE(document.warnings.empty());
  EXPECT_NE(document.warnings[0].find("nested deeper"), std::string::npos);
}

TEST(ParseDocument, MalformedHtmlAndBrokenUtf8StillParse) {
  Document document = ParseDocument(
      HtmlPage("<p>unclosed <b>bold <i>text\xFF\xFE <div>more</span></p>"));
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_NE(document.blocks[0].text.find("unclosed bold text"),
            std::string::npos);
}

TEST(ParseDocument, PlainTextIsSplitIntoParagraphs) {
  Page page;
  page.url = "file:///notes.txt";
  page.content_type = "text/plain";
  page.body = "first para\nline two\n\nsecond para";
  Document document = ParseDocument(page);
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(document.blocks[0].text, "first para line two");
  EXPECT_EQ(document.blocks[1].text, "second para");
}

TEST(ParseDocument, TruncatedPageIsReported) {
  Page page = HtmlPage("<p>x</p>");
  page.truncated = true;
  Document document = ParseDocument(page);
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_NE(document.warnings[0].find("larger than"), std::string::npos);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, HeadingsNameFurnitureAndOthers) {
  Document document = ParseDocument(HtmlPage(
      "<main><p>mine</p><div><h3>People also viewed</h3><p>Jenna, Cary, NC"
      "</p></div><section><h3>Personas que quizás conozcas</h3><p>Lorena</p>"
      "</section><section><h2>Nearby schools</h2><p>Bowie Middle School</p>"
      "</section><section><h3>Recommendations</h3><p>Mara said</p></section>"
      "<section><h2>Active listings (3)</h2><p>9932 Sunbrook Way</p>"
      "</section></main>"));
  EXPECT_EQ(ZoneOf(document, "mine"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "9932 Sunbrook Way"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Bowie Middle School"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Jenna"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Lorena"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Mara said"), Zone::kOthers);
  // "More Student Ambassadors" lists other people; "More posts" are the
  // owner's own.
  Document more = ParseDocument(HtmlPage(
      "<main><p>mine</p><section><h2>More Student Ambassadors</h2><p>Joseph "
      "Kiko, 23</p></section><section><h2>More posts</h2><p>My trip</p>"
      "</section></main>"));
  EXPECT_EQ(ZoneOf(more, "Joseph Kiko, 23"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(more, "My trip"), Zone::kOwner);
  Document kudos = ParseDocument(HtmlPage(
      "<main><p>mine</p><section><h2>Kudos received (8)</h2><p>Best mentor. "
      "I'm 23</p></section></main>"));
  EXPECT_EQ(ZoneOf(kudos, "Best mentor. I'm 23"), Zone::kOthers);
  Document near = ParseDocument(
      HtmlPage("<main><p>mine</p><div class=card><h3>Organizadoras cerca de "
               "ti</h3><ul><li>Ana Julia M. - Saint-James, 44 años</li></ul>"
               "</div></main>"));
  EXPECT_EQ(ZoneOf(near, "44 años"), Zone::kFurniture);
}

TEST(ParseDocument, AQuestionLedByItsLabelIsTheAskers) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Ezekiel Maelasi</h1><p>I study science.</p><div><p><b>Q "
      "(Priscilla, Buala):</b> I'm 17 and finishing Form 6.</p><p><b>A:</b> "
      "Good luck, I'm 21!</p></div></main>"));
  EXPECT_EQ(ZoneOf(document, "I'm 17"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Good luck"), Zone::kOwner);
}

TEST(ParseDocument, CommentsMarkedOwnAreTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<main><div class='comment other'><span class='author'>u/dave</span>"
      " dave text</div><article class='comment own'><p>own text</p></article>"
      "<li class='comment bypostauthor'><p>wp text</p></li></main>"));
  EXPECT_EQ(ZoneOf(document, "dave text"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "own text"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "wp text"), Zone::kOwner);
}

TEST(ParseDocument, TheOwnersAnswerToAReviewIsTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h1>Desmond A.</h1><p>bio</p></section><section>"
      "<h2>Reviews</h2><div class='review'><b>Tamara W.</b> · Oct 2026"
      "<p>tamara text</p><div class='tasker-reply'>tasker text</div></div>"
      "<div class='review'><b>Ben K.</b><p>ben text</p>"
      "<div class='owner-response'>owner text</div>"
      "<div class='guest-reply'>guest text</div></div></section></main>"));
  EXPECT_EQ(ZoneOf(document, "tamara text"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "tasker text"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "owner text"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "guest text"), Zone::kOthers);
}

TEST(ParseDocument, ThreadPostsBySomeoneElseAreTheirs) {
  Document document = ParseDocument(
      HtmlPage("<div class='post'><p class='author'>by lorraine » Sun 9:03</p>"
               "<div class='content'>first post</div></div>"
               "<div class='post'><p class='author'>by fir » Sun 11:40</p>"
               "<div class='content'>second post</div></div>"
               "<div class='post'><p class='author'>by lorraine » Sun 1:15</p>"
               "<div class='content'>third post</div></div>"));
  EXPECT_EQ(document.owner_name, "lorraine");
  EXPECT_EQ(ZoneOf(document, "first post"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "second post"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "third post"), Zone::kOwner);
}

TEST(ParseDocument, APostsClassedAuthorLineSaysWhoseItIs) {
  Document document = ParseDocument(HtmlPage(
      "<div><section class='player'><h1>Sharline Tromp</h1><p>my table</p>"
      "</section><section><h2>Table talk</h2><div class='post'><p "
      "class='who'>Edwin K. · San Nicolas</p><p>I'm 58</p></div><div "
      "class='post'><p class='who'>Sharline Tromp</p><p>thanks Edwin</p>"
      "</div></section><section><h2>Requests</h2><div><p class='req-who'>"
      "Gerald H. · Pensacola</p><p>my uncle</p></div></section></div>"));
  EXPECT_EQ(document.owner_name, "Sharline Tromp");
  EXPECT_EQ(ZoneOf(document, "I'm 58"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "thanks Edwin"), Zone::kOwner);
}

TEST(ParseDocument, BoldLedReplyLinesByOthers) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1 class='name'>Tomasz W</h1><p>my run</p><section>"
      "<p><b>Renee Halvorsen</b>: I'm 44</p><p><b>Tomasz W</b>: thanks</p>"
      "<p><b>Location:</b> Madison</p></section></main>"));
  EXPECT_EQ(ZoneOf(document, "I'm 44"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "thanks"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Madison"), Zone::kOwner);
}

TEST(ParseDocument, SidebarsAreFurnitureButAProfileCardIsNot) {
  Document document = ParseDocument(
      HtmlPage("<main><aside class='profile-card'><p>bio here</p></aside>"
               "<aside><p>ad here</p></aside><article><p>post</p><aside>"
               "<p>pull quote</p></aside></article></main>"));
  EXPECT_EQ(ZoneOf(document, "bio here"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "ad here"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "pull quote"), Zone::kOwner);
}

TEST(ParseDocument, CollectsScriptsPropertiesAndMapFrames) {
  Document document = ParseDocument(HtmlPage(
      "<head><script type='application/ld+json'>{\"@type\":\"Person\"}"
      "</script><meta property='og:locality' content='Tacoma'></head>"
      "<body><div class='h-card'><span class='p-tel'>503-555-0142</span>"
      "<a class='u-email' href='mailto:a@example.com'>mail</a></div>"
      "<iframe src='https://maps.example/embed?q=45.5,-122.6'></iframe>"
      "</body>"));
  ASSERT_EQ(document.scripts.size(), 1u);
  EXPECT_EQ(document.scripts[0].kind, Script::Kind::kJsonLd);
  bool tel = false, email = false, meta = false;
  for (const Property& property : document.properties) {
    tel |= property.name == "p-tel" && property.value == "503-555-0142" &&
           property.in_hcard;
    email |=
        property.name == "u-email" && property.value == "mailto:a@example.com";
    meta |= property.name == "meta:og:locality" && property.value == "Tacoma";
  }
  EXPECT_TRUE(tel);
  EXPECT_TRUE(email);
  EXPECT_TRUE(meta);
  ASSERT_FALSE(document.links.empty());
  EXPECT_EQ(document.links.back().url,
            "https://maps.example/embed?q=45.5,-122.6");
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, BlocksKnowWhenTheirPostWasPublished) {
  Document document = ParseDocument(HtmlPage(
      "<main><article><time datetime='2026-07-12T09:30:00-07:00'>July 12"
      "</time><p>first</p></article><article><p>undated</p></article>"
      "</main>"));
  for (const TextBlock& block : document.blocks) {
    if (block.text == "first") {
      EXPECT_EQ(block.posted_at, "2026-07-12T09:30:00-07:00");
    }
    if (block.text == "undated") {
      EXPECT_EQ(block.posted_at, "");
    }
  }
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, LinksKnowTheSiteFooterAndTheHeadsNextPage) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><link rel='next' href='/page/2/'></head><body>"
      "<nav><a href='/archive?page=2'>2</a></nav>"
      "<main><a href='/posts/a/'>A</a><footer><a href='/posts/a/#c'>c</a>"
      "</footer></main><div class='site-footer'><a href='/x'>x</a></div>"
      "<div class='post-footer'><a href='/y'>y</a></div>"
      "<footer><a href='/site/next/'>Next</a></footer></body></html>"));
  std::map<std::string, bool> in_footer;
  for (const Link& link : document.links) in_footer[link.url] = link.in_footer;
  EXPECT_EQ(in_footer.count("http://site.example/page/2/"), 1u);
  EXPECT_FALSE(in_footer["http://site.example/page/2/"]);
  EXPECT_FALSE(in_footer["http://site.example/archive?page=2"]);
  EXPECT_FALSE(in_footer["http://site.example/posts/a/#c"]);  // a post's
  EXPECT_TRUE(in_footer["http://site.example/x"]);
  EXPECT_FALSE(in_footer["http://site.example/y"]);
  EXPECT_TRUE(in_footer["http://site.example/site/next/"]);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

// The text of the first block whose element path ends with `suffix`.
std::string BlockEndingWith(const Document& document,
                            const std::string& suffix) {
  for (const TextBlock& block : document.blocks) {
    if (block.element.size() >= suffix.size() &&
        block.element.compare(block.element.size() - suffix.size(),
                              suffix.size(), suffix) == 0) {
      return block.text;
    }
  }
  return "";
}

TEST(LabelPairs, ALoneFieldLineOfAPlaceOrAnAgeIsAField) {
  Document document = ParseDocument(
      HtmlPage("<main><div>City: Kazan, Russia</div><div>Work: ThinkPad "
               "X1</div><p>I'm from Kazan. City: Kazan is big, and I love "
               "it very much indeed.</p></main>"));
  std::map<std::string, Source> sources;
  for (const TextBlock& block : document.blocks) {
    sources[block.text] = block.source;
  }
  EXPECT_EQ(sources["City: Kazan, Russia"], Source::kProfile);
  EXPECT_EQ(sources["Work: ThinkPad X1"], Source::kPost);
}

TEST(LabelPairs, TwoCellRowsAndDefinitionsBecomeFields) {
  Document document = ParseDocument(
      HtmlPage("<table><tr><td>Edad:</td><td>29 años</td></tr></table>"
               "<dl><dt>I live in</dt><dd>Leeds, United Kingdom</dd></dl>"
               "<div class='infoBoxRowTitle'>Birthday</div>"
               "<div class='infoBoxRowItem'>March 9</div>"));
  std::vector<std::string> fields;
  for (const TextBlock& block : document.blocks) {
    if (block.element.find("[label]") != std::string::npos) {
      EXPECT_EQ(block.source, Source::kProfile);
      fields.push_back(block.text);
    }
  }
  EXPECT_EQ(fields, (std::vector<std::string>{
                        "Edad: 29 años", "I live in: Leeds, United Kingdom",
                        "Birthday: March 9"}));
}

TEST(LabelPairs, BareLabelsBesideTheirValuesBecomeFields) {
  Document document = ParseDocument(HtmlPage(
      "<ul><li><span>Gender</span><span>Female</span></li>"
      "<li><span>Location</span><span>Trondheim, Norway</span></li>"
      "<li><span>Joined</span><span>Aug 12, 2016</span></li></ul>"
      "<div class='facts'><div>Age<b>26</b></div><div>Caps<b>87</b></div>"
      "</div><p>I <b>Love</b> it</p>"));
  std::vector<std::string> fields;
  for (const TextBlock& block : document.blocks) {
    if (block.element.find("[label]") != std::string::npos) {
      EXPECT_EQ(block.source, Source::kProfile);
      fields.push_back(block.text);
    }
  }
  // Only known field labels: not "Joined", "Caps" or "I".
  EXPECT_EQ(fields,
            (std::vector<std::string>{
                "Gender: Female", "Location: Trondheim, Norway", "Age: 26"}));
}

TEST(ParseDocument, APersonsFactSheetInTheSidebarIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<aside><div class='box'><h2>Ficha</h2><table><tr><th>Fecha de "
      "nacimiento</th><td>16/09/1992</td></tr><tr><th>Edad</th><td>34 "
      "años</td></tr></table></div><div class='box'><h2>Roster</h2><div>"
      "Raúl Villarreal, 38 años</div></div><table><tr><th>Phone</th><td>81 "
      "8340 1234</td></tr><tr><th>Email</th><td>liga@x.example</td></tr>"
      "</table></aside><main><p>Soy Beto.</p></main>"));
  EXPECT_EQ(ZoneOf(document, "Edad: 34"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Raúl"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "8340"), Zone::kFurniture);
}

TEST(ParseDocument, TheSidebarBoxHeadedWithTheOwnersNameIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<aside><div class='card'><h2>rock_grooves</h2><dl><dt>Location</dt>"
      "<dd>Gibraltar</dd></dl><p><a href='https://instagram.example/vinyl'>"
      "Instagram</a></p></div><div class='card'><h2>Sellers near you</h2>"
      "<p>La Línea, Spain</p></div></aside><main><div class='post'><span "
      "class='username'>rock_grooves</span><p>Crates every Saturday.</p>"
      "</div></main>"));
  ASSERT_EQ(document.owner_name, "rock_grooves");
  EXPECT_EQ(ZoneOf(document, "Location: Gibraltar"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Instagram"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "La Línea"), Zone::kFurniture);
}

TEST(ParseDocument, ElementsWithNothingBetweenAreTwoWords) {
  Document document = ParseDocument(
      HtmlPage("<p><span>Height</span><span>1.86 m</span></p>"
               "<p>jane<span>@</span>example.com</p><p><b>S</b>arah</p>"));
  EXPECT_EQ(ZoneOf(document, "Height 1.86 m"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "jane@example.com"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Sarah"), Zone::kOwner);
}

TEST(LabelPairs, DataTablesAndPostTitlesAreNotFields) {
  Document document = ParseDocument(HtmlPage(
      "<table><tr><td>Mon</td><td>7:30</td><td>Tom 602-555-0108</td></tr>"
      "</table><h2 class='post-title'>Trip</h2><p class='post-body'>Went "
      "to Reno</p>"));
  for (const TextBlock& block : document.blocks) {
    EXPECT_EQ(block.element.find("[label]"), std::string::npos) << block.text;
  }
}

TEST(SequenceLines, RepliesAfterAnAuthorLineAreTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<div><div class='meta'>Re: Mercados · 10/11</div><p>my stall is at "
      "the market</p><div class='meta'>Respuesta de marta_laredo · "
      "10/11</div><p>tengo 52 años, mi cel 956-555-0188</p>"
      "<div class='meta'>Re: Tamales · 12/11</div><p>my own again</p></div>"));
  EXPECT_EQ(ZoneOf(document, "my stall"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "tengo 52"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "my own again"), Zone::kOwner);
}

TEST(SequenceLines, AMessageFromTheHostIsTheOwners) {
  // "Mensaje de la anfitriona" names the page's own person by her role.
  Document document = ParseDocument(HtmlPage(
      "<main><section class='message'><h2>Mensaje de la anfitriona</h2>"
      "<p>cumplí 40 el pasado 20 de noviembre</p></section><section "
      "class='message'><h2>Mensaje de marta_laredo</h2><p>tengo 52 "
      "años</p></section></main>"));
  EXPECT_EQ(ZoneOf(document, "cumplí 40"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "tengo 52"), Zone::kOthers);
}

TEST(SequenceLines, AGuestbookHeadingLineHandsTheRestToVisitors) {
  Document document = ParseDocument(HtmlPage(
      "<table><tr><td><center><b>~*~ Guestbook ~*~</b></center></td></tr>"
      "<tr><td>Email:</td><td>lmarsh@example.com</td></tr></table>"));
  EXPECT_EQ(ZoneOf(document, "lmarsh@example.com"), Zone::kOthers);
}

TEST(SequenceLines, CardsReceivedAreTheSendersWords) {
  Document document = ParseDocument(HtmlPage(
      "<main><h2>About me</h2><p>I teach English.</p><h2>Recently received"
      "</h2><div><b>DE-1187342 from anja_leipzig</b></div><div>I'm Anja, 67, "
      "retired librarian.</div></main>"));
  EXPECT_EQ(ZoneOf(document, "I teach"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "I'm Anja"), Zone::kOthers);
}

TEST(Zones, ABoxLabelledAdIsFurniture) {
  Document document = ParseDocument(HtmlPage(
      "<main><p>Call me on 0932 571 846.</p><div class='box'><b>Ad</b><br>"
      "Stamp album sale. Call 02-2388-7701.</div><div class='box'><b>Adam"
      "</b><br>Call 02-2388-7702.</div></main>"));
  EXPECT_EQ(ZoneOf(document, "Call me"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Stamp album sale"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "02-2388-7702"), Zone::kOwner);
}

TEST(Zones, ABoxLabelledInBoldSaysWhoseItIs) {
  Document document = ParseDocument(HtmlPage(
      "<main><p>I live in Fayetteville, AR.</p><div class='card'><b>Members "
      "you may know</b><ul><li>Tanya R. - Rogers, AR</li></ul></div><div "
      "class='card'><b>Tanya R.</b>: Rogers, AR</div></main>"));
  EXPECT_EQ(ZoneOf(document, "I live"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Tanya R. - Rogers"), Zone::kFurniture);
  Document lost = ParseDocument(HtmlPage(
      "<main><p>Text me 2645 8813.</p><div class='t'><b>Lost &amp; found</b>"
      "<p>Pink Aviar found on hole 14 - call 2917 0342.</p></div></main>"));
  EXPECT_EQ(ZoneOf(lost, "Pink Aviar"), Zone::kFurniture);
}

TEST(SequenceLines, ACommenterWithARoleIsStillACommenter) {
  // "Kommentit" is Finnish for comments; the chair's role sits between
  // his name and the date.
  Document document = ParseDocument(
      HtmlPage("<main><h1>Kuukauden saunoja: Kaisa Lehtimäki</h1><p>Kaisa on "
               "44-vuotias.</p><h2>Kommentit (2)</h2><div class='box'><b>Esko "
               "Rantala</b> (puheenjohtaja) · 11.11.2026<br>Muistutus: "
               "esko.rantala@example.org</div></main>"));
  EXPECT_EQ(ZoneOf(document, "Kaisa on"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Muistutus"), Zone::kOthers);
  // Each alone is enough: the role without the heading...
  Document unheaded = ParseDocument(HtmlPage(
      "<main><h1>Kuukauden saunoja: Kaisa Lehtimäki</h1><p>Kaisa on "
      "44-vuotias.</p><div class='box'><b>Esko Rantala</b> (puheenjohtaja) "
      "· 11.11.2026<br>Muistutus: esko.rantala@example.org</div></main>"));
  EXPECT_EQ(ZoneOf(unheaded, "Muistutus"), Zone::kOthers);
  // ...and the heading over a comment that names nobody.
  Document unsigned_comment = ParseDocument(
      HtmlPage("<main><h1>Kuukauden saunoja: Kaisa Lehtimäki</h1><p>Kaisa on "
               "44-vuotias.</p><h2>Kommentit (1)</h2><p>Muistutus: "
               "esko.rantala@example.org</p></main>"));
  EXPECT_EQ(ZoneOf(unsigned_comment, "Muistutus"), Zone::kOthers);
}

TEST(SequenceLines, ASidebarsBoldLabelIsItsHeading) {
  Document document = ParseDocument(HtmlPage(
      "<div><p>I live in Roushdy.</p><div id='right'><b>Club sessions</b>"
      "<ul><li>Tue 18:00 Teams</li></ul><b>Previous Members' Corner</b><ul>"
      "<li>September: Rania Khalil, 45, Miami district</li></ul></div></div>"));
  EXPECT_EQ(ZoneOf(document, "I live"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Rania Khalil"), Zone::kOthers);
}

TEST(SequenceLines, ABoxOfLinesEndingInItsCopyrightIsSmallPrint) {
  Document document = ParseDocument(HtmlPage(
      "<div><p>Call me on 0122 347 8810.</p><div style='color:#fff'>Pharos "
      "Bridge Club · 35 Fouad Street, Alexandria, Egypt · Tel. 03 487 1234 · "
      "secretary@pharosbridge.example<br>Club house open daily 09:00-23:00 "
      "except Wednesdays. Parking behind the building, EGP 20.<br>Registered "
      "with the Ministry of Youth and Sports, no. 1127/1951 · Website by "
      "Delta Web Studio · &copy; 2026</div></div>"));
  EXPECT_EQ(ZoneOf(document, "Call me"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "35 Fouad Street"), Zone::kFurniture);
}

TEST(SequenceLines, SmallPrintIsFurniture) {
  Document document = ParseDocument(HtmlPage(
      "<p>Call me at 229.555.0138</p><center><font>Free homepage hosted by "
      "HomeSpace · 1-800-555-0177</font></center>"));
  EXPECT_EQ(ZoneOf(document, "229.555.0138"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "1-800-555-0177"), Zone::kFurniture);
}

TEST(Rosters, ATableListingPeopleIsOthers) {
  Document document = ParseDocument(HtmlPage(
      "<main><p>I'm Renata</p><table><thead><tr><th>Date</th><th>Shift</th>"
      "<th>Volunteer</th></tr></thead><tbody><tr><td>Mon</td><td>7:30</td>"
      "<td>Tom Becker · 602-555-0108</td></tr></tbody></table></main>"));
  EXPECT_EQ(ZoneOf(document, "I'm Renata"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Tom Becker"), Zone::kOthers);
}

TEST(Articles, AnArticleFooterIsTheAuthorBox) {
  Document document = ParseDocument(HtmlPage(
      "<article><p>post</p><footer><h2>Written by Priya</h2><p>Data "
      "engineer (Columbus, OH)</p></footer></article><footer>Inkwell, Inc."
      "</footer>"));
  EXPECT_EQ(ZoneOf(document, "Columbus, OH"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Inkwell, Inc."), Zone::kFurniture);
}

TEST(OwnerName, FallsBackToAShortHeadingOrTheTitle) {
  EXPECT_EQ(ParseDocument(HtmlPage("<h1>Gus Ferreira (47)</h1>")).owner_name,
            "Gus Ferreira");
  EXPECT_EQ(ParseDocument(HtmlPage("<head><title>Imani Okoro (@imani) — "
                                   "Skyline</title></head><p>hi</p>"))
                .owner_name,
            "Imani Okoro");
  // A post's title is not a name, nor is a publication's masthead.
  EXPECT_EQ(
      ParseDocument(HtmlPage("<h1>The school run, and more</h1>")).owner_name,
      "");
  EXPECT_EQ(ParseDocument(HtmlPage("<h1>The Ledger</h1>")).owner_name, "");
  // An "About Me" page's heading introduces the person; it is not a name.
  EXPECT_EQ(ParseDocument(HtmlPage("<h1>About Me</h1>")).owner_name, "");
  EXPECT_EQ(ParseDocument(HtmlPage("<h1>Sobre mí</h1>")).owner_name, "");
}

TEST(OwnerName, AHeadingsSubtitleIsNotPartOfTheName) {
  EXPECT_EQ(ParseDocument(HtmlPage("<main><h1>Mariela Quiroga <small>"
                                   "contralto del coro</small></h1></main>"))
                .owner_name,
            "Mariela Quiroga");
}

TEST(OwnerName, ATitleNamesThePersonAfterAColonOrACue) {
  EXPECT_EQ(ParseDocument(HtmlPage("<head><title>Ep. 87: From a classroom to "
                                   "maps — with Ananya Krishnamurthy | The "
                                   "Podcast</title></head><main><h1>From a "
                                   "classroom to maps</h1><p>Ananya grew up "
                                   "in Mysuru.</p></main>"))
                .owner_name,
            "Ananya Krishnamurthy");
  EXPECT_EQ(ParseDocument(HtmlPage("<head><title>Albero della famiglia — "
                                   "gestito da Marco Bellandi | Radici</title>"
                                   "</head><main><h1>Albero della famiglia"
                                   "</h1><p>Scrivete a Marco.</p></main>"))
                .owner_name,
            "Marco Bellandi");
  EXPECT_EQ(ParseDocument(HtmlPage("<head><title>Ep. 144 — Second Life for "
                                   "Scrap Fabric, with Farida Mansour-Keene "
                                   "| Makers</title></head><main><h1>Ep. 144"
                                   "</h1><p>Farida, 44, sews.</p></main>"))
                .owner_name,
            "Farida Mansour-Keene");
  // A task in a course forum is not a person: its words are not the page's.
  EXPECT_EQ(ParseDocument(HtmlPage("<head><title>Week 1: Introduce Yourself - "
                                   "STAT 2150</title></head><main><p>Hi all, "
                                   "I'm in my second year.</p></main>"))
                .owner_name,
            "");
}

TEST(OwnerName, APlatformsCheckMarkIsNoPartOfTheName) {
  EXPECT_EQ(ParseDocument(HtmlPage("<main><h1>Kezia J. <span class='badge'>"
                                   "Verified ✓</span></h1><p>Crew</p></main>"))
                .owner_name,
            "Kezia J.");
}

TEST(OwnerName, AHeadlineWithSaysIsNotAnAuthorLine) {
  Document document = ParseDocument(
      HtmlPage("<main><article><h2>Gloria Tennant says goodbye to Claims</h2>"
               "<p>Gloria turned 65 in October.</p></article>"
               "<article><h3>Comments</h3><p>Sam Ortiz says:</p><p>I'm 41</p>"
               "</article></main>"));
  EXPECT_EQ(ZoneOf(document, "Gloria turned 65 in October."), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "I'm 41"), Zone::kOthers);
}

TEST(OwnerName, ReportedSpeechIsNotAnAuthorLine) {
  // "X says the secret is …" goes on in prose: the article's own words,
  // not a byline that hands what follows to X.
  Document document = ParseDocument(
      HtmlPage("<main><article><h1>Brandts to celebrate 50th anniversary</h1>"
               "<p>Marjorie, who turns 71 on Christmas Eve, says the secret is "
               "\"separate bathrooms.\"</p>"
               "<p>Cards may be sent to the couple at 2907 Walnut St.</p>"
               "</article></main>"));
  EXPECT_EQ(
      ZoneOf(document, "Cards may be sent to the couple at 2907 Walnut St."),
      Zone::kOwner);
}

TEST(OwnerName, ABoldItemTitleIsNotAnAuthor) {
  // "<b>Arreglos de costura</b>: …" titles an offer; "<b>Ana Ruiz</b>: …"
  // would be someone speaking.
  Document document = ParseDocument(HtmlPage(
      "<h1>Pilar Gascón</h1><main><ul>"
      "<li><b>Arreglos de costura</b>: dejadme las prendas en casa.</li>"
      "<li><b>Ana Ruiz</b>: yo también coso.</li></ul></main>"));
  EXPECT_EQ(
      ZoneOf(document, "Arreglos de costura: dejadme las prendas en casa."),
      Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Ana Ruiz: yo también coso."), Zone::kOthers);
}

TEST(OwnerName, PostHeadersSplitAThreadByAuthor) {
  Document document = ParseDocument(HtmlPage(
      "<h1>Imani Okoro</h1><div class='replies'>"
      "<article><header><b>Dex Marlow</b> · Nov 3</header><p>I'm 38</p>"
      "</article><article><header><b>Imani Okoro</b> · Nov 4</header>"
      "<p>email me at imani@example.com</p></article></div>"));
  EXPECT_EQ(ZoneOf(document, "I'm 38"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "imani@example.com"), Zone::kOwner);
}

TEST(OwnerName, AThreadsMostFrequentPosterByUserPanelIsTheOwner) {
  Document document = ParseDocument(HtmlPage(
      "<h1>Birthday trip</h1>"
      "<article class='post'><aside class='userinfo'><b>ReelRemy</b><br>"
      "Location: Slidell, LA</aside><div class='body'><p>Turned 44 "
      "yesterday</p></div></article>"
      "<article class='post'><aside class='userinfo'><b>CajunKenny</b><br>"
      "Location: Houma, LA</aside><div class='body'><p>Happy "
      "birthday</p></div></article>"
      "<article class='post'><aside class='userinfo'><b>ReelRemy</b>"
      "</aside><div class='body'><p>Thanks Kenny</p></div></article>"
      "<article class='post'><aside class='userinfo'><b>ReelRemy</b>"
      "</aside><div class='body'><p>Forgot to add</p></div></article>"));
  EXPECT_EQ(document.owner_name, "ReelRemy");
  EXPECT_EQ(ZoneOf(document, "Houma, LA"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Turned 44 yesterday"), Zone::kOwner);
}

TEST(Links, AListOfProfilesAndMapImagesAreMarked) {
  Document document = ParseDocument(HtmlPage(
      "<div class='panel'><h3>Socials</h3><ul><li><a "
      "href='https://chirp.example/kestrel_jo'>Chirp</a></li></ul></div>"
      "<p><a href='https://news.example/story'>a story</a></p>"
      "<img alt='pickup' "
      "src='https://maps.example/staticmap?center=36.1,-95.9'>"));
  bool saw_social = false, saw_story = false, saw_map = false;
  for (const Link& link : document.links) {
    if (link.url == "https://chirp.example/kestrel_jo") {
      saw_social = true;
      EXPECT_TRUE(link.in_links_section);
    }
    if (link.url == "https://news.example/story") {
      saw_story = true;
      EXPECT_FALSE(link.in_links_section);
    }
    if (link.url.find("staticmap") != std::string::npos) saw_map = true;
  }
  EXPECT_TRUE(saw_social && saw_story && saw_map);
}

TEST(Links, EachLinkKeepsTheWordsBeforeIt) {
  Document document = ParseDocument(HtmlPage(
      "<p>Nadia's photos: <a href='https://pics.example/nadia'>@nadia</a> "
      "&middot; Tom's: <a href='https://pics.example/tom'>@tom</a></p>"
      "<p><a href='https://pics.example/first'>first</a></p>"));
  std::vector<std::string> leads;
  for (const Link& link : document.links) leads.push_back(link.lead);
  EXPECT_EQ(leads, (std::vector<std::string>{"Nadia's photos:", "Tom's:", ""}));
  // Right after a separator, the item before it leads: the contact line's
  // email introduces the handle.
  Document contact = ParseDocument(HtmlPage(
      "<p>Aulas: 912 555 014 &middot; ines@example.com &middot; <a "
      "href='https://instagram.example/ines.nas.ondas'>@ines.nas.ondas</a>"
      "</p>"));
  ASSERT_EQ(contact.links.size(), 1u);
  EXPECT_EQ(contact.links[0].lead, "ines@example.com");
}

TEST(Chips, AProfileFactListIsReadAsOneBioLine) {
  Document document = ParseDocument(HtmlPage(
      "<div class='profile'><ul><li>34</li><li>Woman</li><li>Sous chef</li>"
      "<li>Marrow &amp; Vine</li></ul></div>"));
  EXPECT_EQ(BlockEndingWith(document, "[list]"),
            "34 · Woman · Sous chef · Marrow & Vine");
}

TEST(Rosters, ContactColumnsMakeARosterAndTheOwnersRowStaysTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<main><h2>Gardener of the Month: Tomasz Wierzbicki (Plot 14)</h2>"
      "<table><tr><th>Plot</th><th>Phone</th><th>Email</th></tr>"
      "<tr><td>Ama Boateng</td><td>612-555-0172</td><td>a@example.org</td>"
      "</tr><tr><td>Tomasz Wierzbicki</td><td>612-555-0173</td>"
      "<td>t@example.com</td></tr></table></main>"));
  EXPECT_EQ(document.owner_name, "Tomasz Wierzbicki");
  EXPECT_EQ(ZoneOf(document, "612-555-0172"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "612-555-0173"), Zone::kOwner);
  // A name column in another language ("Non", "Navn") and a phone column
  // ("Telefòn") make one too.
  Document creole = ParseDocument(HtmlPage(
      "<main><h1>Nadège Ulysse</h1><p>Mwen rele Nadège.</p><table><tr><th>"
      "Non</th><th>Zòn</th><th>Telefòn</th></tr><tr><td>Wilner Estimé</td>"
      "<td>Kay Jakmèl</td><td>+509 34 90 61 27</td></tr></table></main>"));
  EXPECT_EQ(ZoneOf(creole, "+509 34 90 61 27"), Zone::kOthers);
}

TEST(OwnerName, APostsTitleAndACreditLineAreNoOwners) {
  // An h-entry's p-name is the post's title.
  Document blog = ParseDocument(HtmlPage(
      "<div class='main'><article class='h-entry'><h2 class='p-name'>"
      "Contract six, signed off</h2><p>I'm home.</p></article></div><div "
      "class='sidebar'><div class='h-card'><b class='p-name'>Latoya G.</b>"
      "</div></div>"));
  EXPECT_EQ(blog.owner_name, "Latoya G.");
  // "Tekst: Joanna W." credits the writer of a feature whose heading
  // ("Poznaj naszych morsów: …", "Meet our walruses") names its subject.
  Document feature = ParseDocument(HtmlPage(
      "<main><article><h1>Poznaj naszych morsów: Grzegorz Nowicki</h1><p "
      "class='autor'>Tekst: Joanna Wrzesińska · 25 listopada 2026</p><p>"
      "Grzegorz pływa od 2015 roku.</p></article></main>"));
  EXPECT_EQ(feature.owner_name, "Grzegorz Nowicki");
}

TEST(OwnerName, AFeatureHeadingNamesItsSubject) {
  EXPECT_EQ(ParseDocument(HtmlPage("<h1>Willow Creek HOA</h1><main><h2>Meet "
                                   "your Treasurer: Marisol Quintero</h2>"
                                   "</main>"))
                .owner_name,
            "Marisol Quintero");
  // A colon in an ordinary heading is not a feature.
  EXPECT_EQ(
      ParseDocument(HtmlPage("<h2>Update: Big News Today</h2>")).owner_name,
      "");
}

TEST(OwnerName, AFeaturedWorkNamesItsMakerInTheTitle) {
  Document document = ParseDocument(HtmlPage(
      "<title>Layout of the Month: \"Cwmtawe Branch\" by Rhodri Bevan | "
      "Swansea Valley MRS</title><main><h1>\"Cwmtawe Branch\"</h1><p>Ring "
      "Rhodri on 01792 555014.</p></main>"));
  EXPECT_EQ(document.owner_name, "Rhodri Bevan");
  // The town after the name is no part of it.
  Document with_town = ParseDocument(HtmlPage(
      "<title>Rankontre ajan sante nou yo: Nadège Ulysse, Lamandou - FSS"
      "</title><main><h1>Rankontre ajan sante nou yo: Nadège Ulysse</h1><p>"
      "Mwen rele Nadège.</p></main>"));
  EXPECT_EQ(with_town.owner_name, "Nadège Ulysse");
}

TEST(SequenceLines, AReviewCountUnderANameIsNotAReviewsHeading) {
  Document document = ParseDocument(HtmlPage(
      "<title>Kavita R. - Driving Instructor</title><main><h1>Kavita "
      "Ramdial-Joseph ★ 4.9 (86 reviews)</h1><p>I'm 44 and I teach in "
      "Chaguanas.</p></main><section><h3>Reviews (3)</h3><p>Passed first "
      "try!</p></section>"));
  EXPECT_EQ(ZoneOf(document, "I'm 44 and I teach in Chaguanas."), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Passed first try!"), Zone::kOthers);
}

TEST(OwnerName, AFeatureIsAboutItsSubjectNotItsWriter) {
  Document document = ParseDocument(HtmlPage(
      "<main><article><h1>Neighbor of the Week: Odell Pruitt, 67, keeps the "
      "corner safe</h1><p class='byline'>By <span class='author'>Kelly "
      "Noor</span></p><p>He grew up in Racine.</p></article></main>"));
  EXPECT_EQ(document.owner_name, "Odell Pruitt");
  EXPECT_EQ(ZoneOf(document, "He grew up in Racine."), Zone::kOwner);
}

TEST(OwnerName, AnInterviewIsAboutWhomItQuestionsNotItsWriter) {
  const std::string article =
      "<main><article><h1>Meet the 2027 awardees</h1><p class='byline'>By "
      "Kaure Baiteke · <time datetime='2026-12-10'>10 December 2026</time>"
      "</p><table><tr><th>Awardee</th><th>Age</th>"
      "<th>University</th></tr><tr><td>Teretia Kaiteie</td><td>30</td>"
      "<td>University of Otago</td></tr><tr><td>Kautu Tebano</td><td>27</td>"
      "<td>James Cook University</td></tr></table><h2>Five questions for "
      "Teretia</h2><p>I'm Teretia, a midwife in Bikenibeu.</p><h2>The other "
      "one</h2><p>Kautu (27) works as a fisheries observer.</p><h2>What the "
      "award pays</h2><p>Tuition in full.</p></article></main>";
  Document document = ParseDocument(HtmlPage(article));
  EXPECT_EQ(document.owner_name, "Teretia Kaiteie");
  EXPECT_EQ(ZoneOf(document, "I'm Teretia, a midwife in Bikenibeu."),
            Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "James Cook University"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Kautu (27) works as a fisheries observer."),
            Zone::kOthers);
  // Unsigned, the page is already the person's: the heading is one of its
  // sections.
  document = ParseDocument(HtmlPage(
      "<main><h1>Reto Büchel</h1><p>Woodturner in Schaan.</p><h2>Three "
      "questions for Reto</h2><p>I'm 57.</p><h2>Opening hours</h2><p>Daily "
      "10-18.</p></main>"));
  EXPECT_EQ(document.owner_name, "Reto Büchel");
  EXPECT_EQ(ZoneOf(document, "Woodturner in Schaan."), Zone::kOwner);
}

TEST(Zones, ABoldPlaceWithACountIsNoCommentsAuthor) {
  // "<b>Mercado Jáuregui</b> · Mercado · 41 check-ins": a check-in count,
  // not a comment's date; "<b>Ana Ruiz</b> · 2 days ago" is a comment.
  Document document = ParseDocument(HtmlPage(
      "<title>Ulises Contreras en Andanzas</title><main><h1>Ulises "
      "Contreras</h1><section><h2>Sus lugares de siempre</h2><ol><li><b>"
      "Mercado Jáuregui</b> · Mercado · 41 check-ins · sábados</li></ol>"
      "<ul><li><b>Ana Ruiz</b> · 2 days ago: ¡qué rico!</li></ul></section>"
      "</main>"));
  EXPECT_EQ(ZoneOf(document, "41 check-ins"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "qué rico"), Zone::kOthers);
}

TEST(OwnerName, AClubsPageForOneOfItsPeopleNamesThem) {
  // "Our Black Belts: Aïssatou "Aïcha" Ndiaye": the club's feature, written
  // by its master; the list of the others follows.
  Document document = ParseDocument(HtmlPage(
      "<title>Our Black Belts: Aïssatou \"Aïcha\" Ndiaye, 2nd Dan - Ndakaru "
      "Taekwondo Club</title><main><article><h1>Our Black Belts: Aïssatou "
      "\"Aïcha\" Ndiaye</h1><p>Posted 12 October 2026 by Master Diallo</p>"
      "<p>I'm Aïcha, 26, born in Ouakam.</p></article><section><h2>More "
      "black belts of the club</h2><ul><li><b>Cheikh Fall, 3rd Dan, 31 - "
      "nurse at Hôpital Principal.</b></li></ul></section></main>"));
  EXPECT_EQ(document.owner_name, "Aïssatou \"Aïcha\" Ndiaye");
  EXPECT_EQ(ZoneOf(document, "I'm Aïcha, 26"), Zone::kOwner);
  EXPECT_NE(ZoneOf(document, "Hôpital Principal"), Zone::kOwner);
  // "Our story: how it began" names no one.
  EXPECT_EQ(ParseDocument(HtmlPage("<title>Our story: how it began | Ndakaru"
                                   "</title><main><p>1994.</p></main>"))
                .owner_name,
            "");
}

TEST(OwnerName, AHeadlineWithTheFullFirstNameStillNamesTheOwner) {
  // The title says "Kev Maher", the article's Person "Kevin Maher" with
  // ("Kev") after it: still the owner's feature; another Kevin's is not.
  Document document = ParseDocument(HtmlPage(
      "<title>Our stewards: Kev Maher - Flinders Show</title><main><article "
      "typeof=Person><h1><span property=name>Kevin Maher</span> <small>"
      "(\"Kev\")</small></h1><p>Posted 4 April 2029 by the show secretary"
      "</p><p>Kev turned 68 on Australia Day.</p></article><article "
      "typeof=Person><h1><span property=name>Kevin Marsh</span></h1><p>Kevin "
      "turned 50 in May.</p></article></main>"));
  EXPECT_EQ(document.owner_name, "Kev Maher");
  EXPECT_EQ(ZoneOf(document, "Kev turned 68"), Zone::kOwner);
  EXPECT_NE(ZoneOf(document, "Kevin turned 50"), Zone::kOwner);
}

TEST(OwnerName, AThreadOfDatedMessagesIsTheirWritersOwn) {
  // Sibling boxes of one class, each opening with "Name, Town · date",
  // under a heading in a language no list knows: each is its writer's.
  Document document = ParseDocument(HtmlPage(
      "<title>Sjoukje Hoekstra - Us leden</title><main><section><h2>Oer "
      "my</h2><p>Ik bin Sjoukje, 34 jier.</p></section><section><h2>Reaksjes"
      "</h2><div class=reaksje><p class=wa>Gerrit Postma, Boalsert · 2 "
      "maaie 2029</p><p>Belje: 0515 57 42 10.</p></div><div class=reaksje>"
      "<p class=wa>Sjoukje Hoekstra · 4 maaie 2029</p><p>Tank, Gerrit!</p>"
      "</div></section><section><div class=note><p>Anke · 3 maaie 2029</p>"
      "<p>Training om 19.00.</p></div></section></main>"));
  EXPECT_EQ(document.owner_name, "Sjoukje Hoekstra");
  EXPECT_EQ(ZoneOf(document, "0515 57 42 10"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Tank, Gerrit"), Zone::kOwner);
  // One dated box alone is no thread.
  EXPECT_EQ(ZoneOf(document, "Training om"), Zone::kOwner);
}

TEST(OwnerName, ASpotlightOnAGamertagNamesItsOwner) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Roster</h1><section><h2>Member spotlight: KestrelNine</h2>"
      "<p>Age: 31</p></section><table><tr><th>Gamertag</th><th>Age</th>"
      "<th>Location</th></tr><tr><td>Vyper Ox</td><td>26</td><td>Columbus, "
      "OH</td></tr></table></main>"));
  EXPECT_EQ(document.owner_name, "KestrelNine");
  EXPECT_EQ(ZoneOf(document, "Columbus, OH"), Zone::kOthers);
}

TEST(OwnerName, AChatLogsOwnerIsWhoeverWritesMost) {
  Document document = ParseDocument(HtmlPage(
      "<div class='pinned'>Pinned by <span class='author'>Carlos | Mod"
      "</span>: be nice</div>"
      "<div class='msg'><span class='author'>ikertxo</span><div>Kaixo!</div>"
      "</div><div class='msg'><span class='author'>nerea_dm</span><div>Hi"
      "</div></div><div class='msg'><span class='author'>ikertxo</span>"
      "<div>Sí</div></div><div class='msg'><span class='author'>ikertxo"
      "</span><div>whatsapp al 655 50 17 82</div></div>"));
  EXPECT_EQ(document.owner_name, "ikertxo");
}

TEST(OwnerName, EachThreadStarterCueNamesTheStarter) {
  for (const std::string& line :
       {std::string("Thread starter <a href='/u/9'>CoralCarl</a> · 2 Mar"),
        std::string("Thread starter: CoralCarl · 2 Mar"),
        std::string("Iniciado por CoralCarl · 2 mar")}) {
    Document document =
        ParseDocument(HtmlPage("<main><h1>Mi acuario</h1><p>" + line +
                               "</p><p>Hola.</p>"
                               "</main>"));
    EXPECT_EQ(document.owner_name, "CoralCarl") << line;
  }
  // A cue inside a word is none: "Restarted by" is not "started by".
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Log</h1><p>Restarted by CoralCarl · 2 Mar</p></main>"));
  EXPECT_NE(document.owner_name, "CoralCarl");
}

TEST(OwnerName, AThreadIsItsStartersAndUserPanelsNameEachPost) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>My reef build</h1><p>Started by ShaneReefs · 3 Mar 2026 · "
      "214 replies</p>"
      "<article class='message'><aside class='user'><b>ShaneReefs</b><br>"
      "Location: Mango Hill</aside><div class='body'><p>Day 1, I'm a sparky."
      "</p></div></article>"
      "<article class='message'><aside class='user'><b>nemo_nat</b><br>"
      "Location: Noosa</aside><div class='body'><p>I'm 52 and jealous.</p>"
      "</div></article></main>"));
  EXPECT_EQ(document.owner_name, "ShaneReefs");
  EXPECT_EQ(ZoneOf(document, "Day 1"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "I'm 52"), Zone::kOthers);
}

TEST(OwnerName, AReplyLedByTheOwnersNameAndADateIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Aoife Gallagher</h1><section class='discussion'>"
      "<h2>Recent discussion</h2><div class='topic'>"
      "<p><b>Aoife Gallagher</b> · 2 days ago — Writing this from the prom."
      "</p><p><b>Declan Moran</b> · 2 days ago — I'll drive up.</p></div>"
      "</section><ul><li><b>Tilly's Cardigan</b> — for my granddaughter "
      "Tilly</li></ul></main>"));
  EXPECT_EQ(ZoneOf(document, "Writing this"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "drive up"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "granddaughter"), Zone::kOwner);
}

TEST(OwnerName, TheOriginalPostersRepliesAreTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<main><article><h1>I'm (61M) a bus driver. AMA</h1></article>"
      "<section class='comments'><div class='comment'><p class='c-meta'>"
      "<a href='/u/sam'>u/sam</a> · 2d</p><p>I'm 34 too</p>"
      "<div class='comment'><p class='c-meta'><a href='/u/dale'>u/dale</a> "
      "· OP · 2d</p><p>My daughter Krista is a nurse</p></div></div>"
      "</section></main>"));
  EXPECT_EQ(document.owner_name, "");  // "I'm" is not a handle
  EXPECT_EQ(ZoneOf(document, "I'm 34 too"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "My daughter Krista is a nurse"), Zone::kOwner);
}

TEST(ParseDocument, TheTitleIsReadLikeAMetaDescription) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Fiona Strachan (Glasgow, UK)'s profile</title>"
      "</head><body><p>hi</p></body></html>"));
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks[0].element, "title");
  EXPECT_EQ(document.blocks[0].source, Source::kMeta);
  EXPECT_EQ(document.blocks[0].text, "Fiona Strachan (Glasgow, UK)'s profile");
}

TEST(Region, TheHtmlLanguageNamesTheCountry) {
  EXPECT_EQ(
      ParseDocument(HtmlPage("<html lang='es-CO'><p>x</p></html>")).region,
      "CO");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='it'><p>x</p></html>")).region,
            "IT");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='en'><p>x</p></html>")).region,
            "");
  EXPECT_EQ(ParseDocument(HtmlPage("<p>x</p>")).region, "");
}

TEST(Region, ANorthAmericanAreaCodeNamesACaribbeanCountry) {
  // "+1 268" is Antigua and Barbuda, "+1 876" Jamaica; Kigali is Rwanda.
  EXPECT_EQ(ParseDocument(HtmlPage("<p>WhatsApp +1 268 555 0142, Falmouth "
                                   "Harbour. Crew wanted.</p>"))
                .region,
            "AG");
  EXPECT_EQ(ParseDocument(HtmlPage("<p>Call (+1) 876-555-0199</p>")).region,
            "JM");
  EXPECT_EQ(
      ParseDocument(HtmlPage("<p>Living in Kigali, coding games</p>")).region,
      "RW");
}

TEST(Region, SmallIslandStatesAreKnownByTheirTowns) {
  EXPECT_EQ(ParseDocument(HtmlPage("<p>Ladder nights in Avarua, Rarotonga."
                                   "</p>"))
                .region,
            "CK");
  EXPECT_EQ(ParseDocument(HtmlPage("<p>Karate in Koror, Palau.</p>")).region,
            "PW");
  EXPECT_EQ(
      ParseDocument(HtmlPage("<p>Bread in Stanley, Falkland Islands.</p>"))
          .region,
      "FK");
}

TEST(Region, ALongerNameCoversTheShorterOneInIt) {
  // "South Sudan" is no vote for Sudan (a tie would leave no country).
  EXPECT_EQ(
      ParseDocument(HtmlPage("<p>Civil engineer from South Sudan.</p>")).region,
      "SS");
  // A market named after a country counts once; the town names win.
  EXPECT_EQ(ParseDocument(HtmlPage("<p>My stall at Soko la Kenya, "
                                   "Lubumbashi. Mama lives in Likasi.</p>"))
                .region,
            "CD");
}

TEST(Region, OtherCountriesNamedTwiceAreKeptWhenNoneWins) {
  // Haifa and Tbilisi are named as often: no country wins, both are kept
  // for numbers written the national way.
  Document document = ParseDocument(
      HtmlPage("<p>Home is Haifa. Back in Haifa soon. Tbilisi was hot; "
               "Tbilisi again next year.</p>"));
  EXPECT_EQ(document.region, "");
  EXPECT_EQ(document.other_regions, (std::vector<std::string>{"GE", "IL"}));
}

TEST(Region, AFullNumbersCountryCodeNamesTheCountry) {
  EXPECT_EQ(
      ParseDocument(HtmlPage("<p>Pedidos al (+504) 9874-3120</p>")).region,
      "HN");
  EXPECT_EQ(ParseDocument(HtmlPage("<p>Office +60 3-2711 0142</p>")).region,
            "MY");
  // A plus inside a word or after another is no number: "C++17", "a+1 2".
  EXPECT_EQ(ParseDocument(HtmlPage("<p>I write C++17 and a+1 268 tricks.</p>"))
                .region,
            "");
}

TEST(Region, ALanguageWithoutACountryIsReadFromThePage) {
  // The page names where it is: a country, a city, a full number's code.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='es'><p>Vivo en San Pedro "
                                   "Sula, Honduras. Cel. 9874-3120</p></html>"))
                .region,
            "HN");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='en'><p>Windhoek office: +264 "
                                   "61 555 0100</p></html>"))
                .region,
            "NA");
  // A passing mention loses to where the page is.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='en'><p>Back in Austin, TX "
                                   "after a week in Mexico. Dallas, TX next."
                                   "</p></html>"))
                .region,
            "US");
  // A tie says nothing; a written country is kept.
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='de'><p>Urlaub in Italia und "
                                   "Österreich</p></html>"))
                .region,
            "DE");
  EXPECT_EQ(ParseDocument(HtmlPage("<html lang='en-GB'><p>Moved to Kenya."
                                   "</p></html>"))
                .region,
            "GB");
}

TEST(OwnerName, ASignedFeatureIsAboutWhomItKeepsNaming) {
  Document document = ParseDocument(HtmlPage(
      "<main><article><h1>The soup pot that never runs dry</h1><p "
      "class='byline'>By "
      "<span class='author'>Frieda Hamutenya</span> · 20 November "
      "2026</p><p>Inside, Selma Nangolo, 52, is "
      "stirring a pot. “I started with one pot,” she says.</p><p>Selma moved "
      "to Windhoek at 19. Her husband fetches vegetables; she sings alto."
      "</p><p>Call Selma on 081 276 4409.</p></article></main>"));
  EXPECT_EQ(document.owner_name, "Selma Nangolo");
  // A draw named after its weekday is no person, however often it comes.
  Document winner = ParseDocument(HtmlPage(
      "<main><article><p class='byline'>By <span class='author'>Jess "
      "Tranter</span></p><p>She won last week's Thursday Gold Lotto draw. "
      "Thursday Gold Lotto pays weekly.</p><p>Kerri-Anne Dwyer, 56, said "
      "her Thursday ticket was lucky. Kerri-Anne laughed. Kerri-Anne and "
      "her husband will travel; he is retired.</p></article></main>"));
  EXPECT_EQ(winner.owner_name, "Kerri-Anne Dwyer");
  // A first-person post keeps its writer.
  Document post = ParseDocument(HtmlPage(
      "<main><article><h1>Our weekend</h1><p class='byline'>By <span "
      "class='author'>Hazel Whitcombe</span></p><p>Mia and "
      "I baked. Mia says she loves it; Mia Lopez is her friend. I told her my "
      "recipe. He laughed.</p></article></main>"));
  EXPECT_EQ(post.owner_name, "Hazel Whitcombe");
}

TEST(Sidebars, AnAboutMeWidgetInASidebarBoxIsTheOwners) {
  // An old blog's "<div class=sidebar>", its profile widget classed like
  // the site's other widgets.
  Document document = ParseDocument(HtmlPage(
      "<div class='main'><h1>Latoya G.</h1><p>I sail.</p></div><div "
      "class='sidebar'><div class='widget profile'><h3>About Me</h3><dl><dt>"
      "Location</dt><dd>Salem, Montserrat</dd></dl></div><div class='widget "
      "popular'><h3>Popular Posts</h3><p>Crew bar rules</p></div></div>"));
  EXPECT_EQ(ZoneOf(document, "Salem, Montserrat"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Crew bar rules"), Zone::kFurniture);
}

TEST(Sidebars, AProfileHeaderOrAnIntroductionIsTheOwners) {
  Document document = ParseDocument(
      HtmlPage("<header class=\"account\"><h1>Rowan A</h1><p>Plant nerd, 29</p>"
               "</header><header class=\"site\"><p>Fjord Social</p></header>"
               "<aside><p>juniper, 23, she/her</p></aside>"
               "<aside><h3>About me</h3><p>Nurse in Leeds</p></aside>"
               "<aside><h3>À propos</h3><p>Infirmière à Sherbrooke</p></aside>"
               "<aside><h3>Events nearby</h3><p>Harvest Fair</p></aside>"
               "<main><p>post</p></main>"));
  EXPECT_EQ(ZoneOf(document, "Plant nerd, 29"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Fjord Social"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "juniper, 23, she/her"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Nurse in Leeds"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Infirmière à Sherbrooke"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Harvest Fair"), Zone::kFurniture);
}

TEST(Sidebars, AHeaderClassedAsThePersonIsTheOwners) {
  Document document = ParseDocument(
      HtmlPage("<header class=\"user\"><h1>Gus H</h1><p>@gushops · Duluth, MN"
               "</p></header><header class=\"site-top\"><p>Hopline</p>"
               "</header><aside class=\"host-card\"><p>Host since 2019</p>"
               "</aside><aside class=\"promo\"><p>Try Supporter</p></aside>"
               "<main><p>post</p></main>"));
  EXPECT_EQ(ZoneOf(document, "@gushops · Duluth, MN"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Hopline"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Host since 2019"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Try Supporter"), Zone::kFurniture);
}

TEST(Cards, OnATeamPageTheOtherMembersCardsAreOthers) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Meet the Team</h1>"
      "<section class=\"member owner\"><h2>Adaeze Okonkwo <small>Owner"
      "</small></h2><p>Adaeze lives in West Asheville.</p></section>"
      "<section class=\"member\"><h2>Jonah Pike <small>Head Baker</small>"
      "</h2><p>Jonah takes night classes at A-B Tech.</p></section>"
      "</main>"));
  EXPECT_EQ(ZoneOf(document, "Adaeze lives"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Jonah takes"), Zone::kOthers);
  // Sections with headings that are not people stay the owner's.
  Document about = ParseDocument(HtmlPage(
      "<main><section><h2>Our Story</h2><p>We opened in 2015.</p></section>"
      "<section><h2>The Menu</h2><p>Croissants daily.</p></section></main>"));
  EXPECT_EQ(ZoneOf(about, "Croissants daily."), Zone::kOwner);
}

TEST(Cards, BelowAFeatureEveryoneElsesCardsAreOthers) {
  const std::string cast =
      "<section><h2>The Cast</h2>"
      "<div class='bio'><h3>Denise Fowler (Truvy)</h3><p>Denise is a nurse "
      "at Falls City Medical Center.</p></div>"
      "<div class='bio'><h3>Kayla Ostrowski (Shelby)</h3><p>Kayla, 24, "
      "lives in Jeffersonville.</p></div>"
      "<div class='bio'><h3>Tom Reyes (Drum)</h3><p>Tom works at Ohio "
      "Valley Credit Union.</p></div></section>";
  Document document = ParseDocument(HtmlPage(
      "<main><section><h2>Cast Spotlight: Lorraine Beaumont (M'Lynn)</h2>"
      "<p>Lorraine teaches choir.</p></section>" +
      cast + "</main>"));
  EXPECT_EQ(document.owner_name, "Lorraine Beaumont");
  EXPECT_EQ(ZoneOf(document, "Lorraine teaches"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Kayla, 24"), Zone::kOthers);
  // With the owner read from a plain title, a card may be theirs under a
  // name spelled differently, so the cards stay the owner's.
  Document titled = ParseDocument(
      HtmlPage("<main><h1>Meet Our Team</h1>" + cast + "</main>"));
  EXPECT_EQ(ZoneOf(titled, "Kayla, 24"), Zone::kOwner);
}

TEST(Digest, OnlyTheFeaturesSectionOfANewsletterIsItsSubjects) {
  const std::string sections =
      "<div class='sec'><h2>From the Director</h2><p>Renée Paquette, 58, "
      "thanks every donor.</p></div>"
      "<div class='sec'><h2>Volunteer of the Month: Walt Hryniuk</h2>"
      "<p>Walt drives the Friday truck.</p><h3>Walt's quick five</h3>"
      "<p>Favourite job? The truck run.</p></div>"
      "<div class='sec'><h2>Volunteer notes</h2><p>Welcome to Jasmine, 19, "
      "and her dad Harpreet.</p></div>";
  Document document = ParseDocument(
      HtmlPage("<div class='shell'><h1>The Pantry Post</h1>" + sections +
               "<div class='note'><p>2118 Second Avenue, Whitehorse</p>"
               "</div></div>"));
  EXPECT_EQ(document.owner_name, "Walt Hryniuk");
  EXPECT_EQ(ZoneOf(document, "Walt drives"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Favourite job"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Renée Paquette"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Welcome to Jasmine"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "2118 Second"), Zone::kOthers);
  // A feature followed by its own sections ("Contact") is all the
  // subject's: two sections are not a digest.
  Document profile = ParseDocument(HtmlPage(
      "<div><div><h2>Volunteer of the Month: Walt Hryniuk</h2><p>Walt "
      "drives.</p></div><div><h2>Contact</h2><p>Call Walt at 867-555-0143."
      "</p></div></div>"));
  EXPECT_EQ(ZoneOf(profile, "Call Walt"), Zone::kOwner);
}

TEST(Digest, FlatSectionsEndAtTheNextHeadingThatIsNotTheSubjects) {
  // Headings and paragraphs side by side; the title names the subject and
  // the body heading quotes her hash name.
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Spice Isle Hash - Hasher of the Month: Nutmeg "
      "Nancy</title></head><body><div><h1>Spice Isle Hash</h1>"
      "<h2>Hasher of the Month: \"Nutmeg Nancy\"</h2><p>Nancy turned 55 on "
      "Saturday.</p><h2>Her hash stats</h2><p>Runs: 412</p><h2>Hash Trash"
      "</h2><p>Dry Bones turned 60 on trail.</p><h2>Nancy answers</h2>"
      "<p>I hash for the beer.</p><p>Mailing address: 14 Lagoon Road</p>"
      "<h2>Upcoming runs</h2><p>Call the hash phone, 473-420-3366.</p>"
      "</div></body></html>"));
  EXPECT_EQ(document.owner_name, "Nutmeg Nancy");
  EXPECT_EQ(ZoneOf(document, "Nancy turned 55"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Runs: 412"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Dry Bones"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I hash for"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "473-420-3366"), Zone::kOthers);
}

bool HasBlock(const Document& document, const std::string& text) {
  for (const TextBlock& block : document.blocks) {
    if (block.text == text) return true;
  }
  return false;
}

TEST(LabelPairs, AValueFollowedByItsLabelIsReadAsAField) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h2>Basic info</h2>"
      "<div class='entry'>Female <span class='label'>Gender</span></div>"
      "<div class='entry'>March 22 <span class='label'>Birth date</span>"
      "</div></section></main>"));
  EXPECT_TRUE(HasBlock(document, "Gender: Female"));
  EXPECT_TRUE(HasBlock(document, "Birth date: March 22"));
}

TEST(LabelPairs, ABareNumberIsReadOnlyWithItsLabel) {
  Document document = ParseDocument(
      HtmlPage("<main><div class='profile'><table><tr><th>Games this year</th>"
               "<td>63</td></tr></table></div></main>"));
  EXPECT_TRUE(HasBlock(document, "Games this year: 63"));
  bool seen = false;
  for (const TextBlock& block : document.blocks) {
    if (block.text != "63") continue;
    seen = true;
    EXPECT_EQ(block.source, Source::kPost);
  }
  EXPECT_TRUE(seen);
}

TEST(LabelPairs, APromptAndItsAnswerAreOneBlock) {
  Document document = ParseDocument(
      HtmlPage("<main><div class='prompt'><h3>Mon anniversaire, c'est...</h3>"
               "<p>le 9 octobre, et j'accepte les restos.</p></div>"
               "<h2>Our story</h2><p>We met in 2019.</p></main>"));
  EXPECT_TRUE(
      HasBlock(document,
               "Mon anniversaire, c'est... le 9 octobre, et j'accepte les "
               "restos."));
  EXPECT_FALSE(HasBlock(document, "Our story We met in 2019."));
}

TEST(FactLists, AListOfLabelledFieldsIsTheProfile) {
  Document document = ParseDocument(
      HtmlPage("<main><ul><li>Sexo: Mujer</li><li>Ciudad: Valencia</li>"
               "<li>Busco: amigas</li></ul><ul><li>Flour: 500 g</li>"
               "<li>Sugar: 100 g</li></ul></main>"));
  int checked = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.text == "Ciudad: Valencia") {
      EXPECT_EQ(block.source, Source::kProfile);
      ++checked;
    }
    if (block.text == "Flour: 500 g") {
      EXPECT_EQ(block.source, Source::kPost);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2);
}

TEST(Taglines, TheItemisedLineUnderANameHeadingIsAProfileField) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h1>Mathilde R.</h1><p>34 ans · Conductrice · Membre "
      "depuis 2019</p><p>Infirmière à Voiron.</p></section>"
      "<article><h1>My trip to Lisbon</h1><p>By Jo · 12 comments</p>"
      "</article></main>"));
  int checked = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.text.rfind("34 ans", 0) == 0) {
      EXPECT_EQ(block.source, Source::kProfile);
      ++checked;
    }
    if (block.text.rfind("Infirmière", 0) == 0 ||
        block.text.rfind("By Jo", 0) == 0) {
      EXPECT_EQ(block.source, Source::kPost) << block.text;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3);
}

TEST(MemberProfiles, TheTitleNamesTheMemberAndVisitorMessagesAreOthers) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Perfil de SebasBurgos - Foro</title></head><body>"
      "<div><h3>Sobre mí</h3><p>Vivo en Gamonal.</p></div>"
      "<div><h3>Últimos mensajes</h3><div class='msg'><b>Re: Albergues en "
      "diciembre?</b> · 26 nov 2026<br>En Hornillos hay uno.</div></div>"
      "<div><h3>Mensajes de visitantes (2)</h3>"
      "<div class='msg'><b>Peregrina_Lola</b> (Sevilla): llámanos, 679 55 02 "
      "14.</div><div class='msg'><b>SebasBurgos</b>: Gracias a todos.</div>"
      "</div><div><h3>Publicidad</h3><div>Mochilas Irati, C/ Estafeta 41"
      "</div></div><div><h3>Miembros en línea</h3><div>Lola, Marisa</div>"
      "</div></body></html>"));
  EXPECT_EQ(document.owner_name, "SebasBurgos");
  EXPECT_EQ(ZoneOf(document, "Gamonal"), Zone::kOwner);
  // A subject line ("Re: …") in the member's own list of posts is no author.
  EXPECT_EQ(ZoneOf(document, "Hornillos"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "679 55"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Gracias a todos"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Estafeta"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Marisa"), Zone::kFurniture);
}

TEST(MemberProfiles, ReviewHeadingsInOtherLanguagesAreOthers) {
  Document document = ParseDocument(HtmlPage(
      "<main><section><h2>Om meg</h2><p>Jeg syr bunader.</p></section>"
      "<section><h2>Vurderinger (87)</h2><p>Datteren min Emma (15).</p>"
      "</section><section><h2>Hodnotenia</h2><p>Moja žena Alena.</p>"
      "</section></main>"));
  EXPECT_EQ(ZoneOf(document, "bunader"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Emma"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Alena"), Zone::kOthers);
}

TEST(MemberProfiles, AnAdLabelInTheBoxTextAndAForwardedPostAreNotTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<main><div class='m'>Pickup from my flat in Yunusobod.</div>"
      "<div class='m'><span class='fwd'>Forwarded from Shirin Bazaar</span>"
      "<br>New stock! Chilonzor-9 · +998 93 555 02 18</div>"
      "<div class='rekl'>Reklama · <b>Sušička húb</b> · tel. 044 555 0133"
      "</div><div class='x'>Ad-free since 2020, thanks to members.</div>"
      "</main>"));
  EXPECT_EQ(ZoneOf(document, "Pickup"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "New stock"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "044 555"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "Ad-free"), Zone::kOwner);
}

TEST(MemberProfiles, AContactBoxOpeningWithTheOwnersNameIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<main><div><h1>Bakkerud Bunadsøm</h1><p>Bunader i Gjøvik.</p></div>"
      "<aside><section><h3>Kontakt</h3><p>Bakkerud Bunadsøm<br>"
      "Vindfallsvegen 7<br>2819 Gjøvik</p></section><section><h3>Kontakt"
      "</h3><p>Husfliden Gjøvik<br>Storgata 9</p></section></aside>"
      "</main>"));
  EXPECT_EQ(document.owner_name, "Bakkerud Bunadsøm");
  EXPECT_EQ(ZoneOf(document, "Vindfallsvegen"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Storgata"), Zone::kFurniture);
}

TEST(MemberProfiles, AFooterNamedByItsIdIsTheSites) {
  Document document = ParseDocument(
      HtmlPage("<div id='side'><p>About me: 31 y/o PTA.</p></div>"
               "<div id='foot'>TrailLog · PO Box 1180, Bozeman, MT 59771 · "
               "(406) 555-0110</div>"));
  EXPECT_EQ(ZoneOf(document, "31 y/o"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Bozeman"), Zone::kFurniture);
}

TEST(MemberProfiles,
     AMessageSignedWithACommaAndADateIsItsWritersAndMatchListsAreNot) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>DNA Match: Dee Harrell - KinTrace</title></head>"
      "<body><h1>Dee Harrell</h1><p>I live in Thunderbolt.</p>"
      "<div><h3>Messages</h3><div class='msg'><b>You (rfrazier_atl)</b>, "
      "Nov 12, 2026: I'm in Atlanta, 404-555-0166.</div>"
      "<div class='msg'><b>Dee Harrell</b>, Nov 13, 2026: My sister Bernice "
      "lives in Atlanta.</div></div><div><h3>Other shared matches</h3><ul>"
      "<li>Marcus Graham Jr. - Hinesville, GA</li></ul></div></body></html>"));
  EXPECT_EQ(ZoneOf(document, "404-555"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Bernice"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Hinesville"), Zone::kFurniture);
}

TEST(ParseDocument, APersonalSitesOwnCardInTheFooterIsTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Now - Shirin Tavakoli</title></head><body><main "
      "class=h-entry><h1>What I'm doing now</h1><p>Learning to swim.</p>"
      "<div class='mention h-cite'><a class='p-author h-card' "
      "href='https://reza.example'>Reza Mousavi</a> replied: call 021 5555 "
      "0190</div></main><footer><div class=h-card><a class='p-name u-url "
      "u-uid' href='/'>Shirin Tavakoli</a> · <a class=p-tel "
      "href='tel:+989135552841'>0913 555 2841</a></div><p>Hotline 1-800-555-"
      "0111</p></footer></body></html>"));
  EXPECT_EQ(document.owner_name, "Shirin Tavakoli");
  EXPECT_EQ(ZoneOf(document, "0913 555 2841"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Hotline"), Zone::kFurniture);
  EXPECT_EQ(ZoneOf(document, "021 5555"), Zone::kOthers);
  // A card in the footer that claims nothing (the site's publisher) stays
  // the site's.
  Document publisher = ParseDocument(HtmlPage(
      "<html><head><title>Shirin Tavakoli - Notes</title></head><body><main>"
      "<h1>Shirin Tavakoli</h1><p>Hello.</p></main><footer><div class=h-card>"
      "<span class=p-name>Tile Press Ltd</span> · <span class=p-tel>021 5555 "
      "0100</span></div></footer></body></html>"));
  EXPECT_EQ(ZoneOf(publisher, "021 5555 0100"), Zone::kFurniture);
}

TEST(ParseDocument, AHeadingsBadgesAndATitlesLabelAreNoPartOfTheName) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Host: Fatoumata Binta Bah - Conakry, Guinea | "
      "ElectiveLink</title></head><body><div><h1>Fatoumata Binta Bah <span "
      "class=pill>Verified student host</span></h1><p>I'm 24.</p><p><b>"
      "Contact</b> (after you've matched): WhatsApp +224 622 45 18 09</p>"
      "</div></body></html>"));
  EXPECT_EQ(document.owner_name, "Fatoumata Binta Bah");
  EXPECT_EQ(ZoneOf(document, "+224 622"), Zone::kOwner);
  // Without the heading, the name the title gives after its label.
  Document titled = ParseDocument(
      HtmlPage("<html><head><title>Host: Fatoumata Binta Bah - Conakry | "
               "ElectiveLink</title></head><body><p>Fatoumata here.</p>"
               "</body></html>"));
  EXPECT_EQ(titled.owner_name, "Fatoumata Binta Bah");
}

TEST(ParseDocument, AQuoteOfTheSubjectInAThirdPersonPieceIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Graduate stories: Pio Tinielu keeps the lights on "
      "| Renewables</title></head><body><main><h1>Pio Tinielu</h1><p>Pio "
      "Tinielu is 27. He grew up in Fale. He fixes "
      "inverters, and he trains others. His wife Lina is a nurse aide.</p>"
      "<blockquote>\"Sunday is church at the Fale EKT church - I play the "
      "organ.\"</blockquote><blockquote>\"He never gives up, my best "
      "student.\" - Programme director Ana Lee</blockquote></main></body>"
      "</html>"));
  ASSERT_FALSE(document.owner_pronouns.empty());
  EXPECT_EQ(ZoneOf(document, "Fale EKT church"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "never gives up"), Zone::kOthers);
  // Someone else speaking of him ("he") is not him.
  Document about = ParseDocument(HtmlPage(
      "<main><h1>Pio Tinielu</h1><p>Pio Tinielu is 27. He grew up in Fale. "
      "He fixes inverters, and he trains others. His wife Lina is a nurse "
      "aide.</p><blockquote>\"He taught me everything about the Fale "
      "grid.\"</blockquote></main>"));
  EXPECT_EQ(ZoneOf(about, "taught me everything"), Zone::kOthers);
}

TEST(ParseDocument, AnInterviewOfSomeoneUnnamedIsAboutWhoeverAnswers) {
  Document document = ParseDocument(HtmlPage(
      "<main><p class=byline>TEN QUESTIONS · By Oliver Penhale · 3 June "
      "2027</p><h2>\"Nobody locks their door here\": ten questions for a "
      "Tristan islander</h2><p>Nadine Swain has lived there all her life.</p>"
      "<p>1. Introduce yourself.</p><p>I'm Nadine, I'm 35, and I pack "
      "crawfish.</p></main>"));
  EXPECT_EQ(document.owner_name, "Nadine Swain");
  // The writer alone, when no one answers by name.
  Document unsigned_answers = ParseDocument(HtmlPage(
      "<main><p class=byline>TEN QUESTIONS · By Oliver Penhale</p><h2>Ten "
      "questions for a Tristan islander</h2><p>We asked around.</p></main>"));
  EXPECT_EQ(unsigned_answers.owner_name, "Oliver Penhale");
}

TEST(ParseDocument, AnOrganisationsNameOrAMeetHeadingIsNoOwnersName) {
  EXPECT_EQ(ParseDocument(HtmlPage("<main><h1>Meet Renée</h1><p>I taught "
                                   "for 19 years.</p></main>"))
                .owner_name,
            "Renée");
  EXPECT_EQ(
      ParseDocument(
          HtmlPage("<html><head><title>Andrés Villaseñor - Socios - Club "
                   "Ciclista Los Altos</title></head><body><main><h1>Club "
                   "Ciclista Los Altos</h1><p>Ruedo los domingos.</p></main>"
                   "</body></html>"))
          .owner_name,
      "Andrés Villaseñor");
}

}  // namespace
TEST(MemberProfiles, ASidebarBoxInTheFirstPersonIsTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<div><main><article><p class=byline>Journal entry by Claudette "
      "Petersen — November 24, 2026</p><p>Cycle 6 of 6 is done.</p>"
      "</article></main>"
      "<aside><section><h3>Ways to Help</h3><p>Cards are welcome at home: 27 "
      "Estate Catherine's Rest.</p><p>Meals are organised by my friend "
      "Avis.</p><p>I am also on Facebook but I do not check it much.</p>"
      "</section><section><h3>Donate</h3><p>$25 keeps a site ad-free for a "
      "month. We thank you.</p></section><section><h3>Comments</h3><p>I "
      "loved my visit, my kids too. Call me, 555-0100.</p></section></aside>"
      "</div><section><h2>Well Wishes</h2><p>Congratulations Dette!! My "
      "daughter Shania made you a card.</p></section>"));
  // The byline names the owner after its "Journal entry by".
  EXPECT_EQ(document.owner_name, "Claudette Petersen");
  EXPECT_EQ(ZoneOf(document, "Catherine's Rest"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "ad-free"), Zone::kFurniture);
  EXPECT_NE(ZoneOf(document, "Call me"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Shania"), Zone::kOthers);
}

TEST(MemberProfiles, AMicrodataValueWrittenAsAnAttributeWins) {
  Document document = ParseDocument(
      HtmlPage("<div itemscope itemtype='https://schema.org/Person'><span "
               "itemprop='name'>Snježana Ćorić</span><span itemprop='gender' "
               "content='Female'>žensko</span><time itemprop='birthDate' "
               "datetime='1961-05-23'>23. svibnja 1961.</time></div>"));
  std::string gender, birth_date;
  for (const Property& property : document.properties) {
    if (property.name == "itemprop:gender") gender = property.value;
    if (property.name == "itemprop:birthdate") birth_date = property.value;
  }
  EXPECT_EQ(gender, "Female");
  EXPECT_EQ(birth_date, "1961-05-23");
}

TEST(MemberProfiles, AMessageLedByItsWritersNameAndASayingVerbIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Facu Guantay - Fotobitácora</title></head><body>"
      "<h1>Facu Guantay</h1><p>Hoy cumplo 27.</p><div><b>mica.solana</b> "
      "dijo (17/08/2026 23:50): Tengo 16 y vivo en Salta.</div><div><b>Tom"
      "</b> wrote: call me at 555-0100</div><section><h2>Walkers' stories "
      "(58)</h2><p>My daughter Hana (12) loved it.</p></section></body>"
      "</html>"));
  EXPECT_EQ(ZoneOf(document, "Tengo 16"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "555-0100"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Hana"), Zone::kOthers);
  // A plural possessive that heads a feature is no one else's words.
  Document feature = ParseDocument(
      HtmlPage("<main><h2>Members' Corner: Dr. Hoda Fahmy</h2><p>Hoda lives "
               "in Roushdy.</p></main>"));
  EXPECT_EQ(ZoneOf(feature, "Roushdy"), Zone::kOwner);
}

TEST(MemberProfiles, AWallHeadingGivesOthersPostsButAPrayerWallDoesNot) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Lashonda Whitfield</h1><p>I'm 47.</p><section><h2>Player "
      "wall</h2><div><p>Tanya Brooks · Takoma Park, MD</p><p>My daughter "
      "Aaliyah (11) wants lessons.</p></div></section></main>"));
  EXPECT_EQ(ZoneOf(document, "Aaliyah"), Zone::kOthers);
  Document prayers = ParseDocument(
      HtmlPage("<main><h2>Prayer wall</h2><p>Please pray for my husband "
               "Carl.</p></main>"));
  EXPECT_EQ(ZoneOf(prayers, "Carl"), Zone::kOwner);
}

TEST(ParseDocument, AnAddressElementsLinesFromTheStreetOnAreOneBlock) {
  Document document = ParseDocument(
      HtmlPage("<main><address>Claudette &amp; Ronald Petersen<br>27 Estate "
               "Catherine's Rest<br>Christiansted, VI 00820</address></main>"));
  std::vector<std::string> texts;
  for (const TextBlock& block : document.blocks) texts.push_back(block.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "Claudette & Ronald Petersen",
                       "27 Estate Catherine's Rest, Christiansted, VI 00820"}));
}

TEST(ParseDocument, ALongBylineWithAHandleAndANameNamesTheOwner) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Riego solar automático</h1><div class=autor>Por <a "
      "href='/miembros/karim_mh'>karim_mh</a> (Karim Mohamed Hammu) · Melilla "
      "· publicado el 4 de octubre de 2026 · 18.402 visitas · 612 favoritos"
      "</div><p>Hola, soy Karim.</p></main>"));
  EXPECT_EQ(document.owner_name, "Karim Mohamed Hammu");
}

TEST(ParseDocument, AMonthlyFeatureInDanishNamesItsSubjectNotItsWriter) {
  Document document = ParseDocument(HtmlPage(
      "<html lang='da'><head><title>Månedens medlem: Aviaja Lyberth · Qajaq "
      "Nuuk</title></head><body><main><article><h1>Månedens medlem: Aviaja"
      "</h1><p class='byline'>Skrevet af Pipaluk Heilmann · 5. november "
      "2026</p><p>Hun fyldte 32 i september.</p></article></main></body>"
      "</html>"));
  EXPECT_EQ(document.owner_name, "Aviaja Lyberth");
  EXPECT_EQ(ZoneOf(document, "fyldte 32"), Zone::kOwner);
  Document player = ParseDocument(
      HtmlPage("<main><h2>Ladder player: Mata Tangimetua</h2><p>Mata works "
               "at the bank.</p></main>"));
  EXPECT_EQ(player.owner_name, "Mata Tangimetua");
}

TEST(MemberProfiles, ANoteLedByItsWritersNameTownAndTimeIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<main><h1>Wendy Summers</h1><p>I bake on Fridays.</p><section><h2>"
      "Collection notes (14)</h2><div class='note'><b>Graham Biggs</b>, "
      "Stanley · <time datetime='2026-09-06'>6 Sep 2026</time><p>I'm 72 and "
      "my wife Rosemary loves it.</p></div></section></main>"));
  EXPECT_EQ(ZoneOf(document, "Rosemary"), Zone::kOthers);
  // A bold item with a comma but no time is the owner's own line.
  Document items = ParseDocument(
      HtmlPage("<main><h1>Wendy Summers</h1><div><b>Rye starter</b>, fed "
               "daily · my husband Tom feeds it</div></main>"));
  EXPECT_EQ(ZoneOf(items, "Tom"), Zone::kOwner);
}

TEST(MemberProfiles, AReplyUnderTheHandleTheTitleGivesIsTheOwners) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Noa Friedman-Azoulay (@noawalks) · Waymark</title>"
      "</head><body><main><h1>Noa Friedman-Azoulay</h1><div class=comments>"
      "<p><b>Dana Levi</b> (Tel Aviv): my son Ido (9) loved it</p><p><b>"
      "noawalks</b>: @Dana thank you! WhatsApp me on 054-318-2206.</p></div>"
      "</main></body></html>"));
  EXPECT_EQ(ZoneOf(document, "Ido"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "054-318-2206"), Zone::kOwner);
}

}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, TheBodysLastContactLineIsTheSitesSmallPrint) {
  // An organisation's name and contacts strung together as the page's last
  // line: the site's footer, though no <footer> or class says so.
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Ana Ruiz · Members · Club Remo</title></head><body>"
      "<div class='w'><h1>Ana Ruiz</h1><p>I row on Tuesdays.</p></div>"
      "<div class='hd q'>Club Remo · Box 12, 621 21 Visby · 0498-21 03 30 · "
      "info@club.example · @clubremo</div></body></html>"));
  EXPECT_EQ(ZoneOf(document, "I row"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Box 12"), Zone::kFurniture);

  // Not when the line is the owner's own, or when something follows it.
  Document own = ParseDocument(
      HtmlPage("<html><head><title>Ana Ruiz</title></head><body>"
               "<div class='w'><h1>Ana Ruiz</h1><p>I row on Tuesdays.</p></div>"
               "<div>Ana Ruiz · Box 12, 621 21 Visby · 0498-21 03 30 · "
               "ana@ruiz.example</div></body></html>"));
  EXPECT_EQ(ZoneOf(own, "Box 12"), Zone::kOwner);
  Document middle = ParseDocument(HtmlPage(
      "<html><head><title>Ana Ruiz</title></head><body>"
      "<div class='w'><h1>Ana Ruiz</h1></div>"
      "<div>Rowing · Box 12, 621 21 Visby · 0498-21 03 30 · "
      "info@club.example</div><div>More words later</div></body></html>"));
  EXPECT_EQ(ZoneOf(middle, "Box 12"), Zone::kOwner);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, AListOfOtherPeopleWithTheirAgesIsTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1>"
      "<p>I throw on Tuesdays.</p><ul>"
      "<li><b>Rochelle Engelbrecht</b>, 38, Nababeep - captain, 072 418 "
      "5530</li><li><b>Magdalena Cloete</b>, 66, Springbok - manager</li>"
      "</ul><ul><li><b>Ana Ruiz</b>, 45, Springbok - me</li>"
      "<li><b>Janine Smit</b>, 23, Okiep</li></ul></body></html>"));
  EXPECT_EQ(ZoneOf(document, "I throw"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Rochelle"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Magdalena"), Zone::kOthers);
  // A list that holds the owner is not someone else's.
  EXPECT_EQ(ZoneOf(document, "Ana Ruiz, 45"), Zone::kOwner);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, FriendsActivityIsOtherPeoples) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Mihai Rusu</title></head><body><h1>Mihai Rusu</h1>"
      "<p>I rate wines.</p><section><h2>Friends' activity</h2><ul><li>"
      "<b>Victoria</b> rated a Pinot: \"31 today and no regrets\"</li>"
      "</ul></section></body></html>"));
  EXPECT_EQ(ZoneOf(document, "I rate"), Zone::kOwner);
  EXPECT_NE(ZoneOf(document, "31 today"), Zone::kOwner);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ParseDocument, NotesUnderAnotherPersonsBoldBylineAreTheirs) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Sorcha Lavelle</title></head><body>"
      "<h1>Sorcha Lavelle</h1><p>I build walls.</p>"
      "<div class=\"client\"><b>Declan, Westport</b> \u2014 Sorcha rebuilt "
      "my wall. Ring me on 086 221 9084.</div>"
      "<div class=\"client\"><b>Sorcha Lavelle</b> \u2014 Thanks, Declan."
      "</div>"
      "<div class=\"client\"><b>Maureen from Boston</b> \u2014 I'm 79.</div>"
      "<p class=\"field\"><b>Work</b>: Lavelle Stonework</p>"
      "<p class=\"field\"><b>Based in</b>: Dooagh</p></body></html>"));
  EXPECT_EQ(ZoneOf(document, "I build"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Ring me"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "I'm 79"), Zone::kOthers);
  // The owner's own reply, and bold field labels, stay the owner's.
  EXPECT_EQ(ZoneOf(document, "Thanks, Declan"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "Lavelle Stonework"), Zone::kOwner);
}

TEST(ParseDocument, AGuestLogsDatedBylinesNameOtherPeople) {
  Document document = ParseDocument(HtmlPage(
      "<html><head><title>Harriet Lund</title></head><body>"
      "<h1>Harriet Lund</h1><p>I keep the book box.</p>"
      "<div class=\"log\"><b>Aug 12, 2028 \u00b7 kayak group from Eugene, "
      "OR</b> \u2014 Email trips@paddle.example for a bookmark.</div>"
      "<div class=\"log\"><b>Jul 21, 2028 \u00b7 Lou, Roche Harbor</b> "
      "\u2014 Retired teacher, 72.</div>"
      "<div class=\"log\"><b>Jul 2, 2028</b> \u2014 Box re-roofed.</div>"
      "</body></html>"));
  EXPECT_EQ(ZoneOf(document, "I keep"), Zone::kOwner);
  EXPECT_EQ(ZoneOf(document, "bookmark"), Zone::kOthers);
  EXPECT_EQ(ZoneOf(document, "Retired teacher"), Zone::kOthers);
  // A bold date alone names nobody.
  EXPECT_EQ(ZoneOf(document, "re-roofed"), Zone::kOwner);
}

}  // namespace
}  // namespace exposure
