// GRANT and REVOKE in statement order: pg_dump revokes defaults before granting.
#include "render_parts.hpp"

namespace planner::render {

void render_grants(const engine::Catalog& catalog, Statements& out) {
    for (const auto& grant : catalog.grants) {
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
