#include "tray/child_process.hpp"

#include <unistd.h>
#include <wx/log.h>
#include <wx/process.h>
#include <wx/utils.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

#include "common/i18n.hpp"
#include "tray/user_message.hpp"

namespace sitbreak::tray {

class ChildProcess::Watch final : public wxProcess {
public:
    explicit Watch(ChildProcess* owner) : owner_{owner} {}
    void OnTerminate(int, int status) override {
        if (owner_ != nullptr) owner_->ended(status);
        delete this;
    }
    ChildProcess* owner_;
};

namespace {

// This program's file; after an upgrade replaced it, the new one at the same path (the
// kernel says "path (deleted)" for the file this process runs).
std::string program_path() {
    std::array<char, 4096> link{};
    const ssize_t length = ::readlink("/proc/self/exe", link.data(), link.size() - 1);
    if (length <= 0) return {};
    std::string path{link.data(), static_cast<std::size_t>(length)};
    constexpr std::string_view deleted{" (deleted)"};
    if (path.ends_with(deleted)) path.resize(path.size() - deleted.size());
    return path;
}

}  // namespace

ChildProcess::ChildProcess(std::string what, std::function<void(int)> ended)
    : what_{std::move(what)}, on_end_{std::move(ended)} {}

ChildProcess::~ChildProcess() {
    if (watch_ == nullptr) return;
    watch_->owner_ = nullptr;
    wxProcess::Kill(static_cast<int>(pid_), wxSIGTERM);
}

bool ChildProcess::start(std::vector<std::string> words, const ChildOptions& options) {
    if (options.hold_seconds > 0) {
        words.push_back("--squeeze-seconds");
        words.push_back(std::to_string(options.hold_seconds));
    }
    if (options.probe_windows) words.push_back("--probe-windows");
    if (wxLog::GetVerbose()) words.push_back("--verbose");
    words.insert(words.begin(), program_path());
    if (words.front().empty()) {
        // TRANSLATORS: {0} "the prompt's popup" or "the session window", {1} the system's reason.
        tell_user(common::tr_format("Cannot show {0}: cannot find sitbreak-tray ({1}).",
                                    common::tr(what_.c_str()), std::strerror(errno)));
        return false;
    }
    std::vector<const char*> argv;
    for (const std::string& word : words) argv.push_back(word.c_str());
    argv.push_back(nullptr);
    auto* watch = new Watch{this};
    const long pid = wxExecute(argv.data(), wxEXEC_ASYNC, watch);
    if (pid <= 0) {
        delete watch;
        tell_user(common::tr_format("Cannot show {0}: cannot start {1}.", common::tr(what_.c_str()),
                                    words.front()));
        return false;
    }
    watch_ = watch;
    pid_ = pid;
    wxLogVerbose("%s: process %ld started", wxString::FromUTF8(what_), pid);
    return true;
}

void ChildProcess::ended(int status) {
    wxLogVerbose("%s: process %ld ended (%d)", wxString::FromUTF8(what_), pid_, status);
    if (status != 0) {
        wxLogWarning("%s ended with status %d.", wxString::FromUTF8(what_), status);
    }
    watch_ = nullptr;
    pid_ = 0;
    if (on_end_) on_end_(status);
}

}  // namespace sitbreak::tray
