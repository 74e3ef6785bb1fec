// Tests for Extractor: zones, context words, links and limits.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/default_rules.h"
#include "exposure/document.h"
#include "exposure/extract.h"
#include "exposure/limits.h"
#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::DefaultRules;

std::vector<std::string> Values(const std::vector<Finding>& findings) {
  std::vector<std::string> values;
  for (const Finding& finding : findings) values.push_back(finding.value);
  return values;
}

// The values of `category` among the findings, sorted.
std::vector<std::string> ValuesOf(const std::vector<Finding>& findings,
                                  Category category) {
  std::vector<std::string> values;
  for (const Finding& finding : findings) {
    if (finding.category == category) values.push_back(finding.value);
  }
  std::sort(values.begin(), values.end());
  return values;
}

Document OneBlock(const std::string& text, Zone zone) {
  Document document;
  document.url = "http://site.example/";
  TextBlock block;
  block.text = text;
  block.zone = zone;
  document.blocks.push_back(block);
  return document;
}

TEST(Extractor, AWordTheContextWindowCutsIsNoContextWord) {
  Extractor extractor(DefaultRules());
  // 32 bytes after the date end inside "here": its "her" is no suppressing
  // "her" (someone else's birthday).
  EXPECT_EQ(ValuesOf(extractor.Extract(OneBlock(
                         "I'm Solomiia, born on 7 January, which used to be "
                         "Christmas here.",
                         Zone::kOwner)),
                     Category::kBirthdate),
            (std::vector<std::string>{"--01-07"}));
  EXPECT_TRUE(ValuesOf(extractor.Extract(OneBlock(
                           "My sister was born on 7 January, which was her "
                           "luck.",
                           Zone::kOwner)),
                       Category::kBirthdate)
                  .empty());
}

TEST(Extractor, AnUndatedBirthdayIsWrittenInThePagesCopyrightYear) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "I'm 41, born in Baucau. My birthday is 20 May, so I never drive "
      "that day.",
      Zone::kOwner);
  TextBlock footer;
  footer.text = "© 2019–2025 Loro Ride · Terms";
  footer.zone = Zone::kFurniture;
  document.blocks.push_back(footer);
  std::vector<Finding> findings = extractor.Extract(document);
  auto birthday = std::find_if(
      findings.begin(), findings.end(),
      [](const Finding& f) { return f.category == Category::kBirthdate; });
  ASSERT_NE(birthday, findings.end());
  EXPECT_EQ(birthday->value, "--05-20");
  EXPECT_EQ(birthday->written_on, "2025-12-31");
}

TEST(Extractor, AFacultyBesideItsUniversityIsPartOfIt) {
  Extractor extractor(DefaultRules());
  EXPECT_EQ(ValuesOf(extractor.Extract(OneBlock(
                         "I studied at the Faculty of Fine Arts, National "
                         "University of Laos, and graduated in 2019.",
                         Zone::kOwner)),
                     Category::kSchool),
            (std::vector<std::string>{"National University of Laos"}));
  EXPECT_EQ(ValuesOf(extractor.Extract(OneBlock(
                         "I graduated in architecture from Salahaddin "
                         "University, College of Engineering, in 2015.",
                         Zone::kOwner)),
                     Category::kSchool),
            (std::vector<std::string>{"Salahaddin University"}));
}

TEST(Extractor, ATownThePageLivesInIsNoWorkplace) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Soy maestra en Smara desde 2015 y vivo en Smara desde que me casé.",
      Zone::kOwner);
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_TRUE(ValuesOf(findings, Category::kWorkplace).empty());
  EXPECT_EQ(ValuesOf(findings, Category::kLocation),
            (std::vector<std::string>{"Smara"}));
}

TEST(Extractor, AReadingThatNeedsMorePostsGivesWayToASureOne) {
  // "went to SMK Green Road" may be a place gone to again (a rule that
  // wants two posts) or a school (sure in this one): the school stays.
  Extractor extractor(DefaultRules());
  std::vector<Finding> findings = extractor.Extract(OneBlock(
      "I went to SMK Green Road and did my diploma later.", Zone::kOwner));
  EXPECT_EQ(ValuesOf(findings, Category::kSchool),
            (std::vector<std::string>{"SMK Green Road"}));
}

TEST(Extractor, AWorkplaceOrSchoolIsNotAlsoARegularPlace) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Médico veterinario en la Clínica Veterinaria Los Berros · Xalapa",
      Zone::kOwner);
  TextBlock list;
  list.text =
      "Clínica Veterinaria Los Berros · Veterinaria · 402 check-ins · Alcalde";
  list.zone = Zone::kOwner;
  document.blocks.push_back(list);
  list.text = "Mercado Jáuregui · Mercado · 41 check-ins · sábados";
  document.blocks.push_back(list);
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kWorkplace),
            (std::vector<std::string>{"Clínica Veterinaria Los Berros"}));
  EXPECT_EQ(ValuesOf(findings, Category::kRegularPlace),
            (std::vector<std::string>{"Mercado Jáuregui"}));
}

TEST(Extractor, TheOwnersSurnameAfterAnotherNameIsARelative) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Builder and coach: Clement Gumbs, 78, of George Hill.", Zone::kOwner);
  document.owner_name = "Kelvin Gumbs";
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kAge).empty());
  document.blocks[0].text = "Our bowman: Kelvin Gumbs, 44, of George Hill.";
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kAge),
            (std::vector<std::string>{"44"}));
}

TEST(Extractor, AnAddressAtTheSitesOwnDomainIsTheSites) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Questions: armanbricks@example.com. Orders ship from the warehouse; "
      "tracking from orders@brickmart.example",
      Zone::kOwner);
  document.title = "Arman's LEGO store | BrickMart";
  document.owner_name = "Arman Seitkali";
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kEmail),
            (std::vector<std::string>{"armanbricks@example.com"}));
  // A personal site's address spells its owner: it stays.
  document.blocks[0].text = "Write to arman@seitkali.example";
  document.title = "Arman Seitkali | Seitkali";
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kEmail),
            (std::vector<std::string>{"arman@seitkali.example"}));
}

TEST(Extractor, ANationalNumberOfAnotherCountryThePageNamesIsAPhone) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("WhatsApp me on 054-318-2206 for the driver.", Zone::kOwner);
  // Without a country, the usual guesses read it as French.
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kPhone),
            (std::vector<std::string>{"+33543182206"}));
  document.other_regions = {"GE", "IL"};
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kPhone),
            (std::vector<std::string>{"+972543182206"}));
}

TEST(Extractor, AFiveDigitNumberIsAPhoneOnlyWhereNumbersAreThatShort) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("Mobile 56218 (text is best) after work.", Zone::kOwner);
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kPhone).empty());
  document.region = "FK";
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kPhone),
            (std::vector<std::string>{"+50056218"}));
}

TEST(Extractor, APronounOfTheOtherGenderIsSomeoneElse) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Hardest student? My own mother. She is 63 and swims now.", Zone::kOwner);
  document.owner_name = "Ibrahim Shareef";
  document.owner_pronouns = {"he", "him", "his"};
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kAge).empty());
  // On a page about a woman, "She" is the owner (two rules read it).
  document.owner_pronouns = {"she", "her"};
  std::vector<std::string> ages =
      ValuesOf(extractor.Extract(document), Category::kAge);
  ASSERT_FALSE(ages.empty());
  EXPECT_EQ(ages.front(), "63");
  EXPECT_EQ(ages.back(), "63");
}

TEST(Extractor, ATownThePageLivesInIsNoRegularPlace) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "I live in Tartu, Estonia. Every Saturday I play blitz in Tartu with "
      "the club, and every Sunday at Café Werner.",
      Zone::kOwner);
  std::vector<std::string> places =
      ValuesOf(extractor.Extract(document), Category::kRegularPlace);
  EXPECT_EQ(std::count(places.begin(), places.end(), "Tartu"), 0);
  EXPECT_NE(std::find(places.begin(), places.end(), "Café Werner"),
            places.end());
}

TEST(Extractor, PeopleNamedAfterAnIMatchDoNotSuppressIt) {
  Extractor extractor(DefaultRules());
  // "my wife" after "today I turned 39" is not whose birthday it is.
  Document document = OneBlock(
      "Aug 14, 2026 · And today I turned 39, and my wife Elena surprised me.",
      Zone::kOwner);
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kBirthdate),
            (std::vector<std::string>{"--08-14"}));
  // Before the match it still is.
  document.blocks[0].text =
      "Aug 14, 2026 · My wife turned 39 today and I baked.";
  EXPECT_TRUE(
      ValuesOf(extractor.Extract(document), Category::kBirthdate).empty());
}

TEST(Extractor, AnOlderPostsAgeGivesWayToANewerOne) {
  Extractor extractor(DefaultRules());
  Document document;
  document.url = "http://forum.example/t/1";
  TextBlock intro;
  intro.text = "Hello everyone! I'm Dimitar, 38, from Bitola.";
  intro.posted_at = "2026-02-03T21:14:00+01:00";
  TextBlock update = intro;
  update.text = "Update: today I turned 39 and got a new pen.";
  update.posted_at = "2026-08-14T19:40:00+02:00";
  document.blocks = {intro, update};
  // Two rules read "turned 39"; "38" is gone.
  std::vector<std::string> ages =
      ValuesOf(extractor.Extract(document), Category::kAge);
  ASSERT_FALSE(ages.empty());
  EXPECT_EQ(std::count(ages.begin(), ages.end(), "38"), 0);
  EXPECT_EQ(ages.back(), "39");
}

TEST(Extractor, FindsOwnersPhoneWithProvenance) {
  Extractor extractor(DefaultRules());
  std::vector<Finding> findings = extractor.Extract(
      OneBlock("text me at 503-555-0142 please", Zone::kOwner));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].category, Category::kPhone);
  EXPECT_EQ(findings[0].value, "+15035550142");
  EXPECT_EQ(findings[0].display, "(503) 555-0142");
  EXPECT_EQ(findings[0].rule_id, "phone.nanp");
  EXPECT_EQ(findings[0].url, "http://site.example/");
  EXPECT_EQ(findings[0].matched, "503-555-0142");
  EXPECT_EQ(findings[0].snippet, "text me at 503-555-0142 please");
  EXPECT_GT(findings[0].confidence, 0.75);  // boosted by "text"
}

TEST(Extractor, ABlockListingThreeAddressesIsADirectory) {
  Extractor extractor(DefaultRules());
  EXPECT_TRUE(ValuesOf(extractor.Extract(OneBlock(
                           "Bldg 1: 35-20 83rd St · Bldg 2: 35-24 83rd St · "
                           "Bldg 3: 35-30 83rd St",
                           Zone::kOwner)),
                       Category::kAddress)
                  .empty());
  EXPECT_EQ(ValuesOf(extractor.Extract(OneBlock(
                         "We're in 4C at 35-30 83rd St, Jackson Heights, NY "
                         "11372, next to 35-34 83rd St.",
                         Zone::kOwner)),
                     Category::kAddress),
            (std::vector<std::string>{
                "35-30 83rd St, Jackson Heights, NY 11372", "35-34 83rd St"}));
}

TEST(Extractor, ATableOfThreePositionsOrMoreIsALogNotWhereTheyLive) {
  Extractor extractor(DefaultRules());
  auto page = [](int rows) {
    std::string html =
        "<main><p>Observer location for my home: 49.7000, -54.0640 "
        "(Tilting).</p>"
        "<table><tr><th>Date</th><th>Type</th><th>Position</th></tr>";
    for (int row = 0; row < rows; ++row) {
      html += absl::StrCat("<tr><td>", row + 1, " Jun</td><td>Pinnacle</td>",
                           "<td>49.7", row, "20, -53.98", row, "5</td></tr>");
    }
    Page fetched;
    fetched.url = "https://bergs.example/u/shauna";
    fetched.content_type = "text/html";
    fetched.body = html + "</table></main>";
    return ParseDocument(fetched);
  };
  EXPECT_EQ(ValuesOf(extractor.Extract(page(3)), Category::kGeotag),
            (std::vector<std::string>{"49.7000,-54.0640"}));
  EXPECT_EQ(ValuesOf(extractor.Extract(page(2)), Category::kGeotag).size(), 3u);
}

TEST(Extractor, AStatedBirthYearOutranksOtherYearsInTheText) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("Grandmother: Lula Pearl Graham, b. 1903", Zone::kOwner);
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kBirthdate),
            (std::vector<std::string>{"1903"}));
  Script state;
  state.kind = Script::Kind::kState;
  state.text =
      R"(window.__STATE__={"match":{"username":"deeharrell61","birthYear":1961}})";
  document.scripts.push_back(state);
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kBirthdate),
            (std::vector<std::string>{"1961"}));
}

TEST(Extractor, AnEmailNamedAfterTheOwnerIsTheirsNearAnOrganisationsWords) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Drop toys at any of our branches. Questions? Email "
      "lia.taitano@example.com.",
      Zone::kOwner);
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kEmail).empty());
  document.owner_name = "Lia Taitano";
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kEmail),
            (std::vector<std::string>{"lia.taitano@example.com"}));
}

TEST(Extractor, AFactsLineAtThePagesTopReadsLikeTheProfile) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "28, Female · Beirut, Lebanon · scrobbling since 2014", Zone::kOwner);
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kLocation),
            std::vector<std::string>{"Beirut, Lebanon"});
  // Far down the page the same shape is someone else's byline.
  Document deep;
  deep.url = "http://site.example/";
  for (int i = 0; i < 20; ++i) {
    TextBlock filler;
    filler.text = "Top tracks this week";
    deep.blocks.push_back(filler);
  }
  deep.blocks.push_back(document.blocks[0]);
  EXPECT_TRUE(ValuesOf(extractor.Extract(deep), Category::kLocation).empty());
}

TEST(Extractor, ALongFactsLineWithManySeparatorsReadsLikeTheProfile) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Age 27 · Gender male · Based in Tofo, Inhambane · Languages "
      "Portuguese, English, Xitswa · Niche whale sharks, manta rays, budget "
      "travel",
      Zone::kOwner);
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kAge),
            std::vector<std::string>{"27"});
  // As long, with two separators, it is more likely prose.
  document.blocks[0].text =
      "Age 27 and counting, with Gender studies behind me and a long list "
      "of places I want to dive before thirty · Tofo · Inhambane";
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kAge).empty());
}

TEST(Extractor, TheDayOfABirthDateIsNoAgeButTheAgeAfterItIs) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("Date of birth / Age: 14 Nov 2001 (25)", Zone::kOwner);
  document.blocks[0].source = Source::kProfile;
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kAge),
            std::vector<std::string>{"25"});
  document.blocks[0].text = "Age: 03.11.1988";
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kAge).empty());
}

TEST(Extractor, TheLastWordOfASchoolSaidAloneIsNoOtherPlace) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "I'm a student at the Turkmen National Conservatory. Every morning I "
      "practise in room 214 at the Conservatory, then I teach.",
      Zone::kOwner);
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kSchool),
            std::vector<std::string>{"Turkmen National Conservatory"});
  EXPECT_TRUE(ValuesOf(findings, Category::kRegularPlace).empty());
}

TEST(Extractor, AChildsSchoolReadAsARegularPlaceIsASchool) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Walk Kaiden to Salem Primary School every morning and pick him up "
      "every afternoon.",
      Zone::kOwner);
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kSchool),
            std::vector<std::string>{"Salem Primary School"});
  EXPECT_TRUE(ValuesOf(findings, Category::kRegularPlace).empty());
  // A middle school where a club meets stays a place the person goes to.
  document.blocks[0].text =
      "The club meets every Tuesday at Hoover Middle School, room 12.";
  findings = extractor.Extract(document);
  EXPECT_TRUE(ValuesOf(findings, Category::kSchool).empty());
}

TEST(Extractor, InAPieceAboutTheOwnerHerPronounIsTheOwners) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("Judy Sandler says she's turning 49 in February.", Zone::kOwner);
  document.owner_name = "Judy Sandler";
  EXPECT_TRUE(ValuesOf(extractor.Extract(document), Category::kAge).empty());
  document.owner_pronouns = {"she", "her", "hers", "herself", "ella"};
  EXPECT_EQ(ValuesOf(extractor.Extract(document), Category::kAge),
            std::vector<std::string>{"48"});
}

TEST(Extractor, AStaffPagesTownOnlyWhenThePageNamesNoOtherPlace) {
  Extractor extractor(DefaultRules());
  Document document =
      OneBlock("Nok trains fighters six days a week.", Zone::kOwner);
  document.title = "Kru Nok — Head Trainer | Naksu Muay Thai Gym, Chiang Mai";
  document.owner_name = "Kru Nok";
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kWorkplace),
            std::vector<std::string>{"Naksu Muay Thai Gym"});
  EXPECT_EQ(ValuesOf(findings, Category::kLocation),
            std::vector<std::string>{"Chiang Mai"});
  document.blocks[0].text = "I live in Lamphun and drive in every day.";
  findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kLocation),
            std::vector<std::string>{"Lamphun"});
}

TEST(Extractor, TheSitesOwnClubIsNoWorkplace) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Tjaša is an instructor and tow pilot at the Alpine Gliding Club "
      "Lesce. During the week she is an avionics technician at Alpine "
      "Avionics in Kranj.",
      Zone::kOwner);
  document.title = "Our pilots: Tjaša Kranjc | Alpine Gliding Club Lesce";
  document.owner_name = "Tjaša Kranjc";
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(ValuesOf(findings, Category::kWorkplace),
            std::vector<std::string>{"Alpine Avionics"});
}

TEST(Extractor, SkipsFurnitureAndOthersUnlessAsked) {
  Document furniture = OneBlock("call 503-555-0142", Zone::kFurniture);
  Document others = OneBlock("call 503-555-0142", Zone::kOthers);
  Extractor strict(DefaultRules());
  EXPECT_TRUE(strict.Extract(furniture).empty());
  EXPECT_TRUE(strict.Extract(others).empty());
  ExtractOptions options;
  options.include_others = true;
  Extractor loose(DefaultRules(), options);
  EXPECT_EQ(Values(loose.Extract(others)),
            std::vector<std::string>{"+15035550142"});
}

TEST(Extractor, ContactsRepeatedFromTheSiteFooterAreTheSites) {
  Document document = OneBlock(
      "Send-off at 400 Main St, Dayton, OH 45402. Questions: "
      "help@hp.example. Or text me on 937-555-0188.",
      Zone::kOwner);
  TextBlock footer;
  footer.text =
      "Hollin & Pryce · 400 Main St, Dayton, OH 45402 · help@hp.example";
  footer.zone = Zone::kFurniture;
  footer.in_footer = true;
  document.blocks.push_back(footer);
  Extractor extractor(DefaultRules());
  auto contacts = [&extractor, &document] {
    std::vector<std::string> values;
    for (const Finding& finding : extractor.Extract(document)) {
      if (finding.category == Category::kPhone ||
          finding.category == Category::kAddress) {
        values.push_back(finding.value);
      }
    }
    return values;
  };
  EXPECT_EQ(contacts(), std::vector<std::string>{"+19375550188"});
  // A personal site's footer names its owner: their address stays.
  document.owner_name = "Gloria Tennant";
  document.blocks[1].text = "© Gloria Tennant · 400 Main St, Dayton, OH 45402";
  EXPECT_EQ(contacts().size(), 2u);
  // Names with capitals outside ASCII are found whatever their case.
  document.owner_name = "Émile Ørsted";
  document.blocks[1].text = "© ÉMILE ØRSTED · 400 Main St, Dayton, OH 45402";
  EXPECT_EQ(contacts().size(), 2u);
}

TEST(Extractor, NationalNumbersAreReadInThePagesCountry) {
  Extractor extractor(DefaultRules());
  Document italian =
      OneBlock("chiamarmi la sera al 347 555 0142, grazie", Zone::kOwner);
  italian.region = "IT";
  EXPECT_EQ(Values(extractor.Extract(italian)),
            std::vector<std::string>{"+393475550142"});
  // Written with a country code, a number is that country's, once.
  Document colombian =
      OneBlock("Escríbeme por WhatsApp al +57 310 555 0142", Zone::kOwner);
  colombian.region = "IT";
  EXPECT_EQ(Values(extractor.Extract(colombian)),
            std::vector<std::string>{"+573105550142"});
}

TEST(Extractor, LocalShapesOfNationalNumbersNeedThePagesCountry) {
  Extractor extractor(DefaultRules());
  struct Case {
    const char* text;
    const char* region;
    const char* value;  // "" = no phone
  } cases[] = {
      {"mándenme WhatsApp al 55 4823 0917.", "MX", "+525548230917"},
      {"me pueden escribir al WhatsApp 8714-2263.", "CR", "+50687142263"},
      {"App me even op 06-28495173 of mail", "NL", "+31628495173"},
      {"me pueden escribir al WhatsApp 8714-2263.", "US", ""},
      // Seven- and eight-digit plans of small countries.
      {"Parents can text me on 927 4451 or email me.", "FJ", "+6799274451"},
      {"Encomendas: 991 45 32 (também WhatsApp)", "CV", "+2389914532"},
      {"Contact him on WhatsApp 71 234 567 or by email.", "BW", "+26771234567"},
      {"or call her at 624-1873 after 4 pm.", "GY", "+5926241873"},
      {"or call her at 624-1873 after 4 pm.", "US", ""},
  };
  for (const Case& test : cases) {
    SCOPED_TRACE(test.text);
    Document document = OneBlock(test.text, Zone::kOwner);
    document.region = test.region;
    std::vector<std::string> expected;
    if (*test.value != '\0') expected.push_back(test.value);
    EXPECT_EQ(Values(extractor.Extract(document)), expected);
  }
}

TEST(Extractor, APlaceAfterSomeoneElsesHandleIsTheirs) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Reviewed pull request #118 by @gabe-ortiz (Austin, TX). Me: "
      "@noorhaddad (Minneapolis, MN)",
      Zone::kOwner);
  document.owner_name = "Noor Haddad";
  EXPECT_EQ(Values(extractor.Extract(document)),
            std::vector<std::string>{"Minneapolis, MN"});
}

TEST(Extractor, RelativesListedAfterTheFirstAreRelativesToo) {
  Extractor extractor(DefaultRules());
  EXPECT_EQ(
      ValuesOf(extractor.ExtractText(
                   "Home is my husband Craig and our three boys, DJ, "
                   "Marcus and Eli. My daughter Grace and I bake."),
               Category::kFamily),
      (std::vector<std::string>{"Craig", "DJ", "Eli", "Grace", "Marcus"}));
}

TEST(Extractor, ATownInADatedEventLineIsTheEvents) {
  Extractor extractor(DefaultRules());
  for (const char* line :
       {"Mar 2027 - Desert Heat Invite, Las Vegas, NV",
        "Feb 12-14, 2027 - Black Lantern Tattoo, Boise, ID"}) {
    SCOPED_TRACE(line);
    EXPECT_TRUE(ValuesOf(extractor.Extract(OneBlock(line, Zone::kOwner)),
                         Category::kLocation)
                    .empty());
  }
  // A dated post in the first person still says where the person is.
  EXPECT_FALSE(
      ValuesOf(extractor.Extract(OneBlock(
                   "Nov 12, 2026 - I live in Austin, TX now and love it",
                   Zone::kOwner)),
               Category::kLocation)
          .empty());
}

TEST(Extractor, AListOfRelativesEndsAtTheOwner) {
  Extractor extractor(DefaultRules());
  Document document = OneBlock(
      "Kristen now lives in Regina with her own two, Ava and Jonah, and "
      "Joanne admits the grandkids are her toughest critics.",
      Zone::kOwner);
  document.owner_name = "Joanne Friesen";
  std::vector<std::string> family =
      ValuesOf(extractor.Extract(document), Category::kFamily);
  EXPECT_EQ(family, (std::vector<std::string>{"Ava", "Jonah"}));
}

TEST(Extractor, AListedRelativeMayFollowABracketedAside) {
  Extractor extractor(DefaultRules());
  auto family_of = [&extractor](const std::string& text) {
    // Two rules may find the same name; the ranking merges them.
    std::vector<std::string> family =
        ValuesOf(extractor.ExtractText(text), Category::kFamily);
    family.erase(std::unique(family.begin(), family.end()), family.end());
    return family;
  };
  EXPECT_EQ(family_of("I'm Bree, mum to Harper (Year 4, Room 12) and Lachie "
                      "(Prep)."),
            (std::vector<std::string>{"Harper", "Lachie"}));
  EXPECT_EQ(family_of("Gracias a mis papás, Rogelio Ortega Bravo y Guadalupe "
                      "Limón de Ortega, por todo."),
            (std::vector<std::string>{"Guadalupe Limón de Ortega",
                                      "Rogelio Ortega Bravo"}));
  // A surname and a town, or an aside, may come between two names.
  EXPECT_EQ(family_of("Their children are Kevin (Amy) Brandt of Wichita and "
                      "Lisa (Tom) Ochs of Hays."),
            (std::vector<std::string>{"Kevin", "Lisa"}));
  EXPECT_EQ(family_of("She has two grown kids: Brett, a welder in Fort "
                      "McMurray, and Kayla, who's at Brandon University."),
            (std::vector<std::string>{"Brett", "Kayla"}));
  EXPECT_EQ(family_of("Tenemos dos hijos: Kenia, de 13 años, que estudia en "
                      "el Colegio Santa Ana, y Yader, de 19."),
            (std::vector<std::string>{"Kenia", "Yader"}));
  // A possessive is not a name: a bird list is not a family.
  for (const std::string& name :
       family_of("Fox Sparrow (3), Steller's Jay, Spotted Towhee")) {
    EXPECT_EQ(name.find("Steller"), std::string::npos) << name;
  }
}

TEST(Extractor, AChildsSchoolIsASchoolHoweverRoutineTheWalk) {
  Extractor extractor(DefaultRules());
  std::vector<Finding> walk = extractor.ExtractText(
      "My grandson Eli walks that way to Van Buren Middle School every "
      "morning.");
  EXPECT_EQ(ValuesOf(walk, Category::kSchool),
            (std::vector<std::string>{"Van Buren Middle School"}));
  EXPECT_TRUE(ValuesOf(walk, Category::kRegularPlace).empty());
  // Without a child, a weekly class at a school is a place the person goes.
  std::vector<Finding> clay = extractor.ExtractText(
      "Tuesday means clay night at Duluth Folk School, same as every "
      "Tuesday since 2023.");
  EXPECT_EQ(ValuesOf(clay, Category::kRegularPlace),
            (std::vector<std::string>{"Duluth Folk School"}));
}

TEST(Extractor, ANameInsideALongerReadingOfItIsDropped) {
  Extractor extractor(DefaultRules());
  std::vector<std::string> schools = ValuesOf(
      extractor.ExtractText("CS student at Gdańsk University of Technology"),
      Category::kSchool);
  // Two rules read the whole name; the ranking merges them.
  schools.erase(std::unique(schools.begin(), schools.end()), schools.end());
  EXPECT_EQ(schools,
            (std::vector<std::string>{"Gdańsk University of Technology"}));
}

TEST(Extractor, AnAddressInsideALongerReadingOfItIsDropped) {
  Extractor extractor(DefaultRules());
  // One rule stops at the town, another reads on to the postcode.
  EXPECT_EQ(ValuesOf(extractor.ExtractText("Puppy visits by appointment at "
                                           "home, 7 Moor Lane, Bramhope, "
                                           "Leeds LS16 9AH."),
                     Category::kAddress),
            (std::vector<std::string>{"7 Moor Ln, Bramhope, Leeds LS16 9AH"}));
}

TEST(Extractor, OneAgeReadTwoWaysKeepsTheSurerReading) {
  Extractor extractor(DefaultRules());
  // "my 48th birthday" alone is 48; a birthday still to come says 47.
  EXPECT_EQ(ValuesOf(extractor.ExtractText(
                         "And yes, my 48th birthday falls on Majority Rule "
                         "Day in January, party at my house!"),
                     Category::kAge),
            (std::vector<std::string>{"47"}));
  EXPECT_EQ(ValuesOf(extractor.ExtractText("Celebrating my 31st birthday!"),
                     Category::kAge),
            (std::vector<std::string>{"31"}));
}

TEST(Extractor, AnAddressAfterAVenuesNameIsTheVenues) {
  Extractor extractor(DefaultRules());
  auto addresses_in = [&extractor](const std::string& text) {
    return ValuesOf(extractor.ExtractText(text), Category::kAddress);
  };
  EXPECT_TRUE(addresses_in("Sat 9/12 · Verona Hawks · Badger Prairie Park, "
                           "1202 Park Ln, Verona, WI · W 3-1")
                  .empty());
  EXPECT_TRUE(
      addresses_in("We have a room block at The Glen Hotel, 4 Main Street, "
                   "Laragh.")
          .empty());
  EXPECT_FALSE(addresses_in("Drop the bags at my place, 1202 Park Ln, Verona, "
                            "WI 53593, side door.")
                   .empty());
}

TEST(Extractor, SuppressWordsDropHotlines) {
  Extractor extractor(DefaultRules());
  EXPECT_TRUE(
      extractor.ExtractText("24/7 crisis hotline: 1-800-555-0199").empty());
  EXPECT_TRUE(extractor.ExtractText("Support: 1-888-555-0123").empty());
}

TEST(Extractor, NotExposures) {
  Extractor extractor(DefaultRules());
  const char* texts[] = {
      "I'm 100% sure about this",
      "ISBN 978-0-316-76948-0",
      "version 2.10.3 released",
      "It costs $1,250.00",
      "meet in room 404",
      "order #555-0142-88",
      "★ 311 stars",
  };
  for (const char* text : texts) {
    EXPECT_EQ(Values(extractor.ExtractText(text)), std::vector<std::string>{})
        << text;
  }
}

TEST(Extractor, FullWidthAndZeroWidthObfuscationIsSeenThrough) {
  Extractor extractor(DefaultRules());
  // "call me 503-555-0142" with full-width digits and a zero-width space.
  std::string text =
      "call me \xEF\xBC\x95\xEF\xBC\x90\xEF\xBC\x93-555-\xE2\x80\x8B"
      "0142";
  EXPECT_EQ(Values(extractor.ExtractText(text)),
            std::vector<std::string>{"+15035550142"});
}

TEST(Extractor, MailtoAndTelLinksInOwnerZone) {
  Document document;
  document.url = "http://site.example/";
  document.links.push_back(
      {"mailto:Sam@Example.com?subject=hi", "", "write me", Zone::kOwner});
  document.links.push_back({"tel:+1-503-555-0142", "", "", Zone::kOwner});
  document.links.push_back(
      {"mailto:help@site.example", "", "help", Zone::kFurniture});
  Extractor extractor(DefaultRules());
  std::vector<Finding> findings = extractor.Extract(document);
  EXPECT_EQ(Values(findings),
            (std::vector<std::string>{"sam@example.com", "+15035550142"}));
  EXPECT_EQ(findings[0].source, Source::kLink);
}

TEST(Extractor, MatchesPerRuleArePerPageLimited) {
  std::string text;
  for (int i = 0; i < kMaxMatchesPerRulePerPage + 50; ++i) {
    text += "call 503-555-01" + std::to_string(10 + i % 90) + " ; ";
  }
  Extractor extractor(DefaultRules());
  std::vector<Finding> findings =
      extractor.Extract(OneBlock(text, Zone::kOwner));
  EXPECT_LE(findings.size(), static_cast<size_t>(kMaxMatchesPerRulePerPage));
  EXPECT_GT(findings.size(), 0u);
}

}  // namespace
}  // namespace exposure
