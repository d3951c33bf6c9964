// CREATE TABLE and the column/constraint pieces that ALTER TABLE shares.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Constraint;
using engine::ConstraintKind;
using engine::Ident;
using engine::QualifiedName;

namespace {

std::vector<Ident> idents(const Node* name_list) {
    std::vector<Ident> out;
    if (name_list)
        for (const auto* n : children<g::name>(*name_list)) out.push_back(ident_of(*n));
    return out;
}

engine::ReferentialAction action_of(const Node& n) {
    std::string t;
    for (char c : text_of(n)) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.rfind("cascade", 0) == 0) return engine::ReferentialAction::cascade;
    if (t.rfind("restrict", 0) == 0) return engine::ReferentialAction::restrict;
    if (t.find("null") != std::string::npos) return engine::ReferentialAction::set_null;
    if (t.find("default") != std::string::npos) return engine::ReferentialAction::set_default;
    return engine::ReferentialAction::no_action;
}

// The one column a CHECK expression mentions, if exactly one (PostgreSQL names the check after it).
std::string single_column_of(const engine::Table& table, const engine::Expression& e) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < e.tokens.size(); ++i) {
        const auto& t = e.tokens[i];
        if (t.kind != engine::TokenKind::keyword_or_name && t.kind != engine::TokenKind::quoted_identifier) continue;
        const bool call = i + 1 < e.tokens.size() && e.tokens[i + 1].text == "(";
        if (!call && table.find_column(Ident(t.text))) seen.insert(t.text);
    }
    return seen.size() == 1 ? *seen.begin() : "";
}

void apply_index_parameters(Constraint& c, const Node& n) {
    if (const Node* inc = find<g::include_columns>(n)) c.include = idents(child<g::name_list>(*inc));
    if (const Node* opts = find<g::option_list>(n)) read_options(c.index_with, *opts);
    if (const Node* ts = find<g::using_index_tablespace>(n)) c.index_tablespace = ident_of(*child<g::name>(*ts));
}

}  // namespace

void apply_constraint_attributes(Constraint& c, const Node& n) {
    for (const auto& a : n.children) {
        if (a->is_type<g::deferrable>()) c.deferrable = true;
        else if (a->is_type<g::not_deferrable>()) c.deferrable = false;
        else if (a->is_type<g::initially_deferred>()) c.initially_deferred = true;
        else if (a->is_type<g::initially_immediate>()) c.initially_deferred = false;
        else if (a->is_type<g::not_valid>()) c.not_valid = true;
        else if (a->is_type<g::no_inherit>()) c.no_inherit = true;
    }
}

void Builder::finish_constraint(engine::Table& table, Constraint c, const Node& at) {
    const Ident& schema = table.name.schema;
    const std::string& tname = table.name.name.str();
    if (c.name.empty()) {
        c.name_was_implicit = true;
        switch (c.kind) {
            case ConstraintKind::primary_key: c.name = Ident(choose_relation_name(tname, "", "pkey", schema)); break;
            case ConstraintKind::unique:
                c.name = Ident(choose_relation_name(tname, key_name_part(c.columns, c.include), "key", schema));
                break;
            case ConstraintKind::exclusion: {
                std::vector<Ident> cols;
                for (const auto& e : c.exclusion_elements) {
                    const bool plain = e.element.tokens.size() == 1;
                    cols.push_back(Ident(plain ? e.element.tokens[0].text : "expr"));
                }
                c.name = Ident(choose_relation_name(tname, key_name_part(cols, c.include), "excl", schema));
                break;
            }
            case ConstraintKind::foreign_key:
                c.name = Ident(choose_constraint_name(tname, key_name_part(c.columns, {}), "fkey", schema));
                break;
            case ConstraintKind::check:
                c.name = Ident(choose_constraint_name(tname, single_column_of(table, c.check), "check", schema));
                break;
        }
    } else if (table.find_constraint(c.name)) {
        fail(at, "constraint " + c.name.quoted() + " for relation " + table.name.quoted() + " already exists");
    }
    if (c.kind == ConstraintKind::primary_key) {
        for (const auto& other : table.constraints)
            if (other.kind == ConstraintKind::primary_key)
                fail(at, "multiple primary keys for table " + table.name.quoted() + " are not allowed");
        for (const auto& col : c.columns) {
            engine::Column* column = table.find_column(col);
            if (!column) fail(at, "column " + col.quoted() + " named in key does not exist");
            column->not_null = true;
        }
    }
    if (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique ||
        c.kind == ConstraintKind::exclusion)
        remember_constraint_index({schema, c.name}, table.name);
    remember_constraint(schema, c.name);
    c.where = location_of(at);
    table.constraints.push_back(std::move(c));
}

void Builder::add_column(engine::Table& table, const Node& def) {
    engine::Column col;
    col.name = ident_of(*child<g::name>(def));
    col.where = location_of(def);
    if (table.find_column(col.name))
        fail(def, "column " + col.name.quoted() + " specified more than once in " + table.name.quoted());
    col.renamed_from = renamed_from_before(col.where.line);
    col.type = type_of(*child<g::type_name>(def));

    // serial, bigserial, smallserial: an integer column, a sequence it owns, and a nextval default.
    static const std::map<std::string, std::string> serials{
        {"serial", "integer"}, {"bigserial", "bigint"}, {"smallserial", "smallint"}};
    auto serial = serials.find(col.type.name);
    if (serial != serials.end() && col.type.schema.empty() && col.type.array_dims == 0) {
        col.type = engine::TypeName{};
        col.type.name = serial->second;
        engine::Sequence s;
        s.name = {table.name.schema, Ident(choose_relation_name(table.name.name.str(), col.name.str(), "seq",
                                                               table.name.schema))};
        s.where = col.where;
        s.options.as_type = col.type;
        s.owned_by = engine::SequenceOwner{table.name, col.name};
        col.default_value = make_expression("nextval(" + engine::quote_literal(s.name.quoted()) + "::regclass)");
        col.not_null = true;
        catalog.sequences[s.name] = s;
    }

    table.columns.push_back(std::move(col));
    apply_column_constraints(table, table.columns.size() - 1, def);
}

void Builder::apply_column_constraints(engine::Table& table, std::size_t index, const Node& def) {
    engine::Column& col = table.columns[index];
    std::vector<std::pair<Constraint, const Node*>> constraints;
    for (const auto* cc : children<g::column_constraint>(def)) {
        const Node& body = *cc->children.back();
        Constraint c;
        if (const Node* n = child<g::name>(*cc)) c.name = ident_of(*n);
        if (body.is_type<g::col_not_null>()) col.not_null = true;
        else if (body.is_type<g::col_null>()) col.not_null = false;
        else if (body.is_type<g::col_default>()) col.default_value = expression_of(*child<g::default_expr>(body));
        else if (body.is_type<g::identity_spec>()) {
            col.identity = child<g::identity_always>(body) ? engine::IdentityKind::always : engine::IdentityKind::by_default;
            col.identity_options = sequence_options(body, nullptr);
            col.not_null = true;
        } else if (body.is_type<g::col_generated>()) col.generated = expression_of(*find<g::paren_expr_text>(body));
        else if (body.is_type<g::col_collate>()) col.collation = collation_name(*child<g::qualified_name>(body));
        else if (body.is_type<g::col_compression>()) col.compression = ident_of(*child<g::name>(body)).str();
        else if (body.is_type<g::col_storage>()) col.storage = ident_of(*child<g::name>(body)).str();
        else if (body.is_type<g::col_check>()) {
            c.kind = ConstraintKind::check;
            c.check = expression_of(*find<g::paren_expr_text>(body));
            c.no_inherit = find<g::no_inherit>(body) != nullptr;
            constraints.push_back({c, cc});
        } else if (body.is_type<g::col_primary_key>() || body.is_type<g::col_unique>()) {
            c.kind = body.is_type<g::col_primary_key>() ? ConstraintKind::primary_key : ConstraintKind::unique;
            c.columns = {col.name};
            c.nulls_not_distinct = find<g::nulls_not_distinct>(body) != nullptr;
            apply_index_parameters(c, body);
            constraints.push_back({c, cc});
        } else if (body.is_type<g::references_clause>()) {
            c.kind = ConstraintKind::foreign_key;
            c.columns = {col.name};
            c.references = engine::ForeignKeyTarget{};
            for (const auto& part : body.children) {
                if (part->is_type<g::qualified_name>()) c.references.table = relation_name(*part);
                else if (part->is_type<g::name_list>()) c.references.columns = idents(part.get());
                else if (part->is_type<g::on_delete>()) c.references.on_delete = action_of(*part->children.back());
                else if (part->is_type<g::on_update>()) c.references.on_update = action_of(*part->children.back());
                else if (part->is_type<g::match_type>()) {
                    const char k = static_cast<char>(std::tolower(static_cast<unsigned char>(text_of(*part).back())));
                    c.references.match = k == 'l' ? engine::MatchType::full : k == 'e' ? engine::MatchType::simple : engine::MatchType::partial;
                }
            }
            constraints.push_back({c, cc});
        } else if (!constraints.empty()) {
            // DEFERRABLE, INITIALLY DEFERRED, NOT VALID … apply to the constraint before them.
            apply_constraint_attributes(constraints.back().first, *cc);
        }
    }
    for (auto& [c, at] : constraints) finish_constraint(table, std::move(c), *at);
}

void Builder::add_table_constraint(engine::Table& table, const Node& tc) {
    Constraint c;
    if (const Node* n = child<g::name>(tc)) c.name = ident_of(*n);
    // A table constraint on a line of its own (not CREATE TABLE's: that annotation is the table's).
    if (const int line = location_of(tc).line; line != table.where.line) c.renamed_from = renamed_from_before(line);
    const Node* body = nullptr;
    for (const auto& ch : tc.children)
        if (ch->is_type<g::tc_check>() || ch->is_type<g::tc_primary_key>() || ch->is_type<g::tc_unique>() ||
            ch->is_type<g::tc_foreign_key>() || ch->is_type<g::tc_exclude>())
            body = ch.get();
    if (body->is_type<g::tc_check>()) {
        c.kind = ConstraintKind::check;
        c.check = expression_of(*find<g::paren_expr_text>(*body));
    } else if (body->is_type<g::tc_primary_key>() || body->is_type<g::tc_unique>()) {
        c.kind = body->is_type<g::tc_primary_key>() ? ConstraintKind::primary_key : ConstraintKind::unique;
        c.columns = idents(child<g::name_list>(*body));
        c.nulls_not_distinct = child<g::nulls_not_distinct>(*body) != nullptr;
        apply_index_parameters(c, *body);
    } else if (body->is_type<g::tc_foreign_key>()) {
        c.kind = ConstraintKind::foreign_key;
        c.columns = idents(child<g::name_list>(*body));
        const Node& ref = *child<g::references_clause>(*body);
        for (const auto& part : ref.children) {
            if (part->is_type<g::qualified_name>()) c.references.table = relation_name(*part);
            else if (part->is_type<g::name_list>()) c.references.columns = idents(part.get());
            else if (part->is_type<g::on_delete>()) c.references.on_delete = action_of(*part->children.back());
            else if (part->is_type<g::on_update>()) c.references.on_update = action_of(*part->children.back());
            else if (part->is_type<g::match_type>()) {
                const char k = static_cast<char>(std::tolower(static_cast<unsigned char>(text_of(*part).back())));
                c.references.match = k == 'l' ? engine::MatchType::full : k == 'e' ? engine::MatchType::simple : engine::MatchType::partial;
            }
        }
    } else {
        c.kind = ConstraintKind::exclusion;
        if (const Node* m = child<g::exclusion_method>(*body)) c.exclusion_method = ident_of(*child<g::name>(*m)).str();
        for (const auto* e : children<g::exclusion_element>(*body)) {
            std::string_view t = text_of(*e);
            const Node* op = child<g::exclusion_operator>(*e);
            std::string_view element = t.substr(0, static_cast<std::size_t>(op->begin().byte - e->begin().byte));
            // Drop "with" (any case) and the white space around it before the operator.
            while (!element.empty() && std::isspace(static_cast<unsigned char>(element.back()))) element.remove_suffix(1);
            element.remove_suffix(4);
            c.exclusion_elements.push_back({make_expression(element), std::string(text_of(*op))});
        }
        if (const Node* w = child<g::paren_expr_text>(*body)) c.exclusion_where = expression_of(*w);
        apply_index_parameters(c, *body);
    }
    apply_constraint_attributes(c, tc);
    finish_constraint(table, std::move(c), tc);
}

std::size_t Builder::inherit_columns(engine::Table& table, const engine::Table& parent, std::size_t position,
                                     const engine::SourceLocation& where) {
    for (const auto& parent_column : parent.columns) {
        if (engine::Column* merged = table.find_column(parent_column.name)) {
            merged->not_null = merged->not_null || parent_column.not_null;  // a column both sides declare
            continue;
        }
        engine::Column column = parent_column;
        column.where = where;
        column.identity = engine::IdentityKind::none;
        column.renamed_from.reset();
        table.columns.insert(table.columns.begin() + static_cast<std::ptrdiff_t>(position++), std::move(column));
    }
    return position;
}

bool Builder::start_table(engine::Table& table, const Node& n) {
    table.name = creation_name(*child<g::qualified_name>(n));
    stamp(table, n);
    if (relation_taken(table.name)) {
        if (child<g::if_not_exists>(n)) {
            warn(table.where, "relation " + table.name.quoted() + " already exists, skipping");
            return false;
        }
        fail(n, "relation " + table.name.quoted() + " already exists");
    }
    if (!catalog.schemas.count(table.name.schema))
        fail(n, "schema " + table.name.schema.quoted() + " does not exist");
    if (const Node* p = child<g::table_persistence>(n)) {
        const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(text_of(*p)[0])));
        if (first != 'u') fail(n, "temporary tables cannot be part of a desired-state schema");
        table.unlogged = true;
    }
    table.renamed_from = renamed_from_before(table.where.line);
    return true;
}

void Builder::create_table(const Node& n) {
    engine::Table table;
    if (!start_table(table, n)) return;

    const Node* elements_parent = &n;
    std::vector<const Node*> table_constraints;
    if (const Node* po = child<g::partition_of>(n)) {
        engine::PartitionOf of;
        of.parent = relation_name(*child<g::qualified_name>(*po));
        const engine::Table& parent = existing_table(of.parent, *po);
        for (auto col : parent.columns) {
            col.where = table.where;
            col.renamed_from.reset();
            col.comment.reset();
            if (col.identity != engine::IdentityKind::none) {  // PostgreSQL 15 copies NOT NULL, not identity
                col.not_null = true;
                col.identity = engine::IdentityKind::none;
                col.identity_options = {};
            }
            table.columns.push_back(col);
        }
        of.bound = make_partition_bound(text_of(*child<g::partition_bound>(*po)));
        table.partition_of = of;
        elements_parent = po;
        // The parent's indexes and keys come first, so they take their names before the partition's own.
        take_parent_indexes(table, false);
        // A NOT VALID check holds on the new, empty partition: it gets a validated copy.
        for (const auto& c : parent.constraints) {
            if (c.kind != ConstraintKind::check || !c.not_valid || c.no_inherit) continue;
            Constraint copy = c;
            copy.not_valid = false;
            copy.comment.reset();
            copy.where = table.where;
            table.constraints.push_back(std::move(copy));
        }
    }
    table.columns.reserve(table.columns.size() + elements_parent->children.size());
    for (const auto& e : elements_parent->children) {
        if (e->is_type<g::column_def>()) {
            add_column(table, *e);
        } else if (e->is_type<g::partition_column>()) {
            const Ident name = ident_of(*child<g::name>(*e));
            const auto& columns = table.columns;
            const auto it = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == name; });
            if (it == columns.end())
                fail(*e, "column " + name.quoted() + " of partition parent " + table.partition_of->parent.quoted() +
                             " does not exist");
            apply_column_constraints(table, static_cast<std::size_t>(it - columns.begin()), *e);
        } else if (e->is_type<g::table_constraint>()) {
            table_constraints.push_back(e.get());  // after INHERITS: keys may name inherited columns
        } else if (e->is_type<g::like_clause>()) {
            const auto& source = existing_table(relation_name(*child<g::qualified_name>(*e)), *e);
            for (auto col : source.columns) {
                col.default_value.reset();
                col.identity = engine::IdentityKind::none;
                col.generated.reset();
                col.where = location_of(*e);
                table.columns.push_back(col);
            }
        }
    }
    for (const auto& o : n.children) {
        if (o->is_type<g::inherits>()) {
            // Inherited columns come first, in parent order.
            std::size_t position = 0;
            for (const auto* q : children<g::qualified_name>(*o)) {
                const engine::QualifiedName parent_name = relation_name(*q);
                table.inherits.push_back(parent_name);
                position = inherit_columns(table, existing_table(parent_name, *q), position, location_of(*q));
            }
        } else if (o->is_type<g::partition_by>()) {
            std::string_view t = text_of(*o);
            t.remove_prefix(9);  // "partition"
            while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
            t.remove_prefix(2);  // "by"
            table.partition_by = make_token_expression(t);
        } else if (o->is_type<g::option_list>()) {
            read_options(table.storage_params, *o);
        } else if (o->is_type<g::table_access_method>()) {
            table.access_method = ident_of(*child<g::name>(*o)).str();
        } else if (o->is_type<g::table_tablespace>()) {
            table.tablespace = ident_of(*child<g::name>(*o));
        }
    }
    for (const Node* c : table_constraints) add_table_constraint(table, *c);
    drop_redundant_keys(table);
    const engine::QualifiedName name = table.name;
    catalog.tables[name] = std::move(table);
}

// `id int PRIMARY KEY UNIQUE`: a key equal to the primary key (or to an earlier key) of the same
// CREATE TABLE makes no second index, as in PostgreSQL's transformIndexConstraints. A name the
// dropped one was given moves to the kept one if that had none.
void Builder::drop_redundant_keys(engine::Table& table) {
    auto& cs = table.constraints;
    // A partition's copies of its parent's keys are not the statement's own.
    auto is_key = [](const Constraint& c) {
        return (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique) && !c.index_attached_to;
    };
    auto same = [](const Constraint& a, const Constraint& b) {
        return a.columns == b.columns && a.include == b.include && a.nulls_not_distinct == b.nulls_not_distinct &&
               a.deferrable == b.deferrable && a.initially_deferred == b.initially_deferred;
    };
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (cs[i].kind == ConstraintKind::primary_key && is_key(cs[i])) kept.push_back(i);
    std::vector<bool> dropped(cs.size(), false);
    for (std::size_t i = 0; i < cs.size(); ++i) {
        if (!is_key(cs[i]) || cs[i].kind == ConstraintKind::primary_key) continue;
        const auto prior = std::find_if(kept.begin(), kept.end(), [&](std::size_t k) { return same(cs[k], cs[i]); });
        if (prior == kept.end()) {
            kept.push_back(i);
            continue;
        }
        dropped[i] = true;
        Constraint& keep = cs[*prior];
        const engine::QualifiedName gone{table.name.schema, cs[i].name};
        forget_constraint(table.name.schema, cs[i].name);
        forget_constraint_index(gone);
        if (keep.name_was_implicit && !cs[i].name_was_implicit) {
            forget_constraint(table.name.schema, keep.name);
            forget_constraint_index({table.name.schema, keep.name});
            keep.name = cs[i].name;
            keep.name_was_implicit = false;
            remember_constraint(table.name.schema, keep.name);
            remember_constraint_index({table.name.schema, keep.name}, table.name);
        }
    }
    std::vector<Constraint> remaining;
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (!dropped[i]) remaining.push_back(std::move(cs[i]));
    cs = std::move(remaining);
}

void Builder::create_foreign_table(const Node& n) {
    engine::Table table;
    table.name = creation_name(*child<g::qualified_name>(n));
    stamp(table, n);
    if (relation_taken(table.name)) fail(n, "relation " + table.name.quoted() + " already exists");
    for (const auto& e : n.children) {
        if (e->is_type<g::column_def>()) add_column(table, *e);
        else if (e->is_type<g::table_constraint>()) add_table_constraint(table, *e);
    }
    table.foreign_server = ident_of(*child<g::name>(*child<g::foreign_table_server>(n)));
    if (const Node* opts = child<g::option_list>(n)) {
        for (const auto* item : children<g::option_item>(*opts)) {
            const Node* value = child<g::option_value>(*item);
            const std::string_view v = value ? text_of(*value) : std::string_view();
            table.foreign_options.push_back({std::string(text_of(*child<g::option_name>(*item))),
                                             !v.empty() && v.back() == '\'' ? string_value_of(v) : std::string(v)});
        }
    }
    catalog.tables[table.name] = std::move(table);
}

}  // namespace parser
