#include <catch2/catch.hpp>

#include "engine/identifier.hpp"

using engine::quote_ident;

TEST_CASE("quote_ident quotes exactly where PostgreSQL does", "[identifier]") {
    CHECK(quote_ident("users") == "users");
    CHECK(quote_ident("_x1") == "_x1");
    CHECK(quote_ident("Users") == "\"Users\"");
    CHECK(quote_ident("1abc") == "\"1abc\"");
    CHECK(quote_ident("a b") == "\"a b\"");
    CHECK(quote_ident("a$b") == "\"a$b\"");
    CHECK(quote_ident("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(quote_ident("") == "\"\"");
    CHECK(quote_ident("\"; DROP TABLE x; --") == "\"\"\"; DROP TABLE x; --\"");
    CHECK(quote_ident("café") == "\"café\"");
    // reserved, column-name and type/function-name keywords are quoted; unreserved are not
    CHECK(quote_ident("select") == "\"select\"");
    CHECK(quote_ident("user") == "\"user\"");
    CHECK(quote_ident("between") == "\"between\"");
    CHECK(quote_ident("left") == "\"left\"");
    CHECK(quote_ident("name") == "name");
    CHECK(quote_ident("data") == "data");
    CHECK(quote_ident("comment") == "comment");
}

TEST_CASE("keyword categories come from PostgreSQL 15", "[identifier]") {
    using engine::KeywordCategory;
    CHECK(engine::keyword_category("select") == KeywordCategory::reserved);
    CHECK(engine::keyword_category("integer") == KeywordCategory::column_name);
    CHECK(engine::keyword_category("join") == KeywordCategory::type_func_name);
    CHECK(engine::keyword_category("abort") == KeywordCategory::unreserved);
    CHECK(engine::keyword_category("merge") == KeywordCategory::unreserved);  // new in 15
    CHECK_FALSE(engine::keyword_category("users").has_value());
}

TEST_CASE("quote_literal and fold_identifier", "[identifier]") {
    CHECK(engine::quote_literal("it's") == "'it''s'");
    CHECK(engine::quote_literal("a\\b") == "E'a\\\\b'");
    CHECK(engine::fold_identifier("MyTable") == "mytable");
    CHECK(engine::fold_identifier("ÄB") == "Äb");  // PostgreSQL folds ASCII only for multibyte encodings
    engine::QualifiedName q{engine::Ident("Billing"), engine::Ident("order")};
    CHECK(q.quoted() == "\"Billing\".\"order\"");
}
