#pragma once
// Shared by the store tests and make_store_fixtures: temp directories, readable times,
// direct looks into a database file, and databases written by earlier schema versions.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

#include "core/time.hpp"

namespace sitbreak::store::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

[[nodiscard]] core::Date date(int y, unsigned m, unsigned d);

// The UTC instant at which local wall-clock y-m-d h:mi:s reads, at UTC offset `offset`.
[[nodiscard]] core::TimePoint local_time(int y, unsigned m, unsigned d, int h, int mi,
                                         core::Duration offset, int s = 0);

[[nodiscard]] std::int64_t secs(core::TimePoint t);

// A read-only connection that never checkpoints: looks without changing the file.
[[nodiscard]] SQLite::Database peek(const std::filesystem::path& db);
[[nodiscard]] std::string integrity_check(const std::filesystem::path& db);
[[nodiscard]] std::string file_bytes(const std::filesystem::path& file);

// Writes a database exactly as schema `version` left it (using the migration steps up to
// it), with the sample history below in that version's columns.
void write_sample_database(const std::filesystem::path& db, int version);

// What write_sample_database stores, for the checks after migrating.
namespace sample {
inline constexpr core::Duration offset{3600};  // UTC+01:00
[[nodiscard]] core::TimePoint spell_start();   // 2024-03-04 09:00 local, ended 10:10 idle
[[nodiscard]] core::TimePoint spell_end();
[[nodiscard]] core::TimePoint open_spell_start();       // 2024-03-04 11:00, left open
[[nodiscard]] core::TimePoint open_spell_last_input();  // 12:15
[[nodiscard]] core::Date rest_day();                    // 2024-03-09
// prompts: 1 done bridges, 2 skipped after 2 snoozes, 3 left open
}  // namespace sample

}  // namespace sitbreak::store::testing
