#pragma once
// A small real file system for full-disk tests: a tmpfs of a few hundred KiB mounted over a
// directory, a filler file that takes its free space, and space given back by shrinking
// it. Mounting needs CAP_SYS_ADMIN (root in this project's containers has it); where it is
// refused, mount() says why and the test uses RLIMIT_FSIZE instead.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

namespace sitbreak::test {

class SmallDisk {
public:
    // Mounts a tmpfs of `bytes` over `at` (made if missing); nullptr, with the reason in
    // `why_not`, when this machine does not allow it.
    [[nodiscard]] static std::unique_ptr<SmallDisk> mount(const std::filesystem::path& at,
                                                          std::size_t bytes, std::string& why_not);
    ~SmallDisk();  // unmounts (lazily: a process may still have a file open there)
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    // Writes a filler file until the file system is full.
    void fill();
    // Shrinks the filler by `bytes`: that much space is free again.
    void give_back(std::size_t bytes);
    [[nodiscard]] std::size_t free_bytes() const;

private:
    explicit SmallDisk(std::filesystem::path at) : at_{std::move(at)} {}
    [[nodiscard]] std::filesystem::path filler() const { return at_ / ".filler"; }

    std::filesystem::path at_;
};

}  // namespace sitbreak::test
