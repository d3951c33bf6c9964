// The whole catalog as one script, in pg_dump's order: each group only uses what earlier
// groups created, and within a group the model's sorted maps make the output deterministic.
#include "planner/render_catalog.hpp"

#include "render_parts.hpp"

namespace planner {

namespace {

// A statement that ends in a `--` comment gets its ';' on the next line.
void append_statement(std::string& script, const std::string& statement) {
    script += "\n" + statement + (render::ends_in_line_comment(statement) ? "\n;\n" : ";\n");
}

}  // namespace

namespace render {

Statements catalog_statements(const engine::Catalog& catalog) {
    Statements out;
    // Roughly one statement per table, key, index and other object: growing the vector would
    // move every statement several times.
    std::size_t objects = catalog.tables.size() + catalog.indexes.size() + catalog.sequences.size() +
                          catalog.views.size() + catalog.functions.size() + catalog.triggers.size();
    for (const auto& [name, table] : catalog.tables) objects += table.constraints.size();
    out.reserve(objects + objects / 4);
    const CreationOrder order(catalog);  // read by every group whose order the model does not state
    render_schemas(catalog, out);
    render_extensions(catalog, out);
    render_raw_objects(catalog, order, RawPlacement::early, out);
    render_types(catalog, out);
    const FunctionSplit functions = split_functions(catalog);
    render_early_functions(catalog, order, functions, out);
    render_late_domain_checks(catalog, out);  // checks that call those functions
    render_raw_objects(catalog, order, RawPlacement::middle, out);
    render_sequences(catalog, out);
    render_tables(catalog, out);
    render_rowtype_domains(catalog, out);
    render_constraints(catalog, ConstraintPhase::primary_keys, out);
    render_views_and_bodies(catalog, order, functions, out);
    render_sequence_owners(catalog, out);
    render_constraints(catalog, ConstraintPhase::keys, out);
    render_indexes(catalog, out);
    render_constraints(catalog, ConstraintPhase::keys_using_index, out);  // the index must exist
    render_constraint_index_attachments(catalog, out);
    render_constraints(catalog, ConstraintPhase::references, out);
    render_triggers(catalog, out);
    render_row_security(catalog, out);
    render_policies(catalog, out);
    render_table_settings(catalog, out);  // replica identity and CLUSTER ON name indexes
    render_comments(catalog, out);
    render_grants(catalog, out);
    render_raw_objects(catalog, order, RawPlacement::last, out);
    return out;
}

}  // namespace render

std::string render_catalog_sql(const engine::Catalog& catalog) {
    const render::Statements out = render::catalog_statements(catalog);
    // Bodies are not validated on load: they may call functions created later in the script.
    std::string script = "-- strata canonical schema\nSET check_function_bodies = false;\n";
    // Objects written under another search_path get it back around their statements.
    std::vector<engine::Ident> path;
    for (const auto& statement : out) {
        if (statement.search_path != path) {
            path = statement.search_path;
            append_statement(script, path.empty() ? "RESET search_path" : "SET search_path = " + render::ident_list(path));
        }
        append_statement(script, statement.sql());
    }
    if (!path.empty()) append_statement(script, "RESET search_path");
    return script;
}

}  // namespace planner
