// Tests against the throwaway server from scripts/pg-tmp. Without STRATA_TEST_URL they fail.
#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "introspect/connection.hpp"
#include "live_server.hpp"

TEST_CASE("the throwaway server is PostgreSQL 15 or newer", "[live]") {
    introspect::Connection conn(test_support::live_server_url());
    auto result = conn.query("SELECT current_setting('server_version_num')::int");
    REQUIRE(result.rows() == 1);
    CHECK(std::stoi(result.get(0, 0)) >= 150000);
    CHECK(conn.server_version() >= 150000);
}

TEST_CASE("a scratch database is created, used and dropped", "[live]") {
    std::string name;
    {
        test_support::ScratchDatabase db("scratch");
        name = db.name();
        introspect::Connection conn(db.url());
        conn.execute("CREATE TABLE t (id int)");
        auto r = conn.query("SELECT current_database()");
        CHECK(r.get(0, 0) == name);
    }
    introspect::Connection admin(test_support::live_server_url());
    auto r = admin.query("SELECT count(*) FROM pg_database WHERE datname = $1", {name});
    CHECK(r.get(0, 0) == "0");
}

TEST_CASE("connection errors name host, port and database but never the password", "[live][secrets]") {
    const std::string base = test_support::live_server_url();
    std::string url = test_support::url_for_database(base, "no_such_database_here");
    url.replace(url.find("postgres@"), 9, "postgres:Sup3r-S3cret@");
    try {
        introspect::Connection conn(url);
        FAIL("connected to a database that does not exist");
    } catch (const engine::Error& e) {
        const std::string message = e.what();
        CHECK(message.find("no_such_database_here") != std::string::npos);
        CHECK(message.find("host 127.0.0.1") != std::string::npos);
        CHECK(message.find("port ") != std::string::npos);
        CHECK(message.find("Sup3r-S3cret") == std::string::npos);
    }
}

TEST_CASE("a refused connection is an error naming the target", "[live]") {
    // Port 1 on loopback has no listener.
    try {
        introspect::Connection conn("postgresql://nobody:pw-xyz-123@127.0.0.1:1/app?connect_timeout=3");
        FAIL("connected to a closed port");
    } catch (const engine::Error& e) {
        const std::string message = e.what();
        CHECK(message.find("127.0.0.1") != std::string::npos);
        CHECK(message.find("port 1") != std::string::npos);
        CHECK(message.find("pw-xyz-123") == std::string::npos);
    }
}

TEST_CASE("query errors carry the server's message", "[live]") {
    introspect::Connection conn(test_support::live_server_url());
    CHECK_THROWS_WITH(conn.query("SELECT * FROM no_such_table"),
                      Catch::Matchers::Contains("relation \"no_such_table\" does not exist"));
}
