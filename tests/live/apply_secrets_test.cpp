// Passwords never appear in any output, error or history row: strata runs as a role that must
// give its password (scripts/pg-tmp's pg_hba.conf asks it of strata_password_test), with the
// password in a URL, in a conninfo string and in PGPASSWORD, right and wrong, and every output is
// searched for it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "process.hpp"

namespace {

const std::string password = "Pw-s3cret-7781";
const std::string wrong_password = "Wr0ng-pw-5519";

// postgresql://postgres@HOST:PORT/DB → postgresql://strata_password_test:SECRET@HOST:PORT/DB
std::string url_with_password(const std::string& url, const std::string& secret) {
    const std::size_t at = url.find('@');
    const std::size_t scheme = url.find("://");
    REQUIRE((at != std::string::npos && scheme != std::string::npos));
    return url.substr(0, scheme + 3) + "strata_password_test:" + secret + url.substr(at);
}

// host=… port=… dbname=… user=strata_password_test (no password)
std::string conninfo_without_password(const std::string& url, const std::string& database) {
    const std::size_t at = url.find('@');
    const std::size_t colon = url.find(':', at);
    const std::size_t slash = url.find('/', colon);
    return "host=" + url.substr(at + 1, colon - at - 1) + " port=" + url.substr(colon + 1, slash - colon - 1) +
           " dbname=" + database + " user=strata_password_test";
}

void require_secret_free(const test_support::ProcessResult& r, const std::string& what) {
    INFO(what << ":\n" << r.out << r.err);
    CHECK(r.out.find(password) == std::string::npos);
    CHECK(r.err.find(password) == std::string::npos);
    CHECK(r.out.find(wrong_password) == std::string::npos);
    CHECK(r.err.find(wrong_password) == std::string::npos);
}

}  // namespace

TEST_CASE("secrets: passwords from URLs, conninfo strings and PGPASSWORD appear in no output, error or history row",
          "[live][apply]") {
    test_support::ScratchDatabase db("secrets");
    {
        introspect::Connection admin(db.url());
        admin.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'strata_password_test') THEN "
                      "CREATE ROLE strata_password_test LOGIN; END IF; END $$");
        admin.query("SELECT set_config('strata.pw', $1, false)", {password});
        admin.execute("DO $$ BEGIN EXECUTE format('ALTER ROLE strata_password_test PASSWORD %L', "
                      "current_setting('strata.pw')); END $$");
        admin.execute("ALTER DATABASE " + db.name() + " OWNER TO strata_password_test");
        admin.execute("ALTER SCHEMA public OWNER TO strata_password_test");
    }
    test_support::TempDir dir;
    const std::string desired = dir.write("v1.sql", "CREATE TABLE t (id int PRIMARY KEY, note text);\n");
    const std::string other = dir.write("v2.sql", "CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE u (id int);\n");
    const std::string url = url_with_password(db.url(), password);
    const std::string wrong = url_with_password(db.url(), wrong_password);
    const std::string conninfo = conninfo_without_password(db.url(), db.name());

    std::vector<std::pair<std::string, test_support::ProcessResult>> runs;
    auto run = [&](const std::string& what, const std::vector<std::string>& args, const test_support::ProcessOptions& o = {}) {
        runs.emplace_back(what, test_support::run_strata(args, o));
        return runs.back().second;
    };
    CHECK(run("apply, password in the URL", {"apply", "--url", url, "--to", desired, "--auto-approve"}).exit_code == 0);
    CHECK(run("plan", {"plan", "--from", url, "--to", other, "--format", "json"}).exit_code == 3);
    CHECK(run("drift", {"drift", "--url", url, "--to", other}).exit_code == 2);
    CHECK(run("inspect", {"inspect", url}).exit_code == 0);
    CHECK(run("apply, password in a conninfo string",
              {"apply", "--url", conninfo + " password=" + password, "--to", other, "--auto-approve", "--allow-destructive"})
              .exit_code == 0);
    test_support::ProcessOptions env;
    env.env["PGPASSWORD"] = password;
    CHECK(run("apply, PGPASSWORD", {"apply", "--url", conninfo, "--to", desired, "--auto-approve", "--allow-destructive"}, env)
              .exit_code == 0);
    // A failing statement: the error and its history row carry no password.
    introspect::Connection(db.url()).execute("INSERT INTO t VALUES (1, 'x')");
    const std::string checked = dir.write("checked.sql", "CREATE TABLE t (id int PRIMARY KEY, note text CHECK (note <> 'x'));\n");
    const auto failing = run("apply that fails", {"apply", "--url", url, "--to", checked, "--auto-approve"});
    CHECK(failing.exit_code == 1);
    CHECK(failing.err.find("is violated by some row") != std::string::npos);

    const auto bad = run("wrong password", {"apply", "--url", wrong, "--to", desired, "--auto-approve"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("password authentication failed") != std::string::npos);
    test_support::ProcessOptions wrong_env;
    wrong_env.env["PGPASSWORD"] = wrong_password;
    CHECK(run("wrong PGPASSWORD", {"plan", "--from", conninfo, "--to", desired}, wrong_env).exit_code == 1);
    const auto unreachable = run("unreachable host",
                                 {"apply", "--url", "postgresql://strata_password_test:" + password + "@127.0.0.1:1/x",
                                  "--to", desired, "--auto-approve"});
    CHECK(unreachable.exit_code == 1);
    CHECK(unreachable.err.find("cannot connect") != std::string::npos);
    CHECK(run("bad port", {"drift", "--url", "postgresql://u:" + password + "@127.0.0.1:notaport/x", "--to", desired})
              .exit_code == 1);
    for (const auto& [what, result] : runs) require_secret_free(result, what);

    introspect::Connection admin(db.url());
    const auto history = admin.query("SELECT count(*), bool_and(strpos(h::text, $1) = 0) FROM strata.history h", {password});
    CHECK(history.get(0, 0) == "4");  // three applied, one failed
    CHECK(history.get(0, 1) == "t");
}
