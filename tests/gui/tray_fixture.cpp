#include "tray_fixture.hpp"

#include <cstdlib>
#include <iostream>

namespace sitbreak::test {

namespace {

std::string service_file() {
    return std::string{"[D-BUS Service]\nName=org.sitbreak.Sitbreak1\nExec="} + SITBREAKD_PATH +
           " --verbose\n";
}

}  // namespace

IconPixels count_pixels(const Image& icon) {
    IconPixels pixels;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            const Rgb colour = icon.at(x, y);
            if (near(colour, {0x26, 0x32, 0x38})) ++pixels.dark_disk;
            if (near(colour, {0xe6, 0x51, 0x00})) ++pixels.orange_disk;
            if (near(colour, {0x75, 0x75, 0x75})) ++pixels.grey_disk;
            if (near(colour, {0x1d, 0xe9, 0xb6}, 24)) ++pixels.teal_ring;
        }
    }
    return pixels;
}

std::string describe(const IconPixels& pixels) {
    return "dark " + std::to_string(pixels.dark_disk) + ", orange " +
           std::to_string(pixels.orange_disk) + ", grey " + std::to_string(pixels.grey_disk) +
           ", teal " + std::to_string(pixels.teal_ring);
}

void TrayTest::SetUp() {
    x_ = std::make_unique<XServer>(true);
    std::vector<std::filesystem::path> service_dirs;
    if (activatable()) {
        std::filesystem::create_directories(home_ / "services");
        write_file(home_ / "services/org.sitbreak.Sitbreak1.service", service_file());
        service_dirs.push_back(home_ / "services");
    }
    bus_ = std::make_unique<SessionBus>(service_dirs, env());
    std::filesystem::create_directories(home_ / "run");
    std::filesystem::permissions(home_ / "run", std::filesystem::perms::owner_all);
    write_config(kTrayConfig);
    ProcessOptions options;
    options.env = env();
    trayer_ = std::make_unique<Process>(
        std::vector<std::string>{"trayer", "--edge", "bottom", "--align", "right", "--widthtype",
                                 "pixel", "--width", "200", "--heighttype", "pixel", "--height",
                                 "32", "--tint", "0x204060", "--transparent", "true", "--alpha",
                                 "0"},
        std::move(options));
}

void TrayTest::TearDown() {
    if (HasFailure()) {
        if (tray_) std::cerr << "---- sitbreak-tray stderr ----\n" << tray_->err();
        if (daemon_) std::cerr << "---- sitbreakd stderr ----\n" << daemon_->err();
        std::cerr << "------------------------------\n";
    }
    typist_.reset();
    tray_.reset();
    daemon_.reset();
    trayer_.reset();
    bus_.reset();
    x_.reset();
}

Env TrayTest::env() const {
    Env env = x_->env();
    if (bus_) env.merge(bus_->env());
    env["XDG_CONFIG_HOME"] = (home_ / "config").string();
    env["XDG_DATA_HOME"] = (home_ / "data").string();
    env["SITBREAK_DATA_DIR"] = SITBREAK_STAGED_DATA_DIR;  // the figures
    env["XDG_RUNTIME_DIR"] = (home_ / "run").string();
    env["HOME"] = home_.path().string();
    env["WAYLAND_DISPLAY"] = std::nullopt;
    env["XDG_CURRENT_DESKTOP"] = std::nullopt;
    env["NO_AT_BRIDGE"] = "1";  // no accessibility bus to start on a private session bus
    env["TZ"] = daytime_zone().tz;
    for (const auto& [name, value] : session_language_) env[name] = value;
    return env;
}

void TrayTest::write_config(std::string_view text) {
    const auto path = home_ / "config/sitbreak/config.toml";
    std::filesystem::create_directories(path.parent_path());
    write_file(path, text);
}

void TrayTest::start_daemon() {
    ProcessOptions options;
    options.env = env();
    daemon_ = std::make_unique<Process>(std::vector<std::string>{SITBREAKD_PATH, "--verbose"},
                                        std::move(options));
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_daemon()) << daemon_->err();
}

void TrayTest::stop_daemon() { daemon_.reset(); }

void TrayTest::start_tray(std::vector<std::string> extra_args) {
    std::vector<std::string> args{SITBREAK_TRAY_PATH, "--verbose"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    ProcessOptions options;
    options.env = env();
    tray_ = std::make_unique<Process>(std::move(args), std::move(options));
}

std::optional<XWindow> TrayTest::tray_icon() const {
    const auto icons = find_windows(list_windows(x_->display()), "sitbreak-tray", "panel");
    if (icons.empty()) return std::nullopt;
    return icons.front();
}

IconPixels TrayTest::icon_pixels() const {
    const auto icon = tray_icon();
    if (!icon) return {};
    try {
        return count_pixels(capture(x_->display(), icon->id));
    } catch (const std::runtime_error&) {
        return {};  // it went away while we looked
    }
}

void TrayTest::save_icon(const std::string& name) const {
    const auto icon = tray_icon();
    ASSERT_TRUE(icon.has_value()) << "no icon in trayer to save as " << name;
    save_png(capture(x_->display(), icon->id), screenshot_path(name));
}

testing::AssertionResult TrayTest::wait_for_icon(
    const std::function<bool(const IconPixels&)>& condition, const std::string& what,
    milliseconds timeout) {
    IconPixels last;
    bool seen = false;
    auto result = wait_until(
        [&] {
            seen = tray_icon().has_value();
            last = icon_pixels();
            return seen && condition(last);
        },
        timeout, what, milliseconds{100});
    if (result) return result;
    return result << (seen ? " (icon pixels: " + describe(last) + ")" : " (no icon in trayer)");
}

int TrayTest::open_menus() const {
    int count = 0;
    for (const XWindow& window : list_windows(x_->display())) {
        // GTK menus are override-redirect windows typed as menus (tooltips are not).
        if (window.viewable && window.override_redirect &&
            window.type.find("MENU") != std::string::npos) {
            ++count;
        }
    }
    return count;
}

testing::AssertionResult TrayTest::choose_from_menu(const std::vector<std::string>& keys,
                                                    const std::function<void()>& while_open) {
    const auto icon = tray_icon();
    if (!icon) return testing::AssertionFailure() << "no tray icon to click";
    (void)xdotool(x_->display(), {"mousemove", std::to_string(icon->x + icon->width / 2),
                                  std::to_string(icon->y + icon->height / 2), "click", "1"});
    if (auto open =
            wait_until([&] { return open_menus() == 1; }, milliseconds{5000}, "the menu to open");
        !open) {
        return open;
    }
    if (while_open) while_open();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const int before = open_menus();
        (void)xdotool(x_->display(), {"key", keys[i]});
        if (i + 1 < keys.size()) {
            if (auto sub = wait_until([&] { return open_menus() > before; }, milliseconds{5000},
                                      "submenu " + keys[i] + " to open");
                !sub) {
                return sub;
            }
        }
    }
    return wait_until([&] { return open_menus() == 0; }, milliseconds{5000}, "the menu to close");
}

void TrayTest::start_typing() {
    ProcessOptions options;
    options.env = x_->env();
    typist_ = std::make_unique<Process>(
        std::vector<std::string>{"sh", "-c",
                                 "while :; do xdotool mousemove_relative -- 1 0; sleep 0.3; done"},
        std::move(options));
}

void TrayTest::stop_typing() { typist_.reset(); }

void TrayTest::sit_down() {
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    stop_typing();
}

}  // namespace sitbreak::test
