// COMMENT ON for every commented object, after all objects exist. Names are only built for
// objects that have a comment (most of a large schema's columns have none).
#include "render_parts.hpp"

namespace planner::render {

namespace {

void table_comments(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, table] : catalog.tables) {
        if (table.comment)
            add_comment(keys::table(table), (table.foreign_server ? "FOREIGN TABLE " : "TABLE ") + name.quoted(),
                        table.comment, out);
        for (const auto& column : table.columns)
            if (column.comment)
                add_comment(keys::column(name, column.name), "COLUMN " + name.quoted() + "." + column.name.quoted(),
                            column.comment, out);
        for (const auto& constraint : table.constraints)
            if (constraint.comment)
                add_comment(keys::constraint(name, constraint.name),
                            "CONSTRAINT " + constraint.name.quoted() + " ON " + name.quoted(), constraint.comment, out);
    }
}

void type_comments(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, type] : catalog.enums)
        if (type.comment) add_comment(keys::type(name), "TYPE " + name.quoted(), type.comment, out);
    for (const auto& [name, type] : catalog.ranges)
        if (type.comment) add_comment(keys::type(name), "TYPE " + name.quoted(), type.comment, out);
    for (const auto& [name, type] : catalog.composites)
        if (type.comment) add_comment(keys::type(name), "TYPE " + name.quoted(), type.comment, out);
    for (const auto& [name, domain] : catalog.domains)
        if (domain.comment) add_comment(keys::domain(name), "DOMAIN " + name.quoted(), domain.comment, out);
}

}  // namespace

void render_comments(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, schema] : catalog.schemas)
        if (schema.comment) add_comment(keys::schema(name), "SCHEMA " + name.quoted(), schema.comment, out);
    for (const auto& [name, extension] : catalog.extensions)
        if (extension.comment) add_comment(keys::extension(name), "EXTENSION " + name.quoted(), extension.comment, out);
    type_comments(catalog, out);
    for (const auto& [key, f] : catalog.functions)
        if (f.comment)
            add_comment(keys::function(key, f), (f.is_procedure ? "PROCEDURE " : "FUNCTION ") + f.signature(),
                        f.comment, out);
    for (const auto& [name, sequence] : catalog.sequences)
        if (sequence.comment) add_comment(keys::sequence(name), "SEQUENCE " + name.quoted(), sequence.comment, out);
    table_comments(catalog, out);
    for (const auto& [name, view] : catalog.views) {
        if (view.comment)
            add_comment(keys::view(view), (view.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name.quoted(),
                        view.comment, out);
        for (const auto& [column, text] : view.column_comments)
            add_comment(keys::view(view), "COLUMN " + name.quoted() + "." + engine::quote_ident(column), text, out);
    }
    for (const auto& [name, index] : catalog.indexes)
        if (index.comment) add_comment(keys::index(name), "INDEX " + name.quoted(), index.comment, out);
    for (const auto& [key, trigger] : catalog.triggers)
        if (trigger.comment)
            add_comment(keys::trigger(key.table, key.name),
                        "TRIGGER " + trigger.name.quoted() + " ON " + trigger.table.quoted(), trigger.comment, out);
    for (const auto& [key, policy] : catalog.policies)
        if (policy.comment)
            add_comment(keys::policy(key.table, key.name),
                        "POLICY " + policy.name.quoted() + " ON " + policy.table.quoted(), policy.comment, out);
}

}  // namespace planner::render
