#pragma once
// The database schema and its migrations (DESIGN §5). `PRAGMA user_version` holds the
// schema version; every step from version n-1 to n runs in one transaction.
#include <SQLiteCpp/Database.h>

namespace sitbreak::store::schema {

// The newest schema this build knows. A file with a higher user_version is refused.
inline constexpr int current_version = 4;

// 'sitb', so `file` and forensic tools can tell our databases apart.
inline constexpr int application_id = 0x73697462;

[[nodiscard]] int version(SQLite::Database& db);

// Brings `db` from its version up to `target`, one transaction per step. Tests pass a
// lower target to write databases exactly as earlier builds did.
void migrate(SQLite::Database& db, int target = current_version);

}  // namespace sitbreak::store::schema
