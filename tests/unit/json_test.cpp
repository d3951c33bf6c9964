#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

#include "engine/json.hpp"
#include "engine/json_writer.hpp"

using engine::Catalog;
using engine::Ident;
using engine::JsonWriter;
using engine::QualifiedName;
using engine::TypeName;
using engine::catalog_to_json;
using engine::json_quote;

namespace {

QualifiedName qn(const char* schema, const char* name) { return {Ident(schema), Ident(name)}; }
TypeName type(const char* name, std::vector<std::string> modifiers = {}) { return {Ident(), name, std::move(modifiers)}; }
engine::Expression expr(const char* text) { return {text, {}}; }

// The whole document for a catalog whose only non-empty section is `key`; `elements` is that
// array's content as it appears in the output (elements indented by 4).
std::string document_with(const std::string& key, const std::string& elements) {
    static const char* const keys[] = {"schemas", "extensions", "enums",    "composites", "ranges",
                                       "domains", "sequences",  "tables",   "indexes",    "views",
                                       "functions", "triggers", "policies", "raw_objects", "grants",
                                       "dependencies"};
    std::string out = "{\n";
    bool first = true;
    for (const char* k : keys) {
        out += first ? "" : ",\n";
        first = false;
        out += std::string("  \"") + k + "\": ";
        out += k == key ? "[\n" + elements + "\n  ]" : "[]";
    }
    return out + "\n}\n";
}

}  // namespace

TEST_CASE("json writer: nesting, empty containers and separators", "[json]") {
    JsonWriter w;
    w.begin_object();
    w.key("a").value(1);
    w.key("b").begin_array().value("x").value(true).null().begin_object().end_object().end_array();
    w.key("c").begin_array().end_array();
    w.key("d").begin_object().key("e").value(false).end_object();
    w.end_object();
    CHECK(w.complete());
    CHECK(w.str() ==
          "{\n"
          "  \"a\": 1,\n"
          "  \"b\": [\n"
          "    \"x\",\n"
          "    true,\n"
          "    null,\n"
          "    {}\n"
          "  ],\n"
          "  \"c\": [],\n"
          "  \"d\": {\n"
          "    \"e\": false\n"
          "  }\n"
          "}");

    JsonWriter compact{0};
    compact.begin_object().key("a").begin_array().value(1).value(2).end_array().key("b").value("c").end_object();
    CHECK(compact.str() == R"({"a":[1,2],"b":"c"})");
}

TEST_CASE("json writer: numbers", "[json]") {
    JsonWriter w{0};
    w.begin_array();
    w.value(std::numeric_limits<std::int64_t>::min()).value(std::numeric_limits<std::int64_t>::max());
    w.value(std::uint64_t{18446744073709551615u}).value(0.1).value(100.0).value(1e20).value(-2.5);
    w.value(std::nan("")).value(std::numeric_limits<double>::infinity());
    w.end_array();
    CHECK(w.str() == "[-9223372036854775808,9223372036854775807,18446744073709551615,0.1,100,1e+20,-2.5,null,null]");
}

TEST_CASE("json writer: misuse is a logic error", "[json]") {
    CHECK_THROWS_AS(JsonWriter().begin_object().value(1), std::logic_error);          // value without key
    CHECK_THROWS_AS(JsonWriter().begin_array().key("k"), std::logic_error);           // key in an array
    CHECK_THROWS_AS(JsonWriter().begin_object().key("a").key("b"), std::logic_error);  // two keys
    CHECK_THROWS_AS(JsonWriter().begin_object().key("a").end_object(), std::logic_error);
    CHECK_THROWS_AS(JsonWriter().begin_array().end_object(), std::logic_error);
    CHECK_THROWS_AS(JsonWriter().value(1).value(2), std::logic_error);  // two top-level values
    JsonWriter open;
    open.begin_array();
    CHECK_FALSE(open.complete());
}

TEST_CASE("json escaping: quotes, backslashes, control characters, UTF-8", "[json]") {
    CHECK(json_quote("") == R"("")");
    CHECK(json_quote(R"(say "hi")") == R"("say \"hi\"")");
    CHECK(json_quote(R"(C:\path\n)") == R"("C:\\path\\n")");
    CHECK(json_quote("a\nb\tc\rd\be\ff") == R"("a\nb\tc\rd\be\ff")");
    CHECK(json_quote(std::string("\x01\x1f\x00", 3)) == R"("\u0001\u001f\u0000")");
    CHECK(json_quote("\x7f/<>") == "\"\x7f/<>\"");  // DEL and / need no escape
    // Valid UTF-8 (2, 3 and 4 bytes) passes through unchanged.
    CHECK(json_quote("café €uro 🐘") == "\"café €uro 🐘\"");
    // Bytes that are not valid UTF-8 become U+FFFD one by one, so the output stays valid JSON:
    // Latin-1 é, a truncated sequence, an overlong '/', a UTF-16 surrogate, a stray continuation.
    CHECK(json_quote("caf\xe9") == R"("caf\ufffd")");
    CHECK(json_quote("x\xe2\x82") == R"("x\ufffd\ufffd")");
    CHECK(json_quote("\xc0\xaf") == R"("\ufffd\ufffd")");
    CHECK(json_quote("\xed\xa0\x80") == R"("\ufffd\ufffd\ufffd")");
    CHECK(json_quote("\x80z") == R"("\ufffdz")");
    CHECK(json_quote("\xf4\x90\x80\x80") == R"("\ufffd\ufffd\ufffd\ufffd")");  // above U+10FFFF
}

TEST_CASE("catalog json: the empty catalog has every section", "[json]") {
    CHECK(catalog_to_json(Catalog{}) ==
          "{\n"
          "  \"schemas\": [],\n"
          "  \"extensions\": [],\n"
          "  \"enums\": [],\n"
          "  \"composites\": [],\n"
          "  \"ranges\": [],\n"
          "  \"domains\": [],\n"
          "  \"sequences\": [],\n"
          "  \"tables\": [],\n"
          "  \"indexes\": [],\n"
          "  \"views\": [],\n"
          "  \"functions\": [],\n"
          "  \"triggers\": [],\n"
          "  \"policies\": [],\n"
          "  \"raw_objects\": [],\n"
          "  \"grants\": [],\n"
          "  \"dependencies\": []\n"
          "}\n");
}

TEST_CASE("catalog json: a table with columns and constraints", "[json]") {
    engine::Table t;
    t.name = qn("public", "users");
    t.where = {"schema/users.sql", 3, 1};  // the column is dropped: the contract is file:line
    t.comment = "people";

    engine::Column id;
    id.name = Ident("id");
    id.type = type("bigint");
    id.not_null = true;
    id.identity = engine::IdentityKind::by_default;
    id.identity_options.start = 1000;
    t.columns.push_back(id);

    engine::Column email;
    email.name = Ident("Email");
    email.type = type("character varying", {"255"});
    email.collation = qn("pg_catalog", "C");
    email.default_value = expr("''::character varying");
    t.columns.push_back(email);

    engine::Column org;
    org.name = Ident("org_id");
    org.type = type("integer");
    t.columns.push_back(org);

    engine::Constraint pk;
    pk.name = Ident("users_pkey");
    pk.kind = engine::ConstraintKind::primary_key;
    pk.columns = {Ident("id")};
    pk.name_was_implicit = true;
    t.constraints.push_back(pk);

    engine::Constraint check;
    check.name = Ident("email_not_blank");
    check.kind = engine::ConstraintKind::check;
    check.check = expr("\"Email\" <> ''");
    check.where = {"schema/users.sql", 7, 5};
    t.constraints.push_back(check);

    engine::Constraint fk;
    fk.name = Ident("users_org_id_fkey");
    fk.kind = engine::ConstraintKind::foreign_key;
    fk.columns = {Ident("org_id")};
    fk.references.table = qn("public", "Orgs");
    fk.references.columns = {Ident("id")};
    fk.references.on_delete = engine::ReferentialAction::cascade;
    fk.deferrable = true;
    fk.not_valid = true;
    t.constraints.push_back(fk);

    Catalog catalog;
    catalog.tables[t.name] = t;
    CHECK(catalog_to_json(catalog) == document_with("tables", R"json(    {
      "schema": "public",
      "name": "users",
      "columns": [
        {
          "name": "id",
          "type": "bigint",
          "not_null": true,
          "identity": "by_default",
          "identity_options": {
            "start": 1000,
            "cycle": false
          }
        },
        {
          "name": "Email",
          "type": "character varying(255)",
          "collation": "pg_catalog.\"C\"",
          "not_null": false,
          "default_value": "''::character varying"
        },
        {
          "name": "org_id",
          "type": "integer",
          "not_null": false
        }
      ],
      "constraints": [
        {
          "name": "users_pkey",
          "kind": "primary_key",
          "columns": [
            "id"
          ],
          "deferrable": false,
          "initially_deferred": false,
          "not_valid": false,
          "name_was_implicit": true
        },
        {
          "name": "email_not_blank",
          "kind": "check",
          "check": "\"Email\" <> ''",
          "no_inherit": false,
          "deferrable": false,
          "initially_deferred": false,
          "not_valid": false,
          "name_was_implicit": false,
          "source": "schema/users.sql:7"
        },
        {
          "name": "users_org_id_fkey",
          "kind": "foreign_key",
          "columns": [
            "org_id"
          ],
          "references": {
            "table": "public.\"Orgs\"",
            "columns": [
              "id"
            ],
            "match": "simple",
            "on_delete": "cascade",
            "on_update": "no_action"
          },
          "deferrable": true,
          "initially_deferred": false,
          "not_valid": true,
          "name_was_implicit": false
        }
      ],
      "unlogged": false,
      "rls_enabled": false,
      "rls_forced": false,
      "replica_identity": "default",
      "comment": "people",
      "source": "schema/users.sql:3"
    })json"));
}

TEST_CASE("catalog json: an index with expressions, ordering and a predicate", "[json]") {
    engine::Index index;
    index.name = qn("app", "orders_lower_email_idx");
    index.table = qn("app", "orders");
    index.unique = true;
    index.predicate = expr("deleted_at IS NULL");
    index.where = {"orders.sql", 12, 0};

    engine::IndexElement lower_email;
    lower_email.expression = expr("lower(email)");
    lower_email.opclass = qn("", "text_pattern_ops");
    index.elements.push_back(lower_email);

    engine::IndexElement created;
    created.column = Ident("created_at");
    created.order = engine::SortOrder::desc;
    created.nulls = engine::NullsOrder::last;
    index.elements.push_back(created);

    index.include = {Ident("total")};
    index.with = {{"fillfactor", "70"}, {"deduplicate_items", "off"}};

    Catalog catalog;
    catalog.indexes[index.name] = index;
    CHECK(catalog_to_json(catalog) == document_with("indexes", R"json(    {
      "schema": "app",
      "name": "orders_lower_email_idx",
      "table": "app.orders",
      "unique": true,
      "nulls_not_distinct": false,
      "only": false,
      "method": "btree",
      "elements": [
        {
          "expression": "lower(email)",
          "opclass": "text_pattern_ops"
        },
        {
          "column": "created_at",
          "order": "desc",
          "nulls": "last"
        }
      ],
      "include": [
        "total"
      ],
      "with": {
        "deduplicate_items": "off",
        "fillfactor": "70"
      },
      "predicate": "deleted_at IS NULL",
      "name_was_implicit": false,
      "source": "orders.sql:12"
    })json"));
}

TEST_CASE("catalog json: a function with arguments, defaults and settings", "[json]") {
    engine::Function f;
    f.name = qn("billing", "add_tax");
    f.args.push_back({engine::ArgMode::in, Ident("amount"), type("numeric", {"10", "2"}), std::nullopt});
    f.args.push_back({engine::ArgMode::in, Ident("rate"), type("numeric"), expr("0.2")});
    f.args.push_back({engine::ArgMode::out, Ident(), type("text"), std::nullopt});
    f.returns = type("numeric");
    f.language = "plpgsql";
    f.body = "\nBEGIN\n\tRETURN amount * (1 + rate);\nEND;\n";
    f.volatility = "immutable";
    f.strict = true;
    f.parallel = "safe";
    f.cost = 0.5;
    f.set_config = {{"search_path", "billing, pg_temp"}};
    f.owner = "app_owner";
    f.where = {"functions.sql", 40, 1};

    Catalog catalog;
    catalog.functions["billing.add_tax(numeric,numeric)"] = f;
    CHECK(catalog_to_json(catalog) == document_with("functions", R"json(    {
      "schema": "billing",
      "name": "add_tax",
      "signature": "billing.add_tax(numeric, numeric)",
      "is_procedure": false,
      "args": [
        {
          "mode": "in",
          "name": "amount",
          "type": "numeric(10,2)"
        },
        {
          "mode": "in",
          "name": "rate",
          "type": "numeric",
          "default_value": "0.2"
        },
        {
          "mode": "out",
          "type": "text"
        }
      ],
      "returns": "numeric",
      "returns_set": false,
      "language": "plpgsql",
      "body": "\nBEGIN\n\tRETURN amount * (1 + rate);\nEND;\n",
      "sql_standard_body": false,
      "volatility": "immutable",
      "strict": true,
      "security_definer": false,
      "leakproof": false,
      "parallel": "safe",
      "cost": 0.5,
      "set_config": [
        {
          "name": "search_path",
          "value": "billing, pg_temp"
        }
      ],
      "owner": "app_owner",
      "source": "functions.sql:40"
    })json"));
}

TEST_CASE("catalog json: awkward names and text are escaped, never mangled", "[json]") {
    Catalog catalog;
    engine::Schema schema;
    schema.name = Ident("we\"ird\\schema");
    schema.comment = "line one\nline \"two\"\t\x01 ünïcødé";
    schema.where = {"dir/with \"quote\".sql", 2, 0};
    catalog.schemas[schema.name] = schema;

    engine::EnumType mood;
    mood.name = qn("we\"ird\\schema", "Mood");
    mood.labels = {"happy", "it's \"ok\"", "sad\\"};
    catalog.enums[mood.name] = mood;

    CHECK(catalog_to_json(catalog) ==
          "{\n"
          "  \"schemas\": [\n"
          "    {\n"
          "      \"name\": \"we\\\"ird\\\\schema\",\n"
          "      \"comment\": \"line one\\nline \\\"two\\\"\\t\\u0001 ünïcødé\",\n"
          "      \"source\": \"dir/with \\\"quote\\\".sql:2\"\n"
          "    }\n"
          "  ],\n"
          "  \"extensions\": [],\n"
          "  \"enums\": [\n"
          "    {\n"
          "      \"schema\": \"we\\\"ird\\\\schema\",\n"
          "      \"name\": \"Mood\",\n"
          "      \"labels\": [\n"
          "        \"happy\",\n"
          "        \"it's \\\"ok\\\"\",\n"
          "        \"sad\\\\\"\n"
          "      ]\n"
          "    }\n"
          "  ],\n"
          "  \"composites\": [],\n"
          "  \"ranges\": [],\n"
          "  \"domains\": [],\n"
          "  \"sequences\": [],\n"
          "  \"tables\": [],\n"
          "  \"indexes\": [],\n"
          "  \"views\": [],\n"
          "  \"functions\": [],\n"
          "  \"triggers\": [],\n"
          "  \"policies\": [],\n"
          "  \"raw_objects\": [],\n"
          "  \"grants\": [],\n"
          "  \"dependencies\": []\n"
          "}\n");

    // A reference to the same names is their quoted SQL spelling, then JSON-escaped.
    engine::Policy policy;
    policy.table = qn("we\"ird\\schema", "Mood");
    policy.name = Ident("p");
    Catalog with_policy;
    with_policy.policies[{policy.table, policy.name}] = policy;
    CHECK(catalog_to_json(with_policy) == document_with("policies", R"json(    {
      "table": "\"we\"\"ird\\schema\".\"Mood\"",
      "name": "p",
      "permissive": true,
      "command": "all",
      "roles": []
    })json"));
}

namespace {

// The same content, inserted in the given order.
Catalog catalog_in_order(bool reversed) {
    Catalog catalog;
    std::vector<const char*> names = {"a", "b", "c", "z"};
    if (reversed) std::reverse(names.begin(), names.end());
    for (const char* name : names) {
        engine::Table t;
        t.name = qn("public", name);
        t.storage_params = {{reversed ? "fillfactor" : "autovacuum_enabled", "x"},
                            {reversed ? "autovacuum_enabled" : "fillfactor", "x"}};
        catalog.tables[t.name] = t;
        engine::Schema s;
        s.name = Ident(name);
        catalog.schemas[s.name] = s;
    }
    catalog.creation_order.assign(names.begin(), names.end());  // parse order: not in the output
    return catalog;
}

}  // namespace

TEST_CASE("catalog json: deterministic bytes, independent of insertion order", "[json]") {
    const std::string forward = catalog_to_json(catalog_in_order(false));
    CHECK(forward == catalog_to_json(catalog_in_order(false)));
    CHECK(forward == catalog_to_json(catalog_in_order(true)));
    CHECK(forward.find("\"name\": \"a\"") < forward.find("\"name\": \"z\""));

    // Grants are the one sequence: they keep statement order (pg_dump emits REVOKE then GRANT).
    Catalog catalog;
    engine::Grant revoke{"TABLE", "public.t", {}, "ALL", "PUBLIC", false, true, {}};
    engine::Grant grant{"TABLE", "public.t", {Ident("id")}, "SELECT", "reader", true, false, {"grants.sql", 9, 0}};
    catalog.grants = {revoke, grant};
    CHECK(catalog_to_json(catalog) == document_with("grants", R"json(    {
      "object_kind": "TABLE",
      "object": "public.t",
      "privilege": "ALL",
      "grantee": "PUBLIC",
      "with_grant_option": false,
      "revoke": true
    },
    {
      "object_kind": "TABLE",
      "object": "public.t",
      "columns": [
        "id"
      ],
      "privilege": "SELECT",
      "grantee": "reader",
      "with_grant_option": true,
      "revoke": false,
      "source": "grants.sql:9"
    })json"));
}

TEST_CASE("catalog json: dependency edges, dependent and referenced named as the server names them", "[json]") {
    Catalog catalog;
    catalog.dependencies.insert({{"view", "public.v"}, {"table column", "public.t.id"}, "view query"});
    CHECK(catalog_to_json(catalog) == document_with("dependencies", R"json(    {
      "dependent": {
        "kind": "view",
        "identity": "public.v"
      },
      "referenced": {
        "kind": "table column",
        "identity": "public.t.id"
      },
      "reason": "view query"
    })json"));
}
