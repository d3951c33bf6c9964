// Privileges: what each object ends up with after the GRANTs and REVOKEs in statement order,
// starting from what PostgreSQL gives on creation (EXECUTE on routines and USAGE on types to
// PUBLIC, USAGE on the public schema to PUBLIC, nothing else). The owner's own privileges are
// not compared, as owners are not.
#include <algorithm>
#include <set>

#include "../object_key.hpp"
#include "facts.hpp"
#include "privileges.hpp"

namespace planner::facts {

void revoke_privilege(Privileges& held, const std::string& item) {
    held.erase(item);
    // Revoking a table privilege revokes it on every column too.
    if (item.find(" (") == std::string::npos)
        std::erase_if(held, [&](const auto& kv) { return kv.first.rfind(item + " (", 0) == 0; });
}

bool states_privileges(const engine::Catalog& catalog) {
    if (!catalog.grants.empty()) return true;
    return std::any_of(catalog.raw_objects.begin(), catalog.raw_objects.end(),
                       [](const auto& kv) { return kv.first.first == "DEFAULT PRIVILEGES"; });
}

namespace {

std::vector<std::string> all_privileges(const std::string& kind, bool columns) {
    if (columns) return {"INSERT", "REFERENCES", "SELECT", "UPDATE"};
    if (kind == "relation") return {"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"};
    if (kind == "sequence") return {"SELECT", "UPDATE", "USAGE"};
    if (kind == "function") return {"EXECUTE"};
    if (kind == "schema") return {"CREATE", "USAGE"};
    return {"USAGE"};
}

// Every object privileges can be granted on, by the identity grants resolve to; ACLs empty.
std::map<std::string, ObjectAcl> grantable_objects(const engine::Catalog& catalog) {
    std::map<std::string, ObjectAcl> objects;
    auto add = [&](const std::string& identity, const char* kind, std::string key, const std::string& target_kind,
                   const engine::ObjectBase& o, const engine::Ident& schema) {
        objects[identity] = {kind, std::move(key), target_kind + " " + identity, o.where, o.owner, schema.str(), {}};
    };
    for (const auto& [name, s] : catalog.schemas) add(name.quoted(), "schema", keys::schema(name), "SCHEMA", s, {});
    objects.emplace("public", ObjectAcl{"schema", keys::schema(engine::Ident("public")), "SCHEMA public", {}, {}, {}, {}});
    for (const auto& [name, t] : catalog.tables) add(path_of(name), "relation", keys::table(t), "TABLE", t, name.schema);
    for (const auto& [name, v] : catalog.views) add(path_of(name), "relation", keys::view(v), "TABLE", v, name.schema);
    for (const auto& [name, s] : catalog.sequences)
        add(path_of(name), "sequence", keys::sequence(name), "SEQUENCE", s, name.schema);
    for (const auto& [key, f] : catalog.functions)
        add(key, "function", keys::function(key, f), f.is_procedure ? "PROCEDURE" : "FUNCTION", f, f.name.schema);
    for (const auto& [name, t] : catalog.enums) add(path_of(name), "type", keys::type(name), "TYPE", t, name.schema);
    for (const auto& [name, t] : catalog.composites) add(path_of(name), "type", keys::type(name), "TYPE", t, name.schema);
    for (const auto& [name, t] : catalog.ranges) add(path_of(name), "type", keys::type(name), "TYPE", t, name.schema);
    for (const auto& [name, t] : catalog.domains) add(path_of(name), "type", keys::domain(name), "DOMAIN", t, name.schema);
    return objects;
}

}  // namespace

std::string grantee_of(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower == "public" ? "PUBLIC" : name;
}

void apply_grant(const engine::Grant& grant, const engine::GrantTarget& target, Acl& acl) {
    std::vector<std::string> privileges = {grant.privilege};
    if (grant.privilege == "ALL") privileges = all_privileges(target.kind, !grant.columns.empty());
    std::vector<std::string> items;
    for (const auto& p : privileges) {
        if (grant.columns.empty()) items.push_back(p);
        for (const auto& c : grant.columns) items.push_back(p + " (" + c.quoted() + ")");
    }
    const std::string grantee = grantee_of(grant.grantee);
    Privileges& held = acl[grantee];
    for (const auto& item : items) {
        if (!grant.revoke) {
            held[item] = held[item] || grant.with_grant_option;
        } else if (grant.with_grant_option) {  // REVOKE GRANT OPTION FOR
            if (auto it = held.find(item); it != held.end()) it->second = false;
        } else {
            revoke_privilege(held, item);
        }
    }
    if (held.empty()) acl.erase(grantee);
}

std::string acl_text(const Acl& acl) {
    if (acl.empty()) return "none";
    std::string out;
    for (const auto& [grantee, privileges] : acl) {
        out += (out.empty() ? "" : "; ") + grantee + ":";
        bool first = true;
        for (const auto& [privilege, option] : privileges) {
            out += (first ? " " : ", ") + privilege + (option ? " WITH GRANT OPTION" : "");
            first = false;
        }
    }
    return out;
}

Acl default_acl(const std::string& kind, const std::string& identity) {
    if (kind == "function") return {{"PUBLIC", {{"EXECUTE", false}}}};
    if (kind == "type") return {{"PUBLIC", {{"USAGE", false}}}};
    if (kind == "schema" && identity == "public") return {{"PUBLIC", {{"USAGE", false}}}};
    return {};
}

std::map<std::string, ObjectAcl> object_acls(const engine::Catalog& catalog, const engine::Catalog& other) {
    std::map<std::string, ObjectAcl> objects = grantable_objects(catalog);
    // An owner this side does not state (a desired-state file usually does not) is the other
    // side's: whoever owns the object in the database.
    if (&other != &catalog)
        for (const auto& [identity, o] : grantable_objects(other)) {
            auto it = objects.find(identity);
            if (it != objects.end() && !it->second.owner) it->second.owner = o.owner;
        }

    // What an object starts with: PostgreSQL's defaults, then the default privileges in force
    // where it was created. FOR ROLE counts for an object whose owner, stated or the other side's,
    // it names: the role that loads a file is not known, and is taken to be one FOR ROLE does
    // not name (that one would leave FOR ROLE out).
    const std::vector<DefaultPrivilege> defaults = default_privileges(catalog);
    for (auto& [identity, object] : objects) {
        object.acl = default_acl(object.kind, identity);
        for (const auto& d : defaults) {
            if (d.kind != object.kind || !(d.where < object.where)) continue;
            if (!d.roles.empty() &&
                (!object.owner || std::find(d.roles.begin(), d.roles.end(), *object.owner) == d.roles.end()))
                continue;
            if (!d.schemas.empty() && std::find(d.schemas.begin(), d.schemas.end(), object.schema) == d.schemas.end()) continue;
            for (const auto& g : d.grants) apply_grant(g, engine::GrantTarget{object.kind, identity}, object.acl);
        }
    }
    for (const auto& grant : catalog.grants) {
        for (const auto& target : grant.targets) {
            auto it = objects.find(target.identity);
            if (it == objects.end()) continue;
            ObjectAcl& object = it->second;
            if (object.owner && grantee_of(grant.grantee) == grantee_of(*object.owner)) continue;
            object.where = grant.where;
            apply_grant(grant, target, object.acl);
        }
    }
    return objects;
}

void collect_privileges(const engine::Catalog& catalog, const engine::Catalog& other, FactSink& sink) {
    for (const auto& [identity, object] : object_acls(catalog, other)) {
        ObjectFacts& o = sink.object_at(13, "privileges", identity, object.where);
        o.parent_length = identity.size();
        set(o, "privileges", acl_text(object.acl));
    }
}

}  // namespace planner::facts
