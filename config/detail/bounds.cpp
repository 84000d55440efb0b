#include "config/detail/bounds.hpp"

#include <vector>

#include "common/i18n.hpp"

namespace sitbreak::config::detail {

namespace {

// Just enough of TOML's lexical structure to tell keys from values and to skip strings
// and comments; everything else is toml++'s to judge.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_{text} {}

    std::optional<OutOfBounds> run() {
        start_line();
        while (at_ < text_.size() && !long_line_) {
            if (auto problem = step()) return problem;
        }
        if (long_line_ || at_ - line_start_ > kMaxLineBytes) {
            return OutOfBounds{
                long_line_.value_or(line_),
                common::tr_format("the line is longer than {} bytes", kMaxLineBytes)};
        }
        return std::nullopt;
    }

private:
    std::optional<OutOfBounds> step() {
        const char c = text_[at_];
        if (c == '\n') {
            next_line();
            ++at_;
            start_line();
        } else if (c == '#') {
            skip_to_line_end();
        } else if (c == '"' || c == '\'') {
            skip_string(c);
        } else {
            ++at_;
            return structure(c);
        }
        return std::nullopt;
    }

    // At a newline (at_ on it): the line that ends here was measured.
    void next_line() {
        if (at_ - line_start_ > kMaxLineBytes && !long_line_) long_line_ = line_;
        ++line_;
        line_start_ = at_ + 1;
    }

    std::optional<OutOfBounds> structure(char c) {
        if (in_key_ && c == '.') {
            if (++key_parts_ > kMaxKeyParts) {
                return OutOfBounds{
                    line_, common::tr_format("a key has more than {} dotted parts", kMaxKeyParts)};
            }
        } else if (c == '=' || (c == ']' && in_header_)) {
            in_key_ = false;
            in_header_ = false;
        } else if (c == '[' || c == '{') {
            if (at_line_start_ && nesting_.empty() && c == '[') {
                in_header_ = true;  // [table] or [[array of tables]]
            } else {
                nesting_.push_back(c);
                if (static_cast<int>(nesting_.size()) > kMaxNesting) {
                    return OutOfBounds{
                        line_,
                        common::tr_format("values are nested more than {} deep", kMaxNesting)};
                }
                if (c == '{') enter_key();
            }
        } else if ((c == ']' || c == '}') && !nesting_.empty()) {
            nesting_.pop_back();
        } else if (c == ',' && !nesting_.empty() && nesting_.back() == '{') {
            enter_key();
        }
        if (c != ' ' && c != '\t' && c != '[') at_line_start_ = false;
        return std::nullopt;
    }

    void start_line() {
        at_line_start_ = true;
        // A statement starts here unless a multi-line array is still open.
        if (nesting_.empty()) enter_key();
    }

    void enter_key() {
        in_key_ = true;
        key_parts_ = 1;
    }

    void skip_to_line_end() {
        while (at_ < text_.size() && text_[at_] != '\n') ++at_;
    }

    // Past a string, counting the lines a multi-line string spans. An unterminated one
    // ends the scan: toml++ reports it.
    void skip_string(char quote) {
        const bool multi = triple(quote);
        at_ += multi ? 3 : 1;
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (c == '\\' && quote == '"') {
                at_ += 2;
                continue;
            }
            if (c == '\n') {
                if (!multi) return;
                next_line();
            } else if (c == quote && (!multi || triple(quote))) {
                at_ += multi ? 3 : 1;
                return;
            }
            ++at_;
        }
    }

    [[nodiscard]] bool triple(char quote) const {
        return text_.substr(at_, 3) == (quote == '"' ? R"(""")" : "'''");
    }

    std::string_view text_;
    std::size_t at_{0};
    std::size_t line_start_{0};
    int line_{1};
    std::optional<int> long_line_;  // the first line past kMaxLineBytes
    bool at_line_start_{true};
    bool in_key_{false};
    bool in_header_{false};
    int key_parts_{1};
    std::vector<char> nesting_;
};

}  // namespace

std::string too_big(std::uintmax_t bytes) {
    return common::tr_format("is {0} bytes; a config file may have at most {1}", bytes,
                             kMaxFileBytes);
}

std::optional<OutOfBounds> check_bounds(std::string_view text) {
    if (text.size() > kMaxFileBytes) return OutOfBounds{0, too_big(text.size())};
    return Scanner{text}.run();
}

}  // namespace sitbreak::config::detail
