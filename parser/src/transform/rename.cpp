// ALTER TABLE … RENAME COLUMN / RENAME CONSTRAINT: every structured reference follows the new
// name, as PostgreSQL's catalog does by object id. Expression texts are kept as written.
#include <algorithm>

#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;

namespace {

void rename_in(std::vector<Ident>& names, const Ident& from, const Ident& to) {
    std::replace(names.begin(), names.end(), from, to);
}

}  // namespace

void Builder::rename_column(engine::Table& table, const Ident& from, const Ident& to, const Node& at) {
    engine::Column* column = table.find_column(from);
    if (!column) fail(at, "column " + from.quoted() + " of relation " + table.name.quoted() + " does not exist");
    if (table.find_column(to)) fail(at, "column " + to.quoted() + " of relation " + table.name.quoted() + " already exists");
    column->name = to;
    for (auto& c : table.constraints) {
        rename_in(c.columns, from, to);
        rename_in(c.include, from, to);
    }
    for (auto& [name, other] : catalog.tables)
        for (auto& c : other.constraints)
            if (c.kind == engine::ConstraintKind::foreign_key && c.references.table == table.name)
                rename_in(c.references.columns, from, to);
    for (auto& [name, index] : catalog.indexes) {
        if (index.table != table.name) continue;
        for (auto& e : index.elements)
            if (e.column == from) e.column = to;
        rename_in(index.include, from, to);
    }
    for (auto& [name, sequence] : catalog.sequences)
        if (sequence.owned_by && sequence.owned_by->table == table.name && sequence.owned_by->column == from)
            sequence.owned_by->column = to;
    for (auto& [key, trigger] : catalog.triggers)
        if (key.table == table.name) rename_in(trigger.update_columns, from, to);
    // Inheritance children and partitions share the column and are renamed with it.
    for (auto& [name, other] : catalog.tables) {
        const bool child = std::find(other.inherits.begin(), other.inherits.end(), table.name) != other.inherits.end() ||
                           (other.partition_of && other.partition_of->parent == table.name);
        if (child && other.find_column(from)) rename_column(other, from, to, at);
    }
}

void Builder::rename_constraint(engine::Table& table, const Ident& from, const Ident& to, const Node& at) {
    engine::Constraint* c = table.find_constraint(from);
    if (!c) fail(at, "constraint " + from.quoted() + " for table " + table.name.quoted() + " does not exist");
    if (table.find_constraint(to))
        fail(at, "constraint " + to.quoted() + " for relation " + table.name.quoted() + " already exists");
    const engine::QualifiedName old_index{table.name.schema, from};
    if (constraint_for_index(old_index) == c) {
        forget_constraint_index(old_index);
        remember_constraint_index({table.name.schema, to}, table.name);
    }
    forget_constraint(table.name.schema, from);
    remember_constraint(table.name.schema, to);
    c->name = to;
    c->name_was_implicit = false;
}

}  // namespace parser
