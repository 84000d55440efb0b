#pragma once
// The daemon's one connection to the X server, a source of the event loop (DESIGN §9).
// Xlib's macros (None, Status, Bool ...) stay out of this header: only its two types are
// declared here, exactly as <X11/Xlib.h> declares them.
#include <functional>
#include <list>
#include <memory>
#include <string>

#include "platform/event_loop.hpp"

typedef struct _XDisplay Display;  // NOLINT: Xlib's own spelling
typedef union _XEvent XEvent;      // NOLINT

namespace sitbreak::platform {

class X11Connection {
public:
    // True: the event was for this handler, later handlers do not see it.
    using Handler = std::function<bool(XEvent&)>;

    // Connects to `display_name` (nullptr: $DISPLAY) and watches the connection in `loop`.
    // nullptr, with a sentence in `problem`, if there is no X server to talk to.
    [[nodiscard]] static std::unique_ptr<X11Connection> open(EventLoop& loop, std::string& problem,
                                                             const char* display_name = nullptr);
    ~X11Connection();
    X11Connection(const X11Connection&) = delete;
    X11Connection& operator=(const X11Connection&) = delete;

    [[nodiscard]] Display* display() const { return display_; }

    // Removes its handler when dropped. Must not outlive the connection.
    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&& other) noexcept;
        Subscription& operator=(Subscription&& other) noexcept;
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;
        ~Subscription();

    private:
        friend class X11Connection;
        X11Connection* connection_{nullptr};
        unsigned long id_{0};
    };
    // Every event read from the server goes to the handlers, oldest first.
    [[nodiscard]] Subscription add_handler(Handler handler);

    // True once the server has gone away (its socket broke): the connection is dead for
    // good and every Xlib call on it returns at once. `callback` runs once when that is seen.
    [[nodiscard]] bool lost() const { return lost_; }
    void on_lost(std::function<void()> callback) { on_lost_ = std::move(callback); }

    // Sends buffered requests and dispatches every queued event. The loop does this before
    // each sleep and when the socket is readable; nothing else needs to.
    void drain();

private:
    struct Entry {
        unsigned long id;
        Handler handler;
        bool removed{false};
    };

    explicit X11Connection(Display* display);
    static void io_error_exit(Display* display, void* self);
    void dispatch(XEvent& event);
    void remove_handler(unsigned long id);
    void report_lost();

    Display* display_;
    EventSource source_;
    std::list<Entry> handlers_;
    unsigned long next_id_{1};
    int dispatching_{0};
    bool lost_{false};
    bool lost_reported_{false};
    std::function<void()> on_lost_;
};

}  // namespace sitbreak::platform
