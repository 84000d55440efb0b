#include "common/i18n.hpp"
#include "desktop_notifier.hpp"

#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>
#include <sdbus-c++/Types.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <utility>

#include "client/name_watch.hpp"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

constexpr const char* service = "org.freedesktop.Notifications";
constexpr const char* path = "/org/freedesktop/Notifications";
constexpr const char* interface = "org.freedesktop.Notifications";
// Asynchronous, so it never blocks the loop; long enough for D-Bus activation of a server.
constexpr auto notify_timeout = std::chrono::seconds{10};

// The actions as the spec wants them: key, label, key, label...
std::vector<std::string> actions_of(const PromptNotice& notice) {
    std::vector<std::string> actions;
    for (const PromptNotice::Choice& exercise : notice.exercises) {
        actions.emplace_back(exercise.id);
        actions.emplace_back(exercise.label);
    }
    if (notice.can_snooze) {
        actions.insert(actions.end(), {"snooze", common::tr("Snooze")});
    }
    if (notice.can_skip) actions.insert(actions.end(), {"skip", common::tr("Skip")});
    return actions;
}

std::vector<std::string> keys_of(const std::vector<std::string>& actions) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < actions.size(); i += 2) keys.push_back(actions[i]);
    return keys;
}

}  // namespace

DesktopNotifier::DesktopNotifier(sdbus::IConnection& session, NotifierListener& listener)
    : listener_{listener}, proxy_{sdbus::createProxy(session, service, path)} {
    // Deserialised by hand inside guarded(): a malformed signal must not throw into sd-bus.
    proxy_->registerSignalHandler(interface, "ActionInvoked", [this](sdbus::Signal& signal) {
        guarded("ActionInvoked", [&] {
            std::uint32_t id = 0;
            std::string key;
            signal >> id >> key;
            on_action(id, key);
        });
    });
    proxy_->registerSignalHandler(interface, "NotificationClosed", [this](sdbus::Signal& signal) {
        guarded("NotificationClosed", [&] {
            std::uint32_t id = 0;
            std::uint32_t reason = 0;
            signal >> id >> reason;
            on_closed(id);
        });
    });
    proxy_->finishRegistration();
    server_watch_ = std::make_unique<client::NameWatch>(
        session, service, [this](bool owned) { on_server(owned); }, &log_handler_failure);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::show(const PromptNotice& notice) {
    unshown_.reset();
    close_when_shown_ = false;
    // One Notify at a time: the next one needs the id the server gives this one, or a
    // second bubble would appear instead of a replaced one.
    if (in_flight_) {
        queued_ = notice;
        return;
    }
    send(notice);
}

void DesktopNotifier::send(PromptNotice notice) {
    const std::vector<std::string> actions = actions_of(notice);
    std::map<std::string, sdbus::Variant> hints{
        // normal, or critical once prompt.escalate has brought prompts earlier
        {"urgency", sdbus::Variant{static_cast<std::uint8_t>(notice.urgent ? 2 : 1)}},
        // The installed launcher (assets/desktop), so that servers file it under the app.
        {"desktop-entry", sdbus::Variant{std::string{"org.sitbreak.Sitbreak"}}},
        {"resident", sdbus::Variant{false}},
    };
    // The figure of the exercise (the spec's name; servers that draw no images ignore it).
    if (!notice.image.empty()) hints.emplace("image-path", sdbus::Variant{notice.image});
    const std::uint32_t replaces = current_id();
    const std::int32_t never_expire = 0;
    in_flight_ = std::move(notice);
    proxy_->callMethodAsync("Notify")
        .onInterface(interface)
        .withArguments(std::string{"sitbreak"}, replaces, std::string{"org.sitbreak.Sitbreak"},
                       in_flight_->summary, in_flight_->body, actions, hints, never_expire)
        .withTimeout(notify_timeout)
        .uponReplyInvoke([this](const sdbus::Error* error, std::uint32_t id) {
            guarded("Notify reply", [&] { on_notify_reply(error, id); });
        });
}

void DesktopNotifier::on_notify_reply(const sdbus::Error* error, std::uint32_t id) {
    PromptNotice notice = std::move(*in_flight_);
    in_flight_.reset();
    if (error) {
        shown_.reset();
        set_available(false, error->getMessage());
        if (!close_when_shown_ && !queued_) unshown_ = std::move(notice);
    } else if (close_when_shown_) {
        set_available(true, {});
        close_bubble(id);
    } else {
        set_available(true, {});
        shown_ = Shown{notice.prompt, id, keys_of(actions_of(notice))};
    }
    close_when_shown_ = false;
    if (queued_) {
        PromptNotice next = std::move(*queued_);
        queued_.reset();
        send(std::move(next));
    }
}

void DesktopNotifier::close() {
    unshown_.reset();
    queued_.reset();
    if (in_flight_) close_when_shown_ = true;
    if (shown_) {
        close_bubble(shown_->id);
        shown_.reset();
    }
}

void DesktopNotifier::on_action(std::uint32_t id, const std::string& key) {
    // Servers that broadcast ActionInvoked send other programs' actions too, and GNOME
    // sends "default" for a click on the body: only our bubble's offered keys count.
    if (!shown_ || shown_->id != id) return;
    if (std::find(shown_->keys.begin(), shown_->keys.end(), key) == shown_->keys.end()) return;
    const core::PromptId prompt = shown_->prompt;
    shown_.reset();
    guarded("notification action", [&] { listener_.notification_action(prompt, key); });
    // dunst 1.9 leaves the bubble up after an action (DESIGN §13).
    close_bubble(id);
}

void DesktopNotifier::on_closed(std::uint32_t id) {
    if (shown_ && shown_->id == id) shown_.reset();
}

void DesktopNotifier::on_server(bool owned) {
    if (!owned) {
        // A new server knows nothing of the old one's ids. No warning yet: the server
        // may be D-Bus activatable, and the next Notify tells for sure.
        shown_.reset();
        available_ = false;
        spdlog::debug("org.freedesktop.Notifications has no owner on the session bus");
        return;
    }
    spdlog::debug("a notification server is on the session bus");
    available_ = true;
    warned_ = false;
    if (unshown_ && !in_flight_) {
        PromptNotice notice = std::move(*unshown_);
        unshown_.reset();
        send(std::move(notice));
    }
}

void DesktopNotifier::close_bubble(std::uint32_t id) {
    // No reply wanted: a bubble that is already gone is not worth an error.
    proxy_->callMethod("CloseNotification")
        .onInterface(interface)
        .withArguments(id)
        .dontExpectReply();
}

void DesktopNotifier::set_available(bool available, const std::string& why) {
    available_ = available;
    if (available) {
        warned_ = false;
    } else if (!warned_) {
        warned_ = true;
        spdlog::warn("no notification server answers ({}); prompts show when one appears", why);
    }
}

}  // namespace sitbreak::platform
