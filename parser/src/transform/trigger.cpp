// CREATE TRIGGER and CREATE POLICY.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;

void Builder::create_trigger(const Node& n) {
    engine::Trigger t;
    stamp(t, n);
    t.name = ident_of(*child<g::name>(n));
    const auto qualified = children<g::qualified_name>(n);
    t.table = relation_name(*qualified.front());
    if (!catalog.tables.count(t.table) && !catalog.views.count(t.table)) fail(n, "relation " + t.table.quoted() + " does not exist");
    t.constraint_trigger = child<g::trigger_constraint>(n) != nullptr;
    t.timing = child<g::timing_before>(n) ? "BEFORE" : child<g::timing_after>(n) ? "AFTER" : "INSTEAD OF";
    for (const auto& c : n.children) {
        if (c->is_type<g::event_insert>()) t.events.push_back("INSERT");
        else if (c->is_type<g::event_delete>()) t.events.push_back("DELETE");
        else if (c->is_type<g::event_truncate>()) t.events.push_back("TRUNCATE");
        else if (c->is_type<g::event_update>()) {
            t.events.push_back("UPDATE");
            for (const auto* col : children<g::name>(*c)) t.update_columns.push_back(ident_of(*col));
        } else if (c->is_type<g::deferrable>()) t.deferrable = true;
        else if (c->is_type<g::initially_deferred>()) t.initially_deferred = true;
        else if (c->is_type<g::referencing_old>()) t.old_table = ident_of(*child<g::name>(*c));
        else if (c->is_type<g::referencing_new>()) t.new_table = ident_of(*child<g::name>(*c));
        else if (c->is_type<g::trigger_argument>()) {
            const Node* s = child<g::string_value>(*c);
            t.function_args.push_back(s ? string_value_of(text_of(*s)) : std::string(text_of(*c)));
        }
    }
    // INSERT, DELETE, UPDATE, TRUNCATE: the order pg_get_triggerdef prints.
    static const std::vector<std::string> order{"INSERT", "DELETE", "UPDATE", "TRUNCATE"};
    std::sort(t.events.begin(), t.events.end(), [&](const auto& a, const auto& b) {
        return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
    });
    if (const Node* from = child<g::trigger_from>(n)) t.from_table = relation_name(*child<g::qualified_name>(*from));
    t.for_each_row = child<g::for_each_row>(n) != nullptr;
    if (const Node* w = child<g::trigger_when>(n)) t.when = expression_of(*find<g::paren_expr_text>(*w));
    const auto fn_parts = name_parts(*qualified.back());
    t.function = lookup(fn_parts, [&](const engine::QualifiedName& q) { return catalog.has_function_named(q); });
    // An unqualified name that no schema of search_path has is a built-in trigger function
    // (tsvector_update_trigger, suppress_redundant_updates_trigger).
    if (fn_parts.size() == 1 && !catalog.has_function_named(t.function)) t.function.schema = engine::Ident("pg_catalog");
    engine::TableScopedName key{t.table, t.name};
    if (catalog.triggers.count(key) && text_of(n).empty()) fail(n, "trigger already exists");
    catalog.triggers[key] = std::move(t);
}

void Builder::create_policy(const Node& n) {
    engine::Policy p;
    stamp(p, n);
    p.name = ident_of(*child<g::name>(n));
    p.table = relation_name(*child<g::qualified_name>(n));
    existing_table(p.table, n);
    p.permissive = child<g::policy_restrictive>(n) == nullptr;
    if (const Node* c = child<g::policy_command>(n)) {
        std::string t(text_of(*c));
        std::string word = t.substr(t.find_last_of(" \t\n") + 1);
        p.command = engine::fold_identifier(word);
    }
    if (const Node* r = child<g::policy_roles>(n))
        for (const auto* role : children<g::role_name>(*r)) p.roles.push_back(ident_of(*role).str());  // "evil""role" names the role evil"role
    if (const Node* u = child<g::policy_using>(n)) p.using_expr = expression_of(*find<g::paren_expr_text>(*u));
    if (const Node* c = child<g::policy_check>(n)) p.check_expr = expression_of(*find<g::paren_expr_text>(*c));
    engine::TableScopedName key{p.table, p.name};
    if (catalog.policies.count(key)) fail(n, "policy " + p.name.quoted() + " for table " + p.table.quoted() + " already exists");
    catalog.policies[key] = std::move(p);
}

}  // namespace parser
