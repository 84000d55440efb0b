#include "tray/session_process.hpp"

#include <wx/log.h>
#include <wx/process.h>
#include <wx/utils.h>

#include "tray/program_path.hpp"
#include "tray/user_message.hpp"

namespace sitbreak::tray {

class SessionProcess::Child final : public wxProcess {
public:
    explicit Child(SessionProcess* owner) : owner_{owner} {}
    void OnTerminate(int, int status) override {
        if (owner_ != nullptr) owner_->ended(status);
        delete this;
    }
    SessionProcess* owner_;
};

SessionProcess::SessionProcess(Options options) : options_{options} {}

SessionProcess::~SessionProcess() {
    if (child_ == nullptr) return;
    child_->owner_ = nullptr;
    wxProcess::Kill(static_cast<int>(pid_), wxSIGTERM);
}

std::vector<std::string> SessionProcess::arguments(const std::string& routine,
                                                   bool take_focus) const {
    std::vector<std::string> arguments{"--session", routine};
    if (!take_focus) arguments.push_back("--session-quietly");
    if (options_.hold_length) {
        arguments.push_back("--squeeze-seconds");
        arguments.push_back(std::to_string(options_.hold_length->count()));
    }
    if (options_.probe_windows) arguments.push_back("--probe-windows");
    if (wxLog::GetVerbose()) arguments.push_back("--verbose");
    return arguments;
}

void SessionProcess::open(const std::string& routine, bool take_focus) {
    if (child_ != nullptr) return;
    std::vector<std::string> words = arguments(routine, take_focus);
    words.insert(words.begin(), program_path());
    std::vector<const char*> argv;
    for (const std::string& word : words) argv.push_back(word.c_str());
    argv.push_back(nullptr);
    auto* child = new Child{this};
    const long pid = words.front().empty() ? 0 : wxExecute(argv.data(), wxEXEC_ASYNC, child);
    if (pid <= 0) {
        delete child;
        tell_user("Cannot open the session window: cannot start sitbreak-tray.");
        return;
    }
    child_ = child;
    pid_ = pid;
    wxLogVerbose("session process %ld started", pid);
}

void SessionProcess::ended(int status) {
    wxLogVerbose("session process %ld ended (%d)", pid_, status);
    if (status != 0) wxLogWarning("The session window ended with status %d.", status);
    child_ = nullptr;
    pid_ = 0;
}

}  // namespace sitbreak::tray
