// NormalizeText: bytes of unknown quality to clean, NFKC-folded UTF-8.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "exposure/document.h"
#include "utf8proc.h"

namespace exposure {
namespace {

void AppendCodepoint(utf8proc_int32_t codepoint, std::string* out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t length = utf8proc_encode_char(codepoint, buffer);
  out->append(reinterpret_cast<const char*>(buffer), length);
}

// Replaces every invalid UTF-8 sequence with U+FFFD.
std::string RepairUtf8(std::string_view raw) {
  std::string repaired;
  repaired.reserve(raw.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(raw.data());
  utf8proc_ssize_t position = 0;
  const auto size = static_cast<utf8proc_ssize_t>(raw.size());
  while (position < size) {
    if (bytes[position] < 0x80) {  // ASCII fast path
      repaired.push_back(static_cast<char>(bytes[position]));
      ++position;
      continue;
    }
    utf8proc_int32_t codepoint;
    utf8proc_ssize_t length =
        utf8proc_iterate(bytes + position, size - position, &codepoint);
    if (length <= 0 || codepoint < 0) {
      AppendCodepoint(0xFFFD, &repaired);
      ++position;
      continue;
    }
    repaired.append(raw.substr(position, length));
    position += length;
  }
  return repaired;
}

bool IsSpace(utf8proc_int32_t codepoint) {
  if (codepoint == ' ' || codepoint == '\t' || codepoint == '\n' ||
      codepoint == '\r' || codepoint == '\f' || codepoint == '\v') {
    return true;
  }
  utf8proc_category_t category = utf8proc_category(codepoint);
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
         category == UTF8PROC_CATEGORY_ZP;
}

// `raw` repaired (RepairUtf8) and NFKC-folded by utf8proc, format
// characters ignored; the repaired text when utf8proc fails.
std::string Fold(std::string_view raw) {
  std::string repaired = RepairUtf8(raw);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t mapped_length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(repaired.data()),
      static_cast<utf8proc_ssize_t>(repaired.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                     UTF8PROC_COMPOSE | UTF8PROC_IGNORE));
  if (mapped_length < 0) return repaired;
  std::string folded(reinterpret_cast<const char*>(mapped),
                     static_cast<std::size_t>(mapped_length));
  std::free(mapped);
  return folded;
}

// Runs up to this long are remembered by CachedFold (they fit std::string's
// inline buffer), at most kMaxCachedRuns of them per thread.
constexpr std::size_t kMaxCachedRunBytes = 15;
constexpr std::size_t kMaxCachedRuns = 4096;

// Fold(raw), remembered per thread for short runs: pages repeat the same
// few non-ASCII characters ("’", "·", "é", with the letter before them)
// thousands of times, and utf8proc_map costs two allocations a call. A long
// run is folded into `*scratch`. The view is valid until the next call.
std::string_view CachedFold(std::string_view raw, std::string* scratch) {
  if (raw.size() > kMaxCachedRunBytes) {
    *scratch = Fold(raw);
    return *scratch;
  }
  thread_local absl::flat_hash_map<std::string, std::string> cache;
  auto found = cache.find(absl::string_view(raw.data(), raw.size()));
  if (found != cache.end()) return found->second;
  if (cache.size() >= kMaxCachedRuns) cache.clear();
  return cache.emplace(std::string(raw), Fold(raw)).first->second;
}

}  // namespace

namespace {

// Builds normalised text piece by piece, collapsing whitespace across
// pieces. ASCII goes through a fast path (ASCII is already in NFKC form);
// only runs that hold non-ASCII bytes pay for utf8proc.
class TextBuilder {
 public:
  explicit TextBuilder(std::size_t size_hint) { out_.reserve(size_hint); }

  // `text` must be ASCII. Runs of printable characters are copied whole.
  void AppendAscii(std::string_view text) {
    const char* next = text.data();
    const char* const end = next + text.size();
    while (next < end) {
      unsigned char byte = static_cast<unsigned char>(*next);
      if (IsPrintableAscii(byte)) {
        const char* run = next;
        do {
          ++next;
        } while (next < end &&
                 IsPrintableAscii(static_cast<unsigned char>(*next)));
        if (pending_space_ && !out_.empty()) out_.push_back(' ');
        pending_space_ = false;
        out_.append(run, static_cast<std::size_t>(next - run));
        continue;
      }
      // Whitespace; other control characters are dropped.
      if (byte == ' ' || (byte >= '\t' && byte <= '\r')) pending_space_ = true;
      ++next;
    }
  }

  // NFKC, format characters dropped, dashes to '-', for text with non-ASCII
  // bytes (repaired first when it is not valid UTF-8).
  void AppendUnicode(std::string_view raw) {
    std::string_view folded = CachedFold(raw, &fold_scratch_);
    const auto* bytes =
        reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
    const auto size = static_cast<utf8proc_ssize_t>(folded.size());
    utf8proc_ssize_t position = 0;
    while (position < size) {
      utf8proc_int32_t codepoint;
      utf8proc_ssize_t length;
      if (bytes[position] < 0x80) {
        codepoint = bytes[position];
        length = 1;
      } else {
        length =
            utf8proc_iterate(bytes + position, size - position, &codepoint);
        if (length <= 0) {  // cannot happen after repair; be safe anyway
          ++position;
          continue;
        }
      }
      position += length;
      if (IsSpace(codepoint)) {
        pending_space_ = true;
        continue;
      }
      utf8proc_category_t category = utf8proc_category(codepoint);
      if (category == UTF8PROC_CATEGORY_CC ||
          category == UTF8PROC_CATEGORY_CF) {
        continue;
      }
      // Hyphens and dashes (U+2010..U+2015, minus U+2212) become '-', so
      // "(859) 555‑0108" with a non-breaking hyphen reads as a number.
      if ((codepoint >= 0x2010 && codepoint <= 0x2015) || codepoint == 0x2212) {
        Put('-');
        continue;
      }
      if (pending_space_ && !out_.empty()) out_.push_back(' ');
      pending_space_ = false;
      AppendCodepoint(codepoint, &out_);
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  // Neither a space nor a control character (ASCII input only).
  static bool IsPrintableAscii(unsigned char byte) {
    return byte > ' ' && byte != 0x7F;
  }

  void Put(char c) {
    if (pending_space_ && !out_.empty()) out_.push_back(' ');
    pending_space_ = false;
    out_.push_back(c);
  }

  std::string out_;
  std::string fold_scratch_;  // CachedFold's result for long runs
  bool pending_space_ = false;
};

bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// The index of the first non-ASCII byte of `text` from `from` on;
// text.size() when there is none. Tests eight bytes at a time.
std::size_t FindNonAscii(std::string_view text, std::size_t from) {
  while (from + 8 <= text.size()) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + from, sizeof(word));
    if ((word & 0x8080808080808080ULL) != 0) break;
    from += 8;
  }
  while (from < text.size() && IsAscii(text[from])) ++from;
  return from;
}

}  // namespace

std::string NormalizeText(std::string_view raw) {
  TextBuilder builder(raw.size());
  std::size_t position = 0;
  while (position < raw.size()) {
    std::size_t non_ascii = FindNonAscii(raw, position);
    if (non_ascii == raw.size()) {
      builder.AppendAscii(raw.substr(position));
      break;
    }
    // The ASCII character just before a non-ASCII run goes with the run:
    // NFKC may compose it with a following combining mark ("e" + U+0301).
    std::size_t slow_start = non_ascii > position ? non_ascii - 1 : position;
    builder.AppendAscii(raw.substr(position, slow_start - position));
    std::size_t slow_end = non_ascii;
    while (slow_end < raw.size() && !IsAscii(raw[slow_end])) ++slow_end;
    builder.AppendUnicode(raw.substr(slow_start, slow_end - slow_start));
    position = slow_end;
  }
  return builder.Take();
}

}  // namespace exposure
