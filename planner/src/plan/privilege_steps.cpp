// GRANT and REVOKE: each object of `to` goes from the privileges it holds once the other steps
// have run to those `to` gives it. An object kept holds what it holds in `from` (less what its
// dropped columns held); one the plan creates, or drops and creates, holds what a new object
// gets under `from`'s default privileges (the plan changes those after every other step:
// default_privilege_steps.cpp).
#include "../diff/privileges.hpp"
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

// "UPDATE (\"Name\")" → "\"Name\""; "" for a table-level privilege.
std::string column_of(const std::string& item) {
    const auto open = item.find(" (");
    return open == std::string::npos ? "" : item.substr(open + 2, item.size() - open - 3);
}

// What a kept object holds before the GRANTs: its ACL in `from`, less the privileges on columns
// the plan drops (a column dropped and added again starts with none).
facts::Acl held_after_steps(const Builder& b, const std::string& identity, const facts::ObjectAcl& old) {
    facts::Acl acl = old.acl;
    if (old.kind != "relation") return acl;
    for (auto it = acl.begin(); it != acl.end();) {
        std::erase_if(it->second, [&](const auto& item) {
            const std::string column = column_of(item.first);
            return !column.empty() && b.drops.count(keys::key("column", identity + "." + column));
        });
        it = it->second.empty() ? acl.erase(it) : std::next(it);
    }
    return acl;
}

}  // namespace

std::vector<Step> privilege_steps(const Builder& b) {
    // Neither side states a privilege: every object holds PostgreSQL's defaults on both.
    if (!facts::states_privileges(b.from) && !facts::states_privileges(b.to)) return {};
    const auto before = facts::object_acls(b.from, b.to);
    const auto after = facts::object_acls(b.to, b.from);
    const auto defaults = facts::default_acls(b.from);
    std::vector<Step> steps;
    for (const auto& [identity, wanted] : after) {
        const auto old = before.find(identity);
        const bool kept = !b.creates.count(wanted.key) && old != before.end() && old->second.key == wanted.key;
        const facts::Acl held = kept ? held_after_steps(b, identity, old->second)
                                     : facts::acl_on_creation(defaults, wanted.kind, identity, wanted.schema);
        if (held == wanted.acl) continue;
        for (auto& statement : render::acl_statements(wanted.target, held, wanted.acl)) {
            Step s = b.step(wanted.key, std::move(statement.sql), statement.revoke ? "revoke" : "grant");
            if (statement.revoke)
                s.hazards.push_back(statement.grantee + " loses " + statement.privileges + ": its statements that need them fail");
            steps.push_back(std::move(s));
        }
    }
    return steps;
}

}  // namespace planner::plan_parts
