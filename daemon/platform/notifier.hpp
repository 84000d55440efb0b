#pragma once
// Prompts as desktop notifications (org.freedesktop.Notifications, DESIGN §9).
#include <string>
#include <vector>

#include "core/events.hpp"

namespace sitbreak::platform {

class NotifierListener {
public:
    virtual ~NotifierListener() = default;
    // The user chose an action: an exercise's id (PromptNotice::Choice), "snooze" or "skip".
    virtual void notification_action(core::PromptId prompt, const std::string& action) = 0;
};

struct PromptNotice {
    // An exercise offered as an action: its id is the action's key (catalogue words).
    struct Choice {
        core::ExerciseId id;
        std::string label;  // "Did bridges"
    };
    core::PromptId prompt;
    std::string summary;
    std::string body;
    std::vector<Choice> exercises;
    bool can_snooze;
    std::string image;  // a PNG of the first exercise's first pose (image-path), or ""
    bool can_skip{true};  // false: no Skip (a notice that is not a prompt, DESIGN §14.3)
    bool urgent{false};   // prompt.escalate has brought it earlier: critical urgency
};

}  // namespace sitbreak::platform
