#include "tray/popup_process.hpp"

#include <utility>

namespace sitbreak::tray {

PopupProcess::PopupProcess(ChildOptions options)
    : options_{options}, child_{"the prompt's popup", [this](int) {
                                    if (std::exchange(again_, false)) show();
                                }} {}

void PopupProcess::show() {
    if (child_.running()) {
        again_ = true;
        return;
    }
    (void)child_.start({"--popup"}, options_);
}

}  // namespace sitbreak::tray
