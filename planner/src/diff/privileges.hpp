#pragma once
// What each object's privileges are once a catalog's GRANTs and REVOKEs have run
// (facts_privileges.cpp): the diff compares them, the plan turns the difference into GRANT and
// REVOKE (plan/privilege_steps.cpp).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"

namespace planner::facts {

using Privileges = std::map<std::string, bool>;  // "SELECT", "UPDATE (\"Name\")" → with grant option
using Acl = std::map<std::string, Privileges>;   // grantee (PUBLIC for everyone) → privileges

// An object privileges can be granted on, and what it holds.
struct ObjectAcl {
    std::string kind;    // as GrantTarget::kind: relation, sequence, function, schema, type
    std::string key;     // the planner's key (object_key.hpp): table:public.t, domain:public.d, …
    std::string target;  // what GRANT … ON names: TABLE public.t, FUNCTION public.f(integer), …
    engine::SourceLocation where;  // the last GRANT or REVOKE on it, or the object itself
    std::optional<std::string> owner;
    std::string schema;  // unquoted; empty for schemas
    Acl acl;             // the owner's own privileges left out
};

// Every object of `catalog` privileges can be granted on, by the identity GRANTs resolve to
// (public.t, public.f(integer), s). Owners `catalog` leaves unstated are taken from `other`.
std::map<std::string, ObjectAcl> object_acls(const engine::Catalog& catalog, const engine::Catalog& other);

// What PostgreSQL gives an object of `kind` when it is created: EXECUTE on routines and USAGE on
// types to PUBLIC, USAGE on the public schema to PUBLIC, nothing else.
Acl default_acl(const std::string& kind, const std::string& identity);

// REVOKE of one privilege ("SELECT", "UPDATE (\"Name\")"): a table-level one takes the column
// privileges of its name too.
void revoke_privilege(Privileges& held, const std::string& item);

// "PUBLIC" for public in any case; other role names as they are.
std::string grantee_of(const std::string& name);
// One GRANT or REVOKE (of a privilege, ALL, or a column's privilege) applied to `acl`.
void apply_grant(const engine::Grant& grant, const engine::GrantTarget& target, Acl& acl);
// "reader: SELECT; PUBLIC: EXECUTE WITH GRANT OPTION", or "none".
std::string acl_text(const Acl& acl);

// ---- default privileges (facts_default_privileges.cpp) ----

// One ALTER DEFAULT PRIVILEGES statement.
struct DefaultPrivilege {
    engine::SourceLocation where;
    std::vector<std::string> roles;    // FOR ROLE …, unquoted; empty: the role that runs it
    std::vector<std::string> schemas;  // IN SCHEMA …, unquoted; empty: every schema
    std::string kind;                  // as GrantTarget::kind: relation, sequence, function, type, schema
    std::string objects;               // what ON names: TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS
    std::vector<engine::Grant> grants;  // one per privilege and grantee, targets unused
};

// Every ALTER DEFAULT PRIVILEGES of `catalog` that could be read, in statement order.
std::vector<DefaultPrivilege> default_privileges(const engine::Catalog& catalog);

// What one role's new objects of one kind start with, in one schema or in all (pg_default_acl's
// rows), once `catalog`'s ALTER DEFAULT PRIVILEGES have run.
struct DefaultAcl {
    std::string role;     // unquoted; empty: the role that runs the script or the plan
    std::string schema;   // unquoted; empty: every schema
    std::string kind;     // as DefaultPrivilege::kind
    std::string objects;  // as DefaultPrivilege::objects
    Acl start;            // with no ALTER DEFAULT PRIVILEGES: PostgreSQL's defaults, or none in a schema
    Acl acl;
    engine::SourceLocation where;     // the last statement that changed it
    std::string label() const;        // "for role app in schema s on tables"
    std::string statement() const;    // "ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA s"
};

// By label: only those whose ACL differs from its start.
std::map<std::string, DefaultAcl> default_acls(const engine::Catalog& catalog);

// What an object of `kind` in `schema` starts with when the role that runs a plan creates it
// while `defaults` (default_acls of the catalog it runs on) are in force.
Acl acl_on_creation(const std::map<std::string, DefaultAcl>& defaults, const std::string& kind,
                    const std::string& identity, const std::string& schema);

// Whether `catalog` states any privilege (a GRANT, a REVOKE, default privileges). Without, every
// object holds PostgreSQL's defaults.
bool states_privileges(const engine::Catalog& catalog);

}  // namespace planner::facts
