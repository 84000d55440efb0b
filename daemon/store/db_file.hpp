#pragma once
// The database as a file: where it lives, whether it can be opened, and moving a
// damaged one aside (DESIGN §5). Nothing here writes to a file it is judging.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

#include "core/time.hpp"

namespace sitbreak::store {

enum class FileState { absent, healthy, corrupt, newer };

struct Inspection {
    FileState state{FileState::absent};
    int version{0};       // schema version found (healthy, newer)
    std::string problem;  // what is wrong (corrupt)
};

// Reads the 100-byte header only: settles "not a database" and "newer schema" without
// SQLite opening the file, so a refused file keeps its bytes and gets no -wal or -shm.
// Throws Error when the file cannot be read at all (permissions, not a regular file) or
// when it, or SQLite's -wal, -shm or -journal beside it, is a symbolic link: that is not
// damage, and the file must not be moved.
[[nodiscard]] Inspection inspect_header(const std::filesystem::path& db);

// Then, on the connection that will be used (one pass over the file, not two): the
// schema version as SQLite sees it (a newer build may have crashed with its migration
// still in the WAL) and PRAGMA quick_check. The connection must not have written.
[[nodiscard]] Inspection inspect_contents(SQLite::Database& db);

// Renames db (and its -wal, -shm, -journal) to `<db>.corrupt-<stamp>`; returns the new
// name of the database file.
[[nodiscard]] std::filesystem::path move_aside(const std::filesystem::path& db,
                                               core::TimePoint now);

// Creates missing parent directories with mode 0700 (whatever the umask) and the file
// itself with 0600, so history is private from the first byte; an existing file is set
// to 0600 too. A symbolic link at `db` is refused, never followed.
void prepare_private_file(const std::filesystem::path& db);

}  // namespace sitbreak::store
