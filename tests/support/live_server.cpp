#include "live_server.hpp"

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>

#include "engine/identifier.hpp"
#include "introspect/connection.hpp"

namespace test_support {

std::string live_server_url() {
    const char* url = std::getenv("STRATA_TEST_URL");
    if (!url || !*url) {
        FAIL("STRATA_TEST_URL is not set. Live tests need the throwaway server: run them as "
             "`scripts/pg-tmp ctest --test-dir build/test` (or use scripts/test).");
    }
    return url;
}

std::string url_for_database(const std::string& base, const std::string& database) {
    // postgresql://user@host:port/db?params
    const std::size_t scheme = base.find("://");
    const std::size_t slash = base.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (slash == std::string::npos) return base + "/" + database;
    const std::size_t query = base.find('?', slash);
    return base.substr(0, slash + 1) + database + (query == std::string::npos ? "" : base.substr(query));
}

ScratchDatabase::ScratchDatabase(const std::string& prefix) {
    static std::atomic<int> counter{0};
    name_ = prefix + "_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    const std::string base = live_server_url();
    introspect::Connection admin(base);
    admin.execute("DROP DATABASE IF EXISTS " + engine::quote_ident(name_));
    admin.execute("CREATE DATABASE " + engine::quote_ident(name_));
    url_ = url_for_database(base, name_);
}

ScratchDatabase::~ScratchDatabase() {
    try {
        introspect::Connection admin(live_server_url());
        admin.execute("DROP DATABASE IF EXISTS " + engine::quote_ident(name_) + " WITH (FORCE)");
    } catch (...) {
        // The server may be gone already; the whole cluster is thrown away at the end anyway.
    }
}

}  // namespace test_support
