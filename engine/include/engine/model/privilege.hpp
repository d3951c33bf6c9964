#pragma once
// GRANT / REVOKE on tables, columns, sequences, functions, schemas, types; default privileges.
#include <string>
#include <vector>

#include "engine/model/object_base.hpp"

namespace engine {

// An object a GRANT or REVOKE names, resolved when the statement was read (ALL TABLES IN
// SCHEMA s: the relations s had then).
struct GrantTarget {
    std::string kind;      // "relation", "sequence", "function", "schema", "type"
    std::string identity;  // the object's quoted name; for functions the catalog key (name and input types)
    bool operator==(const GrantTarget&) const = default;
};

struct Grant {
    std::string object_kind;         // TABLE, SEQUENCE, FUNCTION, SCHEMA, TYPE, …
    std::string object;              // quoted object identity, e.g. public.users or public.f(integer)
    std::vector<Ident> columns;      // column privileges
    std::string privilege;           // SELECT, INSERT, …, ALL
    std::string grantee;             // role name or PUBLIC
    bool with_grant_option = false;
    bool revoke = false;             // REVOKE … (kept in order: pg_dump emits REVOKE then GRANT)
    SourceLocation where;
    // What the object text named (REVOKE GRANT OPTION FOR uses with_grant_option too); empty
    // when it named nothing the model has.
    std::vector<GrantTarget> targets;
    bool operator==(const Grant& o) const {
        return object_kind == o.object_kind && object == o.object && columns == o.columns &&
               privilege == o.privilege && grantee == o.grantee && with_grant_option == o.with_grant_option &&
               revoke == o.revoke && targets == o.targets;
    }
};

}  // namespace engine
