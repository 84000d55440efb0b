#pragma once
// A prompt as a desktop notification (org.freedesktop.Notifications, DESIGN §9): one
// bubble at a time, replaced in place when the prompt is shown again, closed when the
// prompt ends. Every call to the server is asynchronous; nothing here blocks the loop.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/notifier.hpp"

namespace sdbus {
class IConnection;
class IProxy;
class Error;
}  // namespace sdbus

namespace sitbreak::client {
class NameWatch;
}  // namespace sitbreak::client

namespace sitbreak::platform {

class DesktopNotifier {
public:
    DesktopNotifier(sdbus::IConnection& session, NotifierListener& listener);
    ~DesktopNotifier();
    DesktopNotifier(const DesktopNotifier&) = delete;
    DesktopNotifier& operator=(const DesktopNotifier&) = delete;

    // Shows the notice, replacing the bubble on screen if there is one. Without a
    // server it is kept and shown when one appears (or on the next show).
    void show(const PromptNotice& notice);
    // The prompt ended elsewhere (CLI, tray, natural break): take the bubble away.
    void close();
    // False while no notification server answers on the session bus.
    [[nodiscard]] bool available() const { return available_; }
    // The server's id of the bubble on screen, 0 when there is none.
    [[nodiscard]] std::uint32_t current_id() const { return shown_ ? shown_->id : 0; }

private:
    struct Shown {
        core::PromptId prompt;
        std::uint32_t id;
        std::vector<std::string> keys;  // the actions offered
    };

    void send(PromptNotice notice);
    void on_notify_reply(const sdbus::Error* error, std::uint32_t id);
    void on_action(std::uint32_t id, const std::string& key);
    void on_closed(std::uint32_t id);
    void on_server(bool owned);
    void close_bubble(std::uint32_t id);
    void set_available(bool available, const std::string& why);

    NotifierListener& listener_;
    std::unique_ptr<sdbus::IProxy> proxy_;
    std::optional<Shown> shown_;
    std::optional<PromptNotice> in_flight_;  // Notify sent, no reply yet
    std::optional<PromptNotice> queued_;     // shown while another Notify was in flight
    std::optional<PromptNotice> unshown_;    // found no server; shown when one appears
    bool close_when_shown_{false};           // close() came while Notify was in flight
    bool available_{false};
    bool warned_{false};
    std::unique_ptr<client::NameWatch> server_watch_;  // last: its callbacks use everything above
};

}  // namespace sitbreak::platform
