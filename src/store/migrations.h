// The store's schema, as a list of versioned migration steps.
#ifndef EXPOSURE_STORE_MIGRATIONS_H_
#define EXPOSURE_STORE_MIGRATIONS_H_

#include <sqlite3.h>

#include <string>

#include "absl/status/status.h"

namespace exposure::store_internal {

// Brings the database from its PRAGMA user_version to kStoreSchemaVersion,
// every missing step in order, all in one transaction (a failure leaves the
// database as it was). FailedPrecondition for a database newer than this
// program.
absl::Status Migrate(sqlite3* db, const std::string& path);

}  // namespace exposure::store_internal

#endif  // EXPOSURE_STORE_MIGRATIONS_H_
