// Writes tests/fixtures/store/v<N>.db for every schema version before the current one.
// Run it once when a new schema version is added, then commit the new file: the
// committed files are what earlier builds really wrote, even if a step is later edited.
//
//   build/tests/unit/store/make_store_fixtures tests/fixtures/store
#include <filesystem>
#include <iostream>

#include "store/schema.hpp"
#include "support.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_store_fixtures DIRECTORY\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    for (int version = 1; version < sitbreak::store::schema::current_version; ++version) {
        const auto file = dir / ("v" + std::to_string(version) + ".db");
        if (std::filesystem::exists(file)) {
            std::cout << file.string() << " exists, kept\n";
            continue;
        }
        sitbreak::store::testing::write_sample_database(file, version);
        std::cout << "wrote " << file.string() << '\n';
    }
    return 0;
}
