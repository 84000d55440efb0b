#pragma once
#include <SQLiteCpp/Exception.h>

#include <filesystem>
#include <stdexcept>

namespace sitbreak::store {

// Every failure the store reports, as one sentence a person can act on.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Runs a read of the history in `path`; SQLite's failure becomes the store's sentence.
template <typename Read>
auto reading(const std::filesystem::path& path, Read read) {
    try {
        return read();
    } catch (const SQLite::Exception& e) {
        throw Error("cannot read the history in " + path.string() + ": " + e.what());
    }
}

}  // namespace sitbreak::store
