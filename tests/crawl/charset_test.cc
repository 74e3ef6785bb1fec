// Tests for charset detection and conversion to UTF-8 (crawl/charset.h).
#include "crawl/charset.h"

#include <string>

#include "exposure/limits.h"
#include "gtest/gtest.h"

namespace exposure::internal {
namespace {

TEST(CrawlCharset, Detection) {
  struct Case {
    const char* content_type;
    const char* body;
    const char* charset;
  };
  const Case cases[] = {
      {"text/html; charset=ISO-8859-1", "<p>x</p>", "iso-8859-1"},
      {"text/html; charset=\"Shift_JIS\"", "", "shift_jis"},
      {"text/html", "<meta charset='windows-1251'><p>x", "windows-1251"},
      {"text/html",
       "<meta http-equiv=\"Content-Type\" "
       "content=\"text/html; charset=euc-kr\">",
       "euc-kr"},
      {"", "<META CHARSET=KOI8-R>", "koi8-r"},
      {"text/html; charset=utf-8", "<meta charset='latin1'>", "utf-8"},
      {"text/plain", "<meta charset='latin1'>", ""},  // not HTML
      {"text/html", "\xEF\xBB\xBF<p>x</p>", "utf-8"},
      {"text/html", "<p>no declaration</p>", ""},
      {"application/rss+xml",
       "<?xml version='1.0' encoding='ISO-8859-1'?><rss>", "iso-8859-1"},
      {"", "<?xml version=\"1.0\" encoding=\"windows-1252\"?><feed>",
       "windows-1252"},
      {"application/atom+xml; charset=utf-8",
       "<?xml version='1.0' encoding='latin1'?>", "utf-8"},
      {"text/xml", "<?xml version='1.0'?><rss>", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DetectCharset(c.content_type, c.body), c.charset)
        << c.content_type << " / " << c.body;
  }
}

TEST(CrawlCharset, Latin1BecomesUtf8) {
  Page page;
  page.content_type = "text/html; charset=iso-8859-1";
  page.body = "Se\xF1ora \x93quoted\x94";  // windows-1252 quotes
  EXPECT_TRUE(ConvertToUtf8(&page));
  EXPECT_EQ(page.body, "Se\xC3\xB1ora \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(CrawlCharset, Utf8IsLeftAloneAndItsBomDropped) {
  Page page;
  page.content_type = "text/html; charset=utf-8";
  page.body = "\xEF\xBB\xBF<p>Se\xC3\xB1ora</p>";
  EXPECT_TRUE(ConvertToUtf8(&page));
  EXPECT_EQ(page.body, "<p>Se\xC3\xB1ora</p>");
}

TEST(CrawlCharset, InvalidBytesBecomeReplacementCharacters) {
  Page page;
  page.content_type = "text/plain; charset=shift_jis";
  page.body = "ok \x81";  // a lead byte cut short
  EXPECT_TRUE(ConvertToUtf8(&page));
  EXPECT_EQ(page.body, "ok \xEF\xBF\xBD");
}

TEST(CrawlCharset, UnknownCharsetLeavesTheBody) {
  Page page;
  page.content_type = "text/html; charset=no-such-charset";
  page.body = "<p>x\xFF</p>";
  EXPECT_FALSE(ConvertToUtf8(&page));
  EXPECT_EQ(page.body, "<p>x\xFF</p>");
}

TEST(CrawlCharset, GrowthPastTheLimitIsCut) {
  Page page;
  page.content_type = "text/plain; charset=iso-8859-1";
  page.body = std::string(kMaxPageBytes, '\xE9');  // each becomes 2 bytes
  EXPECT_TRUE(ConvertToUtf8(&page));
  EXPECT_TRUE(page.truncated);
  EXPECT_EQ(page.body.size(), kMaxPageBytes);
  EXPECT_EQ(page.body.substr(0, 2), "\xC3\xA9");
}

}  // namespace
}  // namespace exposure::internal
