#include "service/logging.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "common/printable.hpp"

namespace sitbreak::service {

namespace {

// The message itself (%v), with control characters escaped: much of what is logged came
// from a file or a caller (config keys, D-Bus arguments, paths), and one line of the log
// must stay one line, with nothing in it a terminal acts on.
class PrintableMessage final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        const std::string text =
            common::printable(std::string_view{msg.payload.data(), msg.payload.size()});
        dest.append(text.data(), text.data() + text.size());
    }
    [[nodiscard]] std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<PrintableMessage>();
    }
};

// %^ ... is not used: journald reads the priority, a terminal reads the level name.
class JournalPriority final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        static constexpr const char* kPriority[] = {"<7>", "<7>", "<6>", "<4>",
                                                    "<3>", "<2>", "<6>"};
        const char* text = kPriority[static_cast<int>(msg.level)];
        dest.append(text, text + 3);
    }
    [[nodiscard]] std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<JournalPriority>();
    }
};

}  // namespace

void set_up_logging() {
    auto logger = std::make_shared<spdlog::logger>(
        "sitbreakd", std::make_shared<spdlog::sinks::stderr_sink_st>());
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<PrintableMessage>('&');
    if (std::getenv("JOURNAL_STREAM")) {
        formatter->add_flag<JournalPriority>('*').set_pattern("%*%&");
    } else {
        formatter->set_pattern("%Y-%m-%d %H:%M:%S %l: %&");
    }
    logger->set_formatter(std::move(formatter));
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(std::move(logger));
}

void set_log_level(config::LogLevel level) {
    switch (level) {
    case config::LogLevel::trace: spdlog::set_level(spdlog::level::trace); break;
    case config::LogLevel::debug: spdlog::set_level(spdlog::level::debug); break;
    case config::LogLevel::info: spdlog::set_level(spdlog::level::info); break;
    case config::LogLevel::warn: spdlog::set_level(spdlog::level::warn); break;
    case config::LogLevel::error: spdlog::set_level(spdlog::level::err); break;
    }
}

}  // namespace sitbreak::service
