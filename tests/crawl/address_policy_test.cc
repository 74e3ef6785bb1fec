// Tests for IsPrivateAddress and ValidateStartUrl.
#include "exposure/crawl.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(IsPrivateAddress, PrivateAndSpecialRangesAreRefused) {
  const char* refused[] = {"127.0.0.1",
                           "127.0.0.2",
                           "10.1.2.3",
                           "172.16.0.1",
                           "172.31.255.255",
                           "192.168.1.1",
                           "169.254.169.254",
                           "100.64.0.1",
                           "0.0.0.0",
                           "224.0.0.1",
                           "255.255.255.255",
                           "::1",
                           "::",
                           "fe80::1",
                           "fc00::1",
                           "fd12:3456::1",
                           "ff02::1",
                           "::ffff:127.0.0.1",
                           "::ffff:10.0.0.1",
                           "[::1]",
                           "not-an-ip",
                           ""};
  for (const char* address : refused) {
    EXPECT_TRUE(IsPrivateAddress(address)) << address;
  }
}

TEST(IsPrivateAddress, PublicAddressesAreAllowed) {
  const char* allowed[] = {"93.184.216.34",        "8.8.8.8",
                           "172.32.0.1",           "100.128.0.1",
                           "2606:4700:4700::1111", "::ffff:93.184.216.34"};
  for (const char* address : allowed) {
    EXPECT_FALSE(IsPrivateAddress(address)) << address;
  }
}

TEST(ValidateStartUrl, AcceptsHttpAndHttps) {
  EXPECT_TRUE(ValidateStartUrl("https://social.example/@rosa").ok());
  EXPECT_TRUE(ValidateStartUrl("http://127.0.0.1:8080/").ok());
}

TEST(ValidateStartUrl, RejectsEverythingElse) {
  const char* errors[] = {"ftp://a.example/",
                          "file:///etc/passwd",
                          "javascript:alert(1)",
                          "social.example/@rosa",
                          "http://",
                          "https:///path",
                          "http://a b.example/",
                          ""};
  for (const char* url : errors) {
    absl::Status status = ValidateStartUrl(url);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << url;
  }
}

}  // namespace
}  // namespace exposure
