#pragma once
#include <stdexcept>

namespace sitbreak::store {

// Every failure the store reports, as one sentence a person can act on.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace sitbreak::store
