// sitbreak-tray: the wxWidgets tray of sitbreak (DESIGN §10). Options are parsed before wx
// starts, so that --version and --help need no display.
#include <glib-unix.h>
#include <sdbus-c++/sdbus-c++.h>
#include <wx/app.h>
#include <wx/image.h>
#include <wx/log.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>

#include "tray/bus_source.hpp"
#include "tray/tray_controller.hpp"

namespace {

using sitbreak::tray::BusSource;
using sitbreak::tray::TrayController;

constexpr const char* kTrayBusName = "org.sitbreak.Tray";

struct Options {
    int squeeze_seconds{30};
    bool verbose{false};
};

gboolean quit_on_signal(gpointer) {
    if (wxTheApp) wxTheApp->ExitMainLoop();
    return G_SOURCE_CONTINUE;
}

class TrayApp final : public wxApp {
public:
    TrayApp(Options options, std::unique_ptr<sdbus::IConnection> bus)
        : options_{options}, bus_{std::move(bus)} {}

    // Not wxApp::OnInit: it would parse the command line again, and CLI11 already did.
    bool OnInit() override {
        wxLog::SetActiveTarget(new wxLogStderr);  // messages, not dialog boxes
        wxLog::SetVerbose(options_.verbose);
        wxLog::SetTimestamp("%H:%M:%S");
        SetExitOnFrameDelete(false);  // closing the popup or a window must not end the tray
        wxImage::AddHandler(new wxPNGHandler);
        g_unix_signal_add(SIGTERM, quit_on_signal, nullptr);
        g_unix_signal_add(SIGINT, quit_on_signal, nullptr);
        source_ = std::make_unique<BusSource>(*bus_, [this](const std::string& why) {
            wxLogError("Lost the session bus (%s); the tray cannot work without it.",
                       wxString::FromUTF8(why));
            lost_bus_ = true;
            CallAfter([this] { ExitMainLoop(); });
        });
        controller_ = std::make_unique<TrayController>(
            *bus_, TrayController::Options{std::chrono::seconds{options_.squeeze_seconds}});
        return true;
    }

    int OnRun() override {
        const int code = wxApp::OnRun();
        return lost_bus_ ? 1 : code;
    }

    int OnExit() override {
        controller_.reset();
        source_.reset();
        return wxApp::OnExit();
    }

private:
    Options options_;
    std::unique_ptr<sdbus::IConnection> bus_;
    std::unique_ptr<BusSource> source_;
    std::unique_ptr<TrayController> controller_;
    bool lost_bus_{false};
};

// The session bus with org.sitbreak.Tray owned, or nullptr after saying why not.
std::unique_ptr<sdbus::IConnection> connect() {
    std::unique_ptr<sdbus::IConnection> bus;
    try {
        bus = sdbus::createSessionBusConnection();
    } catch (const sdbus::Error& error) {
        std::cerr << "sitbreak-tray: cannot connect to the session bus: " << error.getMessage()
                  << "\n";
        return nullptr;
    }
    try {
        // The daemon leaves prompts to whoever owns this name (prompt.style = auto).
        bus->requestName(kTrayBusName);
    } catch (const sdbus::Error& error) {
        if (error.getName() == "org.freedesktop.DBus.Error.FileExists") {
            std::cerr << "sitbreak-tray: another sitbreak-tray is already running in this "
                         "session.\n";
        } else {
            std::cerr << "sitbreak-tray: cannot own " << kTrayBusName << ": " << error.getMessage()
                      << "\n";
        }
        return nullptr;
    }
    return bus;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    CLI::App cli{
        "sitbreak-tray: the tray icon, prompt popup, statistics and preferences of "
        "sitbreak."};
    cli.set_version_flag("--version", "sitbreak-tray " SITBREAK_VERSION);
    cli.add_flag("--verbose", options.verbose, "Log more to stderr.");
    // For the gui tests: a guided squeeze that does not take 30 seconds.
    cli.add_option("--squeeze-seconds", options.squeeze_seconds)
        ->check(CLI::Range(1, 600))
        ->group("");
    CLI11_PARSE(cli, argc, argv);

    auto bus = connect();
    if (!bus) return 1;
    // wx gets only the program name: every option was ours.
    int wx_argc = 1;
    auto* app = new TrayApp{options, std::move(bus)};
    wxApp::SetInstance(app);
    return wxEntry(wx_argc, argv);
}
