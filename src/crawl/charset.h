// Character sets: turning a fetched body into UTF-8 before it is parsed.
#ifndef EXPOSURE_CRAWL_CHARSET_H_
#define EXPOSURE_CRAWL_CHARSET_H_

#include <string>
#include <string_view>

#include "exposure/page.h"

namespace exposure::internal {

// The charset a response declares, lower case: a byte-order mark first,
// then the Content-Type "charset=" parameter, then (for XML, and for a
// body of no declared type) the XML declaration's encoding, then (for HTML) a
// <meta charset> or <meta http-equiv="Content-Type"> in the first 4 KiB of
// `body`. "" when none is declared.
std::string DetectCharset(std::string_view content_type, std::string_view body);

// Converts `page->body` to UTF-8 from its declared charset with iconv, and
// drops a UTF-8 byte-order mark. Bytes invalid in that charset become
// U+FFFD; the result is cut at kMaxPageBytes (at a character boundary) and
// `page->truncated` set when it grows past it. Returns false, leaving the
// body as it was, when the charset is unknown to iconv (the document stage
// then repairs it as UTF-8); true otherwise, also when nothing was to do.
bool ConvertToUtf8(Page* page);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_CHARSET_H_
