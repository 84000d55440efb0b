#include "x11_connection.hpp"

#include <X11/Xlib.h>
#include <spdlog/spdlog.h>
#include <sys/epoll.h>

#include <array>
#include <cstdlib>

namespace sitbreak::platform {
namespace {

// Xlib's default handler prints and calls exit() on any protocol error. Ours logs: a
// window vanishing between two requests (BadWindow) is routine for a fullscreen watcher.
int log_x_error(Display* display, XErrorEvent* error) {
    std::array<char, 160> text{};
    XGetErrorText(display, error->error_code, text.data(), static_cast<int>(text.size()));
    const bool routine = error->error_code == BadWindow;
    spdlog::log(routine ? spdlog::level::debug : spdlog::level::warn,
                "X error: {} (request {}.{}, resource 0x{:x})", text.data(),
                static_cast<int>(error->request_code), static_cast<int>(error->minor_code),
                error->resourceid);
    return 0;
}

// Xlib's default prints "XIO: fatal IO error"; the exit handler below says it better.
int quiet_io_error(Display*) { return 0; }

}  // namespace

std::unique_ptr<X11Connection> X11Connection::open(EventLoop& loop, std::string& problem,
                                                   const char* display_name) {
    const char* name = display_name ? display_name : std::getenv("DISPLAY");
    if (name == nullptr || *name == '\0') {
        problem = "DISPLAY is not set, so there is no X server to ask about idle time";
        return nullptr;
    }
    Display* display = XOpenDisplay(name);
    if (display == nullptr) {
        problem = std::string{"cannot connect to the X server "} + name;
        return nullptr;
    }
    std::unique_ptr<X11Connection> connection{new X11Connection{display}};
    X11Connection* self = connection.get();
    // Before each sleep as well as on readiness: a reply read for one request may have
    // brought events into Xlib's queue, and the socket will not become readable for them.
    connection->source_ = loop.watch_fd(
        ConnectionNumber(display), EPOLLIN, [self] { self->drain(); }, [self] { self->drain(); });
    return connection;
}

X11Connection::X11Connection(Display* display) : display_{display} {
    XSetErrorHandler(log_x_error);
    XSetIOErrorHandler(quiet_io_error);
    // libX11 ≥ 1.7: if this handler returns, the call that met the broken socket returns
    // too and the display stays dead, instead of Xlib calling exit(1).
    XSetIOErrorExitHandler(display_, io_error_exit, this);
}

X11Connection::~X11Connection() {
    source_ = {};
    XCloseDisplay(display_);
}

void X11Connection::io_error_exit(Display*, void* self) {
    static_cast<X11Connection*>(self)->lost_ = true;
}

void X11Connection::drain() {
    while (!lost_ && XPending(display_) > 0) {
        XEvent event;
        XNextEvent(display_, &event);
        dispatch(event);
    }
    if (lost_) report_lost();
}

void X11Connection::report_lost() {
    if (lost_reported_) return;
    lost_reported_ = true;
    // Disabled, not dropped: this may run inside the source's own callback.
    sd_event_source_set_enabled(source_.get(), SD_EVENT_OFF);
    spdlog::error("lost the connection to the X server {}", DisplayString(display_));
    if (on_lost_) on_lost_();
}

void X11Connection::dispatch(XEvent& event) {
    ++dispatching_;
    for (auto& entry : handlers_) {
        if (!entry.removed && entry.handler(event)) break;
    }
    if (--dispatching_ == 0) handlers_.remove_if([](const Entry& entry) { return entry.removed; });
}

X11Connection::Subscription X11Connection::add_handler(Handler handler) {
    handlers_.push_back(Entry{next_id_, std::move(handler)});
    Subscription subscription;
    subscription.connection_ = this;
    subscription.id_ = next_id_++;
    return subscription;
}

void X11Connection::remove_handler(unsigned long id) {
    for (auto& entry : handlers_) {
        if (entry.id == id) entry.removed = true;
    }
    // A handler may remove itself while it runs: erase it only outside dispatch.
    if (dispatching_ == 0) handlers_.remove_if([](const Entry& entry) { return entry.removed; });
}

X11Connection::Subscription::Subscription(Subscription&& other) noexcept
    : connection_{std::exchange(other.connection_, nullptr)}, id_{other.id_} {}

X11Connection::Subscription& X11Connection::Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        if (connection_) connection_->remove_handler(id_);
        connection_ = std::exchange(other.connection_, nullptr);
        id_ = other.id_;
    }
    return *this;
}

X11Connection::Subscription::~Subscription() {
    if (connection_) connection_->remove_handler(id_);
}

}  // namespace sitbreak::platform
