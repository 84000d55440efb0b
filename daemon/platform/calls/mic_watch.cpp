#include "mic_watch.hpp"

#include <pulse/context.h>
#include <pulse/error.h>
#include <pulse/introspect.h>
#include <pulse/subscribe.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <utility>

#include "common/loaded_library.hpp"
#include "platform/calls/pulse_loop.hpp"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

constexpr const char* kSoname = "libpulse.so.0";
// No server yet (a session still starting, or none at all): asked again after 5 s, then
// twice as long each time, up to 5 min. A connected client is told when the server goes.
constexpr std::chrono::seconds kRetryFirst{5};
constexpr std::chrono::seconds kRetryMax{300};

struct Pulse {
    decltype(&pa_context_new) context_new;
    decltype(&pa_context_unref) context_unref;
    decltype(&pa_context_connect) connect;
    decltype(&pa_context_disconnect) disconnect;
    decltype(&pa_context_get_state) get_state;
    decltype(&pa_context_errno) error_number;
    decltype(&pa_strerror) error_text;
    decltype(&pa_context_set_state_callback) set_state_callback;
    decltype(&pa_context_set_subscribe_callback) set_subscribe_callback;
    decltype(&pa_context_subscribe) subscribe;
    decltype(&pa_context_get_source_info_list) sources;
    decltype(&pa_context_get_source_output_info_list) source_outputs;
    decltype(&pa_operation_unref) operation_unref;
    decltype(&pa_proplist_gets) proplist_gets;
};

std::optional<Pulse> load_pulse(std::string& why) {
    return common::load_functions<Pulse>(kSoname, why, [](auto& library, Pulse& f) {
        return library.find("pa_context_new", f.context_new) &&
               library.find("pa_context_unref", f.context_unref) &&
               library.find("pa_context_connect", f.connect) &&
               library.find("pa_context_disconnect", f.disconnect) &&
               library.find("pa_context_get_state", f.get_state) &&
               library.find("pa_context_errno", f.error_number) &&
               library.find("pa_strerror", f.error_text) &&
               library.find("pa_context_set_state_callback", f.set_state_callback) &&
               library.find("pa_context_set_subscribe_callback", f.set_subscribe_callback) &&
               library.find("pa_context_subscribe", f.subscribe) &&
               library.find("pa_context_get_source_info_list", f.sources) &&
               library.find("pa_context_get_source_output_info_list", f.source_outputs) &&
               library.find("pa_operation_unref", f.operation_unref) &&
               library.find("pa_proplist_gets", f.proplist_gets);
    });
}

}  // namespace

struct MicWatch::Impl {
    Impl(EventLoop& loop, std::function<void(bool)> changed,
         std::function<void(const std::string&)> problem)
        : pulse_loop{loop},
          changed{std::move(changed)},
          problem{std::move(problem)},
          retry{loop.timer([this] { connect(); })},
          lost{loop.timer([this] { failed(lost_why); })} {}
    ~Impl() { drop(); }

    void connect();
    void drop();
    void failed(const std::string& why);
    void on_state();
    void look();
    void count(const pa_source_output_info& output);
    void looked();
    void set(bool on);

    std::optional<Pulse> pulse;
    PulseLoop pulse_loop;
    std::function<void(bool)> changed;
    std::function<void(const std::string&)> problem;
    std::unique_ptr<Timer> retry;
    // The context failed inside one of libpulse's calls: dropped from the loop, not there.
    std::unique_ptr<Timer> lost;
    std::string lost_why;
    std::chrono::seconds backoff{kRetryFirst};
    pa_context* context{nullptr};
    std::set<std::uint32_t> monitors;  // sources that are monitors of an output
    int recordings{0};                 // counted in the look under way
    bool looking{false};
    bool look_again{false};
    bool recording{false};
};

void MicWatch::Impl::connect() {
    drop();
    context = pulse->context_new(pulse_loop.api(), "sitbreakd");
    if (context == nullptr) return failed("libpulse could not make a context");
    pulse->set_state_callback(
        context, [](pa_context*, void* self) { static_cast<Impl*>(self)->on_state(); }, this);
    // NOAUTOSPAWN: a daemon that watches must not start a sound server.
    if (pulse->connect(context, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) {
        lost->disarm();  // the state callback saw the same failure
        failed(pulse->error_text(pulse->error_number(context)));
    }
}

void MicWatch::Impl::drop() {
    lost->disarm();
    if (context == nullptr) return;
    pulse->set_state_callback(context, nullptr, nullptr);
    pulse->set_subscribe_callback(context, nullptr, nullptr);
    pulse->disconnect(context);
    pulse->context_unref(context);
    context = nullptr;
    looking = look_again = false;
}

void MicWatch::Impl::failed(const std::string& why) {
    drop();
    set(false);
    // The same sentence each time: it is logged when it changes, not at every retry.
    problem("no sound server to ask about microphones (" + why + ")");
    spdlog::debug("asking the sound server again in {}s", backoff.count());
    retry->arm_in(std::chrono::duration_cast<std::chrono::microseconds>(backoff));
    backoff = std::min(backoff * 2, std::chrono::duration_cast<std::chrono::seconds>(kRetryMax));
}

void MicWatch::Impl::on_state() {
    switch (pulse->get_state(context)) {
    case PA_CONTEXT_READY: {
        backoff = kRetryFirst;
        problem("");
        pulse->set_subscribe_callback(
            context,
            [](pa_context*, pa_subscription_event_type_t, std::uint32_t, void* self) {
                guarded("sound server event", [&] { static_cast<Impl*>(self)->look(); });
            },
            this);
        const auto mask = static_cast<pa_subscription_mask_t>(PA_SUBSCRIPTION_MASK_SOURCE |
                                                              PA_SUBSCRIPTION_MASK_SOURCE_OUTPUT);
        pulse->operation_unref(pulse->subscribe(context, mask, nullptr, nullptr));
        look();
        break;
    }
    case PA_CONTEXT_FAILED:
    case PA_CONTEXT_TERMINATED:
        lost_why = pulse->error_text(pulse->error_number(context));
        lost->arm_in(std::chrono::microseconds{0});
        break;
    default: break;
    }
}

// Sources first (which are monitors), then the capture streams: two replies, one look.
void MicWatch::Impl::look() {
    if (looking) {
        look_again = true;
        return;
    }
    looking = true;
    monitors.clear();
    recordings = 0;
    pulse->operation_unref(pulse->sources(
        context,
        [](pa_context*, const pa_source_info* info, int eol, void* data) {
            auto* self = static_cast<Impl*>(data);
            if (eol == 0 && info != nullptr) {
                if (info->monitor_of_sink != PA_INVALID_INDEX) self->monitors.insert(info->index);
                return;
            }
            self->pulse->operation_unref(self->pulse->source_outputs(
                self->context,
                [](pa_context*, const pa_source_output_info* output, int end, void* inner) {
                    auto* me = static_cast<Impl*>(inner);
                    guarded("source outputs", [&] {
                        if (end == 0 && output != nullptr) {
                            me->count(*output);
                        } else {
                            me->looked();
                        }
                    });
                },
                self));
        },
        this));
}

void MicWatch::Impl::count(const pa_source_output_info& output) {
    if (output.client == PA_INVALID_INDEX || output.corked) return;  // a module's, or paused
    if (monitors.contains(output.source)) return;
    const char* app = pulse->proplist_gets(output.proplist, "application.id");
    if (app != nullptr && std::string{app} == "org.PulseAudio.pavucontrol") return;  // a meter
    ++recordings;
}

void MicWatch::Impl::looked() {
    looking = false;
    set(recordings > 0);
    if (std::exchange(look_again, false)) look();
}

void MicWatch::Impl::set(bool on) {
    if (on == recording) return;
    recording = on;
    changed(on);
}

MicWatch::MicWatch(EventLoop& loop, std::function<void(bool)> changed,
                   std::function<void(const std::string&)> problem)
    : impl_{std::make_unique<Impl>(loop, std::move(changed), std::move(problem))} {
    std::string why;
    impl_->pulse = load_pulse(why);
    if (!impl_->pulse) {
        impl_->problem("the sound server's client library cannot be loaded: " + why);
        return;
    }
    impl_->connect();
}

MicWatch::~MicWatch() = default;

}  // namespace sitbreak::platform
