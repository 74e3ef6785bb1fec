// Tests for ExtractStructured: JSON-LD, embedded state, h-cards, microdata,
// meta tags and links, each read from a small HTML page.
#include "extract/structured.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "exposure/category.h"
#include "exposure/document.h"
#include "exposure/extract.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using Pair = std::pair<std::string, std::string>;  // {category, value}

Document Parse(const std::string& html,
               const std::string& url = "https://profile.example/u/jo") {
  Page page;
  page.url = url;
  page.content_type = "text/html";
  page.body = html;
  return ParseDocument(page);
}

std::vector<Finding> Structured(const Document& document,
                                ExtractOptions options = {}) {
  std::vector<Finding> findings;
  ExtractStructured(document, options, &findings);
  return findings;
}

// Distinct {category, value} pairs, sorted.
std::vector<Pair> Pairs(const std::vector<Finding>& findings) {
  std::vector<Pair> pairs;
  for (const Finding& finding : findings) {
    pairs.emplace_back(std::string(CategoryName(finding.category)),
                       finding.value);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<Pair> Sorted(std::vector<Pair> pairs) {
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

const Finding* FindRule(const std::vector<Finding>& findings,
                        const std::string& rule_id) {
  for (const Finding& finding : findings) {
    if (finding.rule_id == rule_id) return &finding;
  }
  return nullptr;
}

std::string JsonLd(const std::string& json) {
  return "<html><head><script type=\"application/ld+json\">" + json +
         "</script></head><body><p>hi</p></body></html>";
}

// ---------------------------------------------------------------------------
// JSON-LD

TEST(StructuredJsonLd, PersonFieldsNormalised) {
  Document document = Parse(JsonLd(R"({
    "@context": "https://schema.org", "@type": "Person", "name": "Omar Haddad",
    "jobTitle": "Produce Manager", "telephone": "+1-312-555-0175",
    "email": "mailto:Omar.Haddad@example.com", "gender": "Male",
    "birthDate": "1990-08-21",
    "address": {"@type": "PostalAddress",
                "streetAddress": "1550 N Damen Ave Apt 2R",
                "addressLocality": "Chicago", "addressRegion": "IL",
                "postalCode": "60622", "addressCountry": "US"},
    "worksFor": {"@type": "Organization", "name": "Cermak Fresh Market",
                 "telephone": "+1-312-555-0100"},
    "alumniOf": {"@type": "CollegeOrUniversity", "name": "DePaul University"},
    "sameAs": ["https://www.linkedin.example/in/omarhaddad",
               "https://github.com/ohaddad"],
    "geo": {"@type": "GeoCoordinates", "latitude": 41.90841,
            "longitude": -87.67712},
    "spouse": {"@type": "Person", "name": "Leila Haddad",
               "telephone": "+1-312-555-0199"}})"));
  std::vector<Finding> findings = Structured(document);
  EXPECT_EQ(
      Pairs(findings),
      Sorted({{"phone", "+13125550175"},
              {"email", "omar.haddad@example.com"},
              {"sex", "male"},
              {"birthdate", "1990-08-21"},
              {"address", "1550 N Damen Ave Apt 2R, Chicago, IL 60622"},
              {"location", "Chicago, IL"},
              {"workplace", "Cermak Fresh Market"},
              {"school", "DePaul University"},
              {"linked_account", "https://www.linkedin.example/in/omarhaddad"},
              {"linked_account", "https://github.com/ohaddad"},
              {"geotag", "41.9084,-87.6771"},
              {"family", "Leila Haddad"}}));
  const Finding* phone = FindRule(findings, "jsonld.telephone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->source, Source::kStructured);
  EXPECT_EQ(phone->snippet, "telephone: +1-312-555-0175");
  EXPECT_EQ(phone->matched, "+1-312-555-0175");
  EXPECT_EQ(phone->url, "https://profile.example/u/jo");
  EXPECT_GE(phone->confidence, 0.85);
}

TEST(StructuredJsonLd, OrganizationDetailsAreNotThePersons) {
  Document document = Parse(JsonLd(R"({"@context": "https://schema.org",
    "@type": "Organization", "name": "Lantern Hosting",
    "telephone": "+1-888-555-0111", "email": "help@lantern.example",
    "address": {"@type": "PostalAddress", "streetAddress": "99 Harbor Blvd",
                "addressLocality": "Oakland", "addressRegion": "CA"}})"));
  EXPECT_TRUE(Structured(document).empty());
}

TEST(StructuredJsonLd, ThePagesOwnOnePersonBusinessGivesItsFounderAndWorkshop) {
  const std::string business = R"({"@context": "https://schema.org",
    "@type": "LocalBusiness", "name": "Bakkerud Bunadsøm",
    "address": {"@type": "PostalAddress", "streetAddress": "Vindfallsvegen 7",
                "postalCode": "2819", "addressLocality": "Gjøvik"},
    "geo": {"@type": "GeoCoordinates", "latitude": 60.79352,
            "longitude": 10.70918},
    "founder": {"@type": "Person", "name": "Solveig Bakkerud",
                "gender": "Female"}})";
  // The page is the business's: its founder is the person, and the
  // parser takes them for the owner.
  Document own =
      Parse("<html><head><script type=\"application/ld+json\">" + business +
            "</script></head><body><h1>Bakkerud Bunadsøm</h1><p>Bunader.</p>"
            "</body></html>");
  ASSERT_EQ(own.owner_name, "Solveig Bakkerud");
  std::vector<Pair> pairs = Pairs(Structured(own));
  EXPECT_NE(std::find(pairs.begin(), pairs.end(), Pair{"sex", "female"}),
            pairs.end());
  EXPECT_NE(
      std::find(pairs.begin(), pairs.end(), Pair{"geotag", "60.7935,10.7092"}),
      pairs.end());
  // On another person's page the same business is someone else's.
  Document other =
      Parse("<html><head><script type=\"application/ld+json\">" + business +
            "</script></head><body><h1>Kari Nordmann</h1><p>Bunader.</p>"
            "</body></html>");
  EXPECT_TRUE(Structured(other).empty());
}

TEST(StructuredJsonLd, GraphWithPublisherOrganization) {
  Document document = Parse(JsonLd(R"({"@context":"https://schema.org",
    "@graph":[
     {"@type":"Person","@id":"#me","name":"Ingrid Solberg","gender":"Female",
      "alumniOf":[{"@type":"CollegeOrUniversity","name":"University of Michigan"},
                  {"@type":"CollegeOrUniversity","name":"St. Olaf College"}],
      "address":{"@type":"PostalAddress","streetAddress":"714 Packard St",
                 "addressLocality":"Ann Arbor","addressRegion":"MI",
                 "postalCode":"48104"}},
     {"@type":"WebSite","url":"https://ingrid.example/",
      "publisher":{"@type":"Organization","name":"Lantern Static Hosting",
                   "telephone":"+1-888-555-0111",
                   "address":{"@type":"PostalAddress",
                              "streetAddress":"99 Harbor Blvd",
                              "addressLocality":"Oakland",
                              "addressRegion":"CA"}}}]})"));
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"sex", "female"},
                    {"school", "University of Michigan"},
                    {"school", "St. Olaf College"},
                    {"address", "714 Packard St, Ann Arbor, MI 48104"},
                    {"location", "Ann Arbor, MI"}}));
}

TEST(StructuredJsonLd, ProfilePageMainEntityAndTypeArray) {
  Document document = Parse(JsonLd(R"([{"@context":"https://schema.org",
    "@type":"ProfilePage","mainEntity":{"@type":["Person","Thing"],
    "name":"Ella Brooks","jobTitle":["Barista"],
    "address":{"@type":"PostalAddress","addressLocality":"Nashville",
               "addressRegion":"TN"}}}])"));
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"location", "Nashville, TN"}}));
}

TEST(StructuredJsonLd, MainEntityByIdReference) {
  Document document = Parse(JsonLd(R"({"@graph":[
    {"@type":"ProfilePage","mainEntity":{"@id":"https://x.example/#p"}},
    {"@type":"Person","@id":"https://x.example/#p","name":"Jo",
     "telephone":"(503) 555-0142"}]})"));
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"phone", "+15035550142"}}));
}

TEST(StructuredJsonLd, BrokenJsonIsIgnored) {
  const char* broken[] = {
      R"({"@type":"Person","telephone":"+1-312-555-0175")",  // unbalanced
      R"({"@type":"Person",,"telephone":"+1-312-555-0175"})",
      R"({"@type":"Person","telephone":"+1-312-555-0175\"})",
      "\xff\xfe{\"@type\":\"Person\"",
      "",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  for (const char* json : broken) {
    SCOPED_TRACE(json);
    EXPECT_TRUE(Structured(Parse(JsonLd(json))).empty());
  }
}

TEST(StructuredJsonLd, DeepNestingIsBoundedAndCounted) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  Document document = Parse(JsonLd(deep));
  std::vector<Finding> findings;
  StructuredStats stats;
  ExtractStructured(document, {}, &findings, &stats);
  EXPECT_TRUE(findings.empty());
  EXPECT_GT(stats.limits_hit, 0);
}

TEST(StructuredJsonLd, DateTimesAndSchemaUrlsNormalised) {
  Document document = Parse(JsonLd(
      R"({"@type":"Person","birthDate":"1990-08-21T00:00:00Z",
          "gender":"https://schema.org/Female",
          "alumniOf":{"@type":"Organization","name":"Ohio State University"},
          "worksFor":"Acme Tools",
          "homeLocation":{"@type":"Place","name":"Lyon, France"}})"));
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"birthdate", "1990-08-21"},
                    {"sex", "female"},
                    {"school", "Ohio State University"},
                    {"workplace", "Acme Tools"},
                    {"location", "Lyon, France"}}));
}

TEST(StructuredJsonLd, EmployerOfAPersonTypedAsTheirTrade) {
  // A RealEstateAgent is a business in schema.org, but agents' pages give
  // it a Person's employer: the employer is the agent's workplace, and the
  // business's office address is not read as theirs.
  Document document = Parse(JsonLd(
      R"({"@type":"RealEstateAgent","name":"Roz Teague",
          "worksFor":{"@type":"Organization","name":"Bluestem Realty Group"},
          "address":{"@type":"PostalAddress","streetAddress":"8 Oak St",
                     "addressLocality":"Baraboo","addressRegion":"WI"}})"));
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"workplace", "Bluestem Realty Group"}}));
  // Someone else's listing on the owner's page says nothing of the owner.
  document.owner_name = "Dale Pruitt";
  EXPECT_TRUE(Structured(document).empty());
}

TEST(StructuredJsonLd, AnArticleBeforeASchoolsNameIsDropped) {
  Document document = Parse(JsonLd(
      R"({"@type":"Person","alumniOf":["The Nicolson Institute","The Hatch"]})"));
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"school", "Nicolson Institute"}, {"school", "The Hatch"}}));
}

TEST(StructuredJsonLd, CommentWrappedScriptStillRead) {
  Document document = Parse(
      JsonLd(R"(<!-- {"@type":"Person","telephone":"503-555-0142"} -->)"));
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"phone", "+15035550142"}}));
}

TEST(StructuredState, AnObjectWithTheOwnersFirstAndLastNameIsTheirs) {
  Document document = Parse(
      R"(<h1>Maryam Al-Balushi <span title="Oman">🇴🇲</span></h1>
      <script type="application/json">{"rider":{"firstName":"Maryam",
      "lastName":"Al-Balushi","gender":"female","age":34,"city":"Muscat"},
      "friend":{"firstName":"Aisha","lastName":"Rahman","age":29}}</script>)");
  EXPECT_EQ(document.owner_name, "Maryam Al-Balushi");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"age", "34"}, {"location", "Muscat"}, {"sex", "female"}}));
}

TEST(StructuredState, AnObjectNamingTheOwnerByStageNameIsTheirs) {
  Document document = Parse(
      R"(<h1>Rari Sekhesa</h1>
      <script type="application/json">{"act":{"stageName":"Rari Sekhesa",
      "gender":"female","age":27},"similar":[{"stageName":"Thabo M",
      "gender":"male","age":31},{"stageName":"Ntate Joe","age":45}]}</script>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"age", "27"}, {"sex", "female"}}));
}

TEST(StructuredState, AnObjectNamingTheOwnerByNicknameIsTheirs) {
  // The page calls him Reggie; the state gives his full first name and
  // the nickname beside it.
  Document document = Parse(
      R"(<h1>Reggie Thibodeaux</h1>
      <script>window.__NUXT__={"builder":{"name":"Reginald Thibodeaux",
      "nickname":"Reggie","age":61,"employer":"Strand Street Architects"},
      "rival":{"name":"Dana Ruiz","nickname":"Dee","age":44}}</script>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"age", "61"}, {"workplace", "Strand Street Architects"}}));
}

TEST(StructuredState, AnObjectUnderAnOwnerKeyIsTheOwnersWhateverItsName) {
  // A shop page whose heading is the shop's name: the state's "owner"
  // says whose details these are; the buyer beside it is nobody's.
  Document document = Parse(
      R"(<h1>Kebun Apai Jimbai</h1>
      <script type="application/json">{"seller":{"owner":{"name":
      "Melissa Anak Jimbai","gender":"F","dob":"1998-07-22"}},
      "buyers":[{"name":"Ah Kow","gender":"M","city":"Sibu"},
      {"name":"Siti","city":"Miri"}]}</script>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"birthdate", "1998-07-22"}, {"sex", "female"}}));
}

TEST(StructuredState, HostileScriptsAreBounded) {
  struct Case {
    std::string script;
    bool hits_limit;
  };
  const Case cases[] = {
      // Unbalanced and too deep.
      {"x = \"\"; y = " + std::string(1 << 20, '{'), true},
      // Balanced but too deep.
      {"x = {\"a\": " + std::string(1 << 19, '[') + "1" +
           std::string(1 << 19, ']') + "}",
       true},
      // Thousands of small literals.
      {[] {
         std::string many;
         for (int i = 0; i < 20000; ++i) many += "f({\"a\":1});";
         return many;
       }(),
       true},
      // An unterminated string: nothing to parse, no limit.
      {"x = {\"a\": \"" + std::string(1 << 20, 'z'), false},
  };
  for (const Case& test : cases) {
    SCOPED_TRACE(test.script.substr(0, 20));
    Document document = Parse("<script>" + test.script + "</script>");
    ASSERT_EQ(document.scripts.size(), 1u);
    std::vector<Finding> findings;
    StructuredStats stats;
    ExtractStructured(document, {}, &findings, &stats);
    EXPECT_TRUE(findings.empty());
    EXPECT_EQ(stats.limits_hit > 0, test.hits_limit);
  }
}

TEST(StructuredJsonLd, TheOwnerAmongAGroupsMembers) {
  // Members of a club are other people, except the one the page is about.
  Document document = Parse(
      "<html><head><title>Meet the players: Ines Varga</title>"
      "<script type=\"application/ld+json\">{\"@context\":"
      "\"https://schema.org\",\"@type\":\"SportsTeam\",\"name\":"
      "\"Harbour Hawks\",\"email\":\"team@hawks.example\",\"member\":["
      "{\"@type\":\"Person\",\"name\":\"Ines Varga\",\"email\":"
      "\"ines.varga@example.com\"},{\"@type\":\"Person\",\"name\":"
      "\"Tom Reed\",\"email\":\"tom.reed@example.com\"}]}</script>"
      "</head><body><h1>Ines Varga</h1></body></html>");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"email", "ines.varga@example.com"}}));
}

TEST(StructuredJsonLd, AMemberGivenThroughARole) {
  // schema.org's Role wraps the member: {"member": {"@type":
  // "OrganizationRole", "member": {Person}}}.
  Document document = Parse(
      "<html><head><title>Meet the crew: Eamon McCurdy</title>"
      "<script type=\"application/ld+json\">{\"@context\":"
      "\"https://schema.org\",\"@type\":\"MusicGroup\",\"name\":"
      "\"Rue Point Crew\",\"member\":[{\"@type\":\"OrganizationRole\","
      "\"roleName\":\"Shantyman\",\"member\":{\"@type\":\"Person\","
      "\"name\":\"Eamon McCurdy\",\"gender\":\"Male\"}},{\"@type\":"
      "\"OrganizationRole\",\"member\":{\"@type\":\"Person\",\"name\":"
      "\"Tom Reed\",\"gender\":\"Female\"}}]}</script>"
      "</head><body><h1>Eamon McCurdy</h1></body></html>");
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"sex", "male"}}));
}

TEST(StructuredJsonLd, AnOffersGuideKnownByTheirFirstName) {
  // A tour's page calls its guide "Luke" in its title and words; its
  // markup gives him as the tour's brand, with his full name.
  Document document = Parse(
      "<html><head><title>Carriage tour of Sark with Luke | TourLane</title>"
      "<script type=\"application/ld+json\">{\"@context\":"
      "\"https://schema.org\",\"@type\":\"Product\",\"name\":"
      "\"Carriage tour\",\"brand\":{\"@type\":\"Person\",\"name\":"
      "\"Luke Perree\",\"gender\":\"Male\",\"birthDate\":"
      "\"1992-05-30\"},\"review\":{\"@type\":\"Review\",\"author\":"
      "\"Tom Reed\"}}</script></head><body><h1>Carriage tour of Sark</h1>"
      "<p>Hello, I'm Luke! I drive the carriages.</p></body></html>");
  EXPECT_EQ(document.owner_name, "Luke");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"birthdate", "1992-05-30"}, {"sex", "male"}}));
}

TEST(StructuredJsonLd, OwnersPersonWinsAmongSeveral) {
  Document document = Parse(
      "<html><head><title>Ana Ruiz</title>"
      "<script type='application/ld+json'>[{\"@type\":\"Person\","
      "\"name\":\"Ana Ruiz\",\"telephone\":\"503-555-0142\"},"
      "{\"@type\":\"Person\",\"name\":\"Bo Lind\","
      "\"telephone\":\"503-555-0177\"}]</script></head>"
      "<body><main><h1 class='p-name'>Ana Ruiz</h1></main></body></html>");
  ASSERT_EQ(document.owner_name, "Ana Ruiz");
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"phone", "+15035550142"}}));
}

TEST(StructuredJsonLd, JobTitleAndDescriptionAreNotFindings) {
  Document document = Parse(JsonLd(
      R"({"@type":"Person","name":"Jo","jobTitle":"Nurse",
          "description":"Nurse in Tacoma, WA. Call 253-555-0126"})"));
  EXPECT_TRUE(Structured(document).empty());
}

// ---------------------------------------------------------------------------
// Embedded JSON state

TEST(StructuredState, UserObjectOfTheOwner) {
  Document document = Parse(
      "<html><head><title>Ella (@ellabakes)</title></head><body>"
      "<script>window._sharedData = {\"config\":{\"csrf\":\"x\"},"
      "\"entry\":{\"user\":{\"username\":\"ellabakes\",\"full_name\":\"Ella\","
      "\"public_email\":\"Ella@Example.com\",\"public_phone_number\":"
      "\"615-555-0123\",\"city_name\":\"Nashville, TN\",\"gender\":\"female\","
      "\"biography\":\"call 615-555-0199\"}}};</script></body></html>",
      "https://photos.example/ellabakes/");
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"email", "ella@example.com"},
                                                 {"phone", "+16155550123"},
                                                 {"location", "Nashville, TN"},
                                                 {"sex", "female"}}));
}

TEST(StructuredState, BirthYearAndHomePinOfTheOwner) {
  // A number is a birth year under its own key; a pin under "location" is
  // the account's own, one under a venue's key ("homeCourt") is not.
  Document document = Parse(
      "<html><head><title>Marisol (@marisolplays)</title></head><body>"
      "<script type=\"application/json\">{\"player\":{\"username\":"
      "\"marisolplays\",\"birthYear\":1971,\"homeCourt\":{\"name\":"
      "\"Elm Park\",\"lat\":40.1,\"lng\":-75.2},\"location\":{\"city\":"
      "\"Dover\",\"lat\":39.1582,\"lng\":-75.5244}}}</script>"
      "</body></html>",
      "https://ladder.example/marisolplays");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"birthdate", "1971"}, {"geotag", "39.1582,-75.5244"}}));
  // "homePin" is the home's pin too.
  Document pinned = Parse(
      "<html><head><title>Marisol (@marisolplays)</title></head><body>"
      "<script type=\"application/json\">{\"player\":{\"username\":"
      "\"marisolplays\",\"birthYear\":1971,\"homePin\":{\"lat\":39.1582,"
      "\"lng\":-75.5244}}}"
      "</script></body></html>",
      "https://ladder.example/marisolplays");
  EXPECT_EQ(Pairs(Structured(pinned)),
            Sorted({{"birthdate", "1971"}, {"geotag", "39.1582,-75.5244"}}));
}

TEST(StructuredState, EmployerAndSchoolOfTheOwner) {
  Document document = Parse(
      "<html><head><title>Mele V. (@melev)</title></head><body>"
      "<script type=\"application/json\">{\"participant\":{\"username\":"
      "\"melev\",\"employer\":\"Pacific Reef Bank\",\"school\":"
      "\"Tonga Side School\"}}</script></body></html>",
      "https://steps.example/melev");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"school", "Tonga Side School"},
                    {"workplace", "Pacific Reef Bank"}}));
}

TEST(StructuredState, PersonObjectNamingTheOwner) {
  // No username: the object is the owner's because its "name" is.
  Document document = Parse(
      "<html><head><title>Dovydas Petrauskas | CubeComp</title></head><body>"
      "<h1>Dovydas Petrauskas</h1><script type=\"application/json\">"
      "{\"person\":{\"name\":\"Dovydas Petrauskas\",\"gender\":\"m\","
      "\"dob\":\"2005-03-17\",\"city\":\"Kaunas\",\"age\":21,"
      "\"rating\":912},\"viewer\":null}"
      "</script></body></html>",
      "https://cubecomp.example/persons/2019PETR02");
  // A number is read as an age ("age": 21), not as any other field.
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"age", "21"},
                                                 {"birthdate", "2005-03-17"},
                                                 {"location", "Kaunas"},
                                                 {"sex", "male"}}));
  // The same object naming someone else says nothing of the owner.
  Document other = Parse(
      "<html><head><title>Dovydas Petrauskas | CubeComp</title></head><body>"
      "<h1>Dovydas Petrauskas</h1><script type=\"application/json\">"
      "{\"person\":{\"name\":\"Laura Berzina\",\"dob\":\"2001-01-02\"},"
      "\"other\":{\"name\":\"Matas J\",\"city\":\"Vilnius\"}}"
      "</script></body></html>",
      "https://cubecomp.example/persons/2019PETR02");
  EXPECT_TRUE(Structured(other).empty());
}

TEST(StructuredState, FieldsOutsideAccountObjectsIgnored) {
  Document document = Parse(
      "<script>window.__STATE__ = {\"support\":{\"email\":"
      "\"help@site.example\",\"phone\":\"800-555-0100\"},\"city\":\"Reno\"};"
      "</script>");
  EXPECT_TRUE(Structured(document).empty());
}

TEST(StructuredState, SeveralUnrelatedAccountsIgnored) {
  Document document = Parse(
      "<script>var s = {\"users\":[{\"username\":\"amy\",\"email\":"
      "\"amy@example.com\"},{\"username\":\"bob\",\"email\":"
      "\"bob@example.com\"}]};</script>",
      "https://site.example/u/carol");
  EXPECT_TRUE(Structured(document).empty());
}

TEST(StructuredState, JavascriptAroundStateIsSkipped) {
  Document document = Parse(
      "<script>function f(a){ if (a) { return a[0]; } }"
      "var Tumblr = window.Tumblr || {}; Tumblr.Flags = {\"rev\":\"v8\"};"
      "window.__S__ = JSON.parse('{}'); window.__U__ = {\"viewer\":{"
      "\"screen_name\":\"jo\",\"email\":\"jo@example.com\"}};</script>",
      "https://site.example/jo");
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"email", "jo@example.com"}}));
}

// ---------------------------------------------------------------------------
// Microformats2 h-card and microdata

TEST(StructuredHcard, RootCardFields) {
  Document document = Parse(R"(<div class="h-card">
    <a class="u-url p-name" href="https://otti.example.net/">Otti</a>
    <time class="dt-bday" datetime="1996-02-11">Feb 11th</time>
    <span class="p-gender-identity">nonbinary</span>
    <p class="p-adr h-adr"><span class="p-street-address">41 Pearl Street</span>,
      <span class="p-locality">Burlington</span>,
      <abbr class="p-region" title="Vermont">VT</abbr>
      <span class="p-postal-code">05401</span></p>
    <a class="p-tel" href="tel:+18025550164">802.555.0164</a>
    <a class="u-email" href="mailto:otti@example.net">write</a>
    <p class="p-geo h-geo"><data class="p-latitude" value="44.47912"></data>
      <data class="p-longitude" value="-73.21134"></data></p></div>)");
  std::vector<Finding> findings = Structured(document);
  EXPECT_EQ(Pairs(findings),
            Sorted({{"birthdate", "1996-02-11"},
                    {"sex", "nonbinary"},
                    {"address", "41 Pearl St, Burlington, VT 05401"},
                    {"location", "Burlington, VT"},
                    {"phone", "+18025550164"},
                    {"email", "otti@example.net"},
                    {"geotag", "44.4791,-73.2113"},
                    // The card's home page, named for the person.
                    {"linked_account", "https://otti.example.net"}}));
  const Finding* tel = FindRule(findings, "hcard.p-tel");
  ASSERT_NE(tel, nullptr);
  EXPECT_EQ(tel->source, Source::kStructured);
  EXPECT_EQ(tel->matched, "802.555.0164");
}

TEST(StructuredHcard, BirthdayWithoutYear) {
  Document document = Parse(
      R"(<div class="h-card"><span class="p-name">Jo</span>
      <data class="p-bday" value="--03-09">March 9</data></div>)");
  EXPECT_EQ(Pairs(Structured(document)), Sorted({{"birthdate", "--03-09"}}));
}

TEST(StructuredHcard, NestedOrgCardGivesOnlyTheWorkplace) {
  Document document =
      Parse(R"(<div class="h-card"><span class="p-name">Jo</span>
    <div class="p-org h-card"><span class="p-name">Onion River Bakery</span>
      <span class="p-tel">802-555-0100</span>
      <span class="p-locality">Montpelier</span></div></div>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"workplace", "Onion River Bakery"}}));
}

TEST(StructuredHcard, OtherPeoplesCardsIgnored) {
  Document document = Parse(R"(<main><div class="h-card">
    <span class="p-name">Otti</span></div>
    <div class="u-comment h-cite"><span class="p-author h-card">
      <a class="u-url p-name" href="https://marg.example.com/">Marguerite</a>
      <span class="p-locality">Montpelier</span>
      <a class="u-email" href="mailto:marg@example.com">mail</a></span>
      : nice!</div></main>)");
  EXPECT_TRUE(Structured(document).empty());
}

TEST(StructuredHcard, GithubStyleCardWithMicrodata) {
  Document document = Parse(R"(<main><div class="h-card" itemscope
      itemtype="http://schema.org/Person">
    <span class="p-name" itemprop="name">Sam Okafor</span>
    <ul><li itemprop="worksFor"><span class="p-org"><div>@brightline-labs</div></span></li>
    <li itemprop="homeLocation"><span class="p-label">Atlanta, GA</span></li>
    <li itemprop="email"><a class="u-email" href="mailto:sam@example.com">sam@example.com</a></li>
    <li itemprop="url"><a rel="nofollow me" href="https://sam.example.dev">sam.example.dev</a></li>
    <li itemprop="social"><a rel="nofollow me" href="https://x.com/samokafor">@samokafor</a></li>
    </ul></div></main>)",
                            "https://github.com/samokafor");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"workplace", "Brightline Labs"},
                    {"location", "Atlanta, GA"},
                    {"email", "sam@example.com"},
                    {"linked_account", "https://sam.example.dev"},
                    {"linked_account", "https://x.com/samokafor"}}));
}

TEST(StructuredMicrodata, PersonItemprops) {
  Document document =
      Parse(R"(<main><div itemscope itemtype="https://schema.org/Person">
    <span itemprop="telephone">(503) 555-0142</span>
    <meta itemprop="birthDate" content="1985-04-02">
    <span itemprop="gender">Female</span>
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="streetAddress">123 Main Street</span>
      <span itemprop="addressLocality">Springfield</span>
      <span itemprop="addressRegion">IL</span>
      <span itemprop="postalCode">62704</span></div></div></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"phone", "+15035550142"},
                    {"birthdate", "1985-04-02"},
                    {"sex", "female"},
                    {"address", "123 Main St, Springfield, IL 62704"},
                    {"location", "Springfield, IL"}}));
}

TEST(StructuredRdfa, SchemaOrgPropertiesReadLikeItemprops) {
  // RDFa Lite names the same schema.org terms with `property`; another
  // vocabulary's terms ("og:title", "dc:date") are not schema.org's.
  Document document =
      Parse(R"(<main vocab="https://schema.org/" typeof="Person">
    <h1 property="name">Sorcha Lavelle</h1>
    <meta property="gender" content="Female">
    <table><tr><td>Business</td><td property="worksFor" typeof="Organization">
      <span property="name">Lavelle Stonework</span></td></tr>
    <tr><td>Born</td><td property="schema:birthDate">1985-02-01</td></tr>
    <tr><td>Updated</td><td property="dc:date">2028-03-04</td></tr></table>
    </main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"sex", "female"},
                    {"workplace", "Lavelle Stonework"},
                    {"birthdate", "1985-02-01"}}));
}

TEST(StructuredMicrodata, FurnitureItempropsIgnored) {
  Document document = Parse(R"(<main><p>mine</p></main>
    <footer itemscope itemtype="https://schema.org/Organization">
    <span itemprop="telephone">1-800-555-0199</span>
    <span itemprop="email">help@site.example</span></footer>)");
  EXPECT_TRUE(Structured(document).empty());
}

// ---------------------------------------------------------------------------
// Meta tags

TEST(StructuredMeta, GeoAndProfileTags) {
  Document document = Parse(R"(<html><head>
    <meta name="geo.position" content="45.5231;-122.6765">
    <meta name="ICBM" content="45.5231, -122.6765">
    <meta property="profile:gender" content="female">
    <meta property="og:locality" content="Portland">
    <meta property="og:region" content="Oregon">
    <meta property="place:location:latitude" content="45.52">
    <meta property="place:location:longitude" content="-122.68">
    </head><body></body></html>)");
  std::vector<Finding> findings = Structured(document);
  EXPECT_EQ(Pairs(findings), Sorted({{"geotag", "45.5231,-122.6765"},
                                     {"geotag", "45.5200,-122.6800"},
                                     {"sex", "female"},
                                     {"location", "Portland, OR"}}));
  const Finding* geo = FindRule(findings, "meta.geo.position");
  ASSERT_NE(geo, nullptr);
  EXPECT_EQ(geo->source, Source::kMeta);
}

// ---------------------------------------------------------------------------
// Links

struct LinkCase {
  const char* html;
  const char* category;  // "" = no finding
  const char* value;
  const char* rule_id;
};

TEST(StructuredLinks, Table) {
  const LinkCase cases[] = {
      {R"(<a href="geo:43.0731,-89.4012">start</a>)", "geotag",
       "43.0731,-89.4012", "link.geo"},
      {R"(<a href="geo:43.0731,-89.4012,250;u=35">start</a>)", "geotag",
       "43.0731,-89.4012", "link.geo"},
      {R"x(<a href="geo:0,0?q=43.0731,-89.4012(Home)">home</a>)x", "geotag",
       "43.0731,-89.4012", "link.geo"},
      // OSM embed: the marker, not a bbox corner.
      {R"(<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=-89.4215%2C43.0652%2C-89.3813%2C43.0821&amp;layer=mapnik&amp;marker=43.073124%2C-89.401236"></iframe>)",
       "geotag", "43.0731,-89.4012", "link.map_embed"},
      {R"(<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=-89.4215%2C43.0652%2C-89.3813%2C43.0821"></iframe>)",
       "", "", ""},
      {R"(<a href="https://www.openstreetmap.org/?mlat=45.52311&mlon=-122.67652#map=15/45.5/-122.6">m</a>)",
       "geotag", "45.5231,-122.6765", "link.map_embed"},
      {R"(<a href="https://www.google.com/maps/@41.9084,-87.6771,15z">map</a>)",
       "geotag", "41.9084,-87.6771", "link.map_embed"},
      {R"(<a href="https://www.google.com/maps?q=41.9084,-87.6771">map</a>)",
       "geotag", "41.9084,-87.6771", "link.map_embed"},
      {R"(<a href="https://www.google.com/maps/place/X/@41.90,-87.60,17z/data=!3m1!4b1!4m5!3m4!1s0x0:0x0!8m2!3d41.9084!4d-87.6771">x</a>)",
       "geotag", "41.9084,-87.6771", "link.map_embed"},
      {R"(<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2965.1!2d-87.6771!3d41.9084!2m3!1f0!2f0!3f0"></iframe>)",
       "geotag", "41.9084,-87.6771", "link.map_embed"},
      {R"(<a href="https://maps.apple.com/?ll=37.3349,-122.0090&q=Home">a</a>)",
       "geotag", "37.3349,-122.0090", "link.map_embed"},
      {R"(<a href="https://www.bing.com/maps?cp=47.6097~-122.3331&lvl=16">b</a>)",
       "geotag", "47.6097,-122.3331", "link.map_embed"},
      {R"(<a href="https://www.google.com/maps?q=Chicago">map</a>)", "", "",
       ""},
      {R"(<a href="mailto:Jo@Example.com?subject=hi">write</a>)", "email",
       "jo@example.com", "link.mailto"},
      {R"(<a href="tel:+1-503-555-0142">call</a>)", "phone", "+15035550142",
       "link.tel"},
      // A business's line, by the words before it.
      {R"(<p>Front desk: <a href="tel:+14065550119">(406) 555-0119</a></p>)",
       "", "", ""},
      {R"(<p>Oficina · <a href="tel:+14065550119">(406) 555-0119</a></p>)", "",
       "", ""},
      // A place visited once, by the words before its map link.
      {R"(<p>My one and only competition, at Oludeniz (take-off at Babadag, <a href="geo:36.5432,29.1798">here</a>).</p>)",
       "", "", ""},
      {R"(<p>Our trip to the lake: <a href="https://www.google.com/maps?q=41.9084,-87.6771">map</a></p>)",
       "", "", ""},
      // A public spot, by the words before its map link; a home's words
      // keep it.
      {R"(<li>Seal Cove wharf — <a href="geo:44.6457,-66.8483">44.6457, -66.8483</a></li>)",
       "", "", ""},
      {R"(<li>Our front gate by the wharf: <a href="geo:44.6457,-66.8483">map</a></li>)",
       "geotag", "44.6457,-66.8483", "link.geo"},
      // … or by the words of its clause, past a semicolon.
      {R"(<td>expedición única; entrada en <a href="geo:29.1578,-13.4322">29.1578,-13.4322</a></td>)",
       "", "", ""},
      {R"(<td>Casa; entrada en <a href="geo:29.1578,-13.4322">29.1578,-13.4322</a></td>)",
       "geotag", "29.1578,-13.4322", "link.geo"},
      // … or by the link's own words.
      {R"(<p>Cinco días a bordo (<a href="geo:14.4000,-80.2500">ubicación de la expedición</a>).</p>)",
       "", "", ""},
      {R"(<a rel="me" href="https://social.example/@jo">@jo</a>)",
       "linked_account", "https://social.example/@jo", "link.rel_me"},
      {R"(<a rel="nofollow me" href="https://x.com/jo">@jo</a>)",
       "linked_account", "https://x.com/jo", "link.rel_me"},
      {R"(<a rel="ME noopener" href="https://pixels.example/jo">p</a>)",
       "linked_account", "https://pixels.example/jo", "link.rel_me"},
      {R"(<a rel="nofollow" href="https://x.com/jo">@jo</a>)", "", "", ""},
      {R"(<a rel="acquaintance" href="https://x.com/jo">@jo</a>)", "", "", ""},
      {R"(<a rel="sweetheart" href="https://jules.example.org/">Jules Abernathy</a>)",
       "family", "Jules Abernathy", "link.xfn"},
      // The page's own URL and site are not other accounts.
      {R"(<a rel="me" href="https://profile.example/u/jo">me</a>)", "", "", ""},
      {R"(<a rel="me" href="/about">about</a>)", "", "", ""},
      // An address written out is an account, unless it is where an item
      // was saved from.
      {R"(<p>More photos: <a href="https://photos.example/claireda">photos.example/claireda</a></p>)",
       "linked_account", "https://photos.example/claireda",
       "link.platform_profile"},
      {R"(<p>Saved from <a href="https://homeshow.example/deck-lighting">homeshow.example/deck-lighting</a></p>)",
       "", "", ""},
  };
  for (const LinkCase& test : cases) {
    SCOPED_TRACE(test.html);
    std::vector<Finding> findings =
        Structured(Parse(std::string("<main>") + test.html + "</main>"));
    if (std::string(test.category).empty()) {
      EXPECT_TRUE(findings.empty()) << findings[0].value;
      continue;
    }
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(CategoryName(findings[0].category), test.category);
    EXPECT_EQ(findings[0].value, test.value);
    EXPECT_EQ(findings[0].rule_id, test.rule_id);
    EXPECT_EQ(findings[0].source, Source::kLink);
  }
}

TEST(StructuredLinks, ShortenedRelMeAlsoGivesItsShownUrl) {
  Document document = Parse(
      R"(<main><a rel="me" href="https://t.example/Zk3P9">wendell.example.com</a></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://t.example/Zk3P9"},
                    {"linked_account", "https://wendell.example.com"}}));
}

TEST(StructuredLinks, AHomePageInTheLinksListIsTheOwnersSite) {
  Document document = Parse(
      R"(<main><section class="profile"><ul class="links"><li><a
      href="https://arjunr.example.dev">arjunr.example.dev</a></li><li><a
      href="https://github.example/">GitHub</a></li></ul></section>
      <article><p>Loved <a href="https://cafe.example/">cafe.example</a>.</p>
      </article></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://arjunr.example.dev"}}));
}

TEST(StructuredLinks, APlatformTheOwnerCallsTheirsIsTheirAccount) {
  Document document = Parse(
      R"(<main><article><p>Baby pics will go up on <a
      href="https://instagram.example/brittfaircloth">my Instagram</a>.
      Loved <a href="https://instagram.example/bakerybeth">this cake</a>.</p>
      </article></main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://instagram.example/brittfaircloth"}}));
}

TEST(StructuredLinks, AHomePageNamedForTheOwnerOrCalledTheirsIsTheirSite) {
  Document document = Parse(
      R"(<h1>Dez Amberley</h1><main><ul class="links"><li><a
      href="https://dezamberley.example.net">merch + tapes</a></li><li><a
      href="https://studio.example.org">my studio</a></li><li><a
      href="https://tapes.example.com">label</a></li></ul></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://dezamberley.example.net"},
                    {"linked_account", "https://studio.example.org"}}));
}

TEST(StructuredLinks, ALinkNamedForItsSiteToAProfileIsThePersons) {
  // In the person's own words, "<a>DartCounter</a>" to one profile page is
  // their account; a group page, or the club's page, is not.
  Document document = Parse(
      R"(<h1>Wade Pardy</h1><main><p>Stats on <a
      href="https://dartcounter.example/u/wadep">DartCounter</a>, training
      on <a href="https://stridely.example/athletes/558812">Stridely</a>,
      the league on <a href="https://facebook.example/groups/avalon">Facebook</a>
      and the club's <a href="https://mixcloud.example/avalondarts">Mixcloud</a>.
      </p></main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://dartcounter.example/u/wadep"},
              {"linked_account", "https://stridely.example/athletes/558812"}}));
}

TEST(StructuredLinks, APlatformNameWithACaseEndingNamesItsSite) {
  // Croatian "na Facebooku i Instagramu": the platforms' names, declined.
  Document document = Parse(
      R"(<h1>Snježana Ćorić</h1><main><p>Fotografije objavljuje na <a
      href="https://facebook.example/snjezana.bonsai">Facebooku</a> i <a
      href="https://instagram.example/snjeza_bonsai">Instagramu</a>, a
      klub na <a href="https://facebook.example/klub">Facebookovskom</a>.
      </p></main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://facebook.example/snjezana.bonsai"},
              {"linked_account", "https://instagram.example/snjeza_bonsai"}}));
}

TEST(StructuredLinks, ASiteThePersonCallsTheirsInPassingIsTheirs) {
  // "my blog, <a>…</a>", "mi <a>perfil de …</a>", "<a>mi canal</a>": the
  // words say whose it is; a site named without them is not.
  Document document = Parse(
      R"(<h1>Wanda Crowell</h1><main><p>I write the stories up on my blog, <a
      href="https://gulfcoastgraves.example.org">Gulf Coast Graves</a>, and
      the photos go to mi <a href="https://lecturas.example/wandac">perfil
      de Lecturas</a> and <a href="https://video.example/@wandac">mi
      canal</a>. The society runs <a href="https://society.example.org">Gulf
      Coast Genealogy</a>.</p></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://gulfcoastgraves.example.org"},
                    {"linked_account", "https://lecturas.example/wandac"},
                    {"linked_account", "https://video.example/@wandac"}}));
}

TEST(StructuredLinks, AnOwnersHandleLinkedInAPostIsTheirAccount) {
  Document document = Parse(
      R"(<h1>Bree Whitlock</h1><main><p>I'm also on Insta as <a
      href="https://instagram.example/breewhitlock_">@breewhitlock_</a>.
      Thanks <a href="https://instagram.example/sam.k">@sam.k</a>!</p></main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://instagram.example/breewhitlock_"}}));
}

TEST(StructuredLinks, AHandleIntroducedAsAnAccountIsTheOwners) {
  Document document = Parse(
      R"(<h1>Adaeze Nwosu</h1><main><p>Orders: Instagram <a
      href="https://social.example/@adaezebakes">@adaezebakes</a> ·
      Gamertag: <a href="https://xbox.example/profile/KestrelNine">KestrelNine</a>
      · Fotos de mis rodadas en <a
      href="https://instagram.example/tlacuache.rueda">@tlacuache.rueda</a>.</p>
      <p>Tom's: <a href="https://instagram.example/tomwilk">@tomwilk</a> ·
      photos by <a href="https://instagram.example/lenscraft">@lenscraft</a> ·
      my friend on Instagram <a href="https://instagram.example/bo">@bo_b</a> ·
      Instagram <a href="https://instagram.example/other">@someone</a></p>
      </main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted(
          {{"linked_account", "https://social.example/@adaezebakes"},
           {"linked_account", "https://xbox.example/profile/KestrelNine"},
           {"linked_account", "https://instagram.example/tlacuache.rueda"}}));
}

TEST(StructuredLinks, AHandleInTheOwnersContactLineIsTheirs) {
  Document document = Parse(
      R"(<h1>Inês Matos</h1><main><p>Aulas particulares: 912 555 014 ·
      ines.cmatos@example.com · <a
      href="https://instagram.example/ines.nas.ondas">@ines.nas.ondas</a></p>
      <p>Obrigada! · <a href="https://instagram.example/rui">@rui</a></p>
      </main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://instagram.example/ines.nas.ondas"}}));
}

TEST(StructuredLinks, ShareButtonsNameNobody) {
  Document document = Parse(
      R"(<h1>Kabelo Sebego</h1><main><p>Share this page:</p><ul
      class="links"><li><a href="https://facebook.example/sharer">Facebook</a>
      </li><li><a href="https://wa.example/share">WhatsApp</a></li><li><a
      href="https://x.example/intent/tweet">X</a></li><li><a
      href="https://instagram.example/kabelo.guides">Instagram</a></li></ul>
      </main>)");
  EXPECT_EQ(
      Pairs(Structured(document)),
      Sorted({{"linked_account", "https://instagram.example/kabelo.guides"}}));
}

TEST(StructuredLinks, SameAccountSpelledTwiceIsOneValue) {
  Document document = Parse(
      R"(<html><head><link rel="me" href="https://roz.example.net/"></head>
      <body><main><a rel="me nofollow" href="https://roz.example.net">roz.example.net</a>
      </main></body></html>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://roz.example.net"}}));
}

TEST(StructuredLinks, AnAccountAddressWrittenOutIsTheOwners) {
  Document document = Parse(R"(<main><p>More photos:
      <a href="https://photos.example/claireda">photos.example/claireda</a>.
      Old CV: <a href="https://linkedin.example/in/cd">linkedin.example/in/cd</a>.
      Our registry: <a href="https://registry.example/n-and-t">registry.example/n-and-t</a>.
      Thanks <a href="https://art.example/kit">@kit</a> and see
      <a href="https://news.example/2026/11/story">news.example/2026/11/story</a>.
      </p></main>)");
  EXPECT_EQ(Pairs(Structured(document)),
            Sorted({{"linked_account", "https://photos.example/claireda"},
                    {"linked_account", "https://linkedin.example/in/cd"}}));
}

TEST(StructuredLinks, FurnitureAndOthersIgnoredUnlessAsked) {
  Document document = Parse(R"(<main><p>mine</p></main>
    <aside class="promo"><a href="https://www.google.com/maps?q=43.0717,-89.3803">Map</a></aside>
    <footer><a href="mailto:help@site.example">help</a>
    <a href="tel:+1-608-555-0199">call</a></footer>)");
  EXPECT_TRUE(Structured(document).empty());
  ExtractOptions options;
  options.include_others = true;
  EXPECT_EQ(Pairs(Structured(document, options)),
            Sorted({{"geotag", "43.0717,-89.3803"},
                    {"email", "help@site.example"},
                    {"phone", "+16085550199"}}));
}

TEST(StructuredLinks, MinConfidenceApplies) {
  Document document =
      Parse(R"(<main><a href="tel:+1-503-555-0142">call</a></main>)");
  ExtractOptions options;
  options.min_confidence = 0.95;
  EXPECT_TRUE(Structured(document, options).empty());
}

}  // namespace
}  // namespace exposure
