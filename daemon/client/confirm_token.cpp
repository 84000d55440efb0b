#include "client/confirm_token.hpp"

#include <cstdio>
#include <random>

namespace sitbreak::client {

std::string confirm_token() {
    std::random_device random;  // the kernel's random source
    std::string token;
    for (int i = 0; i < 4; ++i) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(random()));
        token += part;
    }
    return token;
}

}  // namespace sitbreak::client
