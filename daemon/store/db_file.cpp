#include "db_file.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "config/paths.hpp"
#include "store/error.hpp"
#include "store/iso_time.hpp"
#include "store/schema.hpp"

namespace sitbreak::store {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t header_size = 100;  // bytes, SQLite file format §1.3
constexpr std::size_t user_version_at = 60;

std::string with_suffix(const fs::path& db, const std::string& suffix) {
    return db.string() + suffix;
}

// A link at the history's path, or at one of SQLite's files beside it, would have the
// daemon chmod and overwrite whatever it points to (or create a file outside the data
// directory, for a dangling one): refused, never followed. Links among the directories
// above are the user's business (dotfile managers make them).
void refuse_links(const fs::path& db) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path file = with_suffix(db, suffix);
        std::error_code ignored;
        if (fs::is_symlink(fs::symlink_status(file, ignored))) {
            throw Error(file.string() +
                        " is a symbolic link; sitbreak does not follow links for its history: "
                        "move it away, or name the real file with sitbreakd --database");
        }
    }
}

bool is_damage(int sqlite_code) {
    const int primary = sqlite_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

}  // namespace

Inspection inspect_header(const fs::path& db) {
    refuse_links(db);
    std::error_code error;
    const fs::file_status status = fs::symlink_status(db, error);
    if (status.type() == fs::file_type::not_found) return {};
    if (error) throw Error("cannot read " + db.string() + ": " + error.message());
    if (!fs::is_regular_file(status)) throw Error(db.string() + " is not a regular file");
    std::ifstream in(db, std::ios::binary);
    if (!in) throw Error("cannot read " + db.string() + ": " + std::strerror(errno));
    std::array<unsigned char, header_size> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() == 0) return {FileState::healthy, 0, {}};  // empty: SQLite starts it
    static constexpr char magic[] = "SQLite format 3";         // with its NUL: 16 bytes
    if (in.gcount() < static_cast<std::streamsize>(header_size) ||
        std::memcmp(header.data(), magic, sizeof magic) != 0) {
        return {FileState::corrupt, 0, "not an SQLite database"};
    }
    int version = 0;
    for (std::size_t i = 0; i < 4; ++i) version = (version << 8) | header[user_version_at + i];
    if (version > schema::current_version) return {FileState::newer, version, {}};
    return {FileState::healthy, version, {}};
}

Inspection inspect_contents(SQLite::Database& db) {
    try {
        const int version = schema::version(db);
        if (version > schema::current_version) return {FileState::newer, version, {}};
        const std::string verdict = db.execAndGet("PRAGMA quick_check(1)").getString();
        if (verdict != "ok") return {FileState::corrupt, version, verdict};
        return {FileState::healthy, version, {}};
    } catch (const SQLite::Exception& e) {
        if (is_damage(e.getErrorCode())) return {FileState::corrupt, 0, e.what()};
        throw Error("cannot read " + db.getFilename() + ": " + e.what());
    }
}

fs::path move_aside(const fs::path& db, core::TimePoint now) {
    const std::string base = with_suffix(db, ".corrupt-" + utc_stamp(now));
    std::string target = base;
    for (int n = 2; fs::exists(target); ++n) target = base + "-" + std::to_string(n);
    fs::rename(db, target);
    for (const char* companion : {"-wal", "-shm", "-journal"}) {
        const fs::path from = with_suffix(db, companion);
        if (fs::exists(from)) fs::rename(from, target + companion);
    }
    return target;
}

void prepare_private_file(const fs::path& db) {
    try {
        config::make_private_directories(db.parent_path());
    } catch (const fs::filesystem_error& error) {
        throw Error("cannot create the history's directory " + error.path1().string() + ": " +
                    error.code().message());
    }
    // O_NOFOLLOW: a link put there after inspect_header looked is refused all the same.
    const int fd = ::open(db.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == ELOOP) refuse_links(db);
    if (fd < 0) throw Error("cannot open " + db.string() + ": " + std::strerror(errno));
    const int changed = ::fchmod(fd, 0600);
    const int saved_errno = errno;
    ::close(fd);
    if (changed != 0) {
        throw Error("cannot make " + db.string() + " private: " + std::strerror(saved_errno));
    }
}

}  // namespace sitbreak::store
