// Row level security policies, by table and name; roles compared as a set.
#include <algorithm>

#include "facts.hpp"

namespace planner::facts {

void collect_policies(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [key, p] : catalog.policies) {
        ObjectFacts& o = sink.object(11, "policy", path_of(key.table) + "." + key.name.quoted(), p.where);
        set(o, "type", p.permissive ? "PERMISSIVE" : "RESTRICTIVE");
        set(o, "command", p.command);
        std::vector<std::string> roles = p.roles;
        for (auto& r : roles)
            if (r == "PUBLIC" || r == "\"public\"") r = "public";
        std::sort(roles.begin(), roles.end());
        if (roles == std::vector<std::string>{"public"}) roles.clear();
        std::string list;
        for (const auto& r : roles) list += (list.empty() ? "" : ", ") + r;
        set(o, "roles", list.empty() ? "public" : list);
        set_expression(o, "using", p.using_expr);
        set_expression(o, "with check", p.check_expr);
        set_comment(o, p);
    }
}

}  // namespace planner::facts
