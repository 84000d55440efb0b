#include "compositors.hpp"

#include <pwd.h>
#include <unistd.h>

#include <stdexcept>

#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

// The first listening socket a compositor made in `dir` ("wayland-1"), if any.
std::optional<fs::path> find_socket(const fs::path& dir) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator{dir, error}) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("wayland-", 0) == 0 && !name.ends_with(".lock") && entry.is_socket()) {
            return entry.path();
        }
    }
    return std::nullopt;
}

// sway's directory goes to nobody when we are root; root still reads and removes it.
void give_to_nobody(const fs::path& dir) {
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody || ::chown(dir.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
        throw std::runtime_error{"cannot give " + dir.string() + " to the user nobody"};
    }
}

}  // namespace

Compositor::~Compositor() = default;

std::unique_ptr<Compositor> Compositor::sway() {
    std::unique_ptr<Compositor> sway{new Compositor};
    sway->dir_ = std::make_unique<TempDir>("sway");
    const fs::path& dir = sway->dir_->path();
    // No Xwayland: the tests bring their own X server where they want one.
    write_file(dir / "config", "xwayland disable\noutput HEADLESS-1 resolution 1280x800\n",
               fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    std::vector<std::string> args{"env",
                                  "HOME=" + dir.string(),
                                  "XDG_RUNTIME_DIR=" + dir.string(),
                                  "WLR_BACKENDS=headless",
                                  "WLR_LIBINPUT_NO_DEVICES=1",
                                  "WLR_RENDERER=pixman",
                                  "sway",
                                  "-c",
                                  (dir / "config").string()};
    if (::geteuid() == 0) {
        give_to_nobody(dir);
        args.insert(args.begin(), {"runuser", "-u", "nobody", "--"});
    }
    ProcessOptions options;
    options.env = {{"DISPLAY", std::nullopt}, {"WAYLAND_DISPLAY", std::nullopt}};
    sway->start(std::move(args), std::move(options), "sway", dir);
    return sway;
}

std::unique_ptr<Compositor> Compositor::kwin(const Env& session_bus) {
    std::unique_ptr<Compositor> kwin{new Compositor};
    kwin->dir_ = std::make_unique<TempDir>("kwin");
    const fs::path& dir = kwin->dir_->path();
    // Debian's binary carries a file capability (cap_sys_resource) that a container may
    // refuse at exec; a copy has none. KWin wants to be called kwin_wayland.
    const fs::path binary = dir / "kwin_wayland";
    fs::copy_file("/usr/bin/kwin_wayland", binary);
    fs::create_directory(dir / "runtime");
    fs::permissions(dir / "runtime", fs::perms::owner_all);
    ProcessOptions options;
    options.env = session_bus;
    options.env["DISPLAY"] = std::nullopt;
    options.env["WAYLAND_DISPLAY"] = std::nullopt;
    options.env["HOME"] = dir.string();
    options.env["XDG_RUNTIME_DIR"] = (dir / "runtime").string();
    options.env["KWIN_WAYLAND_NO_PERMISSION_CHECKS"] = "1";  // lets a test inject input
    kwin->start({binary.string(), "--virtual", "--no-lockscreen", "--width", "1280", "--height",
                 "800", "--socket", "wayland-kwin"},
                std::move(options), "kwin_wayland", dir / "runtime");
    return kwin;
}

std::unique_ptr<Compositor> Compositor::mutter(const Env& session_bus) {
    std::unique_ptr<Compositor> mutter{new Compositor};
    mutter->dir_ = std::make_unique<TempDir>("mutter");
    const fs::path& dir = mutter->dir_->path();
    ProcessOptions options;
    options.env = session_bus;
    options.env["DISPLAY"] = std::nullopt;
    options.env["WAYLAND_DISPLAY"] = std::nullopt;
    options.env["HOME"] = dir.string();
    options.env["XDG_RUNTIME_DIR"] = dir.string();
    mutter->start(
        {"mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor", "1280x800"},
        std::move(options), "mutter", dir);
    return mutter;
}

std::unique_ptr<Compositor> Compositor::gnome_shell(const Env& buses,
                                                    std::unique_ptr<TempDir> runtime) {
    std::unique_ptr<Compositor> shell{new Compositor};
    shell->dir_ = std::move(runtime);
    const fs::path& dir = shell->dir_->path();
    ProcessOptions options;
    options.env = buses;
    options.env["DISPLAY"] = std::nullopt;
    options.env["WAYLAND_DISPLAY"] = std::nullopt;
    options.env["HOME"] = dir.string();
    options.env["XDG_RUNTIME_DIR"] = dir.string();
    shell->start({"gnome-shell", "--headless", "--wayland", "--no-x11", "--virtual-monitor",
                  "1280x800", "--unsafe-mode"},
                 std::move(options), "gnome-shell", dir);
    return shell;
}

void Compositor::start(std::vector<std::string> args, ProcessOptions options,
                       const std::string& name, const fs::path& runtime) {
    process_ = std::make_unique<Process>(std::move(args), std::move(options));
    std::optional<fs::path> socket;
    const bool up = wait_until(
        [&] {
            socket = find_socket(runtime);
            return socket.has_value() || !process_->running();
        },
        milliseconds{20000}, name + "'s socket");
    if (!up || !socket) {
        throw std::runtime_error{name + " did not come up headless:\n" + process_->err()};
    }
    socket_ = *socket;
    client_runtime_ = std::make_unique<TempDir>("wayland-client");
}

Env Compositor::client_env() const {
    return {{"WAYLAND_DISPLAY", socket()},
            {"XDG_RUNTIME_DIR", client_runtime_->path().string()},
            {"DISPLAY", std::nullopt},
            {"GDK_BACKEND", "wayland"}};
}

}  // namespace sitbreak::test
