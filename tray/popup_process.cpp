#include "tray/popup_process.hpp"

#include <utility>

#include "common/i18n.hpp"

namespace sitbreak::tray {

PopupProcess::PopupProcess(ChildOptions options)
    : options_{options}, child_{common::N_("the prompt's popup"), [this](int) {
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
