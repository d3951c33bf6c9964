#include <catch2/catch.hpp>

#include "command_line.hpp"
#include "run_settings.hpp"

namespace {

app::Arguments parse_ok(const char* command, std::vector<std::string> args) {
    auto result = app::parse_arguments(*app::find_command(command), args);
    REQUIRE(std::holds_alternative<app::Arguments>(result));
    return std::get<app::Arguments>(result);
}

std::string parse_error(const char* command, std::vector<std::string> args) {
    auto result = app::parse_arguments(*app::find_command(command), args);
    REQUIRE(std::holds_alternative<app::UsageError>(result));
    return std::get<app::UsageError>(result).message;
}

}  // namespace

TEST_CASE("command line: flags with separate and inline values", "[cli]") {
    auto a = parse_ok("plan", {"--from", "a.sql", "--to=b.sql", "--allow-destructive", "--format", "json"});
    CHECK(a.value("--from") == "a.sql");
    CHECK(a.value("--to") == "b.sql");
    CHECK(a.has("--allow-destructive"));
    CHECK_FALSE(a.has("--online"));
    CHECK(a.value("--format") == "json");
}

TEST_CASE("command line: errors name the command and the flag", "[cli]") {
    CHECK(parse_error("plan", {"--frm", "x"}) == "strata plan: unknown flag '--frm'");
    CHECK(parse_error("plan", {"--from"}) == "strata plan: --from needs a value (SRC)");
    CHECK(parse_error("plan", {"--online=yes"}) == "strata plan: --online takes no value");
    CHECK(parse_error("drift", {"--format", "sql"}) == "strata drift: --format must be one of text, json, github, not 'sql'");
    CHECK(parse_error("plan", {"stray"}) == "strata plan: unexpected argument 'stray'");
}

TEST_CASE("command line: positionals, - and help", "[cli]") {
    auto a = parse_ok("lint", {"a.sql", "-", "--format", "sarif"});
    CHECK(a.positionals == std::vector<std::string>{"a.sql", "-"});
    CHECK(parse_ok("inspect", {"-h"}).help);
}

TEST_CASE("command line: flags override strata.yaml", "[cli][config]") {
    auto a = parse_ok("plan", {"--config", STRATA_TEST_DATA "/config/basic.yaml", "--to", "other.sql", "--online"});
    auto s = app::resolve_settings(a, [](const std::string& name) -> std::optional<std::string> {
        if (name == "DATABASE_URL") return "postgres://localhost/app";
        return std::nullopt;
    });
    CHECK(s.to == "other.sql");          // flag beats `schema:`
    CHECK(s.url == "postgres://localhost/app");
    CHECK(s.online);                     // flag turns it on although the file says false
    CHECK(s.exclude == std::vector<std::string>{"river_*"});
}

TEST_CASE("the bundled strata.yaml files are valid", "[config]") {
    const std::string path = STRATA_SOURCE_DIR "/schema-examples/recally/strata.yaml";
    const auto config = engine::load_config_file(path);
    const auto s = config.resolve(std::nullopt, [](const std::string&) { return std::optional<std::string>(); });
    REQUIRE(s.exclude.has_value());
    CHECK((*s.exclude)[0].value == "river_*");
}
