#include "scratch_database.hpp"

#include <unistd.h>

#include <atomic>

#include "engine/identifier.hpp"

namespace app {

ScratchDatabase::ScratchDatabase(const std::string& server, const std::string& purpose) : admin_(server) {
    static std::atomic<int> counter{0};
    name_ = "strata_" + purpose + "_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    // template0: nothing the server's template1 holds leaks into the comparison.
    admin_.execute("CREATE DATABASE " + engine::quote_ident(name_) + " TEMPLATE template0");
    target_ = introspect::conninfo_with_database(server, name_);
}

ScratchDatabase::~ScratchDatabase() {
    try {
        admin_.execute("DROP DATABASE IF EXISTS " + engine::quote_ident(name_) + " WITH (FORCE)");
    } catch (...) {
        // The server went away: nothing to drop it on, nothing to report from a destructor.
    }
}

}  // namespace app
