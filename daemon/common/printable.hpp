#pragma once
// Text that came from a file or a caller (a config key, a D-Bus argument, a path), made
// safe to print or log: control characters become visible escapes, so such text can
// neither forge a log line nor send a terminal an escape sequence.
#include <cstddef>
#include <string>
#include <string_view>

namespace sitbreak::common {

// C0 controls and DEL become \n, \t, \r or \xNN; C1 controls (U+0080 to U+009F) become
// \u00NN; bytes that are not UTF-8 become \xNN. Everything else is kept. Longer than
// `max_bytes`, the text is cut at a character boundary and ends in "…".
[[nodiscard]] std::string printable(std::string_view text,
                                    std::size_t max_bytes = std::string_view::npos);

// How many characters wide `text` is on a terminal: its UTF-8 characters (the scripts
// sitbreak speaks have no wide ones).
[[nodiscard]] std::size_t columns_of(std::string_view text);

// `text` filled with spaces to `columns` characters (UTF-8: a translated "Zurückgestellt" is
// 14 columns, not 15 bytes); on the left with `right`. Longer text is left as it is.
[[nodiscard]] std::string padded(std::string text, std::size_t columns, bool right = false);

// A caller's word in a sentence of ours: in double quotes, printable, at most 40 bytes.
[[nodiscard]] std::string quoted(std::string_view text);

}  // namespace sitbreak::common
