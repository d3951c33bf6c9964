// ALTER TABLE actions, applied to the table in the model.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;

// PostgreSQL lets ALTER TABLE … OWNER TO name a sequence, view or index (pg_dump prints it for
// sequences). Returns false when `name` is no such relation.
bool Builder::alter_other_relation_owner(const engine::QualifiedName& name, const Node& n) {
    engine::ObjectBase* target = nullptr;
    if (auto s = catalog.sequences.find(name); s != catalog.sequences.end()) target = &s->second;
    else if (auto v = catalog.views.find(name); v != catalog.views.end()) target = &v->second;
    else if (auto i = catalog.indexes.find(name); i != catalog.indexes.end()) target = &i->second;
    if (!target) return false;
    for (const auto& a : n.children) {
        if (a->is_type<g::qualified_name>() || a->is_type<g::only_marker>()) continue;
        if (!a->is_type<g::at_owner_to>())
            fail(*a, "ALTER TABLE on " + name.quoted() + " (not a table) supports only OWNER TO");
        target->owner = ident_of(*child<g::role_name>(*a)).str();
    }
    return true;
}

// ENABLE [ALWAYS | REPLICA] / DISABLE TRIGGER name | ALL | USER.
void Builder::toggle_triggers(const engine::Table& table, const Node& act) {
    std::string words;
    for (char ch : text_of(act)) words += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const std::string state = words.rfind("disable", 0) == 0            ? "D"
                              : words.find("always") != std::string::npos  ? "A"
                              : words.find("replica") != std::string::npos ? "R"
                                                                           : "O";
    if (const Node* one = child<g::name>(act)) {
        auto it = catalog.triggers.find(engine::TableScopedName{table.name, ident_of(*one)});
        if (it == catalog.triggers.end())
            fail(act, "trigger " + ident_of(*one).quoted() + " for table " + table.name.quoted() + " does not exist");
        it->second.enabled = state;
        return;
    }
    // ALL also covers the internal constraint triggers, which the model does not hold.
    for (auto& [key, trigger] : catalog.triggers)
        if (key.table == table.name) trigger.enabled = state;
}

void Builder::alter_table(const Node& n) {
    const engine::QualifiedName name = relation_name(*child<g::qualified_name>(n));
    auto it = catalog.tables.find(name);
    if (it == catalog.tables.end() && alter_other_relation_owner(name, n)) return;
    if (it == catalog.tables.end()) {
        if (child<g::if_exists>(n)) return;
        fail(n, "relation " + name.quoted() + " does not exist");
    }
    engine::Table& table = it->second;
    for (const auto& a : n.children) {
        const Node& act = *a;
        if (act.is_type<g::at_add_column>()) {
            const Node& def = *child<g::column_def>(act);
            if (child<g::if_not_exists>(act) && table.find_column(ident_of(*child<g::name>(def)))) continue;
            add_column(table, def);
        } else if (act.is_type<g::at_add_constraint>()) {
            add_table_constraint(table, *child<g::table_constraint>(act));
            if (table.partition_by && !child<g::only_marker>(n)) {
                const engine::Constraint key = table.constraints.back();
                for (const auto& partition : partitions_of(table.name))
                    key_partition(table, key, catalog.tables.at(partition), true);
            }
        } else if (act.is_type<g::at_add_constraint_using_index>()) {
            engine::Constraint c;
            c.name = ident_of(*child<g::name>(act));
            c.kind = child<g::using_index_primary_key>(act) ? engine::ConstraintKind::primary_key
                                                            : engine::ConstraintKind::unique;
            const auto names = children<g::name>(act);
            const engine::QualifiedName index{table.name.schema, ident_of(*names.back())};
            auto idx = catalog.indexes.find(index);
            if (idx == catalog.indexes.end()) fail(act, "index " + index.quoted() + " does not exist");
            for (const auto& e : idx->second.elements)
                if (e.column) c.columns.push_back(*e.column);
            c.include = idx->second.include;
            c.nulls_not_distinct = idx->second.nulls_not_distinct;
            apply_constraint_attributes(c, act);
            c.index_attached_to = idx->second.attached_to;  // a partition's index stays attached
            catalog.indexes.erase(idx);
            finish_constraint(table, std::move(c), act);
        } else if (act.is_type<g::at_alter_column>()) {
            const Ident col_name = ident_of(*child<g::name>(act));
            engine::Column* col = table.find_column(col_name);
            if (!col) fail(act, "column " + col_name.quoted() + " of relation " + table.name.quoted() + " does not exist");
            const Node& what = *act.children.back();
            if (what.is_type<g::ac_set_default>()) col->default_value = expression_of(*child<g::set_default_expr>(what));
            else if (what.is_type<g::ac_drop_default>()) col->default_value.reset();
            else if (what.is_type<g::ac_set_not_null>()) col->not_null = true;
            else if (what.is_type<g::ac_drop_not_null>()) col->not_null = false;
            else if (what.is_type<g::ac_add_identity>()) {
                const Node& spec = *child<g::identity_spec>(what);
                col->identity = child<g::identity_always>(spec) ? engine::IdentityKind::always : engine::IdentityKind::by_default;
                col->identity_options = sequence_options(spec, nullptr);
                col->not_null = true;
            } else if (what.is_type<g::ac_drop_identity>()) col->identity = engine::IdentityKind::none;
            else if (what.is_type<g::ac_set_statistics>()) col->statistics = statistics_target(*child<g::signed_number>(what));
            else if (what.is_type<g::ac_set_storage>()) col->storage = ident_of(*child<g::name>(what)).str();
            else if (what.is_type<g::ac_set_compression>()) col->compression = ident_of(*child<g::name>(what)).str();
            else if (what.is_type<g::ac_set_options>()) read_options(col->options, *child<g::option_list>(what));
            else if (what.is_type<g::ac_reset_options>()) read_options(col->options, *child<g::option_list>(what), "", true);
            else if (what.is_type<g::ac_type>()) {
                col->type = type_of(*child<g::type_name>(what));
                if (const Node* c = child<g::col_collate>(what)) col->collation = collation_name(*child<g::qualified_name>(*c));
            } else if (what.is_type<g::ac_sequence_options>()) {
                const auto opts = sequence_options(what, nullptr);
                if (opts.increment) col->identity_options.increment = opts.increment;
                if (opts.start) col->identity_options.start = opts.start;
                if (opts.cache) col->identity_options.cache = opts.cache;
                if (opts.min_value) col->identity_options.min_value = opts.min_value;
                if (opts.max_value) col->identity_options.max_value = opts.max_value;
            }
        } else if (act.is_type<g::at_drop_column>()) {
            const Ident col_name = ident_of(*child<g::name>(act));
            auto& cols = table.columns;
            auto pos = std::find_if(cols.begin(), cols.end(), [&](const auto& c) { return c.name == col_name; });
            if (pos == cols.end()) {
                if (child<g::if_exists>(act)) continue;
                fail(act, "column " + col_name.quoted() + " of relation " + table.name.quoted() + " does not exist");
            }
            cols.erase(pos);
        } else if (act.is_type<g::at_drop_constraint>()) {
            const Ident c_name = ident_of(*child<g::name>(act));
            auto& cs = table.constraints;
            auto pos = std::find_if(cs.begin(), cs.end(), [&](const auto& c) { return c.name == c_name; });
            if (pos == cs.end()) {
                if (child<g::if_exists>(act)) continue;
                fail(act, "constraint " + c_name.quoted() + " of relation " + table.name.quoted() + " does not exist");
            }
            forget_constraint(table.name.schema, c_name);
            forget_constraint_index({table.name.schema, c_name});
            cs.erase(pos);
            drop_attached({table.name.schema, c_name});
        } else if (act.is_type<g::at_validate_constraint>()) {
            if (engine::Constraint* c = table.find_constraint(ident_of(*child<g::name>(act)))) c->not_valid = false;
        } else if (act.is_type<g::at_row_level_security>()) {
            if (child<g::rls_enable>(act)) table.rls_enabled = true;
            else if (child<g::rls_disable>(act)) table.rls_enabled = false;
            else if (child<g::rls_force>(act)) table.rls_forced = true;
            else table.rls_forced = false;
        } else if (act.is_type<g::at_attach_partition>()) {
            const engine::QualifiedName child_name = relation_name(*child<g::qualified_name>(act));
            engine::Table& part = existing_table(child_name, act);
            part.partition_of = engine::PartitionOf{table.name, make_partition_bound(text_of(*child<g::partition_bound>(act)))};
            take_parent_indexes(part, true);
        } else if (act.is_type<g::at_detach_partition>()) {
            const engine::QualifiedName child_name = relation_name(*child<g::qualified_name>(act));
            engine::Table& part = existing_table(child_name, act);
            part.partition_of.reset();
            // Its indexes and keys stay, detached.
            auto on_parent = [&](const engine::QualifiedName& parent_index) {
                if (const auto i = catalog.indexes.find(parent_index); i != catalog.indexes.end())
                    return i->second.table == table.name;
                const auto t = table_of_constraint_index(parent_index);
                return t && *t == table.name;
            };
            for (auto& [index_name, index] : catalog.indexes)
                if (index.table == child_name && index.attached_to && on_parent(*index.attached_to))
                    index.attached_to.reset();
            for (auto& c : part.constraints)
                if (c.index_attached_to && on_parent(*c.index_attached_to)) c.index_attached_to.reset();
        } else if (act.is_type<g::at_replica_identity>()) {
            if (child<g::replica_full>(act)) table.replica_identity = engine::ReplicaIdentity::full;
            else if (child<g::replica_nothing>(act)) table.replica_identity = engine::ReplicaIdentity::nothing;
            else if (const Node* idx = child<g::replica_index>(act)) {
                table.replica_identity = engine::ReplicaIdentity::index;
                table.replica_identity_index = ident_of(*child<g::name>(*idx));
            } else table.replica_identity = engine::ReplicaIdentity::default_;
        } else if (act.is_type<g::at_cluster_on>()) {
            table.cluster_on = ident_of(*child<g::name>(act));
        } else if (act.is_type<g::at_owner_to>()) {
            table.owner = ident_of(*child<g::role_name>(act)).str();
        } else if (act.is_type<g::at_set_options>()) {
            read_options(table.storage_params, *child<g::option_list>(act));
        } else if (act.is_type<g::at_reset_options>()) {
            read_options(table.storage_params, *child<g::option_list>(act), "", true);
        } else if (act.is_type<g::at_set_logged>()) {
            table.unlogged = std::tolower(static_cast<unsigned char>(text_of(act).back())) == 'd' &&
                             std::string(text_of(act)).find_first_of("uU", 3) != std::string::npos;
        } else if (act.is_type<g::trigger_toggle>()) {
            toggle_triggers(table, act);
        } else if (act.is_type<g::at_inherit>()) {
            const engine::QualifiedName parent_name = relation_name(*child<g::qualified_name>(act));
            const engine::Table& parent = existing_table(parent_name, act);
            for (const auto& column : parent.columns)
                if (!table.find_column(column.name))
                    fail(act, "child table " + table.name.quoted() + " is missing column " + column.name.quoted());
            if (std::find(table.inherits.begin(), table.inherits.end(), parent_name) == table.inherits.end())
                table.inherits.push_back(parent_name);
        } else if (act.is_type<g::at_rename_column>() || act.is_type<g::at_rename_constraint>()) {
            const auto names = children<g::name>(act);
            if (act.is_type<g::at_rename_column>()) rename_column(table, ident_of(*names[0]), ident_of(*names[1]), act);
            else rename_constraint(table, ident_of(*names[0]), ident_of(*names[1]), act);
        } else if (act.is_type<g::at_rename_to>() || act.is_type<g::at_set_schema>()) {
            fail(act, "this ALTER TABLE action is not supported in a desired-state file yet; write the final "
                      "definition instead");
        }
    }
}

}  // namespace parser
