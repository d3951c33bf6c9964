// plan --dev-url tmp: strata starts a throwaway PostgreSQL of its own from the installed binaries,
// executes the desired files there, compares catalog to catalog (views as the server deparses
// them), reports a file's error at its line, and leaves nothing behind. These tests do not use
// the shared test server at all.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "process.hpp"

namespace {

// The entries left in `dir`.
int entries(const std::string& dir) {
    int n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}

// TMPDIR for the throwaway server: a directory the `postgres` user can pass through when the
// tests run as root.
test_support::ProcessOptions in_tmpdir(const test_support::TempDir& tmp) {
    chmod(tmp.path().c_str(), 0711);
    test_support::ProcessOptions options;
    options.env["TMPDIR"] = tmp.path();
    return options;
}

}  // namespace

TEST_CASE("plan --dev-url tmp: files compared on a throwaway server, views included, nothing left behind", "[live][devurl]") {
    test_support::TempDir dir, tmp;
    const std::string v1 = dir.write("v1.sql", R"SQL(
CREATE TABLE t (id int PRIMARY KEY, price numeric CHECK (price > 0));
CREATE VIEW cheap AS SELECT id FROM t WHERE price < 10;
)SQL");
    // The same state as the server would print it: no difference.
    const std::string same = dir.write("same.sql", R"SQL(
CREATE TABLE public.t (id integer NOT NULL, price numeric, CONSTRAINT t_price_check CHECK ((price > (0)::numeric)));
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE VIEW public.cheap AS
 SELECT t.id
   FROM public.t
  WHERE (t.price < (10)::numeric);
)SQL");
    const std::string v2 = dir.write("v2.sql", R"SQL(
CREATE TABLE t (id int PRIMARY KEY, price numeric CHECK (price > 0));
CREATE VIEW cheap AS SELECT id FROM t WHERE price < 20;
)SQL");
    const auto none = test_support::run_strata({"plan", "--from", v1, "--to", same, "--dev-url", "tmp", "--exit-code"}, in_tmpdir(tmp));
    INFO(none.out << none.err);
    CHECK(none.exit_code == 0);
    CHECK(none.out == "-- no changes\n");
    const auto changed = test_support::run_strata({"plan", "--from", v1, "--to", v2, "--dev-url", "tmp", "--verify"}, in_tmpdir(tmp));
    INFO(changed.out << changed.err);
    CHECK(changed.exit_code == 0);
    CHECK(changed.out.find("WHERE (t.price < (20)::numeric)") != std::string::npos);
    CHECK(changed.err.find("--verify: applied whole") != std::string::npos);
    CHECK(entries(tmp.path()) == 0);  // the server's directory is gone
}

TEST_CASE("plan --dev-url tmp: a desired file the server refuses is reported at its file and line", "[live][devurl]") {
    test_support::TempDir dir, tmp;
    const std::string bad = dir.write("bad.sql", "CREATE TABLE ok (id int);\n\nCREATE TABLE t (\n  a int,\n  CHECK (b > 0)\n);\n");
    const auto r = test_support::run_strata({"plan", "--from", "empty", "--to", bad, "--dev-url", "tmp"}, in_tmpdir(tmp));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err == bad + ":3:8: error: --dev-url: table public.t cannot be created: column \"b\" does not exist\n");
    CHECK(entries(tmp.path()) == 0);
}
