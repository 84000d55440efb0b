#pragma once
// A private directory for one test, removed with everything in it when the object dies.
#include <filesystem>
#include <string>
#include <string_view>

namespace sitbreak::test {

class TempDir {
public:
    // Made under $TMPDIR (or /tmp) as "sitbreak-<prefix>-XXXXXX", mode 0700.
    explicit TempDir(std::string_view prefix = "test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // path() / name.
    [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

// Writes `content` to `file` (replacing it); throws on failure. `mode` as for chmod.
void write_file(const std::filesystem::path& file, std::string_view content,
                std::filesystem::perms mode = std::filesystem::perms::owner_read |
                                              std::filesystem::perms::owner_write);
// The whole file, or "" if it does not exist.
[[nodiscard]] std::string read_file(const std::filesystem::path& file);

}  // namespace sitbreak::test
