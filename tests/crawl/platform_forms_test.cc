// Tests for platform forms: which URLs have machine-readable forms, and
// their JSON converted into pages holding only the owner's words.
#include "crawl/platform_forms.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/default_rules.h"
#include "exposure/pipeline.h"
#include "gtest/gtest.h"

namespace exposure::internal {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(EXPOSURE_TEST_DATA) +
                   "/fixtures/crawl_platform/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Urls(const std::vector<PlatformForm>& forms) {
  std::vector<std::string> urls;
  for (const PlatformForm& form : forms) urls.push_back(form.url);
  return urls;
}

// The converted pages run through the whole pipeline.
Report Analyze(const Converted& converted) {
  std::vector<Page> pages;
  for (const ContentPage& content : converted.pages) {
    Page page;
    page.url = content.url;
    page.content_type = "text/html";
    page.body = content.html;
    pages.push_back(std::move(page));
  }
  Report report;
  EXPECT_TRUE(
      AnalyzePages(pages, testing::DefaultRules(), PipelineOptions{}, &report)
          .ok());
  return report;
}

const Exposure* Find(const Report& report, Category category,
                     const std::string& value) {
  for (const Exposure& exposure : report.exposures) {
    if (exposure.category == category && exposure.value == value) {
      return &exposure;
    }
  }
  return nullptr;
}

TEST(PlatformFormsOf, KnownShapes) {
  const struct {
    const char* url;
    std::vector<std::string> forms;
  } kCases[] = {
      {"https://social.example/@rosa", {"https://social.example/@rosa"}},
      {"http://127.0.0.1:8080/@rosa", {"http://127.0.0.1:8080/@rosa"}},
      {"https://github.com/quillwright",
       {"https://api.github.com/users/quillwright"}},
      {"https://www.reddit.com/user/kettle_fern/",
       {"https://www.reddit.com/user/kettle_fern/about.json?raw_json=1",
        "https://www.reddit.com/user/kettle_fern/submitted.json?raw_json=1",
        "https://www.reddit.com/user/kettle_fern/comments.json?raw_json=1"}},
      {"https://old.reddit.com/u/kettle_fern",
       {"https://www.reddit.com/user/kettle_fern/about.json?raw_json=1",
        "https://www.reddit.com/user/kettle_fern/submitted.json?raw_json=1",
        "https://www.reddit.com/user/kettle_fern/comments.json?raw_json=1"}},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(Urls(PlatformFormsOf(c.url)), c.forms) << c.url;
  EXPECT_EQ(PlatformFormsOf("https://social.example/@rosa")[0].accept.find(
                "application/activity+json"),
            0u);
}

TEST(PlatformFormsOf, NoFormForOtherShapes) {
  const char* const kNone[] = {
      "https://social.example/@rosa/109",   // a post, not the profile
      "https://social.example/users/rosa",  // no /@ shape
      "https://social.example/@rosa/",      // a folder on a web site
      "https://github.com/quillwright/repo",
      "https://github.com/settings",
      "https://github.com/",
      "https://gist.github.com/quillwright",
      "https://www.reddit.com/r/duluth/",
      "https://www.reddit.com/user/x/",  // too short for a Reddit name
      "https://blog.example/about",
      "not a url"};
  for (const char* url : kNone)
    EXPECT_TRUE(PlatformFormsOf(url).empty()) << url;
}

TEST(ConvertPlatformJson, ActivityPubActorIsTheProfileAndLeadsToItsOutbox) {
  PlatformForm form = ActivityPubActorForm("https://social.example/@rosa");
  Converted converted = ConvertPlatformJson(form, Fixture("ap_actor.json"));
  ASSERT_TRUE(converted.recognised);
  ASSERT_EQ(converted.pages.size(), 1u);
  EXPECT_EQ(converted.pages[0].url, "https://social.example/@rosa");
  ASSERT_EQ(converted.next.size(), 1u);
  EXPECT_EQ(converted.next[0].url,
            "https://social.example/users/rosa/outbox?page=true");
  EXPECT_EQ(converted.next[0].owner, "https://social.example/users/rosa");
  Report report = Analyze(converted);
  EXPECT_NE(Find(report, Category::kLocation, "Tacoma, WA"), nullptr);
  EXPECT_NE(Find(report, Category::kLinkedAccount, "https://rosa.example"),
            nullptr);
  // The account mentioned in the bio is somebody else's.
  for (const Exposure& exposure : report.exposures) {
    EXPECT_EQ(exposure.value.find("tom"), std::string::npos) << exposure.value;
  }
}

TEST(ConvertPlatformJson, OutboxKeepsOnlyTheOwnersOwnPosts) {
  PlatformForm form{PlatformFormKind::kActivityPub,
                    "https://social.example/users/rosa/outbox?page=true",
                    "application/activity+json",
                    "https://social.example/users/rosa"};
  Converted converted =
      ConvertPlatformJson(form, Fixture("ap_outbox_page.json"));
  ASSERT_TRUE(converted.recognised);
  // Her post and her reply; not the boost, not Tom's post.
  ASSERT_EQ(converted.pages.size(), 2u);
  EXPECT_EQ(converted.pages[0].url, "https://social.example/@rosa/101");
  EXPECT_EQ(converted.pages[1].url, "https://social.example/@rosa/103");
  ASSERT_EQ(converted.next.size(), 1u);
  EXPECT_EQ(converted.next[0].url,
            "https://social.example/users/rosa/outbox?max_id=100&page=true");
  Report report = Analyze(converted);
  const Exposure* phone = Find(report, Category::kPhone, "+12535550112");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->occurrences[0].url, "https://social.example/@rosa/101");
  EXPECT_EQ(phone->occurrences[0].posted_at, "2026-07-12T09:30:00Z");
  EXPECT_EQ(Find(report, Category::kPhone, "+12535550177"), nullptr);  // Tom's
  for (const Exposure& exposure : report.exposures) {
    EXPECT_EQ(exposure.category == Category::kLinkedAccount &&
                  exposure.value.find("tom") != std::string::npos,
              false);
  }
}

TEST(ConvertPlatformJson, GitHubUserFields) {
  PlatformForm form = PlatformFormsOf("https://github.com/quillwright")[0];
  Converted converted = ConvertPlatformJson(form, Fixture("github_user.json"));
  ASSERT_TRUE(converted.recognised);
  ASSERT_EQ(converted.pages.size(), 1u);
  EXPECT_EQ(converted.pages[0].url, "https://api.github.com/users/quillwright");
  Report report = Analyze(converted);
  EXPECT_NE(Find(report, Category::kEmail, "dana.quill@example.org"), nullptr);
  EXPECT_NE(Find(report, Category::kPhone, "+12535550187"), nullptr);
  EXPECT_NE(Find(report, Category::kLocation, "Tacoma, WA"), nullptr);
  EXPECT_NE(Find(report, Category::kWorkplace, "Harbor Freight Robotics"),
            nullptr);
  EXPECT_NE(Find(report, Category::kLinkedAccount, "https://danaquill.example"),
            nullptr);
}

TEST(ConvertPlatformJson, GitHubUserOfAnotherLoginIsNotConverted) {
  PlatformForm form = PlatformFormsOf("https://github.com/someoneelse")[0];
  Converted converted = ConvertPlatformJson(form, Fixture("github_user.json"));
  EXPECT_FALSE(converted.recognised);
  EXPECT_TRUE(converted.pages.empty());
}

TEST(ConvertPlatformJson, RedditAboutAndOwnCommentsOnly) {
  std::vector<PlatformForm> forms =
      PlatformFormsOf("https://www.reddit.com/user/kettle_fern/");
  Converted about = ConvertPlatformJson(forms[0], Fixture("reddit_about.json"));
  ASSERT_TRUE(about.recognised);
  ASSERT_EQ(about.pages.size(), 1u);
  EXPECT_NE(Find(Analyze(about), Category::kLocation, "Duluth, MN"), nullptr);

  Converted listing =
      ConvertPlatformJson(forms[2], Fixture("reddit_comments.json"));
  ASSERT_TRUE(listing.recognised);
  ASSERT_EQ(listing.pages.size(), 2u);  // hers: a comment and a post
  EXPECT_EQ(listing.pages[0].url,
            "https://www.reddit.com/r/duluth/comments/abc123/lost_dog/k2x8/");
  ASSERT_EQ(listing.next.size(), 1u);
  EXPECT_EQ(listing.next[0].url,
            "https://www.reddit.com/user/kettle_fern/comments.json?raw_json=1&"
            "after=t1_k2x9");
  Report report = Analyze(listing);
  EXPECT_NE(Find(report, Category::kPhone, "+12185550143"), nullptr);
  // The thread's title and the other commenter are not hers.
  EXPECT_EQ(Find(report, Category::kPhone, "+12185550199"), nullptr);
  EXPECT_EQ(Find(report, Category::kPhone, "+12185550166"), nullptr);
}

TEST(ConvertPlatformJson, MalformedOrUnexpectedJsonIsNotConverted) {
  PlatformForm actor = ActivityPubActorForm("https://social.example/@rosa");
  const char* const kBad[] = {"",
                              "<html><body>profile</body></html>",
                              "[1,2]",
                              "{\"type\": \"Note\"}",
                              "{\"type\": ",
                              "{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]"};
  for (const char* json : kBad) {
    Converted converted = ConvertPlatformJson(actor, json);
    EXPECT_FALSE(converted.recognised) << json;
    EXPECT_TRUE(converted.pages.empty());
  }
  std::string deep(100000, '[');
  EXPECT_FALSE(ConvertPlatformJson(actor, deep).recognised);
}

}  // namespace
}  // namespace exposure::internal
