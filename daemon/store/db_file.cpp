#include "db_file.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

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

bool is_damage(int sqlite_code) {
    const int primary = sqlite_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

}  // namespace

Inspection inspect_header(const fs::path& db) {
    if (!fs::exists(db)) return {};
    if (!fs::is_regular_file(db)) throw Error(db.string() + " is not a regular file");
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
    fs::path dir;
    for (const fs::path& part : db.parent_path()) {
        dir /= part;
        if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
            throw Error("cannot create " + dir.string() + ": " + std::strerror(errno));
        }
    }
    const int fd = ::open(db.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) throw Error("cannot open " + db.string() + ": " + std::strerror(errno));
    const int changed = ::fchmod(fd, 0600);
    const int saved_errno = errno;
    ::close(fd);
    if (changed != 0) {
        throw Error("cannot make " + db.string() + " private: " + std::strerror(saved_errno));
    }
}

}  // namespace sitbreak::store
