// sitbreakd: the daemon (run_daemon), or a check of a config file.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>

#include "config/catalogue.hpp"
#include "common/i18n.hpp"
#include "config/paths.hpp"
#include "platform/calls/microphone_helper.hpp"
#include "service/daemon.hpp"
#include "service/logging.hpp"

namespace {

namespace config = sitbreak::config;

// Exit codes follow the CLI contract (DESIGN §7): 2 is a usage or config error.
constexpr int exit_usage = 2;

int check_config(const std::filesystem::path& path, bool explicitly_given) {
    // Only a file named on the command line must exist; a missing default file means
    // "all defaults". Other failures (permissions) are load_file's to report.
    std::error_code error;
    const auto type = std::filesystem::status(path, error).type();
    if (explicitly_given && type == std::filesystem::file_type::not_found) {
        std::cerr << path.string() << ": no such file\n";
        return exit_usage;
    }
    const auto [result, catalogue] = config::load_configuration(path);
    for (const config::ConfigError& problem : catalogue.errors) {
        std::cerr << problem.to_string() << '\n';
    }
    for (const config::ConfigError& problem : result.errors) {
        std::cerr << problem.to_string() << '\n';
    }
    if (!result.ok() || !catalogue.errors.empty()) return exit_usage;
    std::cout << "ok\n";
    return 0;
}

int run(int argc, char** argv) {
    // Notifications and the sentences that answer the bus speak the user's language; the
    // log stays English, for reports.
    sitbreak::common::set_up_translation();
    CLI::App app{"sitbreakd: the sitbreak daemon, which reminds you to get up and move.",
                 "sitbreakd"};
    app.set_version_flag("--version", std::string{"sitbreakd "} + SITBREAK_VERSION);
    bool check = false;
    bool verbose = false;
    std::string file;
    std::string config_file = config::default_config_path().string();
    std::string database_file = config::default_database_path().string();
    auto* check_flag =
        app.add_flag("--check-config", check, "Check a config file, print ok or its errors");
    auto* file_option = app.add_option(
        "FILE", file, "Config file (default: " + config::default_config_path().string() + ")");
    file_option->needs(check_flag);
    app.add_flag("-v,--verbose", verbose, "Log everything (overrides log.level)");
    app.add_option("--config", config_file, "Config file to use")->capture_default_str();
    app.add_option("--database", database_file, "History database to use")->capture_default_str();
    // The helper the daemon starts to ask the sound server about microphones (not for users).
    bool watch_microphones = false;
    app.add_flag("--watch-microphones", watch_microphones)->group("");
    // CLI11 adds a second line pointing at --help; one line is our convention (DESIGN §7).
    app.failure_message([](const CLI::App*, const CLI::Error& error) {
        return "sitbreakd: " + std::string{error.what()} + "\n";
    });
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? 0 : exit_usage;
    }
    if (check) {
        const bool given = file_option->count() > 0;
        return check_config(given ? std::filesystem::path{file} : config::default_config_path(),
                            given);
    }
    sitbreak::service::set_up_logging();
    if (watch_microphones) {
        if (verbose) spdlog::set_level(spdlog::level::debug);
        return sitbreak::platform::run_microphone_helper();
    }
    // A file size limit (RLIMIT_FSIZE) must fail a write, which the history survives by
    // holding it, not kill the daemon.
    std::signal(SIGXFSZ, SIG_IGN);
    if (verbose) spdlog::set_level(spdlog::level::debug);
    // Absolute, so that the config directory can be watched and the paths shown mean one thing.
    return sitbreak::service::run_daemon({std::filesystem::absolute(config_file),
                                          std::filesystem::absolute(database_file), verbose});
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "sitbreakd: " << error.what() << '\n';
        return 1;
    }
}
