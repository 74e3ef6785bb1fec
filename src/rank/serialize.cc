// EncodeTally / EncodeExposure and their decoders: varint lengths and
// numbers, doubles as their 8 bytes, strings as length + bytes.
#include "rank/serialize.h"

#include <cstdint>
#include <cstring>

namespace exposure::rank_internal {
namespace {

class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}

  void Number(std::uint64_t value) {
    while (value >= 0x80) {
      out_->push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    out_->push_back(static_cast<char>(value));
  }
  void Signed(std::int64_t value) {
    // Zig-zag, so that small negative numbers stay short.
    Number((static_cast<std::uint64_t>(value) << 1) ^
           static_cast<std::uint64_t>(value >> 63));
  }
  void Double(double value) {
    char bytes[sizeof(double)];
    std::memcpy(bytes, &value, sizeof(double));
    out_->append(bytes, sizeof(double));
  }
  void Text(std::string_view text) {
    Number(text.size());
    out_->append(text.data(), text.size());
  }
  void Occurrence(const exposure::Occurrence& occurrence) {
    Text(occurrence.url);
    Number(static_cast<std::uint64_t>(occurrence.source));
    Text(occurrence.snippet);
    Text(occurrence.matched);
    Text(occurrence.rule_id);
    Text(occurrence.posted_at);
  }

 private:
  std::string* out_;
};

// Reads what Writer wrote; once a read fails, ok() stays false and every
// later read gives zero or "".
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  bool ok() const { return ok_; }
  bool done() const { return ok_ && data_.empty(); }

  std::uint64_t Number() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (data_.empty()) return Fail();
      unsigned char byte = static_cast<unsigned char>(data_.front());
      data_.remove_prefix(1);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return Fail();
  }
  std::int64_t Signed() {
    std::uint64_t value = Number();
    return static_cast<std::int64_t>(value >> 1) ^
           -static_cast<std::int64_t>(value & 1);
  }
  // A count of items each at least one byte long: larger than what is left
  // means damage, not a huge allocation.
  std::size_t Count() {
    std::uint64_t count = Number();
    if (count > data_.size()) return Fail();
    return static_cast<std::size_t>(count);
  }
  double Double() {
    if (data_.size() < sizeof(double)) return Fail();
    double value;
    std::memcpy(&value, data_.data(), sizeof(double));
    data_.remove_prefix(sizeof(double));
    return value;
  }
  std::string Text() {
    std::uint64_t size = Number();
    if (size > data_.size()) {
      Fail();
      return std::string();
    }
    std::string text(data_.substr(0, size));
    data_.remove_prefix(size);
    return text;
  }
  template <typename Enum>
  Enum Small(int last) {
    std::uint64_t value = Number();
    if (value > static_cast<std::uint64_t>(last)) Fail();
    return ok_ ? static_cast<Enum>(value) : Enum{};
  }
  void ReadOccurrence(exposure::Occurrence* occurrence) {
    occurrence->url = Text();
    occurrence->source = Small<Source>(static_cast<int>(Source::kImage));
    occurrence->snippet = Text();
    occurrence->matched = Text();
    occurrence->rule_id = Text();
    occurrence->posted_at = Text();
  }

 private:
  std::uint64_t Fail() {
    ok_ = false;
    data_ = std::string_view();
    return 0;
  }

  std::string_view data_;
  bool ok_ = true;
};

constexpr int kLastCategory = static_cast<int>(Category::kLiveLocation);

}  // namespace

void EncodeTally(const Tally& tally, std::string* out) {
  Writer writer(out);
  writer.Number(tally.first);
  writer.Text(tally.display);
  writer.Number(static_cast<std::uint64_t>(tally.source));
  writer.Signed(tally.posts_needed);
  writer.Number((tally.in_profile ? 1 : 0) | (tally.undated ? 2 : 0) |
                (tally.latest ? 4 : 0));
  if (tally.latest) {
    writer.Signed(tally.latest->year());
    writer.Number(static_cast<std::uint64_t>(tally.latest->month()));
    writer.Number(static_cast<std::uint64_t>(tally.latest->day()));
  }
  writer.Number(tally.pages.size());
  for (const auto& [url, page] : tally.pages) {
    writer.Text(url);
    writer.Double(page.best);
    writer.Number(page.first);
    writer.Number(page.days.size());
    for (const std::string& day : page.days) writer.Text(day);
  }
  writer.Number(tally.times.size());
  for (const std::string& time : tally.times) writer.Text(time);
  writer.Number(tally.places.size());
  for (std::uint64_t place : tally.places) writer.Number(place);
  writer.Number(tally.kept.size());
  for (const SequencedOccurrence& item : tally.kept) {
    writer.Number(item.sequence);
    writer.Occurrence(item.occurrence);
  }
}

bool DecodeTally(std::string_view data, Tally* tally) {
  Reader reader(data);
  *tally = Tally();
  tally->first = reader.Number();
  tally->display = reader.Text();
  tally->source = reader.Small<Source>(static_cast<int>(Source::kImage));
  tally->posts_needed = static_cast<int>(reader.Signed());
  std::uint64_t flags = reader.Number();
  tally->in_profile = (flags & 1) != 0;
  tally->undated = (flags & 2) != 0;
  if ((flags & 4) != 0) {
    std::int64_t year = reader.Signed();
    int month = static_cast<int>(reader.Number());
    int day = static_cast<int>(reader.Number());
    tally->latest = absl::CivilDay(year, month, day);
  }
  for (std::size_t pages = reader.Count(); reader.ok() && pages > 0; --pages) {
    std::string url = reader.Text();
    PageTally& page = tally->pages[std::move(url)];
    page.best = reader.Double();
    page.first = reader.Number();
    for (std::size_t days = reader.Count(); reader.ok() && days > 0; --days) {
      page.days.insert(reader.Text());
    }
  }
  for (std::size_t times = reader.Count(); reader.ok() && times > 0; --times) {
    tally->times.insert(reader.Text());
  }
  std::size_t places = reader.Count();
  tally->places.reserve(places);
  for (; reader.ok() && places > 0; --places) {
    tally->places.insert(reader.Number());
  }
  for (std::size_t kept = reader.Count(); reader.ok() && kept > 0; --kept) {
    SequencedOccurrence item;
    item.sequence = reader.Number();
    reader.ReadOccurrence(&item.occurrence);
    tally->kept.push_back(std::move(item));
  }
  return reader.done();
}

void EncodeExposure(const Exposure& exposure,
                    const std::vector<std::string>& platforms,
                    std::string* out) {
  Writer writer(out);
  writer.Text(exposure.id);
  writer.Number(static_cast<std::uint64_t>(exposure.category));
  writer.Text(exposure.value);
  writer.Text(exposure.display);
  writer.Signed(exposure.risk);
  writer.Text(exposure.level);
  writer.Double(exposure.confidence);
  writer.Text(exposure.why);
  writer.Text(exposure.pattern);
  writer.Number(exposure.occurrences.size());
  for (const Occurrence& occurrence : exposure.occurrences) {
    writer.Occurrence(occurrence);
  }
  writer.Signed(exposure.occurrence_count);
  writer.Signed(exposure.page_count);
  writer.Text(exposure.status);
  writer.Text(exposure.last_seen);
  writer.Number(exposure.known ? 1 : 0);
  writer.Number(platforms.size());
  for (const std::string& platform : platforms) writer.Text(platform);
}

bool DecodeExposure(std::string_view data, Exposure* exposure,
                    std::vector<std::string>* platforms) {
  Reader reader(data);
  exposure->id = reader.Text();
  exposure->category = reader.Small<Category>(kLastCategory);
  exposure->value = reader.Text();
  exposure->display = reader.Text();
  exposure->risk = static_cast<int>(reader.Signed());
  exposure->level = reader.Text();
  exposure->confidence = reader.Double();
  exposure->why = reader.Text();
  exposure->pattern = reader.Text();
  exposure->occurrences.clear();
  std::size_t count = reader.Count();
  exposure->occurrences.reserve(count);
  for (; reader.ok() && count > 0; --count) {
    reader.ReadOccurrence(&exposure->occurrences.emplace_back());
  }
  exposure->occurrence_count = static_cast<int>(reader.Signed());
  exposure->page_count = static_cast<int>(reader.Signed());
  exposure->status = reader.Text();
  exposure->last_seen = reader.Text();
  exposure->known = reader.Number() != 0;
  platforms->clear();
  for (std::size_t n = reader.Count(); reader.ok() && n > 0; --n) {
    platforms->push_back(reader.Text());
  }
  return reader.done();
}

}  // namespace exposure::rank_internal
