// CREATE INDEX and ALTER INDEX.

#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;

namespace {

// The name PostgreSQL derives for an index column (FigureIndexColname): the column, the
// function's name for a call, else "expr".
std::string element_name(const engine::IndexElement& e) {
    if (e.column) return e.column->str();
    const auto& t = e.expression->tokens;
    if (t.size() >= 2 && t[0].kind == engine::TokenKind::keyword_or_name && t[1].text == "(") return t[0].text;
    if (!t.empty() && (t[0].kind == engine::TokenKind::keyword_or_name || t[0].kind == engine::TokenKind::quoted_identifier) &&
        (t.size() == 1 || t[1].text == ":"))
        return t[0].text;
    return "expr";
}

}  // namespace

std::string index_name_part(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += "_";
        out += name;
        if (out.size() >= 63) break;
    }
    return out;
}

std::string key_name_part(const std::vector<Ident>& columns, const std::vector<Ident>& include) {
    std::vector<std::string> names;
    for (const auto& n : columns) names.push_back(n.str());
    for (const auto& n : include) names.push_back(n.str());
    return index_name_part(names);
}

std::string index_columns_part(const engine::Index& index) {
    std::vector<std::string> names;
    for (const auto& e : index.elements) names.push_back(element_name(e));
    for (const auto& column : index.include) names.push_back(column.str());
    return index_name_part(names);
}

void Builder::create_index(const Node& n) {
    engine::Index idx;
    stamp(idx, n);
    idx.renamed_from = renamed_from_before(idx.where.line);
    idx.table = relation_name(*child<g::qualified_name>(n));
    const auto table_entry = catalog.tables.find(idx.table);
    const engine::Table* on_table = table_entry == catalog.tables.end() ? nullptr : &table_entry->second;
    if (!on_table) {
        const auto view = catalog.views.find(idx.table);
        if (view == catalog.views.end() || !view->second.materialized)
            fail(n, "relation " + idx.table.quoted() + " does not exist");
    }
    idx.unique = child<g::index_unique>(n) != nullptr;
    idx.only = child<g::index_only>(n) != nullptr;
    if (const Node* m = child<g::index_method>(n)) idx.method = ident_of(*child<g::name>(*m)).str();
    for (const auto* el : children<g::index_element>(n)) {
        engine::IndexElement e;
        if (const Node* c = child<g::index_column>(*el)) {
            e.column = ident_of(*c);
            if (on_table && !on_table->find_column(*e.column))
                fail(*el, "column " + e.column->quoted() + " of " + idx.table.quoted() + " does not exist");
        }
        else if (const Node* x = child<g::index_expression>(*el)) e.expression = expression_of(*child<g::paren_expr_text>(*x));
        else e.expression = expression_of(*child<g::index_function_call>(*el));
        if (const Node* c = child<g::index_collate>(*el)) e.collation = collation_name(*child<g::qualified_name>(*c));
        if (const Node* oc = child<g::index_opclass>(*el)) {
            auto parts = name_parts(*child<g::qualified_name>(*oc));
            e.opclass = parts.size() >= 2 ? engine::QualifiedName{parts[parts.size() - 2], parts.back()}
                                          : engine::QualifiedName{Ident(), parts.back()};
            if (const Node* params = child<g::option_list>(*oc)) read_options(e.opclass_params, *params, "");
        }
        if (child<g::order_asc>(*el)) e.order = engine::SortOrder::asc;
        if (child<g::order_desc>(*el)) e.order = engine::SortOrder::desc;
        if (child<g::nulls_first>(*el)) e.nulls = engine::NullsOrder::first;
        if (child<g::nulls_last>(*el)) e.nulls = engine::NullsOrder::last;
        idx.elements.push_back(std::move(e));
    }
    if (const Node* inc = child<g::include_columns>(n))
        for (const auto* nm : children<g::name>(*child<g::name_list>(*inc))) idx.include.push_back(ident_of(*nm));
    idx.nulls_not_distinct = child<g::nulls_not_distinct>(n) != nullptr;
    if (const Node* opts = child<g::option_list>(n)) read_options(idx.with, *opts);
    if (const Node* ts = child<g::table_tablespace>(n)) idx.tablespace = ident_of(*child<g::name>(*ts));
    if (const Node* w = child<g::expr_to_end>(n)) idx.predicate = expression_of(*w);

    if (const Node* nm = child<g::index_name>(n)) {
        idx.name = {idx.table.schema, ident_of(*nm)};
        if (relation_taken(idx.name)) {
            if (child<g::if_not_exists>(n)) return warn(location_of(n), "relation " + idx.name.quoted() + " already exists, skipping");
            fail(n, "relation " + idx.name.quoted() + " already exists");
        }
    } else {
        idx.name = {idx.table.schema, Ident(choose_relation_name(idx.table.name.str(), index_columns_part(idx), "idx", idx.table.schema))};
        idx.name_was_implicit = true;
    }
    const engine::QualifiedName name = idx.name;
    const engine::QualifiedName table = idx.table;
    const bool recurse = on_table && !idx.only && on_table->partition_by;
    catalog.indexes[name] = std::move(idx);
    if (recurse)
        for (const auto& partition : partitions_of(table)) index_partition(name, catalog.tables.at(partition), true);
}

void Builder::alter_index(const Node& n) {
    const engine::QualifiedName name = relation_name(*child<g::qualified_name>(n));
    auto it = catalog.indexes.find(name);
    engine::Constraint* backing = it == catalog.indexes.end() ? constraint_for_index(name) : nullptr;
    if (it == catalog.indexes.end() && !backing) {
        if (child<g::if_exists>(n)) return;
        fail(n, "index " + name.quoted() + " does not exist");
    }
    if (const Node* a = child<g::ai_attach_partition>(n)) {
        const engine::QualifiedName part = relation_name(*child<g::qualified_name>(*a));
        if (auto child_index = catalog.indexes.find(part); child_index != catalog.indexes.end())
            child_index->second.attached_to = name;
        else if (engine::Constraint* c = constraint_for_index(part))
            c->index_attached_to = name;
        else
            fail(*a, "index " + part.quoted() + " does not exist");
        return;
    }
    if (const Node* s = child<g::ai_set_statistics>(n)) {
        const std::string number(text_of(*child<g::signed_number>(*s)));
        std::vector<engine::IndexElement>* elements = backing ? nullptr : &it->second.elements;
        const std::size_t count = elements ? elements->size() : backing->columns.size();
        const std::int64_t column = integer_of(*child<g::signed_number>(*s));
        if (column < 1 || static_cast<std::uint64_t>(column) > count)
            fail(*s, "column number " + number + " of index " + name.quoted() + " does not exist");
        engine::IndexElement* element = elements ? &(*elements)[static_cast<std::size_t>(column - 1)] : nullptr;
        if (!element || element->column)
            fail(*s, "cannot alter statistics on non-expression column " + number + " of index " + name.quoted());
        element->statistics = statistics_target(*child<g::signed_number>(*child<g::ac_set_statistics>(*s)));
        return;
    }
    if (!backing) {
        if (const Node* o = child<g::at_owner_to>(n)) it->second.owner = ident_of(*child<g::role_name>(*o)).str();
        else if (const Node* s = child<g::at_set_options>(n)) read_options(it->second.with, *child<g::option_list>(*s));
        else if (const Node* r = child<g::at_reset_options>(n))
            read_options(it->second.with, *child<g::option_list>(*r), "", true);
    } else if (const Node* s = child<g::at_set_options>(n)) {
        read_options(backing->index_with, *child<g::option_list>(*s));
    } else if (const Node* r = child<g::at_reset_options>(n)) {
        read_options(backing->index_with, *child<g::option_list>(*r), "", true);
    }
}

}  // namespace parser
