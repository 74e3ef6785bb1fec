// Tests for ParseDocument: whose words each block is, and bad input.
#include <string>

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
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks[0].source, Source::kMeta);
  EXPECT_EQ(document.blocks[0].text, "bio here");
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
