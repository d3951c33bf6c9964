#include <catch2/catch.hpp>

#include "introspect/connection.hpp"

TEST_CASE("passwords are masked in URLs and conninfo strings", "[secrets]") {
    using introspect::redact_conninfo;
    CHECK(redact_conninfo("postgres://app:s3cret@db:5432/app") == "postgres://app:***@db:5432/app");
    CHECK(redact_conninfo("postgresql://app@db/app") == "postgresql://app@db/app");
    CHECK(redact_conninfo("host=db password=s3cret user=app") == "host=db password=*** user=app");
    CHECK(redact_conninfo("host=db PASSWORD = 'a b\\' c' user=app") == "host=db PASSWORD = *** user=app");
    CHECK(redact_conninfo("postgres://db/app?password=s3cret&sslmode=require") ==
          "postgres://db/app?password=***&sslmode=require");
}
