// In-place alterations: columns (added, type, default, NOT NULL, identity, storage), table
// settings, sequences, domains, enum values and extensions; and the constraints a kept table
// gains that `to`'s script writes inside CREATE TABLE (CHECKs).
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "../diff/facts.hpp"
#include "builder.hpp"
#include "type_casts.hpp"

namespace planner::plan_parts {

namespace {

using render::alter_table_sql;

// A sequence's bounds and start as PostgreSQL fills them in for its type.
struct SequenceBounds {
    std::string type;
    std::int64_t increment;
    std::int64_t min;
    std::int64_t max;
    std::int64_t start;
};

SequenceBounds bounds_of(const engine::SequenceOptions& o, const std::string& column_type) {
    SequenceBounds b;
    b.type = o.as_type ? o.as_type->sql() : column_type.empty() ? "bigint" : column_type;
    const std::int64_t type_max = b.type == "smallint" ? 32767 : b.type == "integer" ? 2147483647
                                                                                     : std::numeric_limits<std::int64_t>::max();
    const std::int64_t type_min = b.type == "smallint" ? -32768 : b.type == "integer" ? -2147483648LL
                                                                                      : std::numeric_limits<std::int64_t>::min();
    b.increment = o.increment.value_or(1);
    b.min = o.min_value.value_or(b.increment > 0 ? 1 : type_min);
    b.max = o.max_value.value_or(b.increment > 0 ? type_max : -1);
    b.start = o.start.value_or(b.increment > 0 ? b.min : b.max);
    return b;
}

// Every option spelled out, PostgreSQL's defaults filled in: the result does not depend on what
// the sequence had before.
std::vector<std::string> explicit_sequence_options(const engine::SequenceOptions& o, const std::string& column_type,
                                                   bool with_type) {
    const SequenceBounds b = bounds_of(o, column_type);
    std::vector<std::string> parts;
    if (with_type) parts.push_back("AS " + b.type);
    parts.push_back(fmt::format("INCREMENT BY {}", b.increment));
    parts.push_back(fmt::format("MINVALUE {}", b.min));
    parts.push_back(fmt::format("MAXVALUE {}", b.max));
    parts.push_back(fmt::format("START WITH {}", b.start));
    parts.push_back(fmt::format("CACHE {}", o.cache.value_or(1)));
    parts.push_back(o.cycle ? "CYCLE" : "NO CYCLE");
    return parts;
}

// A sequence whose stored value falls outside its new bounds must restart, or PostgreSQL refuses
// the ALTER ("RESTART value (-200) cannot be less than MINVALUE (-100)"). The value is read from
// a live `from` (PlanOptions::sequence_value); for a file it is the old START, as for a sequence
// never called. Appends " RESTART WITH <new start>" to `sql` and its hazard to `hazards`.
void restart_if_outside(const Builder& b, const SequenceBounds& old_bounds, const SequenceBounds& bounds,
                        const engine::QualifiedName& relation, const std::optional<engine::Ident>& column,
                        std::string& sql, std::vector<std::string>& hazards) {
    std::optional<std::int64_t> value;
    if (b.options.sequence_value) value = b.options.sequence_value(relation, column);
    const std::int64_t stored = value.value_or(old_bounds.start);
    if (stored >= bounds.min && stored <= bounds.max) return;
    sql += fmt::format(" RESTART WITH {}", bounds.start);
    hazards.push_back(fmt::format("restarts the sequence at {}: its value {} is outside the new bounds {}..{}, so "
                                  "values it gave before may come again",
                                  bounds.start, stored, bounds.min, bounds.max));
}

engine::QualifiedName type_name(const engine::TypeName& type) {
    return {type.schema.empty() ? engine::Ident("public") : type.schema, engine::Ident(type.name)};
}

bool is_enum(const engine::Catalog& catalog, const engine::TypeName& type) {
    return type.array_dims == 0 && catalog.enums.count(type_name(type)) > 0;
}

bool epoch_to_timestamp(const engine::TypeName& from, const engine::TypeName& to) {
    static const std::set<std::string> numbers{"smallint", "integer", "bigint", "real", "double precision", "numeric"};
    const std::string before = facts::type_text(from);
    const std::string after = facts::type_text(to);
    return numbers.count(before.substr(0, before.find('('))) > 0 && after.rfind("timestamp", 0) == 0;
}

class ColumnSteps {
public:
    ColumnSteps(Builder& b, const std::string& key, const std::set<std::string>& fields)
        : b_(b), key_(key), fields_(fields), to_(b.to_index.find(key)), from_(b.from_index.find(key)) {}

    void run() {
        if (!to_ || !to_->column) return;
        const engine::Table& table = *to_->table;
        if (b_.creates.count(keys::table(table))) return;  // the table is created whole
        anchor_ = keys::table(table);
        head_ = alter_table_sql(table, false);
        const engine::Column& c = *to_->column;
        const bool inherited = render::column_is_inherited(b_.to, table, c);
        if (fields_.count("added")) {
            if (!inherited) add(head_ + " ADD COLUMN " + render::column_sql(c), "create");
            return;
        }
        if (!from_ || !from_->column) return;
        const engine::Column& old = *from_->column;
        const std::string target = head_ + " ALTER COLUMN " + c.name.quoted();
        const bool converted = fields_.count("type") && b_.converted_enums.count(keys::type(type_name(c.type)));
        const bool retype = facts::type_text(old.type) != facts::type_text(c.type) || old.collation != c.collation || converted;
        bool reset_default = fields_.count("default") > 0;
        if (retype && !inherited) {  // an inherited column's type follows the parent's change
            if (old.default_value && !b_.default_resets.count(key_)) add(target + " DROP DEFAULT", "alter");
            std::string sql = target + " TYPE " + c.type.sql();
            if (c.collation) sql += " COLLATE " + c.collation->quoted();
            // An enum converts through text: there is no cast between enum types, or to most types.
            // Numbers have no cast to timestamps: they are read as Unix epoch seconds.
            // No cast at all (integer → uuid): the column is filled as if added anew, with its
            // default or NULL (destructive, hazards.cpp).
            if (epoch_to_timestamp(old.type, c.type))
                sql += " USING to_timestamp(" + c.name.quoted() + ")";
            else if (!has_cast(facts::type_text(old.type), facts::type_text(c.type)))
                sql += " USING " + (c.default_value && c.identity == engine::IdentityKind::none && !c.generated
                                        ? render::expr_sql(*c.default_value)
                                        : "NULL::" + c.type.sql());
            else if (facts::type_text(old.type) != facts::type_text(c.type))
                sql += " USING " + c.name.quoted() + (is_enum(b_.from, old.type) || is_enum(b_.to, c.type) ? "::text" : "") +
                       "::" + c.type.sql();
            else if (converted)  // the same name, a new type
                sql += " USING " + c.name.quoted() + (c.type.array_dims > 0 ? "::text[]::" : "::text::") + c.type.sql();
            add(sql, "alter");
            reset_default = reset_default || old.default_value.has_value();
        }
        identity(target, old, c);
        if (reset_default && c.identity == engine::IdentityKind::none && !c.generated) {
            if (c.default_value)
                add(target + " SET DEFAULT " + render::expr_sql(*c.default_value), "alter", table.search_path);
            else if (!retype)
                add(target + " DROP DEFAULT", "alter");
        }
        const bool was_not_null = not_null_from_parents(b_, table, c.name).value_or(holds_not_null(old));
        const bool not_null = holds_not_null(c);
        if (was_not_null != not_null && c.identity == engine::IdentityKind::none)
            add(target + (not_null ? " SET NOT NULL" : " DROP NOT NULL"), "alter");
        if (fields_.count("storage") && c.storage) add(target + " SET STORAGE " + render::upper(*c.storage), "alter");
        if (fields_.count("compression"))
            add(target + " SET COMPRESSION " + (c.compression ? *c.compression : std::string("default")), "alter");
        if (fields_.count("statistics")) add(fmt::format("{} SET STATISTICS {}", target, c.statistics.value_or(-1)), "alter");
        if (fields_.count("options")) {
            std::string reset;
            for (const auto& [k, v] : old.options) reset += (reset.empty() ? "" : ", ") + k;
            if (!reset.empty()) add(target + " RESET (" + reset + ")", "alter");
            if (!c.options.empty()) add(target + " SET " + render::options_sql(c.options), "alter");
        }
    }

private:
    void identity(const std::string& target, const engine::Column& old, const engine::Column& c) {
        using K = engine::IdentityKind;
        const char* kind = c.identity == K::always ? "ALWAYS" : "BY DEFAULT";
        if (old.identity == K::none && c.identity != K::none) {
            if (old.default_value) add(target + " DROP DEFAULT", "alter");
            if (!old.not_null) add(target + " SET NOT NULL", "alter");  // identity needs it first
            std::string options;
            for (const auto& p : render::sequence_option_parts(c.identity_options, true))
                options += (options.empty() ? "" : " ") + p;
            add(target + " ADD GENERATED " + kind + " AS IDENTITY" + (options.empty() ? "" : " (" + options + ")"), "alter");
            return;
        }
        if (old.identity != K::none && c.identity == K::none) {
            add(target + " DROP IDENTITY", "alter");
            if (!c.not_null) add(target + " DROP NOT NULL", "alter");
            return;
        }
        if (c.identity == K::none) return;
        if (old.identity != c.identity) add(target + " SET GENERATED " + kind, "alter");
        if (!(old.identity_options == c.identity_options)) {
            std::string sql = target;
            for (const auto& part : explicit_sequence_options(c.identity_options, facts::type_text(c.type), false))
                sql += " SET " + part;
            std::vector<std::string> hazards;
            restart_if_outside(b_, bounds_of(old.identity_options, facts::type_text(old.type)),
                               bounds_of(c.identity_options, facts::type_text(c.type)), to_->table->name, c.name, sql,
                               hazards);
            add(sql, "alter");
            b_.anchored[anchor_].back().hazards = std::move(hazards);
        }
    }

    void add(std::string sql, const char* action, std::vector<engine::Ident> path = {}) {
        b_.anchored[anchor_].push_back(b_.step(key_, std::move(sql), action, std::move(path)));
    }

    Builder& b_;
    const std::string& key_;
    const std::set<std::string>& fields_;
    std::optional<ObjectRef> to_;
    std::optional<ObjectRef> from_;
    std::string anchor_;
    std::string head_;
};

void table_steps(Builder& b, const std::string& key, const std::set<std::string>& fields) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    const std::optional<ObjectRef> from = b.from_index.find(key);
    if (!to || !to->table || !from || !from->table) return;
    const engine::Table& t = *to->table;
    const engine::Table& old = *from->table;
    const std::string head = alter_table_sql(t, false);
    auto add = [&](const std::string& sql) { b.anchored[key].push_back(b.step(key, sql, "alter")); };
    if (fields.count("unlogged")) add(head + (t.unlogged ? " SET UNLOGGED" : " SET LOGGED"));
    if (fields.count("storage parameters")) {
        std::string reset;
        for (const auto& [k, v] : old.storage_params) reset += (reset.empty() ? "" : ", ") + k;
        if (!reset.empty()) add(head + " RESET (" + reset + ")");
        if (!t.storage_params.empty()) add(head + " SET " + render::options_sql(t.storage_params));
    }
    if (fields.count("row level security"))
        add(head + (t.rls_enabled ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
    if (fields.count("forced row level security"))
        add(head + (t.rls_forced ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
    if (fields.count("replica identity")) {
        switch (t.replica_identity) {
            case engine::ReplicaIdentity::default_: add(head + " REPLICA IDENTITY DEFAULT"); break;
            case engine::ReplicaIdentity::full: add(head + " REPLICA IDENTITY FULL"); break;
            case engine::ReplicaIdentity::nothing: add(head + " REPLICA IDENTITY NOTHING"); break;
            case engine::ReplicaIdentity::index:
                if (t.replica_identity_index) {
                    // The index is created later in the plan when it is new: after it.
                    b.anchored[keys::index({t.name.schema, *t.replica_identity_index})].push_back(
                        b.step(key, head + " REPLICA IDENTITY USING INDEX " + t.replica_identity_index->quoted(), "alter"));
                }
                break;
        }
    }
    if (fields.count("cluster on")) {
        if (t.cluster_on)
            b.anchored[keys::index({t.name.schema, *t.cluster_on})].push_back(
                b.step(key, head + " CLUSTER ON " + t.cluster_on->quoted(), "alter"));
        else
            add(head + " SET WITHOUT CLUSTER");
    }
}

// ALTER SEQUENCE … OWNED BY, after the owning column exists: at its table's place.
void owner_step(Builder& b, const std::string& key, const engine::Sequence& s) {
    auto table = b.to.tables.find(s.owned_by->table);
    const std::string anchor = table == b.to.tables.end() ? key : keys::table(table->second);
    b.anchored[anchor].push_back(b.step(key, "ALTER SEQUENCE " + s.name.quoted() + " OWNED BY " +
                                                 s.owned_by->table.quoted() + "." + s.owned_by->column.quoted(),
                                        "alter"));
}

void sequence_steps(Builder& b, const std::string& key, const std::set<std::string>& fields,
                    const std::set<std::string>& released) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    if (!to || !to->sequence) return;
    const engine::Sequence& s = *to->sequence;
    const std::string head = "ALTER SEQUENCE " + s.name.quoted();
    bool options = false;
    for (const char* f : {"type", "increment", "minvalue", "maxvalue", "start", "cache", "cycle"}) options |= fields.count(f) > 0;
    if (options) {
        std::string sql = head;
        for (const auto& part : explicit_sequence_options(s.options, "", true)) sql += " " + part;
        std::vector<std::string> hazards;
        if (const std::optional<ObjectRef> from = b.from_index.find(key); from && from->sequence)
            restart_if_outside(b, bounds_of(from->sequence->options, ""), bounds_of(s.options, ""), s.name, std::nullopt,
                               sql, hazards);
        b.anchored[key].push_back(b.step(key, sql, "alter"));
        b.anchored[key].back().hazards = std::move(hazards);
    }
    if (fields.count("unlogged"))
        b.anchored[key].push_back(b.step(key, head + (s.unlogged ? " SET UNLOGGED" : " SET LOGGED"), "alter"));
    if (fields.count("owned by")) {
        if (s.owned_by) owner_step(b, key, s);
        else if (!released.count(key)) b.anchored[key].push_back(b.step(key, head + " OWNED BY NONE", "alter"));
    }
}

// A partition's index or key constraint attached to its parent's index, once that exists.
void attach_step(Builder& b, const std::string& key) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    if (!to) return;
    std::optional<engine::QualifiedName> parent;
    engine::QualifiedName child;
    if (to->index) {
        parent = to->index->attached_to;
        child = to->index->name;
    } else if (to->constraint) {
        parent = to->constraint->index_attached_to;
        child = {to->table->name.schema, to->constraint->name};
    }
    if (!parent) return;
    std::string anchor = keys::index(*parent);
    if (!b.to_index.find(anchor))  // a parent's key constraint
        for (const auto& [name, table] : b.to.tables)
            if (name.schema == parent->schema)
                for (const auto& c : table.constraints)
                    if (c.name == parent->name) anchor = keys::constraint(name, c.name);
    b.anchored[anchor].push_back(
        b.step(key, "ALTER INDEX " + parent->quoted() + " ATTACH PARTITION " + child.quoted(), "alter"));
}

// A NOT VALID constraint that `to` holds valid: checked against the rows now.
void validate_step(Builder& b, const std::string& key) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    if (!to || !to->constraint) return;
    b.anchored[keys::table(*to->table)].push_back(
        b.step(key, alter_table_sql(*to->table, false) + " VALIDATE CONSTRAINT " + to->constraint->name.quoted(), "alter"));
}

// A kept sequence owned by a table or column that is dropped would go with it: released first
// (OWNED BY NONE, keeping its value), and owned again by `to`'s owner once that exists.
std::set<std::string> release_owned_sequences(Builder& b) {
    std::set<std::string> released;
    for (const auto& [name, sequence] : b.from.sequences) {
        if (!sequence.owned_by) continue;
        const std::string key = keys::sequence(name);
        const auto table = b.from.tables.find(sequence.owned_by->table);
        const std::optional<ObjectRef> to = b.to_index.find(key);
        if (b.drops.count(key) || !to || !to->sequence || table == b.from.tables.end()) continue;
        if (!b.drops.count(keys::table(table->second)) &&
            !b.drops.count(keys::column(sequence.owned_by->table, sequence.owned_by->column)))
            continue;
        b.pre_drops.push_back(b.step(key, "ALTER SEQUENCE " + name.quoted() + " OWNED BY NONE", "alter"));
        released.insert(key);
        const auto in_place = b.in_place.find(key);
        if (to->sequence->owned_by && (in_place == b.in_place.end() || !in_place->second.count("owned by")))
            owner_step(b, key, *to->sequence);
    }
    return released;
}

// Labels only added: ALTER TYPE … ADD VALUE, in a group of their own committed first, so that
// the plan may use them.
void enum_steps(Builder& b, const std::string& key) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    const std::optional<ObjectRef> from = b.from_index.find(key);
    if (!to || !to->enum_type || !from || !from->enum_type) return;
    const auto& old = from->enum_type->labels;
    const auto& labels = to->enum_type->labels;
    if (!labels_only_added(old, labels)) return;  // re-created (classify.cpp)
    const std::string head = "ALTER TYPE " + to->enum_type->name.quoted() + " ADD VALUE ";
    std::set<std::string> present(old.begin(), old.end());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (present.count(labels[i])) continue;
        std::string sql = head + engine::quote_literal(labels[i]);
        // BEFORE the next old label, or AFTER the previous label (old or just added).
        std::optional<std::string> next;
        for (std::size_t k = i + 1; k < labels.size() && !next; ++k)
            if (present.count(labels[k])) next = labels[k];
        if (next)
            sql += " BEFORE " + engine::quote_literal(*next);
        else if (i > 0)
            sql += " AFTER " + engine::quote_literal(labels[i - 1]);
        present.insert(labels[i]);
        b.first_group.push_back(b.step(key, sql, "alter"));
    }
}

void domain_steps(Builder& b, const std::string& key, const std::set<std::string>& fields) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    const std::optional<ObjectRef> from = b.from_index.find(key);
    if (!to || !to->domain || !from || !from->domain) return;
    const engine::Domain& d = *to->domain;
    const std::string head = "ALTER DOMAIN " + d.name.quoted();
    auto add = [&](const std::string& sql) { b.anchored[key].push_back(b.step(key, sql, "alter", d.search_path)); };
    if (fields.count("default"))
        add(d.default_value ? head + " SET DEFAULT " + render::expr_sql(*d.default_value) : head + " DROP DEFAULT");
    if (fields.count("not null")) add(head + (d.not_null ? " SET NOT NULL" : " DROP NOT NULL"));
    if (fields.count("checks")) {
        auto check_key = [](const engine::DomainCheck& c) { return facts::domain_check_key(c.check) + (c.not_valid ? "!" : ""); };
        std::map<std::string, std::string> before, after;
        for (const auto& c : from->domain->checks) before[c.name.str()] = check_key(c);
        for (const auto& c : d.checks) after[c.name.str()] = check_key(c);
        for (const auto& c : from->domain->checks)
            if (!after.count(c.name.str()) || after[c.name.str()] != before[c.name.str()])
                add(head + " DROP CONSTRAINT " + c.name.quoted());
        for (const auto& c : d.checks)
            if (!before.count(c.name.str()) || after[c.name.str()] != before[c.name.str()])
                add(head + " ADD CONSTRAINT " + c.name.quoted() + " CHECK (" + render::expr_sql(c.check) + ")" +
                    (c.not_valid ? " NOT VALID" : ""));
    }
}

void extension_steps(Builder& b, const std::string& key, const std::set<std::string>& fields) {
    const std::optional<ObjectRef> to = b.to_index.find(key);
    if (!to || !to->extension) return;
    const engine::Extension& e = *to->extension;
    if (fields.count("schema") && e.schema)
        b.anchored[key].push_back(b.step(key, "ALTER EXTENSION " + e.name.quoted() + " SET SCHEMA " + e.schema->quoted(), "alter"));
    if (fields.count("version") && e.version)
        b.anchored[key].push_back(
            b.step(key, "ALTER EXTENSION " + e.name.quoted() + " UPDATE TO " + engine::quote_literal(*e.version), "alter"));
}

}  // namespace

void add_column_steps(Builder& b) {
    // Defaults that call something re-created: dropped before it goes, set again afterwards.
    for (const auto& key : b.default_resets) {
        const std::optional<ObjectRef> from = b.from_index.find(key);
        if (!from || !from->column || b.drops.count(keys::table(*from->table))) continue;
        b.pre_drops.push_back(b.step(key, alter_table_sql(*from->table, false) + " ALTER COLUMN " +
                                              from->column->name.quoted() + " DROP DEFAULT", "alter"));
        if (b.to_index.find(key)) b.in_place[key].insert("default");
    }
    mark_children_not_null(b);
    // Columns in their table's order, so that added ones line up as `to` declares them.
    std::vector<std::pair<std::pair<std::string, std::size_t>, const std::string*>> columns;
    for (const auto& [key, fields] : b.in_place) {
        if (split_key(key).first != "column") continue;
        const std::optional<ObjectRef> to = b.to_index.find(key);
        if (!to || !to->column) continue;
        columns.push_back({{keys::table(*to->table), static_cast<std::size_t>(to->column - to->table->columns.data())}, &key});
    }
    std::sort(columns.begin(), columns.end());
    for (const auto& [order, key] : columns) ColumnSteps(b, *key, b.in_place.at(*key)).run();
    const std::set<std::string> released = release_owned_sequences(b);
    for (const auto& [key, fields] : b.in_place) {
        const std::string kind = split_key(key).first;
        if (kind == "table" || kind == "foreign table") table_steps(b, key, fields);
        else if (kind == "sequence") sequence_steps(b, key, fields, released);
        else if (kind == "type") enum_steps(b, key);
        else if (kind == "domain") domain_steps(b, key, fields);
        else if (kind == "extension") extension_steps(b, key, fields);
        else if (fields.count("attached to")) attach_step(b, key);
        else if (kind == "constraint") validate_step(b, key);
    }
    // Constraints `to` writes inside CREATE TABLE, added to a table that is kept.
    for (const auto& key : b.creates) {
        if (b.to_position.count(key) || split_key(key).first != "constraint") continue;
        const std::optional<ObjectRef> to = b.to_index.find(key);
        if (!to || !to->constraint || b.creates.count(keys::table(*to->table))) continue;
        b.anchored[keys::table(*to->table)].push_back(
            b.step(key, alter_table_sql(*to->table, false) + " ADD " + render::constraint_body_sql(*to->constraint),
                   "create", to->table->search_path));
    }
}

}  // namespace planner::plan_parts
