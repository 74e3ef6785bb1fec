// IsPrivateAddress and ValidateStartUrl: which URLs and addresses a scan may
// reach. The address check runs on the address libcurl actually connects
// to (see crawler.cc), so a public-looking hostname that resolves to
// 127.0.0.1, or a redirect to 10.0.0.1, is refused all the same.
#include <arpa/inet.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/crawl.h"

namespace exposure {
namespace {

bool IsPrivateIpv4(std::uint32_t address) {  // host byte order
  auto in = [address](std::uint32_t network, int bits) {
    std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t{0} << (32 - bits);
    return (address & mask) == network;
  };
  return in(0x00000000, 8) ||   // 0.0.0.0/8 "this network"
         in(0x0A000000, 8) ||   // 10/8
         in(0x64400000, 10) ||  // 100.64/10 CGNAT
         in(0x7F000000, 8) ||   // 127/8 loopback
         in(0xA9FE0000, 16) ||  // 169.254/16 link-local
         in(0xAC100000, 12) ||  // 172.16/12
         in(0xC0000000, 24) ||  // 192.0.0/24 protocol assignments
         in(0xC0000200, 24) ||  // 192.0.2/24 TEST-NET-1
         in(0xC0A80000, 16) ||  // 192.168/16
         in(0xC6120000, 15) ||  // 198.18/15 benchmarking
         in(0xC6336400, 24) ||  // 198.51.100/24 TEST-NET-2
         in(0xCB007100, 24) ||  // 203.0.113/24 TEST-NET-3
         in(0xE0000000, 4) ||   // 224/4 multicast
         in(0xF0000000, 4);     // 240/4 reserved, broadcast
}

}  // namespace

bool IsPrivateAddress(std::string_view ip) {
  std::string text(ip);
  if (!text.empty() && text.front() == '[' && text.back() == ']') {
    text = text.substr(1, text.size() - 2);
  }
  in_addr v4;
  if (inet_pton(AF_INET, text.c_str(), &v4) == 1) {
    return IsPrivateIpv4(ntohl(v4.s_addr));
  }
  in6_addr v6;
  if (inet_pton(AF_INET6, text.c_str(), &v6) != 1) return true;  // unknown
  const unsigned char* b = v6.s6_addr;
  static const unsigned char kZero[16] = {};
  if (std::memcmp(b, kZero, 15) == 0 && (b[15] == 0 || b[15] == 1)) {
    return true;  // :: and ::1
  }
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible: judge the IPv4 part.
  static const unsigned char kMapped[12] = {0, 0, 0, 0, 0,    0,
                                            0, 0, 0, 0, 0xff, 0xff};
  if (std::memcmp(b, kMapped, 12) == 0 || std::memcmp(b, kZero, 12) == 0) {
    std::uint32_t v4_part = (std::uint32_t{b[12]} << 24) |
                            (std::uint32_t{b[13]} << 16) |
                            (std::uint32_t{b[14]} << 8) | b[15];
    return IsPrivateIpv4(v4_part);
  }
  if ((b[0] & 0xfe) == 0xfc) return true;                  // fc00::/7 ULA
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;  // fe80::/10
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return true;  // fec0::/10
  if (b[0] == 0xff) return true;                           // multicast
  if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) {
    return true;  // 2001:db8::/32 documentation
  }
  if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) {
    return true;  // 64:ff9b::/96 NAT64 can reach private IPv4
  }
  return false;
}

absl::Status ValidateStartUrl(std::string_view url) {
  std::string lower = AsciiLower(url);
  std::string_view rest;
  if (StartsWith(lower, "http://")) {
    rest = url.substr(7);
  } else if (StartsWith(lower, "https://")) {
    rest = url.substr(8);
  } else {
    return absl::InvalidArgumentError(
        StrCat("not an http(s) URL: '", url,
               "' (only http:// and https:// are scanned)"));
  }
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || StartsWith(host, ":")) {
    return absl::InvalidArgumentError(
        StrCat("URL without a host: '", url, "'"));
  }
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= ' ') {
      return absl::InvalidArgumentError(
          StrCat("URL with spaces or control characters: '", url, "'"));
    }
  }
  return absl::OkStatus();
}

}  // namespace exposure
