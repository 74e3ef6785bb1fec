// The page cache: each case's latest copy of every page with validators,
// zlib-compressed, for conditional requests on the next scan.
#include "store/page_cache.h"

#include <zlib.h>

#include "common/sqlite.h"
#include "exposure/limits.h"
#include "exposure/store.h"

namespace exposure {
namespace store_internal {

std::optional<std::string> CompressBody(std::string_view body) {
  uLongf size = compressBound(static_cast<uLong>(body.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(body.data()),
                static_cast<uLong>(body.size()), 6) != Z_OK) {
    return std::nullopt;
  }
  out.resize(size);
  return out;
}

std::optional<std::string> DecompressBody(std::string_view compressed) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return std::nullopt;
  stream.next_in =
      reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buffer[16384];
  int code = Z_OK;
  while (code == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof(buffer);
    code = inflate(&stream, Z_NO_FLUSH);
    if (code != Z_OK && code != Z_STREAM_END) break;
    out.append(buffer, sizeof(buffer) - stream.avail_out);
    if (out.size() > kMaxPageBytes) {
      code = Z_DATA_ERROR;
      break;
    }
  }
  inflateEnd(&stream);
  if (code != Z_STREAM_END) return std::nullopt;
  return out;
}

}  // namespace store_internal

absl::StatusOr<std::optional<CachedPage>> Store::GetCachedPage(
    int64_t case_id, const std::string& url) {
  sqlite_internal::Statement select(
      db_,
      "SELECT etag, last_modified, content_type, body FROM page_cache "
      "WHERE case_id = ? AND url = ?");
  select.Bind(1, case_id).Bind(2, url);
  int code = select.Step();
  if (code == SQLITE_DONE) return std::optional<CachedPage>();
  if (code != SQLITE_ROW) return Error("read the page cache");
  std::optional<std::string> body =
      store_internal::DecompressBody(select.Blob(3));
  if (!body) return std::optional<CachedPage>();  // unusable: fetch anew
  CachedPage page;
  page.etag = select.Text(0);
  page.last_modified = select.Text(1);
  page.content_type = select.Text(2);
  page.body = *std::move(body);
  return std::optional<CachedPage>(std::move(page));
}

}  // namespace exposure
