// CREATE INDEX and ALTER INDEX.
#include <tuple>

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

// The column part of an index's implicit name: a_b, lower_c, expr (ChooseIndexNameAddition).
std::string columns_part(const engine::Index& idx) {
    std::string columns;
    for (const auto& e : idx.elements) {
        if (!columns.empty()) columns += "_";
        columns += element_name(e);
        if (columns.size() >= 63) break;
    }
    return columns;
}

}  // namespace

void Builder::create_index(const Node& n) {
    engine::Index idx;
    stamp(idx, n);
    idx.table = relation_name(*child<g::qualified_name>(n));
    const bool on_table = catalog.tables.count(idx.table) > 0;
    const bool on_matview = catalog.views.count(idx.table) > 0 && catalog.views.at(idx.table).materialized;
    if (!on_table && !on_matview) fail(n, "relation " + idx.table.quoted() + " does not exist");
    idx.unique = child<g::index_unique>(n) != nullptr;
    idx.only = child<g::index_only>(n) != nullptr;
    if (const Node* m = child<g::index_method>(n)) idx.method = ident_of(*child<g::name>(*m)).str();
    for (const auto* el : children<g::index_element>(n)) {
        engine::IndexElement e;
        if (const Node* c = child<g::index_column>(*el)) {
            e.column = ident_of(*c);
            if (on_table && !catalog.tables.at(idx.table).find_column(*e.column))
                fail(*el, "column " + e.column->quoted() + " of " + idx.table.quoted() + " does not exist");
        }
        else if (const Node* x = child<g::index_expression>(*el)) e.expression = make_expression(text_of(*child<g::paren_expr_text>(*x)));
        else e.expression = make_expression(text_of(*child<g::index_function_call>(*el)));
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
    if (const Node* w = child<g::expr_to_end>(n)) idx.predicate = make_expression(text_of(*w));

    if (const Node* nm = child<g::index_name>(n)) {
        idx.name = {idx.table.schema, ident_of(*nm)};
        if (relation_taken(idx.name)) {
            if (child<g::if_not_exists>(n)) return warn(location_of(n), "relation " + idx.name.quoted() + " already exists, skipping");
            fail(n, "relation " + idx.name.quoted() + " already exists");
        }
    } else {
        idx.name = {idx.table.schema, Ident(choose_relation_name(idx.table.name.str(), columns_part(idx), "idx", idx.table.schema))};
        idx.name_was_implicit = true;
    }
    const engine::QualifiedName name = idx.name;
    const engine::QualifiedName table = idx.table;
    const bool recurse = on_table && !idx.only && catalog.tables.at(table).partition_by;
    catalog.indexes[name] = std::move(idx);
    if (recurse)
        for (const auto& partition : partitions_of(table)) index_partition(name, partition);
}

std::vector<engine::QualifiedName> Builder::partitions_of(const engine::QualifiedName& parent) const {
    std::vector<engine::QualifiedName> partitions;
    for (const auto& [name, table] : catalog.tables)
        if (table.partition_of && table.partition_of->parent == parent) partitions.push_back(name);
    return partitions;
}

// A partition of a table with index `parent` gets that index as PostgreSQL's DefineIndex and
// CREATE TABLE … PARTITION OF give it: its oldest equal index not attached yet is attached,
// else a new one is made under the name PostgreSQL would choose, and so on down the partitions.
void Builder::index_partition(const engine::QualifiedName& parent_name, const engine::QualifiedName& partition) {
    const engine::Index& parent = catalog.indexes.at(parent_name);  // map entries stay put on insert
    auto earlier = [](const engine::SourceLocation& a, const engine::SourceLocation& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    };
    // The candidates: the partition's unattached indexes, and those behind its keys.
    engine::Index* first = nullptr;
    for (auto& [index_name, index] : catalog.indexes)
        if (index.table == partition && !index.attached_to && engine::same_index_definition(index, parent) &&
            (!first || earlier(index.where, first->where)))
            first = &index;
    engine::Constraint* first_key = nullptr;
    for (auto& c : catalog.tables.at(partition).constraints) {
        if ((c.kind != engine::ConstraintKind::primary_key && c.kind != engine::ConstraintKind::unique) ||
            c.index_attached_to)
            continue;
        engine::Index key_index;
        key_index.unique = true;
        key_index.nulls_not_distinct = c.nulls_not_distinct;
        key_index.include = c.include;
        for (const auto& column : c.columns) key_index.elements.push_back({.column = column});
        if (engine::same_index_definition(key_index, parent) && (!first_key || earlier(c.where, first_key->where)))
            first_key = &c;
    }
    if (first_key && (!first || earlier(first_key->where, first->where))) {
        first_key->index_attached_to = parent_name;
        return;
    }
    if (first) {
        first->attached_to = parent_name;
        return;
    }
    engine::Index child = parent;
    child.table = partition;
    child.name = {partition.schema,
                  Ident(choose_relation_name(partition.name.str(), columns_part(parent), "idx", partition.schema))};
    child.name_was_implicit = true;
    child.attached_to = parent_name;
    child.only = false;
    child.comment.reset();
    const engine::QualifiedName child_name = child.name;
    catalog.indexes[child_name] = std::move(child);
    for (const auto& sub_partition : partitions_of(partition)) index_partition(child_name, sub_partition);
}

// A new or attached partition takes each index its parent has (CREATE TABLE … PARTITION OF and
// ATTACH PARTITION clone them, ON ONLY ones too). Foreign tables have no indexes.
void Builder::index_new_partition(const engine::QualifiedName& partition) {
    const engine::Table& table = catalog.tables.at(partition);
    if (!table.partition_of || table.foreign_server) return;
    std::vector<engine::QualifiedName> parents;
    for (const auto& [name, index] : catalog.indexes)
        if (index.table == table.partition_of->parent) parents.push_back(name);
    for (const auto& parent : parents) index_partition(parent, partition);
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
