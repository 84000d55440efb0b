#pragma once
// Whole-history export (`sitbreak export`); the columns are documented in EXPORT.md.
// Records are streamed one by one, so a ten-year export does not grow the daemon.
#include <SQLiteCpp/Database.h>

#include <ostream>

namespace sitbreak::store {

void export_csv(SQLite::Database& db, std::ostream& out);
void export_json(SQLite::Database& db, std::ostream& out);

}  // namespace sitbreak::store
