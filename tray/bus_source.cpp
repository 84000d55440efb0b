#include "tray/bus_source.hpp"

#include <glib.h>
#include <poll.h>
#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <wx/app.h>

#include <cstdint>
#include <exception>

namespace sitbreak::tray {

// GLib allocates sizeof(Source) and treats the first member as its GSource.
struct BusSource::Source {
    GSource base;
    sdbus::IConnection* bus;
    std::function<void(const std::string&)>* on_lost;
    GPollFD poll;
    std::uint64_t deadline_usec;  // CLOCK_MONOTONIC, as g_get_monotonic_time(); UINT64_MAX: none
};

namespace {

using Source = BusSource::Source;

// sd-bus's wishes change with every message sent or received: ask again before each sleep.
gboolean prepare(GSource* base, gint* timeout_ms) {
    auto* source = reinterpret_cast<Source*>(base);
    try {
        const auto poll_data = source->bus->getEventLoopPollData();
        source->poll.events =
            static_cast<gushort>(G_IO_IN | ((poll_data.events & POLLOUT) ? G_IO_OUT : 0));
        source->deadline_usec = poll_data.timeout_usec;
        *timeout_ms = poll_data.getPollTimeout();  // -1 for none, rounded up to whole ms
        return *timeout_ms == 0;
    } catch (const sdbus::Error&) {
        // The connection failed (the bus went away): no exception may unwind into GLib.
        // Dispatch now; processing fails the same way there and reports the loss.
        *timeout_ms = 0;
        return TRUE;
    }
}

gboolean check(GSource* base) {
    auto* source = reinterpret_cast<Source*>(base);
    if (source->poll.revents & (source->poll.events | G_IO_ERR | G_IO_HUP)) return TRUE;
    return source->deadline_usec != UINT64_MAX &&
           static_cast<std::uint64_t>(g_get_monotonic_time()) >= source->deadline_usec;
}

gboolean dispatch(GSource* base, GSourceFunc, gpointer) {
    auto* source = reinterpret_cast<Source*>(base);
    std::string failure;
    try {
        while (source->bus->processPendingRequest()) {
        }
        // wx runs its idle work (CallAfter, windows waiting to be deleted) only when it knows
        // there is some; a message from the bus is no GDK event, so say so.
        wxWakeUpIdle();
        return G_SOURCE_CONTINUE;
    } catch (const sdbus::Error& error) {
        failure = error.getMessage();
    } catch (const std::exception& error) {
        // A handler let something through; sdbus-c++ catches only its own errors.
        g_warning("a D-Bus handler failed: %s", error.what());
        return G_SOURCE_CONTINUE;
    }
    if (*source->on_lost) (*source->on_lost)(failure);
    return G_SOURCE_REMOVE;
}

GSourceFuncs funcs{prepare, check, dispatch, nullptr, nullptr, nullptr};

}  // namespace

BusSource::BusSource(sdbus::IConnection& bus, std::function<void(const std::string&)> on_lost) {
    GSource* base = g_source_new(&funcs, sizeof(Source));
    source_ = reinterpret_cast<Source*>(base);
    source_->bus = &bus;
    source_->on_lost = new std::function<void(const std::string&)>(std::move(on_lost));
    source_->poll = GPollFD{bus.getEventLoopPollData().fd, G_IO_IN, 0};
    source_->deadline_usec = UINT64_MAX;
    g_source_add_poll(base, &source_->poll);
    g_source_set_name(base, "sitbreak D-Bus");
    g_source_attach(base, nullptr);  // the default context: the one wxGTK's loop runs
}

BusSource::~BusSource() {
    delete source_->on_lost;
    g_source_destroy(&source_->base);
    g_source_unref(&source_->base);
}

}  // namespace sitbreak::tray
