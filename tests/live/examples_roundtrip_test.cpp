// Every schema-examples version: the original files and Strata's canonical SQL build the same
// schema (pg_dump --schema-only compared by scripts/demo-live on the live server); and for each
// v1, the plan to v2 applied to a database loaded with v1 leaves no drift against v2.
#include <catch2/catch.hpp>

#include "live_server.hpp"
#include "process.hpp"

TEST_CASE("schema-examples round-trip through strata inspect --format sql, and v1 plans to v2", "[live][examples]") {
    const std::string url = test_support::live_server_url();
    for (const char* app : {"pglens", "confab", "gearbox", "recally"}) {
        for (const char* version : {"v1", "v2"}) {
            const std::string example = std::string(STRATA_SOURCE_DIR "/schema-examples/") + app + "/" + version;
            auto r = test_support::run_process({STRATA_SOURCE_DIR "/scripts/demo-live", test_support::strata_binary(),
                                                example, std::string(app) + "_" + version});
            INFO(example << "\n" << r.out << r.err);
            CHECK(r.exit_code == 0);
            CHECK(r.out.find("identical") != std::string::npos);
            if (std::string(version) == "v1") CHECK(r.out.find("the database now matches") != std::string::npos);
        }
    }
}
