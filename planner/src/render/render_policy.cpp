// Row-level security: the table switches first, then the policies.
#include "render_parts.hpp"

namespace planner::render {

void render_row_security(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, table] : catalog.tables) {
        const std::size_t first = out.size();
        if (table.rls_enabled) out.push_back("ALTER TABLE " + name.quoted() + " ENABLE ROW LEVEL SECURITY");
        if (table.rls_forced) out.push_back("ALTER TABLE " + name.quoted() + " FORCE ROW LEVEL SECURITY");
        tag_from(out, first, keys::table(table));
    }
}

void render_policies(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [key, policy] : catalog.policies) {
        std::string sql = "CREATE POLICY " + policy.name.quoted() + " ON " + policy.table.quoted();
        if (!policy.permissive) sql += " AS RESTRICTIVE";
        if (policy.command != "all") sql += " FOR " + upper(policy.command);
        if (!policy.roles.empty()) {
            std::string roles;
            for (const auto& role : policy.roles) roles += (roles.empty() ? "" : ", ") + role_sql(role);
            sql += " TO " + roles;
        }
        if (policy.using_expr) sql += " USING (" + expr_sql(*policy.using_expr) + ")";
        if (policy.check_expr) sql += " WITH CHECK (" + expr_sql(*policy.check_expr) + ")";
        out.push_back({std::move(sql), policy.search_path});
        out.back().object = keys::policy(key.table, key.name);
    }
}

}  // namespace planner::render
