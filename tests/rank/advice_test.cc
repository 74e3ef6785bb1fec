// Tests for the advice catalogue, platform detection and AdviceFor.
#include "rank/advice.h"

#include <set>
#include <string>
#include <vector>

#include "exposure/category.h"
#include "exposure/rank.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

// Every category, the DESIGN.md thirteen and any extensions.
std::vector<Category> AllCategories() {
  std::vector<Category> all;
  for (int i = 0; i < kCategoryCount; ++i) {
    all.push_back(static_cast<Category>(i));
  }
  return all;
}

bool HasPlatform(const std::vector<Advice>& advice, const std::string& name) {
  for (const Advice& item : advice) {
    if (item.platform == name) return true;
  }
  return false;
}

std::string AllText(const std::vector<Advice>& advice) {
  std::string text;
  for (const Advice& item : advice) {
    text += item.title + "\n";
    for (const std::string& step : item.steps) text += step + "\n";
  }
  return text;
}

TEST(AdviceCatalogue, EmbeddedFilesParse) {
  ASSERT_FALSE(AdviceFiles().empty());
  std::set<std::string> names;
  for (const EmbeddedFile& file : AdviceFiles()) {
    names.insert(file.name);
    absl::StatusOr<std::vector<AdviceEntry>> entries =
        ParseAdviceCatalogue(file.name, file.contents);
    ASSERT_TRUE(entries.ok()) << entries.status();
    EXPECT_FALSE(entries->empty()) << file.name;
  }
  EXPECT_TRUE(names.count("categories.toml"));
  EXPECT_TRUE(names.count("platforms.toml"));
  EXPECT_TRUE(AdviceCatalogueErrors().empty())
      << AdviceCatalogueErrors().front();
}

TEST(AdviceCatalogue, BrokenFilesAreErrorsWithFileAndLine) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"[[advice]]\ncategory = \"phone\"\ntitle = \"x\nsteps = [\"a\"]\n",
       "broken.toml:3"},
      {"[[advice]]\ncategory = \"phone\"\ntitle = \"T\"\n", "steps"},
      {"[[advice]]\ncategory = \"phone\"\ntitle = \"T\"\nsteps = []\n",
       "steps"},
      {"[[advice]]\ncategory = \"phones\"\ntitle = \"T\"\nsteps = [\"a\"]\n",
       "unknown category 'phones'"},
      {"[[advice]]\ntitle = \"T\"\nsteps = [\"a\"]\n", "'category' is missing"},
      {"[[advice]]\ncategory = \"*\"\nplatform = \"twiter\"\ntitle = \"T\"\n"
       "steps = [\"a\"]\n",
       "'platform' must be one of"},
      {"[[advice]]\ncategory = \"*\"\ntitle = \"T\"\nstep = [\"a\"]\n",
       "unknown key 'step'"},
      {"[[advice]]\ncategory = \"*\"\ntitle = \"\"\nsteps = [\"a\"]\n",
       "title"},
      {"title = \"T\"\n", "unknown top-level key"},
      {"", "no [[advice]] entries"},
  };
  for (const Case& test : cases) {
    absl::StatusOr<std::vector<AdviceEntry>> entries =
        ParseAdviceCatalogue("broken.toml", test.text);
    ASSERT_FALSE(entries.ok()) << test.text;
    std::string message(entries.status().message());
    EXPECT_NE(message.find("broken.toml"), std::string::npos) << message;
    EXPECT_NE(message.find(test.expected), std::string::npos) << message;
  }
}

TEST(AdviceCatalogue, ParsesCategoryListsAndPlatforms) {
  absl::StatusOr<std::vector<AdviceEntry>> entries = ParseAdviceCatalogue(
      "ok.toml",
      "[[advice]]\nplatform = \"strava\"\ncategory = [\"geotag\", "
      "\"address\"]\ntitle = \"T\"\nsteps = [\"a\", \"b\"]\n");
  ASSERT_TRUE(entries.ok()) << entries.status();
  ASSERT_EQ(entries->size(), 1u);
  EXPECT_EQ((*entries)[0].advice.platform, "strava");
  EXPECT_EQ((*entries)[0].categories,
            (std::vector<std::string>{"geotag", "address"}));
  EXPECT_EQ((*entries)[0].advice.steps.size(), 2u);
}

TEST(AdviceCatalogue, EveryCategoryHasItsOwnAdviceWithSteps) {
  std::set<std::string> covered;
  for (const EmbeddedFile& file : AdviceFiles()) {
    auto entries = ParseAdviceCatalogue(file.name, file.contents);
    ASSERT_TRUE(entries.ok()) << entries.status();
    for (const AdviceEntry& entry : *entries) {
      if (!entry.advice.platform.empty()) continue;
      covered.insert(entry.categories.begin(), entry.categories.end());
    }
  }
  for (Category category : AllCategories()) {
    std::string name(CategoryName(category));
    EXPECT_TRUE(covered.count(name)) << name;
    std::vector<Advice> advice = AdviceFor(category, {});
    ASSERT_GE(advice.size(), 2u) << name;
    for (const Advice& item : advice) {
      EXPECT_FALSE(item.title.empty()) << name;
      EXPECT_FALSE(item.steps.empty()) << name << ": " << item.title;
      EXPECT_TRUE(item.platform.empty()) << name << ": " << item.title;
    }
  }
}

TEST(AdviceCatalogue, EveryPlatformHasStepsForEveryCategory) {
  for (const std::string& platform : KnownPlatforms()) {
    for (Category category : AllCategories()) {
      std::vector<Advice> advice = AdviceFor(category, {platform});
      EXPECT_TRUE(HasPlatform(advice, platform))
          << platform << " / " << CategoryName(category);
    }
  }
}

TEST(AdviceCatalogue, SafetyNotesAndGeneralAdviceComeWithEveryExposure) {
  for (Category category : AllCategories()) {
    std::string text = AllText(AdviceFor(category, {}));
    for (const char* needle :
         {"advocate", "screenshots", "1-800-799-7233", "START to 88788",
          "1-855-484-2846", "Results about you", "Bing Content Removal",
          "data broker", "opt-out"}) {
      EXPECT_NE(text.find(needle), std::string::npos)
          << CategoryName(category) << ": " << needle;
    }
  }
}

TEST(AdviceFor, OrderIsCategoryThenPlatformThenGeneral) {
  std::vector<Advice> advice = AdviceFor(Category::kEmail, {"github"});
  ASSERT_GE(advice.size(), 4u);
  EXPECT_TRUE(advice[0].platform.empty());  // "Keep your personal email..."
  EXPECT_EQ(advice[1].platform, "github");  // GitHub's email steps
  EXPECT_NE(advice[1].title.find("email"), std::string::npos);
  EXPECT_EQ(advice[2].platform, "github");  // GitHub in general
  for (std::size_t i = 3; i < advice.size(); ++i) {
    EXPECT_TRUE(advice[i].platform.empty()) << advice[i].title;
  }
  // Unknown platforms and repeats add nothing.
  EXPECT_EQ(AdviceFor(Category::kEmail, {"github", "myspace", "github"}).size(),
            advice.size());
}

TEST(PlatformOf, RecognisesHostsAndPathShapes) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://github.com/octocat", "github"},
      {"https://gist.github.com/octocat/1", "github"},
      {"https://octocat.github.io/", "github"},
      {"https://www.reddit.com/user/someone/", "reddit"},
      {"https://old.reddit.com/r/x/comments/1/", "reddit"},
      {"https://m.facebook.com/profile.php?id=4", "facebook"},
      {"https://www.instagram.com/someone/", "instagram"},
      {"https://x.com/someone/status/1", "x"},
      {"https://twitter.com/someone", "x"},
      {"https://mobile.twitter.com/someone", "x"},
      {"https://www.linkedin.com/in/someone/", "linkedin"},
      {"https://www.tiktok.com/@someone/video/1", "tiktok"},
      {"https://www.strava.com/athletes/123", "strava"},
      {"https://account.venmo.com/u/someone", "venmo"},
      {"https://someone.wordpress.com/about/", "wordpress"},
      {"https://example.org/wp-content/uploads/me.jpg", "wordpress"},
      {"https://example.org/?p=42", "wordpress"},
      {"https://example.org/index.php?page_id=7&x=1", "wordpress"},
      {"https://mastodon.social/@someone", "mastodon"},
      {"https://fosstodon.org/@some_one/1099", "mastodon"},
      {"https://hachyderm.io/@someone@example.social", "mastodon"},
      {"https://example.social/users/someone/statuses/1", "mastodon"},
      {"HTTPS://User@GitHub.COM:443/x", "github"},
      {"https://medium.com/@someone", ""},
      {"https://www.youtube.com/@someone", ""},
      {"https://example.org/about/", ""},
      {"https://notgithub.com/x", ""},
      {"https://github.com.evil.example/x", ""},
      {"https://example.org/@", ""},
      {"https://example.org/?p=abc", ""},
      {"file:///home/me/saved/github.com.html", ""},
      {"/home/me/profile.html", ""},
      {"", ""},
  };
  for (const auto& [url, platform] : cases) {
    EXPECT_EQ(PlatformOf(url), platform) << url;
  }
}

TEST(PlatformsOf, EachPlatformOnceInOrder) {
  std::vector<Occurrence> occurrences(4);
  occurrences[0].url = "https://example.org/";
  occurrences[1].url = "https://x.com/a";
  occurrences[2].url = "https://github.com/a";
  occurrences[3].url = "https://twitter.com/a/status/2";
  EXPECT_EQ(PlatformsOf(occurrences),
            (std::vector<std::string>{"x", "github"}));
}

Finding MakeFinding(Category category, const std::string& value,
                    const std::string& url) {
  Finding finding;
  finding.category = category;
  finding.value = finding.display = finding.matched = value;
  finding.url = url;
  finding.confidence = 0.9;
  finding.source = Source::kProfile;
  finding.snippet = "… " + value + " …";
  finding.rule_id = "test";
  return finding;
}

TEST(RankFindings, GitHubExposureGetsGitHubSteps) {
  std::vector<Exposure> exposures = RankFindings({MakeFinding(
      Category::kEmail, "jane@example.com", "https://github.com/jane")});
  ASSERT_EQ(exposures.size(), 1u);
  const std::vector<Advice>& advice = exposures[0].advice;
  ASSERT_TRUE(HasPlatform(advice, "github"));
  std::string text = AllText(advice);
  EXPECT_NE(text.find("Keep my email addresses private"), std::string::npos);
  EXPECT_NE(text.find("Settings → Public profile"), std::string::npos);
}

TEST(RankFindings, UnknownHostsGetOnlyGeneralAdvice) {
  std::vector<Exposure> exposures =
      RankFindings({MakeFinding(Category::kPhone, "+15035550142",
                                "https://pinecone.example/about/"),
                    MakeFinding(Category::kPhone, "+15035550142",
                                "http://127.0.0.1:8080/")});
  ASSERT_EQ(exposures.size(), 1u);
  const std::vector<Advice>& advice = exposures[0].advice;
  EXPECT_EQ(advice.size(), AdviceFor(Category::kPhone, {}).size());
  ASSERT_FALSE(advice.empty());
  for (const Advice& item : advice) {
    EXPECT_TRUE(item.platform.empty()) << item.title;
    EXPECT_FALSE(item.steps.empty()) << item.title;
  }
}

TEST(RankFindings, StravaGeotagGetsMapVisibilitySteps) {
  std::vector<Exposure> exposures =
      RankFindings({MakeFinding(Category::kGeotag, "45.5231,-122.6765",
                                "https://www.strava.com/activities/123")});
  ASSERT_EQ(exposures.size(), 1u);
  std::string text = AllText(exposures[0].advice);
  EXPECT_NE(text.find("Map Visibility"), std::string::npos);
  EXPECT_NE(text.find("privacy zones"), std::string::npos);
}

}  // namespace
}  // namespace exposure
