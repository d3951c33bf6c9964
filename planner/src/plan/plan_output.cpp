// A plan as a psql script or as JSON. In the script each step follows a comment that names its
// object, hazards, lock and whether it runs in a transaction; a destructive step without
// --allow-destructive is printed commented out, marked BLOCKED.
#include <fmt/format.h>

#include "../render/render_parts.hpp"
#include "engine/json_writer.hpp"
#include "planner/plan.hpp"

namespace planner {

namespace {

std::string describe(const Step& s) {
    std::string text = s.action + " " + s.object_kind + " " + s.object;
    for (const auto& h : s.hazards) text += "; " + h;
    if (!s.lock.empty()) text += "; takes " + s.lock.substr(0, s.lock.find(" on ")) + " lock" + s.lock.substr(s.lock.find(" on "));
    return text;
}

std::string terminated(const std::string& sql) {
    return sql + (render::ends_in_line_comment(sql) ? "\n;" : ";");
}

std::string commented_out(const std::string& sql) {
    std::string out = "-- ";
    for (char c : terminated(sql)) {
        out += c;
        if (c == '\n') out += "-- ";
    }
    return out;
}

}  // namespace

std::string search_path_sql(const std::vector<engine::Ident>& path) {
    return path.empty() ? "RESET search_path" : "SET search_path = " + render::ident_list(path);
}

std::vector<std::string> blocked_steps(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& g : plan.groups)
        for (const auto& s : g.steps)
            if (s.destructive) out.push_back(describe(s));
    return out;
}

std::string plan_sql(const Plan& plan, bool allow_destructive) {
    if (plan.empty()) return "-- no changes\n";
    std::string out = fmt::format("-- strata plan: {} step{} in {} group{}\n", plan.step_count(),
                                  plan.step_count() == 1 ? "" : "s", plan.groups.size(), plan.groups.size() == 1 ? "" : "s");
    if (!plan.lock_split.empty()) out += "-- " + plan.lock_split + "\n";
    for (const auto& note : plan.notes) out += "-- note: " + note + "\n";
    // Bodies are not validated while created: they may call what a later step creates.
    out += "SET check_function_bodies = false;\n";
    std::size_t number = 0;
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const auto& group = plan.groups[g];
        out += fmt::format("\n-- group {} of {}{}\n", g + 1, plan.groups.size(),
                           group.transactional ? "" : ": cannot run inside a transaction");
        if (group.transactional) out += "BEGIN;\n";
        std::vector<engine::Ident> path;
        for (const auto& s : group.steps) {
            ++number;
            const bool blocked = s.destructive && !allow_destructive;
            out += fmt::format("\n-- step {}: {}{}\n", number, blocked ? "BLOCKED (destructive; needs --allow-destructive): " : "",
                               describe(s));
            if (s.search_path != path) {
                path = s.search_path;
                out += search_path_sql(path) + ";\n";
            }
            out += (blocked ? commented_out(s.sql) : terminated(s.sql)) + "\n";
        }
        if (!path.empty()) out += "RESET search_path;\n";
        if (group.transactional) out += "\nCOMMIT;\n";
    }
    return out;
}

std::string plan_json(const Plan& plan, bool allow_destructive) {
    engine::JsonWriter w;
    w.begin_object().key("groups").begin_array();
    std::size_t blocked = 0;
    for (const auto& group : plan.groups) {
        w.begin_object().key("transactional").value(group.transactional).key("steps").begin_array();
        for (const auto& s : group.steps) {
            const bool is_blocked = s.destructive && !allow_destructive;
            blocked += is_blocked ? 1 : 0;
            w.begin_object();
            w.key("object_kind").value(s.object_kind).key("object").value(s.object).key("change").value(s.action);
            w.key("sql").value(terminated(s.sql));
            if (!s.search_path.empty()) {
                w.key("search_path").begin_array();
                for (const auto& name : s.search_path) w.value(name.str());
                w.end_array();
            }
            w.key("hazards").begin_array();
            for (const auto& h : s.hazards) w.value(h);
            w.end_array();
            w.key("lock").value(s.lock).key("transactional").value(s.transactional);
            if (s.own_group) w.key("own_group").value(true);
            w.key("destructive").value(s.destructive).key("blocked").value(is_blocked);
            w.end_object();
        }
        w.end_array().end_object();
    }
    w.end_array();
    w.key("notes").begin_array();
    for (const auto& n : plan.notes) w.value(n);
    w.end_array();
    if (!plan.lock_split.empty()) w.key("lock_split").value(plan.lock_split);
    w.key("blocked").value(blocked);
    if (plan.from_state) {
        w.key("from").begin_object().key("database").value(plan.from_database);
        w.key("fingerprint").value(plan.from_state->digest).key("objects").begin_object();
        for (const auto& [name, digest] : plan.from_state->objects) w.key(name).value(digest);
        w.end_object().end_object();
    }
    w.end_object();
    return std::move(w).take() + "\n";
}

}  // namespace planner
