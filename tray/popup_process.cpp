#include "tray/popup_process.hpp"

#include <wx/log.h>
#include <wx/process.h>
#include <wx/utils.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "tray/program_path.hpp"
#include "tray/user_message.hpp"

namespace sitbreak::tray {

class PopupProcess::Child final : public wxProcess {
public:
    explicit Child(PopupProcess* owner) : owner_{owner} {}
    void OnTerminate(int, int status) override {
        if (owner_ != nullptr) owner_->ended(status);
        delete this;
    }
    PopupProcess* owner_;
};

PopupProcess::PopupProcess(Options options) : options_{options} {}

PopupProcess::~PopupProcess() {
    if (child_ == nullptr) return;
    child_->owner_ = nullptr;
    wxProcess::Kill(static_cast<int>(pid_), wxSIGTERM);
}

std::vector<std::string> PopupProcess::arguments() const {
    std::vector<std::string> arguments{"--popup"};
    if (options_.hold_length) {
        arguments.push_back("--squeeze-seconds");
        arguments.push_back(std::to_string(options_.hold_length->count()));
    }
    if (options_.probe_windows) arguments.push_back("--probe-windows");
    if (wxLog::GetVerbose()) arguments.push_back("--verbose");
    return arguments;
}

void PopupProcess::show() {
    if (child_ != nullptr) {
        again_ = true;
        return;
    }
    start();
}

void PopupProcess::start() {
    std::vector<std::string> words = arguments();
    words.insert(words.begin(), program_path());
    if (words.front().empty()) {
        tell_user("Cannot show the prompt's popup: cannot find sitbreak-tray (" +
                  std::string{std::strerror(errno)} + ").");
        return;
    }
    std::vector<const char*> argv;
    for (const std::string& word : words) argv.push_back(word.c_str());
    argv.push_back(nullptr);
    auto* child = new Child{this};
    const long pid = wxExecute(argv.data(), wxEXEC_ASYNC, child);
    if (pid <= 0) {
        delete child;
        tell_user("Cannot show the prompt's popup: cannot start " + words.front() + ".");
        return;
    }
    child_ = child;
    pid_ = pid;
    wxLogVerbose("popup process %ld started", pid);
}

void PopupProcess::ended(int status) {
    wxLogVerbose("popup process %ld ended (%d)", pid_, status);
    if (status != 0) wxLogWarning("The prompt's popup ended with status %d.", status);
    child_ = nullptr;
    pid_ = 0;
    if (std::exchange(again_, false)) start();
}

}  // namespace sitbreak::tray
