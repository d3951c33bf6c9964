#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "engine/model/expression_canonical.hpp"
#include "parser/expression.hpp"

namespace {

std::string canonical(const std::string& text) { return engine::to_sexpr(engine::canonicalize(parser::parse_expression(text))); }

}  // namespace

// Left: how pg_get_expr() prints an expression (PostgreSQL 15). Right: how people write it.
TEST_CASE("canonicalize: the catalog's spelling meets the written one", "[expression][canonical]") {
    const std::vector<std::pair<std::string, std::string>> same{
        {"(price > (0)::numeric)", "price > 0"},
        {"((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))", "status IN ('a','b')"},
        {"(kind <> ALL (ARRAY['x'::text, 'y'::text]))", "kind NOT IN ('x', 'y')"},
        {"(x = 1)", "x IN (1)"},
        {"((a = b) OR (a = c))", "a IN (b, c)"},
        {"((x = ANY (ARRAY[1, 2])) OR (x = y))", "x IN (1, y, 2)"},
        {"((name)::text ~~ 'a%'::text)", "name LIKE 'a%'"},
        {"(name !~~ 'a%'::text)", "name NOT LIKE 'a%'"},
        {"(name ~~* 'a%'::text)", "name ILIKE 'a%'"},
        {"((email)::text !~~* '%@example.com'::text)", "email NOT ILIKE '%@example.com'"},
        {"(name ~~ like_escape('a!%'::text, '!'::text))", "name LIKE 'a!%' ESCAPE '!'"},
        {"(code ~ similar_to_escape('[0-9]+'::text))", "code SIMILAR TO '[0-9]+'"},
        {"((qty >= 1) AND (qty <= 10))", "qty BETWEEN 1 AND 10"},
        {"((qty < 1) OR (qty > 10))", "qty NOT BETWEEN 1 AND 10"},
        {"(a <> 'x'::text)", "a != 'x'"},
        {"'-1'::integer", "-1"},
        {"'x'::character varying", "'x'"},
        {"'{}'::text[]", "'{}'"},
        {"nextval('users_id_seq'::regclass)", "nextval('users_id_seq')"},
        {"(a OPERATOR(pg_catalog.=) 1)", "a = 1"},
        {"pg_catalog.now()", "now()"},
        {"((a > 0) AND (b > 0) AND (c > 0))", "a > 0 AND (b > 0 AND c > 0)"},
        {"'it''s'::text", "E'it\\'s'"},
        {"lower((email)::text)", "lower(email)"},
        {"(created_at > '2020-01-01 00:00:00'::timestamp without time zone)", "created_at > timestamp '2020-01-01 00:00:00'"},
        {"((price > (0)::numeric) AND ((status)::text <> 'x'::text))", "price > 0 and status <> 'x'"},
    };
    for (const auto& [catalog, written] : same) {
        INFO(catalog << "  vs  " << written);
        CHECK(canonical(catalog) == canonical(written));
    }
}

TEST_CASE("canonicalize: exact forms", "[expression][canonical]") {
    CHECK(canonical("status IN ('a','b')") == "(any = status (array 'a' 'b'))");
    CHECK(canonical("x NOT IN (1)") == "(<> x 1)");
    CHECK(canonical("a LIKE 'x'") == "(~~ a 'x')");
    CHECK(canonical("a NOT SIMILAR TO 'x' ESCAPE '#'") == "(!~ a (call similar_to_escape 'x' '#'))");
    CHECK(canonical("a BETWEEN SYMMETRIC 1 AND 2") == "(between-symmetric a 1 2)");
    CHECK(canonical("'-1.5'::numeric") == "-1.5");
    CHECK(canonical("'abc'::integer") == "'abc'");
    CHECK(canonical("$$x$$") == "'x'");
}

TEST_CASE("canonicalize: different meanings stay different", "[expression][canonical]") {
    CHECK(canonical("price > 0") != canonical("price >= 0"));
    CHECK(canonical("a LIKE 'x'") != canonical("a ILIKE 'x'"));
    CHECK(canonical("a IN (1, 2)") != canonical("a NOT IN (1, 2)"));
    CHECK(canonical("(x)::integer") != canonical("x"));  // a cast on a column to a non-string type stays
    CHECK(canonical("a - (b - c)") != canonical("a - b - c"));
}
