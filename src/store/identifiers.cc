// Known identifiers: the key file, HMAC-SHA256, and the normalised "match
// keys" that make reformatted copies of a detail hash alike.
//
// A phone is matched by its E.164 form and an address by its normalised
// form through the extractor's own validators, so "(614) 555-0163" and
// "614.555.0163", or "42 Elm Street" and "42 elm st.", give the same key.
// Each key is prefixed with its kind ("phone:", "street:") so that equal
// text of two kinds never matches.
#include <fcntl.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

#include "absl/strings/escaping.h"
#include "common/fold_words.h"
#include "common/strings.h"
#include "exposure/rules.h"
#include "exposure/store.h"

namespace exposure {
namespace {

constexpr std::size_t kKeyBytes = 32;

absl::Status KeyError(const std::string& path, std::string_view action) {
  int error = errno;
  std::string message = StrCat(path, ": cannot ", action,
                               " the identifier key: ", std::strerror(error));
  if (error == ENOENT) return absl::NotFoundError(message);
  if (error == EACCES || error == EPERM || error == EROFS) {
    return absl::FailedPreconditionError(message);
  }
  return absl::InternalError(message);
}

// "123 main st springfield il 62704" -> "123 main st": the words up to the
// first street suffix (the address validator writes short suffixes), else
// up to the first comma of `validated`.
std::string StreetLine(const std::string& validated) {
  static const std::set<std::string_view> kSuffixes = {
      "st",   "ave", "rd",  "blvd", "ln",   "dr", "ct",  "way",
      "pl",   "ter", "cir", "pkwy", "hwy",  "sq", "trl", "pike",
      "loop", "aly", "row", "plz",  "xing", "cv", "pt",  "run"};
  std::string words = FoldWords(validated);
  std::vector<std::string_view> parts = Split(words, ' ');
  std::string line;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!line.empty()) line.push_back(' ');
    line.append(parts[i]);
    if (i > 0 && kSuffixes.count(parts[i]) > 0) return line;
  }
  return FoldWords(validated.substr(0, validated.find(',')));
}

void AddAddressKeys(const std::string& validated,
                    std::vector<std::string>* keys) {
  keys->push_back(StrCat("address:", FoldWords(validated)));
  std::string street = StreetLine(validated);
  if (Contains(street, " ")) keys->push_back(StrCat("street:", street));
}

}  // namespace

IdentifierKey IdentifierKey::FromBytes(std::string bytes) {
  return IdentifierKey(std::move(bytes));
}

absl::StatusOr<IdentifierKey> IdentifierKey::Load(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return KeyError(path, "read");
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    absl::Status status = KeyError(path, "read");
    close(fd);
    return status;
  }
  if ((info.st_mode & 0077) != 0) {
    close(fd);
    return absl::FailedPreconditionError(
        StrCat(path,
               ": the identifier key is readable by others; run "
               "'chmod 600 ",
               path, "'"));
  }
  std::string key(kKeyBytes + 1, '\0');
  ssize_t got = read(fd, key.data(), key.size());
  close(fd);
  if (got != static_cast<ssize_t>(kKeyBytes)) {
    return absl::FailedPreconditionError(StrCat(
        path, ": not an identifier key (", kKeyBytes, " bytes expected)"));
  }
  key.resize(kKeyBytes);
  return IdentifierKey(std::move(key));
}

absl::StatusOr<IdentifierKey> IdentifierKey::LoadOrCreate(
    const std::string& path) {
  absl::StatusOr<IdentifierKey> existing = Load(path);
  if (!absl::IsNotFound(existing.status())) return existing;
  // Make the folders owner-only, then publish the key atomically with
  // link(2): two processes creating it at once agree on one key.
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0) {
    std::string folder = path.substr(0, slash);
    for (std::size_t at = 1; at <= folder.size(); ++at) {
      if (at == folder.size() || folder[at] == '/') {
        std::string part = folder.substr(0, at);
        if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
          return KeyError(part, "create the folder of");
        }
      }
    }
  }
  std::string key(kKeyBytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()),
                 static_cast<int>(kKeyBytes)) != 1) {
    return absl::InternalError(
        StrCat(path, ": no random bytes for a new identifier key"));
  }
  std::string temporary = path + ".tmp-XXXXXX";
  int fd = mkstemp(temporary.data());
  if (fd < 0) return KeyError(path, "create");
  bool written =
      fchmod(fd, S_IRUSR | S_IWUSR) == 0 &&
      write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) &&
      fsync(fd) == 0;
  close(fd);
  if (!written) {
    absl::Status status = KeyError(path, "write");
    unlink(temporary.c_str());
    return status;
  }
  int linked = link(temporary.c_str(), path.c_str());
  int link_error = errno;
  unlink(temporary.c_str());
  if (linked != 0 && link_error != EEXIST) {
    errno = link_error;
    return KeyError(path, "create");
  }
  return Load(path);
}

std::string IdentifierKey::Hash(std::string_view text) const {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
       reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest,
       &size);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), size));
}

absl::StatusOr<std::vector<std::string>> IdentifierMatchKeys(
    IdentifierKind kind, std::string_view text) {
  std::vector<std::string> keys;
  switch (kind) {
    case IdentifierKind::kPhone: {
      std::optional<Validated> phone = Validate("phone", text);
      if (!phone) {
        return absl::InvalidArgumentError(
            "--phone: not a valid phone number (US numbers may omit +1)");
      }
      keys.push_back(StrCat("phone:", phone->value));
      break;
    }
    case IdentifierKind::kEmail: {
      std::optional<Validated> email = Validate("email", text);
      if (!email) {
        return absl::InvalidArgumentError("--email: not an email address");
      }
      keys.push_back(StrCat("email:", email->value));
      break;
    }
    case IdentifierKind::kAddress: {
      std::optional<Validated> address = Validate("address", text);
      if (!address) {
        return absl::InvalidArgumentError(
            "--address: give a street address starting with the house "
            "number (\"42 Elm Street, Columbus, OH\")");
      }
      AddAddressKeys(address->value, &keys);
      break;
    }
    case IdentifierKind::kName: {
      std::string name = FoldWords(text);
      if (name.empty()) {
        return absl::InvalidArgumentError("--name: empty name");
      }
      keys.push_back(StrCat("name:", name));
      break;
    }
  }
  return keys;
}

std::vector<std::string> FindingMatchKeys(const Finding& finding) {
  std::vector<std::string> keys;
  switch (finding.category) {
    case Category::kPhone:
      keys.push_back(StrCat("phone:", finding.value));
      return keys;
    case Category::kEmail:
      keys.push_back(StrCat("email:", AsciiLower(finding.value)));
      return keys;
    case Category::kAddress:
      AddAddressKeys(finding.value, &keys);
      return keys;
    case Category::kAge:
    case Category::kBirthdate:
    case Category::kSex:
    case Category::kGeotag:
    case Category::kLinkedAccount:
      return keys;
    default:
      break;
  }
  // Names: the whole value and every run of two to four words in it.
  std::string words = FoldWords(finding.value);
  if (words.empty()) return keys;
  keys.push_back(StrCat("name:", words));
  std::vector<std::string_view> parts = Split(words, ' ');
  for (std::size_t length = 2; length <= 4; ++length) {
    for (std::size_t start = 0; start + length <= parts.size(); ++start) {
      if (start == 0 && length == parts.size()) continue;  // the whole value
      std::string run;
      for (std::size_t i = start; i < start + length; ++i) {
        StrAppend(&run, run.empty() ? "" : " ", parts[i]);
      }
      keys.push_back(StrCat("name:", run));
    }
  }
  return keys;
}

}  // namespace exposure
