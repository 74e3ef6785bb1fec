// Tests for ResolveUrl: relative references against a page URL.
#include <string>

#include "exposure/document.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(ResolveUrl, Cases) {
  struct Case {
    const char* base;
    const char* href;
    const char* expected;
  };
  const Case cases[] = {
      {"http://a.example/b/c", "d", "http://a.example/b/d"},
      {"http://a.example/b/c", "/d", "http://a.example/d"},
      {"http://a.example/b/c", "../d", "http://a.example/d"},
      {"http://a.example/b/c/", "./d/", "http://a.example/b/c/d/"},
      {"http://a.example/b/c", "?p=2", "http://a.example/b/c?p=2"},
      {"http://a.example/b/c", "#top", "http://a.example/b/c"},
      {"https://a.example/b", "//c.example/d", "https://c.example/d"},
      {"http://a.example/", "HTTPS://Other.Example/X#f",
       "https://other.example/X"},
      {"http://a.example:8080/x/", "y", "http://a.example:8080/x/y"},
      {"http://a.example/", "tel:+15035550142", "tel:+15035550142"},
      {"http://a.example/", "mailto:a@example.com", "mailto:a@example.com"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ResolveUrl(c.base, c.href), c.expected)
        << c.base << " + " << c.href;
  }
}

TEST(ResolveUrl, RejectsOtherSchemes) {
  const char* errors[] = {"javascript:alert(1)", "ftp://a.example/x",
                          "data:text/html,hi", "file:///etc/passwd"};
  for (const char* href : errors) {
    EXPECT_EQ(ResolveUrl("http://a.example/", href), "") << href;
  }
}

TEST(ResolveUrl, RelativeAgainstFileBaseIsEmpty) {
  EXPECT_EQ(ResolveUrl("file:///tmp/page.html", "other.html"), "");
}

}  // namespace
}  // namespace exposure
