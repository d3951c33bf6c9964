// The model side of ALTER … RENAME (rename_catalog.hpp).
#include "rename_catalog.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <set>

namespace planner::rename_parts {

namespace {

using engine::Catalog;
using engine::Ident;
using engine::QualifiedName;

bool has_children(const engine::Table& t, const QualifiedName& parent) {
    return (t.partition_of && t.partition_of->parent == parent) ||
           std::find(t.inherits.begin(), t.inherits.end(), parent) != t.inherits.end();
}

void rename_refs(engine::ExprNode& node, const Ident& old_name, const Ident& new_name) {
    if (node.kind == engine::ExprKind::column_ref && node.value != "*" && !node.names.empty() &&
        node.names.back() == old_name.str())
        node.names.back() = new_name.str();
    for (auto& c : node.children) rename_refs(c, old_name, new_name);
}

// Column references to `old_name`, alone or qualified, in the tree and in the token stream.
void rename_in(engine::Expression& e, const Ident& old_name, const Ident& new_name) {
    if (e.ast) {
        auto copy = std::make_shared<engine::ExprNode>(*e.ast);
        rename_refs(*copy, old_name, new_name);
        e.ast = std::move(copy);
    }
    for (auto& t : e.tokens)
        if ((t.kind == engine::TokenKind::identifier || t.kind == engine::TokenKind::quoted_identifier ||
             t.kind == engine::TokenKind::keyword_or_name) &&
            t.text == old_name.str())
            t.text = new_name.str();
}

void rename_in(std::optional<engine::Expression>& e, const Ident& old_name, const Ident& new_name) {
    if (e) rename_in(*e, old_name, new_name);
}

void rename_idents(std::vector<Ident>& names, const Ident& old_name, const Ident& new_name) {
    std::replace(names.begin(), names.end(), old_name, new_name);
}

// nextval('old_seq'): string literals that name the sequence, qualified or not.
void rename_literals(engine::ExprNode& node, const std::set<std::string>& old_names, const std::string& new_name) {
    if (node.kind == engine::ExprKind::string_literal && old_names.count(node.value)) node.value = new_name;
    for (auto& c : node.children) rename_literals(c, old_names, new_name);
}

// Recorded dependencies name objects as pg_identify_object prints them.
void rename_dependencies(Catalog& catalog, const std::function<void(engine::ObjectRef&)>& rename) {
    std::set<engine::Dependency> renamed;
    for (auto d : catalog.dependencies) {
        rename(d.dependent);
        rename(d.referenced);
        renamed.insert(std::move(d));
    }
    catalog.dependencies = std::move(renamed);
}

// Keys of table-scoped objects (triggers, policies) move with their table.
template <typename Map>
void rekey_table(Map& map, const QualifiedName& old_name, const QualifiedName& new_name) {
    std::vector<typename Map::node_type> moved;
    for (auto it = map.begin(); it != map.end();) {
        auto next = std::next(it);
        if (it->first.table == old_name) moved.push_back(map.extract(it));
        it = next;
    }
    for (auto& node : moved) {
        node.key().table = new_name;
        node.mapped().table = new_name;
        map.insert(std::move(node));
    }
}

// A schema-qualified object (index, sequence) under its new name, in the same schema; null when
// there is none by the old name.
template <typename Map>
const typename Map::mapped_type* rekey(Map& map, const QualifiedName& old_name, const Ident& new_name) {
    auto node = map.extract(old_name);
    if (node.empty()) return nullptr;
    const QualifiedName renamed{old_name.schema, new_name};
    node.key() = renamed;
    node.mapped().name = renamed;
    return &map.insert(std::move(node)).position->second;
}

}  // namespace

void rename_table(Catalog& catalog, const QualifiedName& old_name, const QualifiedName& new_name) {
    auto node = catalog.tables.extract(old_name);
    if (node.empty()) return;
    node.key() = new_name;
    node.mapped().name = new_name;
    catalog.tables.insert(std::move(node));
    for (auto& [name, t] : catalog.tables) {
        if (t.partition_of && t.partition_of->parent == old_name) t.partition_of->parent = new_name;
        std::replace(t.inherits.begin(), t.inherits.end(), old_name, new_name);
        for (auto& c : t.constraints)
            if (c.kind == engine::ConstraintKind::foreign_key && c.references.table == old_name) c.references.table = new_name;
    }
    for (auto& [name, index] : catalog.indexes)
        if (index.table == old_name) index.table = new_name;
    rekey_table(catalog.triggers, old_name, new_name);
    rekey_table(catalog.policies, old_name, new_name);
    for (auto& [name, s] : catalog.sequences)
        if (s.owned_by && s.owned_by->table == old_name) s.owned_by->table = new_name;
    const std::string old_text = old_name.quoted();
    const std::string new_text = new_name.quoted();
    for (auto& g : catalog.grants) {
        if (g.object == old_text) g.object = new_text;
        for (auto& target : g.targets)
            if (target.identity == old_text) target.identity = new_text;
    }
    rename_dependencies(catalog, [&](engine::ObjectRef& ref) {
        const std::string& id = ref.identity;
        if (id == old_text) ref.identity = new_text;
        else if (id.rfind(old_text + ".", 0) == 0) ref.identity = new_text + id.substr(old_text.size());
        else if (id.size() > old_text.size() + 4 && id.compare(id.size() - old_text.size() - 4, std::string::npos, " on " + old_text) == 0)
            ref.identity = id.substr(0, id.size() - old_text.size()) + new_text;
    });
}

void rename_column(Catalog& catalog, const QualifiedName& table_name, const Ident& old_name, const Ident& new_name) {
    auto it = catalog.tables.find(table_name);
    if (it == catalog.tables.end()) return;
    engine::Table& table = it->second;
    engine::Column* column = table.find_column(old_name);
    if (!column) return;
    column->name = new_name;
    for (auto& c : table.constraints) {
        rename_idents(c.columns, old_name, new_name);
        rename_idents(c.include, old_name, new_name);
        if (c.kind == engine::ConstraintKind::check) rename_in(c.check, old_name, new_name);
        for (auto& e : c.exclusion_elements) rename_in(e.element, old_name, new_name);
        rename_in(c.exclusion_where, old_name, new_name);
    }
    if (table.partition_by) rename_in(table.partition_by, old_name, new_name);
    for (auto& [name, t] : catalog.tables)
        for (auto& c : t.constraints)
            if (c.kind == engine::ConstraintKind::foreign_key && c.references.table == table_name) {
                rename_idents(c.references.columns, old_name, new_name);
            }
    for (auto& [name, index] : catalog.indexes) {
        if (index.table != table_name) continue;
        for (auto& e : index.elements) {
            if (e.column && *e.column == old_name) e.column = new_name;
            if (e.expression) rename_in(*e.expression, old_name, new_name);
        }
        rename_idents(index.include, old_name, new_name);
        rename_in(index.predicate, old_name, new_name);
    }
    for (auto& [key, trigger] : catalog.triggers)
        if (key.table == table_name) {
            rename_idents(trigger.update_columns, old_name, new_name);
            rename_in(trigger.when, old_name, new_name);
        }
    for (auto& [key, policy] : catalog.policies)
        if (key.table == table_name) {
            rename_in(policy.using_expr, old_name, new_name);
            rename_in(policy.check_expr, old_name, new_name);
        }
    for (auto& [name, s] : catalog.sequences)
        if (s.owned_by && s.owned_by->table == table_name && s.owned_by->column == old_name) s.owned_by->column = new_name;
    const std::string table_text = table_name.quoted();
    for (auto& g : catalog.grants)
        if (g.object == table_text) rename_idents(g.columns, old_name, new_name);
    const std::string old_text = table_text + "." + old_name.quoted();
    const std::string new_text = table_text + "." + new_name.quoted();
    rename_dependencies(catalog, [&](engine::ObjectRef& ref) {
        if (ref.identity == old_text) ref.identity = new_text;
    });
    std::vector<QualifiedName> children;
    for (const auto& [name, t] : catalog.tables)
        if (has_children(t, table_name) && t.find_column(old_name)) children.push_back(name);
    for (const auto& child : children) rename_column(catalog, child, old_name, new_name);
}

void rename_constraint(Catalog& catalog, const QualifiedName& table_name, const Ident& old_name, const Ident& new_name) {
    auto it = catalog.tables.find(table_name);
    if (it == catalog.tables.end()) return;
    engine::Constraint* constraint = it->second.find_constraint(old_name);
    if (!constraint) return;
    constraint->name = new_name;
    const bool check = constraint->kind == engine::ConstraintKind::check;
    // A key's index has the constraint's name.
    if (it->second.cluster_on == old_name) it->second.cluster_on = new_name;
    if (it->second.replica_identity_index == old_name) it->second.replica_identity_index = new_name;
    const std::string suffix = " on " + table_name.quoted();
    rename_dependencies(catalog, [&](engine::ObjectRef& ref) {
        if (ref.identity == old_name.quoted() + suffix) ref.identity = new_name.quoted() + suffix;
        else if (!check && ref.identity == QualifiedName{table_name.schema, old_name}.quoted())
            ref.identity = QualifiedName{table_name.schema, new_name}.quoted();
    });
    if (!check) return;
    std::vector<QualifiedName> children;
    for (const auto& [name, t] : catalog.tables)
        if (has_children(t, table_name)) children.push_back(name);
    for (const auto& child : children) {
        engine::Constraint* inherited = catalog.tables.at(child).find_constraint(old_name);
        if (inherited && inherited->kind == engine::ConstraintKind::check)
            rename_constraint(catalog, child, old_name, new_name);
    }
}

void rename_index(Catalog& catalog, const QualifiedName& old_name, const Ident& new_name) {
    const engine::Index* moved = rekey(catalog.indexes, old_name, new_name);
    if (!moved) return;
    const QualifiedName renamed = moved->name;
    const QualifiedName table = moved->table;
    for (auto& [name, index] : catalog.indexes)
        if (index.attached_to == old_name) index.attached_to = renamed;
    for (auto& [name, t] : catalog.tables)
        for (auto& c : t.constraints)
            if (c.index_attached_to == old_name) c.index_attached_to = renamed;
    auto owner = catalog.tables.find(table);
    if (owner != catalog.tables.end()) {
        if (owner->second.cluster_on == old_name.name) owner->second.cluster_on = new_name;
        if (owner->second.replica_identity_index == old_name.name) owner->second.replica_identity_index = new_name;
    }
    rename_dependencies(catalog, [&](engine::ObjectRef& ref) {
        if (ref.identity == old_name.quoted()) ref.identity = renamed.quoted();
    });
}

void rename_sequence(Catalog& catalog, const QualifiedName& old_name, const Ident& new_name) {
    if (!rekey(catalog.sequences, old_name, new_name)) return;
    const QualifiedName renamed{old_name.schema, new_name};
    const std::set<std::string> old_names{old_name.name.str(), old_name.name.quoted(), old_name.quoted()};
    for (auto& [name, t] : catalog.tables)
        for (auto& c : t.columns)
            if (c.default_value && c.default_value->ast) {
                auto copy = std::make_shared<engine::ExprNode>(*c.default_value->ast);
                rename_literals(*copy, old_names, renamed.quoted());
                c.default_value->ast = std::move(copy);
            }
    for (auto& g : catalog.grants) {
        if (g.object == old_name.quoted()) g.object = renamed.quoted();
        for (auto& target : g.targets)
            if (target.identity == old_name.quoted()) target.identity = renamed.quoted();
    }
    rename_dependencies(catalog, [&](engine::ObjectRef& ref) {
        if (ref.identity == old_name.quoted()) ref.identity = renamed.quoted();
    });
}

void rename_label(Catalog& catalog, const QualifiedName& type, const std::string& old_label, const std::string& new_label) {
    auto it = catalog.enums.find(type);
    if (it == catalog.enums.end()) return;
    std::replace(it->second.labels.begin(), it->second.labels.end(), old_label, new_label);
}

}  // namespace planner::rename_parts
