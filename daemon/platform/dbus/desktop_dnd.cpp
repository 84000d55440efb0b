#include "desktop_dnd.hpp"

#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>
#include <sdbus-c++/Types.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "client/name_watch.hpp"
#include "common/loaded_library.hpp"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

bool desktop_is(std::string_view name) {
    const char* desktops = std::getenv("XDG_CURRENT_DESKTOP");
    return desktops != nullptr && std::string_view{desktops}.find(name) != std::string_view::npos;
}

void report(QuietListener& listener, bool& reported, bool on, std::string_view what) {
    if (on == reported) return;
    reported = on;
    spdlog::info("{}: do not disturb is {}", what, on ? "on" : "off");
    guarded("quiet_changed", [&] { listener.quiet_changed(core::Quiet::dnd, on); });
}

// ---- GNOME ------------------------------------------------------------------------------

// libdconf reads the database files itself (no D-Bus, no thread); its GLib comes with it.
struct Dconf {
    void* (*client_new)();
    void* (*read)(void* client, const char* key);
    int (*get_boolean)(void* variant);
    void (*variant_unref)(void* variant);
    void (*object_unref)(void* object);
};

constexpr const char* kShowBanners = "/org/gnome/desktop/notifications/show-banners";

class GnomeBanners final : public DesktopDnd {
public:
    GnomeBanners(sdbus::IConnection& session, QuietListener& listener, Dconf dconf)
        : listener_{listener},
          dconf_{dconf},
          client_{dconf.client_new()},
          writer_{sdbus::createProxy(session, "ca.desrt.dconf", "/ca/desrt/dconf/Writer/user")} {
        // Each write to the user's database, by gsettings or GNOME Settings alike.
        writer_->registerSignalHandler("ca.desrt.dconf.Writer", "Notify", [this](sdbus::Signal&) {
            guarded("dconf Notify", [&] { read(); });
        });
        writer_->finishRegistration();
        read();
    }
    ~GnomeBanners() override { dconf_.object_unref(client_); }
    GnomeBanners(const GnomeBanners&) = delete;
    GnomeBanners& operator=(const GnomeBanners&) = delete;

    [[nodiscard]] std::string describe() const override { return "GNOME's show-banners setting"; }

private:
    void read() {
        void* value = dconf_.read(client_, kShowBanners);
        const bool banners = value == nullptr || dconf_.get_boolean(value) != 0;  // unset: true
        if (value != nullptr) dconf_.variant_unref(value);
        report(listener_, reported_, !banners, describe());
    }

    QuietListener& listener_;
    Dconf dconf_;
    void* client_;
    std::unique_ptr<sdbus::IProxy> writer_;
    bool reported_{false};
};

std::unique_ptr<DesktopDnd> watch_gnome(sdbus::IConnection& session, QuietListener& listener,
                                        std::string& problem) {
    const auto dconf = common::load_functions<Dconf>(
        "libdconf.so.1", problem, [](auto& library, Dconf& f) {
            return library.find("dconf_client_new", f.client_new) &&
                   library.find("dconf_client_read", f.read) &&
                   library.find("g_variant_get_boolean", f.get_boolean) &&
                   library.find("g_variant_unref", f.variant_unref) &&
                   library.find("g_object_unref", f.object_unref);
        });
    if (!dconf) {
        problem = "GNOME's do-not-disturb cannot be followed: " + problem;
        return nullptr;
    }
    return std::make_unique<GnomeBanners>(session, listener, *dconf);
}

// ---- Xfce -------------------------------------------------------------------------------

constexpr const char* kXfconf = "org.xfce.Xfconf";
constexpr const char* kChannel = "xfce4-notifyd";
constexpr const char* kProperty = "/do-not-disturb";
constexpr auto kGetTimeout = std::chrono::seconds{5};

class XfceDnd final : public DesktopDnd {
public:
    XfceDnd(sdbus::IConnection& session, QuietListener& listener)
        : listener_{listener}, proxy_{sdbus::createProxy(session, kXfconf, "/org/xfce/Xfconf")} {
        proxy_->registerSignalHandler(kXfconf, "PropertyChanged", [this](sdbus::Signal& signal) {
            guarded("xfconf PropertyChanged", [&] {
                std::string channel;
                std::string property;
                sdbus::Variant value;
                signal >> channel >> property >> value;
                if (channel == kChannel && property == kProperty) set(value.get<bool>());
            });
        });
        proxy_->registerSignalHandler(kXfconf, "PropertyRemoved", [this](sdbus::Signal& signal) {
            guarded("xfconf PropertyRemoved", [&] {
                std::string channel;
                std::string property;
                signal >> channel >> property;
                if (channel == kChannel && property == kProperty) set(false);
            });
        });
        proxy_->finishRegistration();
        // xfconfd may come and go (it is started on demand): each coming is a time to ask.
        xfconfd_ = std::make_unique<client::NameWatch>(
            session, kXfconf, [this](bool owned) { owned ? fetch() : set(false); },
            &log_handler_failure);
        fetch();  // which starts it if nothing has yet
    }

    [[nodiscard]] std::string describe() const override {
        return "Xfce's notification setting do-not-disturb";
    }

private:
    void fetch() {
        proxy_->callMethodAsync("GetProperty")
            .onInterface(kXfconf)
            .withArguments(std::string{kChannel}, std::string{kProperty})
            .withTimeout(kGetTimeout)
            .uponReplyInvoke([this](const sdbus::Error* error, sdbus::Variant value) {
                guarded("xfconf GetProperty", [&] {
                    // Never set: the property does not exist, which means off.
                    set(error == nullptr && value.containsValueOfType<bool>() && value.get<bool>());
                });
            });
    }
    void set(bool on) { report(listener_, reported_, on, describe()); }

    QuietListener& listener_;
    std::unique_ptr<sdbus::IProxy> proxy_;
    bool reported_{false};
    std::unique_ptr<client::NameWatch> xfconfd_;  // last: its callbacks use everything above
};

}  // namespace

std::unique_ptr<DesktopDnd> watch_desktop_dnd(sdbus::IConnection& session,
                                              QuietListener& listener, std::string& problem) {
    problem.clear();
    if (desktop_is("GNOME")) return watch_gnome(session, listener, problem);
    if (desktop_is("XFCE")) return std::make_unique<XfceDnd>(session, listener);
    return nullptr;
}

}  // namespace sitbreak::platform
