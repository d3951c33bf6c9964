// Privileges as GRANT and REVOKE. Each object's ACL is written as its effect, from what
// PostgreSQL gives a new object to what the catalog's GRANTs, REVOKEs and the default privileges
// in force where it was created leave it (REVOKE first, as pg_dump does), so that the script gives
// every object its privileges wherever the default privileges are placed. GRANTs on what the model
// does not hold (databases, languages, …) are kept as written.
#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

std::vector<AclStatement> acl_statements(const std::string& target, facts::Acl held, const facts::Acl& wanted) {
    std::vector<AclStatement> revokes;
    std::vector<AclStatement> grants;
    for (auto& [grantee, privileges] : held) {
        const auto want = wanted.find(grantee);
        std::vector<std::string> gone;
        std::vector<std::string> option_gone;
        const facts::Privileges* keep = want == wanted.end() ? nullptr : &want->second;
        for (const auto& [item, option] : privileges) {
            if (!keep || !keep->count(item)) gone.push_back(item);
            else if (option && !keep->at(item)) option_gone.push_back(item);
        }
        const std::string role = role_sql(grantee);
        if (!gone.empty())
            revokes.push_back({"REVOKE " + joined(gone) + " ON " + target + " FROM " + role, true, grantee, joined(gone)});
        if (!option_gone.empty())
            revokes.push_back({"REVOKE GRANT OPTION FOR " + joined(option_gone) + " ON " + target + " FROM " + role, true,
                               grantee, "the grant option for " + joined(option_gone)});
        // What the REVOKEs leave: a table-level privilege takes its column privileges with it.
        for (const auto& item : gone) facts::revoke_privilege(privileges, item);
        for (const auto& item : option_gone) privileges[item] = false;
    }
    for (const auto& [grantee, privileges] : wanted) {
        const auto has = held.find(grantee);
        std::vector<std::string> plain;
        std::vector<std::string> with_option;
        for (const auto& [item, option] : privileges) {
            const bool present = has != held.end() && has->second.count(item);
            if (present && (!option || has->second.at(item))) continue;
            (option ? with_option : plain).push_back(item);
        }
        const std::string role = role_sql(grantee);
        if (!plain.empty()) grants.push_back({"GRANT " + joined(plain) + " ON " + target + " TO " + role});
        if (!with_option.empty())
            grants.push_back({"GRANT " + joined(with_option) + " ON " + target + " TO " + role + " WITH GRANT OPTION"});
    }
    revokes.insert(revokes.end(), grants.begin(), grants.end());
    return revokes;
}

void render_grants(const engine::Catalog& catalog, Statements& out) {
    if (!facts::states_privileges(catalog)) return;  // every object holds PostgreSQL's defaults
    for (const auto& [identity, object] : facts::object_acls(catalog, catalog)) {
        const facts::Acl held = facts::default_acl(object.kind, identity);
        if (held == object.acl) continue;
        for (auto& statement : acl_statements(object.target, held, object.acl)) out.push_back(std::move(statement.sql));
    }
    for (const auto& grant : catalog.grants) {
        if (!grant.targets.empty()) continue;
        // Verbatim: a privilege may carry a column list whose quoted names must keep their case.
        std::string privilege = grant.privilege;
        if (!grant.columns.empty()) privilege += " (" + ident_list(grant.columns) + ")";
        // object_kind may be a phrase such as "ALL TABLES IN SCHEMA"; object is already quoted,
        // and may already start with its kind ("SCHEMA app"), which is then not repeated.
        const std::string kind = grant.object_kind.empty() ? "" : grant.object_kind + " ";
        const bool kind_included = !kind.empty() && upper(grant.object.substr(0, kind.size())) == upper(kind);
        std::string target = grant.object.empty() ? "" : " ON " + (kind_included ? "" : kind) + grant.object;
        if (grant.revoke) {
            const std::string option = grant.with_grant_option ? "GRANT OPTION FOR " : "";
            out.push_back("REVOKE " + option + privilege + target + " FROM " + role_sql(grant.grantee));
        } else {
            const std::string option = grant.with_grant_option ? " WITH GRANT OPTION" : "";
            out.push_back("GRANT " + privilege + target + " TO " + role_sql(grant.grantee) + option);
        }
    }
}

}  // namespace planner::render
