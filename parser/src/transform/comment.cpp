// COMMENT ON, DROP, statements kept verbatim, and the end-of-input checks.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;
using engine::QualifiedName;

namespace {

// Kinds the model keeps as statement text (grammar: raw_kind).
bool catalog_has_raw_kind(const std::string& kind) {
    static const char* kinds[] = {"AGGREGATE", "CAST", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY", "RULE",
                                  "SERVER", "USER MAPPING", "COLLATION", "FOREIGN DATA WRAPPER"};
    for (const char* k : kinds)
        if (kind == k) return true;
    return false;
}

}  // namespace

void Builder::comment(const Node& n) {
    const std::string kind = upper_words(text_of(*child<g::comment_kind>(n)));
    const Node* is = child<g::comment_is>(n);
    std::optional<std::string> text;
    if (const Node* s = child<g::string_value>(*is)) text = string_value_of(text_of(*s));
    const Node* qn = child<g::qualified_name>(n);
    auto parts = qn ? name_parts(*qn) : std::vector<Ident>{};

    auto relation = [&](const std::vector<Ident>& p) {
        return lookup(p, [&](const QualifiedName& q) { return catalog.has_relation(q); });
    };
    if (kind == "COLUMN") {
        if (parts.size() < 2) fail(n, "COMMENT ON COLUMN needs table.column");
        const Ident column = parts.back();
        parts.pop_back();
        if (auto view = catalog.views.find(relation(parts)); view != catalog.views.end()) {
            if (text) view->second.column_comments[column.str()] = *text;
            else view->second.column_comments.erase(column.str());
            return;
        }
        engine::Table& t = existing_table(relation(parts), n);
        engine::Column* c = t.find_column(column);
        if (!c) fail(n, "column " + column.quoted() + " of relation " + t.name.quoted() + " does not exist");
        c->comment = text;
    } else if (kind == "TABLE" || kind == "FOREIGN TABLE") {
        existing_table(relation(parts), n).comment = text;
    } else if (kind == "VIEW" || kind == "MATERIALIZED VIEW") {
        auto it = catalog.views.find(relation(parts));
        if (it == catalog.views.end()) fail(n, "view " + relation(parts).quoted() + " does not exist");
        it->second.comment = text;
    } else if (kind == "INDEX") {
        auto it = catalog.indexes.find(relation(parts));
        if (it != catalog.indexes.end()) it->second.comment = text;
        else {
            // An index behind a constraint: the comment belongs to the constraint's index.
            fail(n, "index " + relation(parts).quoted() + " does not exist");
        }
    } else if (kind == "SEQUENCE") {
        auto it = catalog.sequences.find(relation(parts));
        if (it == catalog.sequences.end()) fail(n, "sequence does not exist");
        it->second.comment = text;
    } else if (kind == "SCHEMA") {
        auto it = catalog.schemas.find(parts.back());
        if (it == catalog.schemas.end()) fail(n, "schema " + parts.back().quoted() + " does not exist");
        it->second.comment = text;
    } else if (kind == "EXTENSION") {
        auto it = catalog.extensions.find(parts.back());
        if (it == catalog.extensions.end()) fail(n, "extension " + parts.back().quoted() + " does not exist");
        it->second.comment = text;
    } else if (kind == "TYPE" || kind == "DOMAIN") {
        auto type = lookup(parts, [&](const QualifiedName& q) {
            return catalog.enums.count(q) || catalog.composites.count(q) || catalog.domains.count(q) || catalog.ranges.count(q);
        });
        if (auto e = catalog.enums.find(type); e != catalog.enums.end()) e->second.comment = text;
        else if (auto c = catalog.composites.find(type); c != catalog.composites.end()) c->second.comment = text;
        else if (auto d = catalog.domains.find(type); d != catalog.domains.end()) d->second.comment = text;
        else if (auto r = catalog.ranges.find(type); r != catalog.ranges.end()) r->second.comment = text;
        else fail(n, "type " + type.quoted() + " does not exist");
    } else if (kind == "FUNCTION" || kind == "PROCEDURE") {
        // Match by name and argument count written in the signature.
        const QualifiedName fname = lookup(parts, [&](const QualifiedName& q) { return catalog.has_function_named(q); });
        const Node* sig = child<g::comment_signature>(n);
        const engine::Expression args = make_token_expression(sig ? text_of(*sig) : "()");
        engine::Function* match = find_function(fname, sig ? &args : nullptr, n);
        if (!match)
            fail(n, "function " + fname.quoted() + (sig ? std::string(text_of(*sig)) : std::string("()")) +
                        " does not exist");
        match->comment = text;
    } else if (kind == "CONSTRAINT") {
        const Node* on = child<g::comment_on_table>(n);
        if (!on) fail(n, "COMMENT ON CONSTRAINT needs ON table or ON DOMAIN");
        const auto target = name_parts(*child<g::qualified_name>(*on));
        const Ident cname = parts.back();
        if (text_of(*on).find_first_of("dD", 2) != std::string_view::npos && upper_words(text_of(*on)).rfind("ON DOMAIN", 0) == 0) {
            auto d = catalog.domains.find(lookup(target, [&](const QualifiedName& q) { return catalog.domains.count(q) > 0; }));
            if (d == catalog.domains.end()) fail(n, "domain does not exist");
            return;
        }
        engine::Table& t = existing_table(relation(target), n);
        engine::Constraint* c = t.find_constraint(cname);
        if (!c) fail(n, "constraint " + cname.quoted() + " of relation " + t.name.quoted() + " does not exist");
        c->comment = text;
    } else if (kind == "TRIGGER" || kind == "POLICY") {
        const Node* on = child<g::comment_on_table>(n);
        if (!on) fail(n, "COMMENT ON " + kind + " needs ON table");
        const QualifiedName table = relation(name_parts(*child<g::qualified_name>(*on)));
        engine::TableScopedName key{table, parts.back()};
        if (kind == "TRIGGER") {
            auto it = catalog.triggers.find(key);
            if (it == catalog.triggers.end()) fail(n, "trigger " + parts.back().quoted() + " does not exist");
            it->second.comment = text;
        } else {
            auto it = catalog.policies.find(key);
            if (it == catalog.policies.end()) fail(n, "policy " + parts.back().quoted() + " does not exist");
            it->second.comment = text;
        }
    } else {
        // Comments on kinds kept verbatim travel as raw statements.
        engine::RawObject raw;
        raw.kind = "COMMENT";
        raw.identity = std::string(text_of(n).substr(0, text_of(n).size() - text_of(*is).size()));
        raw.sql = std::string(text_of(n));
        stamp(raw, n);
        catalog.raw_objects[{raw.kind, raw.identity}] = raw;
        catalog.creation_order.push_back("COMMENT " + raw.identity);
    }
}

void Builder::drop(const Node& n) {
    const std::string kind = upper_words(text_of(*child<g::drop_kind>(n)));
    const bool if_exists = child<g::if_exists>(n) != nullptr;
    for (const auto* obj : children<g::drop_object>(n)) {
        const Node* qn = child<g::qualified_name>(*obj);
        if (!qn) continue;
        const auto parts = name_parts(*qn);
        auto missing = [&](const std::string& what) {
            if (!if_exists) fail(*obj, what + " does not exist");
        };
        if (kind == "TABLE" || kind == "FOREIGN TABLE") {
            const auto name = lookup(parts, [&](const QualifiedName& q) { return catalog.tables.count(q) > 0; });
            if (!catalog.tables.count(name)) missing("table " + name.quoted());
            else drop_table(name);
        } else if (kind == "VIEW" || kind == "MATERIALIZED VIEW") {
            const auto name = lookup(parts, [&](const QualifiedName& q) { return catalog.views.count(q) > 0; });
            if (!catalog.views.erase(name)) missing("view " + name.quoted());
            std::erase(catalog.creation_order, "VIEW " + name.quoted());
        } else if (kind == "INDEX") {
            const auto name = lookup(parts, [&](const QualifiedName& q) { return catalog.indexes.count(q) > 0; });
            if (!catalog.indexes.erase(name)) missing("index " + name.quoted());
            else drop_attached(name);
        } else if (kind == "SEQUENCE") {
            const auto name = lookup(parts, [&](const QualifiedName& q) { return catalog.sequences.count(q) > 0; });
            if (!catalog.sequences.erase(name)) missing("sequence " + name.quoted());
        } else if (kind == "TYPE" || kind == "DOMAIN") {
            const auto name = lookup(parts, [&](const QualifiedName& q) {
                return catalog.enums.count(q) || catalog.composites.count(q) || catalog.domains.count(q) || catalog.ranges.count(q);
            });
            const bool gone = catalog.enums.erase(name) + catalog.composites.erase(name) + catalog.domains.erase(name) +
                              catalog.ranges.erase(name) + catalog.raw_objects.erase({"TYPE", name.quoted()});
            if (!gone) missing("type " + name.quoted());
        } else if (kind == "SCHEMA") {
            if (!catalog.schemas.erase(parts.back())) missing("schema " + parts.back().quoted());
        } else if (kind == "EXTENSION") {
            if (!catalog.extensions.erase(parts.back())) missing("extension " + parts.back().quoted());
        } else if (kind == "FUNCTION" || kind == "PROCEDURE") {
            const auto name = lookup(parts, [&](const QualifiedName& q) { return catalog.has_function_named(q); });
            const auto before = catalog.functions.size();
            std::erase_if(catalog.functions, [&](const auto& kv) { return kv.second.name == name; });
            if (before == catalog.functions.size()) missing("function " + name.quoted());
        } else if (kind == "TRIGGER" || kind == "POLICY") {
            const Node* on = child<g::comment_on_table>(*obj);
            if (!on) fail(*obj, "DROP " + kind + " needs ON table");
            const auto table = lookup(name_parts(*child<g::qualified_name>(*on)),
                                      [&](const QualifiedName& q) { return catalog.tables.count(q) > 0; });
            engine::TableScopedName key{table, parts.back()};
            const bool gone = kind == "TRIGGER" ? catalog.triggers.erase(key) : catalog.policies.erase(key);
            if (!gone) missing(kind == "TRIGGER" ? "trigger" : "policy");
        } else if (catalog_has_raw_kind(kind)) {
            // Objects kept as statement text: matched by the name they were created with.
            const std::string name = upper_words(text_of(*qn));
            const auto before = catalog.raw_objects.size();
            std::erase_if(catalog.raw_objects, [&](const auto& kv) {
                const std::string& identity = kv.first.second;
                return kv.first.first == kind && identity.rfind(name, 0) == 0 &&
                       (identity.size() == name.size() || identity[name.size()] == ' ' || identity[name.size()] == '(');
            });
            if (before == catalog.raw_objects.size()) missing(kind + " " + std::string(text_of(*qn)));
        } else {
            fail(n, "DROP " + kind + " is not supported in a desired-state file yet");
        }
    }
}

void Builder::drop_table(const QualifiedName& name) {
    for (const auto& partition : partitions_of(name)) drop_table(partition);
    if (auto t = catalog.tables.find(name); t != catalog.tables.end()) {
        for (const auto& c : t->second.constraints) {
            forget_constraint(name.schema, c.name);
            forget_constraint_index({name.schema, c.name});
        }
    }
    catalog.tables.erase(name);
    erase_if(catalog.indexes, [&](const auto& kv) { return kv.second.table == name; });
    std::erase_if(catalog.triggers, [&](const auto& kv) { return kv.first.table == name; });
    std::erase_if(catalog.policies, [&](const auto& kv) { return kv.first.table == name; });
    erase_if(catalog.sequences,
             [&](const auto& kv) { return kv.second.owned_by && kv.second.owned_by->table == name; });
}

void Builder::create_raw(const Node& n, const RawStatement& raw) {
    engine::RawObject obj;
    obj.kind = upper_words(text_of(*child<g::raw_kind>(n)));
    obj.sql = std::string(raw.text);
    stamp(obj, n);
    // Identity: the statement text up to the first '(' or AS, normalised — unique enough per kind.
    obj.identity = upper_words(text_of(n).substr(0, std::min(text_of(n).size(), std::size_t{200})));
    catalog.raw_objects[{obj.kind, obj.identity}] = obj;
    catalog.creation_order.push_back(obj.kind + " " + obj.identity);
}

void Builder::alter_default_privileges(const Node& n, const RawStatement& raw) {
    engine::RawObject obj;
    obj.kind = "DEFAULT PRIVILEGES";
    obj.sql = std::string(raw.text);
    obj.identity = upper_words(raw.text);
    stamp(obj, n);
    catalog.raw_objects[{obj.kind, obj.identity}] = obj;
    catalog.creation_order.push_back(obj.kind + " " + obj.identity);
}

void Builder::check_references() const {
    // Every user-defined type name, for unqualified references that search_path did not resolve.
    std::set<std::string> type_names;
    auto add = [&](const auto& map) {
        for (const auto& entry : map) type_names.insert(entry.first.name.str());
    };
    add(catalog.enums), add(catalog.composites), add(catalog.domains), add(catalog.ranges), add(catalog.tables);
    add(catalog.views);
    auto type_exists = [&](const engine::TypeName& t, const std::set<std::string>& names) {
        // Extensions bring types the model does not list (citext, hstore, geometry, …).
        if (!catalog.extensions.empty() || t.schema.str() == "pg_catalog") return true;
        if (t.schema.empty()) return engine::is_builtin_type_name(t.name) || names.count(t.name) > 0;
        const QualifiedName type{t.schema, Ident(t.name)};
        return catalog.enums.count(type) || catalog.composites.count(type) || catalog.domains.count(type) ||
               catalog.ranges.count(type) || catalog.tables.count(type) || catalog.views.count(type) ||
               catalog.raw_objects.count({"TYPE", type.quoted()}) > 0;
    };
    for (const auto& [key, raw] : catalog.raw_objects)
        if (key.first == "TYPE") type_names.insert(key.second.substr(key.second.rfind('.') + 1));
    for (const auto& [name, table] : catalog.tables) {
        for (const auto& c : table.constraints) {
            if (c.kind != engine::ConstraintKind::foreign_key) continue;
            auto target = catalog.tables.find(c.references.table);
            if (target == catalog.tables.end())
                throw engine::Error(c.where, "foreign key " + c.name.quoted() + " references " +
                                                 c.references.table.quoted() + ", which does not exist");
            for (const auto& col : c.references.columns)
                if (!target->second.find_column(col))
                    throw engine::Error(c.where, "foreign key " + c.name.quoted() + " references column " + col.quoted() +
                                                     " of " + target->first.quoted() + ", which does not exist");
        }
        for (const auto& col : table.columns)
            if (!type_exists(col.type, type_names))
                throw engine::Error(col.where, "column " + col.name.quoted() + " of " + name.quoted() + " has type " +
                                                   col.type.sql() + ", which does not exist");
    }
}

}  // namespace parser
