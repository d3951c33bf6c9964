#pragma once
// What each object's privileges are once a catalog's GRANTs and REVOKEs have run
// (facts_privileges.cpp): the diff compares them, the plan turns the difference into GRANT and
// REVOKE (plan/privilege_steps.cpp).
#include <map>
#include <optional>
#include <string>

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

// Whether `catalog` states any privilege (a GRANT, a REVOKE, default privileges). Without, every
// object holds PostgreSQL's defaults.
bool states_privileges(const engine::Catalog& catalog);

}  // namespace planner::facts
