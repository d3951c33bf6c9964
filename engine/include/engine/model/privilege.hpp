#pragma once
// GRANT / REVOKE on tables, columns, sequences, functions, schemas, types; default privileges.
#include <string>
#include <vector>

#include "engine/model/object_base.hpp"

namespace engine {

struct Grant {
    std::string object_kind;         // TABLE, SEQUENCE, FUNCTION, SCHEMA, TYPE, …
    std::string object;              // quoted object identity, e.g. public.users or public.f(integer)
    std::vector<Ident> columns;      // column privileges
    std::string privilege;           // SELECT, INSERT, …, ALL
    std::string grantee;             // role name or PUBLIC
    bool with_grant_option = false;
    bool revoke = false;             // REVOKE … (kept in order: pg_dump emits REVOKE then GRANT)
    SourceLocation where;
    bool operator==(const Grant& o) const {
        return object_kind == o.object_kind && object == o.object && columns == o.columns &&
               privilege == o.privilege && grantee == o.grantee && with_grant_option == o.with_grant_option &&
               revoke == o.revoke;
    }
};

}  // namespace engine
