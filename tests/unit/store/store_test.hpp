#pragma once
// A temp directory per test and a database path inside a directory that does not exist
// yet, so every test also exercises directory creation.
#include <gtest/gtest.h>

#include "store/store.hpp"
#include "support.hpp"

namespace sitbreak::store::testing {

class StoreTest : public ::testing::Test {
protected:
    [[nodiscard]] std::filesystem::path db_path() const {
        return dir_ / "share" / "sitbreak" / "sitbreak.db";
    }
    [[nodiscard]] Store open() const { return Store::open(db_path()); }

    TempDir dir_;
};

}  // namespace sitbreak::store::testing
