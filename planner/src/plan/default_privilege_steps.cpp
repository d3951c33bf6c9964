// ALTER DEFAULT PRIVILEGES: each role's default privileges for a kind of object, in every schema
// or in one, go from `from`'s to `to`'s by GRANTs and REVOKEs (REVOKE first). They run after
// every other step: the objects the plan creates get `from`'s default privileges, which
// privilege_steps.cpp counts on.
#include "../diff/privileges.hpp"
#include "builder.hpp"

namespace planner::plan_parts {

std::vector<Step> default_privilege_steps(const Builder& b) {
    if (!facts::states_privileges(b.from) && !facts::states_privileges(b.to)) return {};
    const auto before = facts::default_acls(b.from);
    const auto after = facts::default_acls(b.to);
    std::map<std::string, std::pair<const facts::DefaultAcl*, const facts::DefaultAcl*>> rows;
    for (const auto& [label, row] : before) rows[label].first = &row;
    for (const auto& [label, row] : after) rows[label].second = &row;
    std::vector<Step> steps;
    for (const auto& [label, sides] : rows) {
        const facts::DefaultAcl& row = sides.second ? *sides.second : *sides.first;
        // A schema dropped (or dropped and made again) takes its default privileges with it.
        const bool schema_dropped = !row.schema.empty() && b.drops.count(keys::schema(engine::Ident(row.schema)));
        const facts::Acl& held = sides.first && !schema_dropped ? sides.first->acl : row.start;
        const facts::Acl& wanted = sides.second ? sides.second->acl : row.start;
        if (held == wanted) continue;
        for (auto& statement : render::acl_statements(row.objects, held, wanted)) {
            Step s = b.step(keys::key("default privileges", label), row.statement() + " " + statement.sql,
                            statement.revoke ? "revoke" : "grant");
            if (statement.revoke)
                s.hazards.push_back("new " + engine::fold_identifier(row.objects) + " no longer give " +
                                    statement.grantee + " " + statement.privileges);
            steps.push_back(std::move(s));
        }
    }
    return steps;
}

}  // namespace planner::plan_parts
