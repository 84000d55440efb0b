// sitbreak-tray: the wxWidgets tray of sitbreak (DESIGN §10). Options are parsed before wx
// starts, so that --version and --help need no display; by GLib's GOption, which GTK has
// loaded anyway (CLI11 would add ~0.1 MB of code to a process measured against a bare wx app).
#include <glib-unix.h>
#include <glib.h>
#include <gtk/gtk.h>
#include <sdbus-c++/sdbus-c++.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/image.h>
#include <wx/log.h>

#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <optional>

#include "client/bus_names.hpp"
#include "tray/bus_source.hpp"
#include "tray/popup_controller.hpp"
#include "tray/session_controller.hpp"
#include "tray/tray_controller.hpp"
#include "tray/windows/languages.hpp"
#include "tray/windows/popup_surface.hpp"

namespace {

using sitbreak::tray::BusSource;
using sitbreak::tray::PopupController;
using sitbreak::tray::TrayController;

constexpr const char* kTrayBusName = sitbreak::client::kTrayName;
// Owned besides while the popup can never take keyboard focus here: with prompt.style =
// "auto" the daemon leaves prompts to the tray only then (GNOME on Wayland: notifications).
constexpr const char* kPopupBusName = sitbreak::client::kTrayPopupName;

struct Options {
    int squeeze_seconds{0};  // 0: each seconds dose as the catalogue gives it
    bool probe_windows{false};
    bool verbose{false};
    bool popup{false};  // the prompt's popup only (tray/popup_process.hpp)
    // The session window only (tray/session_process.hpp): its routine ("" the first).
    std::optional<std::string> session;
    bool session_quietly{false};  // opened from the daemon's suggestion: no focus
    [[nodiscard]] bool child() const { return popup || session.has_value(); }
};

gboolean quit_on_signal(gpointer) {
    if (wxTheApp) wxTheApp->ExitMainLoop();
    return G_SOURCE_CONTINUE;
}

class TrayApp final : public wxApp {
public:
    TrayApp(Options options, std::unique_ptr<sdbus::IConnection> bus)
        : options_{options}, bus_{std::move(bus)} {}

    // Not wxApp::OnInit: it would parse the command line again, and GOption already did.
    bool OnInit() override {
        sitbreak::tray::set_up_languages();
        wxLog::SetActiveTarget(new wxLogStderr);  // messages, not dialog boxes
        wxLog::SetVerbose(options_.verbose);
        wxLog::SetTimestamp("%H:%M:%S");
        SetExitOnFrameDelete(false);  // closing the popup or a window must not end the tray
        wxImage::AddHandler(new wxPNGHandler);
        // GLib runs these handlers on its worker thread ("gmain", the tray's second thread)
        // and dispatches them here; wx's SetSignalHandler goes the same way under GTK.
        g_unix_signal_add(SIGTERM, quit_on_signal, nullptr);
        g_unix_signal_add(SIGINT, quit_on_signal, nullptr);
        source_ = std::make_unique<BusSource>(*bus_, [this](const std::string& why) {
            wxLogError("Lost the session bus (%s); the tray cannot work without it.",
                       wxString::FromUTF8(why));
            lost_bus_ = true;
            CallAfter([this] { ExitMainLoop(); });
        });
        const auto hold_length =
            options_.squeeze_seconds > 0
                ? std::optional{std::chrono::seconds{options_.squeeze_seconds}}
                : std::nullopt;
        if (options_.session) {
            session_ = std::make_unique<sitbreak::tray::SessionController>(
                *bus_,
                sitbreak::tray::SessionController::Options{*options_.session,
                                                           !options_.session_quietly, hold_length,
                                                           options_.probe_windows},
                [this] { CallAfter([this] { ExitMainLoop(); }); });
            return true;
        }
        if (options_.popup) {
            popup_ = std::make_unique<PopupController>(
                *bus_, hold_length, options_.probe_windows,
                [this] { CallAfter([this] { ExitMainLoop(); }); });
            return true;
        }
        claim_prompts();
        controller_ = std::make_unique<TrayController>(
            *bus_, TrayController::Options{hold_length, options_.probe_windows});
        return true;
    }

    // wxApp's own answer asks wxUILocale, which builds wx's table of every language (~0.5 MB
    // of heap kept for the process's life) when the first window is made; GTK has already
    // taken the direction from its translations for the user's language.
    wxLayoutDirection GetLayoutDirection() const override {
        return gtk_widget_get_default_direction() == GTK_TEXT_DIR_RTL ? wxLayout_RightToLeft
                                                                      : wxLayout_LeftToRight;
    }

    int OnRun() override {
        const int code = wxApp::OnRun();
        return lost_bus_ ? 1 : code;
    }

    int OnExit() override {
        popup_.reset();
        session_.reset();
        controller_.reset();
        source_.reset();
        return wxApp::OnExit();
    }

private:
    // Needs GTK up: whether the popup keeps off the keyboard depends on the display.
    void claim_prompts() {
        if (sitbreak::tray::popup_surface() == sitbreak::tray::PopupSurface::none) {
            wxLogMessage(
                "The popup could take keyboard focus on this desktop: prompts show as "
                "notifications (prompt.style = \"popup\" shows the popup anyway).");
            return;
        }
        try {
            bus_->requestName(kPopupBusName);
        } catch (const sdbus::Error& error) {
            wxLogWarning("Cannot own %s (%s): prompts show as notifications.", kPopupBusName,
                         wxString::FromUTF8(error.getMessage()));
        }
    }

    Options options_;
    std::unique_ptr<sdbus::IConnection> bus_;
    std::unique_ptr<BusSource> source_;
    std::unique_ptr<TrayController> controller_;
    std::unique_ptr<PopupController> popup_;
    std::unique_ptr<sitbreak::tray::SessionController> session_;
    bool lost_bus_{false};
};

// The session bus with org.sitbreak.Tray owned (the popup process owns nothing), or nullptr
// after saying why not.
std::unique_ptr<sdbus::IConnection> connect(bool popup) {
    std::unique_ptr<sdbus::IConnection> bus;
    try {
        bus = sdbus::createSessionBusConnection();
    } catch (const sdbus::Error& error) {
        std::cerr << "sitbreak-tray: cannot connect to the session bus: " << error.getMessage()
                  << "\n";
        return nullptr;
    }
    if (popup) return bus;
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

// The options, or nullopt with the exit status in `status` (--version, a wrong option).
// --help prints the options and exits inside g_option_context_parse.
std::optional<Options> parse_options(int argc, char** argv, int& status) {
    gboolean verbose = FALSE;
    gboolean version = FALSE;
    gboolean probe_windows = FALSE;
    gboolean popup = FALSE;
    gchar* session = nullptr;
    gboolean session_quietly = FALSE;
    int squeeze_seconds = Options{}.squeeze_seconds;
    GOptionEntry entries[] = {
        {"verbose", 0, 0, G_OPTION_ARG_NONE, &verbose, "Log more to stderr.", nullptr},
        {"version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit.", nullptr},
        // For the gui tests: guided holds (the squeeze) that do not take 30 seconds.
        {"squeeze-seconds", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &squeeze_seconds,
         "Length of every guided hold (1-600).", "S"},
        // For the gui tests: where the popup's controls are (tray/windows/window_probe.hpp).
        {"probe-windows", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &probe_windows,
         "Print where the popup's controls are.", nullptr},
        // What the tray starts when a prompt opens (tray/popup_process.hpp).
        {"popup", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &popup,
         "Show the open prompt's popup, then exit.", nullptr},
        // What the tray starts for an activation session (tray/session_process.hpp).
        {"session", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &session,
         "Walk an activation session of ROUTINE (\"\" the first), then exit.", "ROUTINE"},
        {"session-quietly", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &session_quietly,
         "Open the session window without taking the keyboard.", nullptr},
        {}};
    const std::unique_ptr<GOptionContext, decltype(&g_option_context_free)> context{
        g_option_context_new(nullptr), &g_option_context_free};
    g_option_context_set_summary(
        context.get(), "The tray icon, prompt popup, statistics and preferences of sitbreak.");
    g_option_context_add_main_entries(context.get(), entries, nullptr);
    GError* error = nullptr;
    status = 2;
    const bool parsed = g_option_context_parse(context.get(), &argc, &argv, &error) != FALSE;
    const std::unique_ptr<gchar, decltype(&g_free)> routine_text{session, &g_free};
    if (!parsed) {
        std::cerr << "sitbreak-tray: " << error->message << "; see sitbreak-tray --help.\n";
        g_error_free(error);
        return std::nullopt;
    }
    if (argc > 1) {
        std::cerr << "sitbreak-tray: unexpected argument '" << argv[1]
                  << "'; see sitbreak-tray --help.\n";
        return std::nullopt;
    }
    if (squeeze_seconds != 0 && (squeeze_seconds < 1 || squeeze_seconds > 600)) {
        std::cerr << "sitbreak-tray: --squeeze-seconds must be from 1 to 600, not "
                  << squeeze_seconds << ".\n";
        return std::nullopt;
    }
    status = 0;
    if (version) {
        std::cout << "sitbreak-tray " SITBREAK_VERSION "\n";
        return std::nullopt;
    }
    const std::optional<std::string> routine =
        routine_text ? std::optional{std::string{routine_text.get()}} : std::nullopt;
    return Options{squeeze_seconds, probe_windows != FALSE, verbose != FALSE, popup != FALSE,
                   routine,         session_quietly != FALSE};
}

}  // namespace

int main(int argc, char** argv) {
    int status = 0;
    const std::optional<Options> options = parse_options(argc, argv, status);
    if (!options) return status;

    // A popup outlives no tray: the prompt stays open on the daemon, as when nothing shows it.
    if (options->child() && (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || ::getppid() == 1)) {
        return 1;
    }
    auto bus = connect(options->child());
    if (!bus) return 1;
    // wx gets only the program name: every option was ours.
    int wx_argc = 1;
    auto* app = new TrayApp{*options, std::move(bus)};
    wxApp::SetInstance(app);
    return wxEntry(wx_argc, argv);
}
