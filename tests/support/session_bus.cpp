#include "session_bus.hpp"

namespace sitbreak::test {
namespace {

// Like the system's session.conf, minus its activation directories: a test must not
// D-Bus-activate the user's real notification daemon (dunst ships a .service file).
std::string bus_config(const std::filesystem::path& socket_dir,
                       const std::vector<std::filesystem::path>& service_dirs) {
    std::string config =
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig>\n"
        "  <type>session</type>\n"
        "  <keep_umask/>\n"
        "  <listen>unix:dir=" +
        socket_dir.string() +
        "</listen>\n"
        "  <auth>EXTERNAL</auth>\n"
        "  <policy context=\"default\">\n"
        "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
        "    <allow eavesdrop=\"true\"/>\n"
        "    <allow own=\"*\"/>\n"
        "  </policy>\n";
    for (const auto& dir : service_dirs)
        config += "  <servicedir>" + dir.string() + "</servicedir>\n";
    return config + "</busconfig>\n";
}

}  // namespace

SessionBus::SessionBus(std::vector<std::filesystem::path> service_dirs, Env env) {
    const auto config = dir_ / "bus.conf";
    write_file(config, bus_config(dir_.path(), service_dirs));
    ProcessOptions options;
    options.env = std::move(env);
    // The address is printed only once the daemon listens: no race with the first client.
    address_ = start_and_read_line(daemon_,
                                   {"dbus-daemon", "--config-file=" + config.string(), "--nofork",
                                    "--nosyslog", "--print-address=3"},
                                   std::move(options), 3);
}

SessionBus::~SessionBus() { daemon_.reset(); }

}  // namespace sitbreak::test
