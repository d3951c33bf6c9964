#include <catch2/catch.hpp>

#include "engine/config.hpp"

using engine::Error;
using engine::parse_config;

namespace {

engine::EnvLookup env_of(std::map<std::string, std::string> vars) {
    return [vars](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}

std::string error_of(const std::string& yaml) {
    try {
        parse_config(yaml, "strata.yaml");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("config: the DESIGN §6 example parses with every field", "[config]") {
    const std::string yaml = R"(schema: schema/
url: ${DATABASE_URL}
dev_url: tmp
schemas: [public, billing]
exclude: ["river_*", "public.schema_migrations"]
diff:
  online: true
  allow_destructive: false
  skip: [drop_schema]
lint:
  rules:
    require-concurrent-index: error
    prefer-text-over-varchar: off
environments:
  prod: { url: "${PROD_DATABASE_URL}", diff: { online: true } }
)";
    const auto config = parse_config(yaml, "strata.yaml");
    const auto s = config.resolve(std::nullopt, env_of({{"DATABASE_URL", "postgres://db/app"}}));
    CHECK(s.schema->value == "schema/");
    CHECK(s.url->value == "postgres://db/app");
    CHECK(s.url->where.line == 2);
    CHECK(s.dev_url->value == "tmp");
    REQUIRE(s.schemas->size() == 2);
    CHECK((*s.schemas)[1].value == "billing");
    REQUIRE(s.exclude->size() == 2);
    CHECK((*s.exclude)[0].value == "river_*");
    CHECK(s.diff.online->value == true);
    CHECK(s.diff.allow_destructive->value == false);
    CHECK((*s.diff.skip)[0].value == "drop_schema");
    CHECK(s.lint_rules.at("require-concurrent-index").value == engine::LintSeverity::error);
    CHECK(s.lint_rules.at("prefer-text-over-varchar").value == engine::LintSeverity::off);
    CHECK(config.environments.count("prod") == 1);
}

TEST_CASE("config: an environment overlays the top level and expands only its own variables", "[config]") {
    const std::string yaml =
        "url: ${DATABASE_URL}\n"
        "schema: db/\n"
        "environments:\n"
        "  prod:\n"
        "    url: ${PROD_DATABASE_URL}\n"
        "    diff: { allow_destructive: true }\n";
    const auto config = parse_config(yaml, "strata.yaml");
    // DATABASE_URL is unset but prod replaces url, so only PROD_DATABASE_URL is needed.
    const auto prod = config.resolve(std::string("prod"), env_of({{"PROD_DATABASE_URL", "postgres://prod/app"}}));
    CHECK(prod.url->value == "postgres://prod/app");
    CHECK(prod.schema->value == "db/");
    CHECK(prod.diff.allow_destructive->value == true);
}

TEST_CASE("config: an unset variable names the key, the file and the line", "[config]") {
    const auto config = parse_config("schema: x.sql\nurl: postgres://${DB_HOST}/app\n", "strata.yaml");
    try {
        config.resolve(std::nullopt, env_of({}));
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "strata.yaml:2:6: error: url: environment variable DB_HOST is not set");
    }
}

TEST_CASE("config: an unknown environment lists the known ones", "[config]") {
    const auto config = parse_config("environments:\n  prod: {url: x}\n  staging: {url: y}\n", "strata.yaml");
    CHECK_THROWS_WITH(config.resolve(std::string("qa"), env_of({})),
                      "strata.yaml:2:3: error: no environment 'qa' (known: prod, staging)");
}

TEST_CASE("config: malformed files give file:line:col", "[config]") {
    SECTION("unknown top-level key") {
        CHECK(error_of("schema: a.sql\nurls: x\n") ==
              "strata.yaml:2:1: error: unknown key 'urls' (known keys: dev_url, diff, environments, exclude, lint, "
              "schema, schemas, url)");
    }
    SECTION("unknown nested key") {
        CHECK(error_of("diff:\n  online: true\n  alow_destructive: true\n") ==
              "strata.yaml:3:3: error: unknown key 'diff.alow_destructive' (known keys: allow_destructive, online, "
              "skip)");
    }
    SECTION("unknown key inside an environment") {
        CHECK(error_of("environments:\n  prod:\n    ur: x\n").rfind(
                  "strata.yaml:3:5: error: unknown key 'environments.prod.ur'", 0) == 0);
    }
    SECTION("bad indentation") {
        const std::string e = error_of("schema: a.sql\ndiff:\n  online: true\n   allow_destructive: false\n");
        CHECK(e.rfind("strata.yaml:4:", 0) == 0);
        CHECK(e.find("invalid YAML") != std::string::npos);
    }
    SECTION("wrong type: boolean") {
        CHECK(error_of("diff:\n  online: maybe\n") ==
              "strata.yaml:2:11: error: diff.online: expected true or false, got 'maybe'");
    }
    SECTION("wrong type: list") {
        CHECK(error_of("schemas: public\n") == "strata.yaml:1:10: error: schemas: expected a list of strings, got 'public'");
    }
    SECTION("wrong type: string") {
        CHECK(error_of("url: [a, b]\n") == "strata.yaml:1:6: error: url: expected a string, got a list");
    }
    SECTION("wrong type: lint severity") {
        CHECK(error_of("lint:\n  rules:\n    x: loud\n") ==
              "strata.yaml:3:8: error: lint.rules.x: expected error, warning or off, got 'loud'");
    }
    SECTION("the document itself is not a mapping") {
        CHECK(error_of("- a\n- b\n") == "strata.yaml:1:1: error: strata.yaml: expected a mapping of keys to values, got a list");
    }
}

TEST_CASE("config: an empty file is an empty config", "[config]") {
    const auto config = parse_config("", "strata.yaml");
    const auto s = config.resolve(std::nullopt, env_of({}));
    CHECK_FALSE(s.url.has_value());
    CHECK(s.lint_rules.empty());
}

TEST_CASE("config: ${VAR} expansion", "[config]") {
    const engine::SourceLocation at{"strata.yaml", 1, 1};
    const auto env = env_of({{"A", "1"}, {"EMPTY", ""}});
    CHECK(engine::expand_variables("x${A}y${A}", at, "k", env) == "x1y1");
    CHECK(engine::expand_variables("${EMPTY}", at, "k", env) == "");
    CHECK(engine::expand_variables("cost $5", at, "k", env) == "cost $5");
    CHECK_THROWS_WITH(engine::expand_variables("${A", at, "k", env), "strata.yaml:1:1: error: k: unterminated ${ in '${A'");
    CHECK_THROWS_WITH(engine::expand_variables("${B}", at, "k", env),
                      "strata.yaml:1:1: error: k: environment variable B is not set");
}
