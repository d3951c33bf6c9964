// --online (DESIGN §4): steps on tables that exist before the plan and stay, rewritten so that no
// long lock is held on them:
// - CREATE [UNIQUE] INDEX and DROP INDEX become CONCURRENTLY, each a group of its own outside a
//   transaction;
// - a foreign key or CHECK is added NOT VALID (a short lock) and validated in a transaction of its
//   own (SHARE UPDATE EXCLUSIVE: reads and writes go on);
// - SET NOT NULL goes through a CHECK (col IS NOT NULL) added NOT VALID and validated, which lets
//   SET NOT NULL skip its scan; the CHECK is dropped after;
// - a primary key or unique constraint is built as a unique index CONCURRENTLY, then added
//   USING INDEX.
// Partitioned tables keep the plain steps: PostgreSQL 15 builds no index CONCURRENTLY on them and
// adds no NOT VALID foreign key to them.
#include <algorithm>

#include "../object_key.hpp"
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

// The table exists before the plan and is neither dropped nor re-created by it, nor partitioned.
const engine::Table* kept_table(const Builder& b, const engine::QualifiedName& name) {
    const auto from = b.from.tables.find(name);
    const auto to = b.to.tables.find(name);
    if (from == b.from.tables.end() || to == b.to.tables.end()) return nullptr;
    if (b.drops.count(keys::table(from->second)) || from->second.partition_by || to->second.partition_by) return nullptr;
    if (from->second.foreign_server) return nullptr;
    return &to->second;
}

// `sql` with `word` put after its leading `prefix`, or nullopt when it does not start with it.
std::optional<std::string> after_prefix(const std::string& sql, const std::string& prefix, const std::string& word) {
    if (sql.rfind(prefix, 0) != 0) return std::nullopt;
    return prefix + word + sql.substr(prefix.size());
}

engine::Ident check_name_for(const engine::Ident& column) {
    return engine::Ident(engine::clip_identifier("strata_not_null_" + column.str()));
}

struct Rewriter {
    const Builder& b;
    const Step& original;
    std::vector<Step> out;
    std::string table;  // what every step of the rewrite locks

    // A step of the rewrite: assessed, and held back with the original when that one is destructive.
    Step& add(std::string sql, const std::string& kind, const std::string& object, const std::string& action,
              bool transactional = true, bool own_group = false) {
        Step s = b.step(keys::key(kind, object), std::move(sql), action, original.search_path);
        s.transactional = transactional;
        s.own_group = own_group;
        assess(b, s);
        if (!s.lock.empty()) s.lock = s.lock.substr(0, s.lock.find(" on ")) + " on " + table;
        if (original.destructive) {
            s.destructive = true;
            for (const auto& h : original.hazards)
                if (h != "scans table" && std::find(s.hazards.begin(), s.hazards.end(), h) == s.hazards.end())
                    s.hazards.push_back(h);
        }
        out.push_back(std::move(s));
        return out.back();
    }

    bool index_created(const ObjectRef& ref) {
        const engine::Index& index = *ref.index;
        if (index.only || !kept_table(b, index.table)) return false;
        table = index.table.quoted();
        std::optional<std::string> sql = after_prefix(original.sql, "CREATE INDEX ", "CONCURRENTLY ");
        if (!sql) sql = after_prefix(original.sql, "CREATE UNIQUE INDEX ", "CONCURRENTLY ");
        if (!sql) return false;
        add(*sql, original.object_kind, original.object, original.action, false)
            .hazards.push_back("leaves an INVALID index behind if it fails: drop it before running the plan again");
        return true;
    }

    bool index_dropped(const ObjectRef& ref) {
        const engine::Index& index = *ref.index;
        if (index.attached_to || !kept_table(b, index.table)) return false;
        table = index.table.quoted();
        auto sql = after_prefix(original.sql, "DROP INDEX ", "CONCURRENTLY ");
        if (!sql) return false;
        add(*sql, original.object_kind, original.object, original.action, false);
        return true;
    }

    bool constraint_added(const ObjectRef& ref) {
        const engine::Constraint& c = *ref.constraint;
        const engine::Table* kept = kept_table(b, ref.table->name);
        if (!kept || kept->partition_of || c.not_valid) return false;
        table = kept->name.quoted();
        if (original.sql.find(" ADD CONSTRAINT ") == std::string::npos) return false;
        const std::string head = "ALTER TABLE " + kept->name.quoted();
        if (c.kind == engine::ConstraintKind::foreign_key || c.kind == engine::ConstraintKind::check) {
            add(original.sql + " NOT VALID", original.object_kind, original.object, original.action);
            add(head + " VALIDATE CONSTRAINT " + c.name.quoted(), original.object_kind, original.object, "alter", true, true);
            return true;
        }
        const bool key = c.kind == engine::ConstraintKind::primary_key || c.kind == engine::ConstraintKind::unique;
        if (!key || !c.index_with.empty() || c.index_tablespace || c.using_index || c.index_attached_to) return false;
        const engine::QualifiedName index{kept->name.schema, c.name};
        if (b.from.has_relation(index)) return false;
        add("CREATE UNIQUE INDEX CONCURRENTLY " + c.name.quoted() + " ON " + kept->name.quoted() + " (" +
                render::ident_list(c.columns) + ")" +
                (c.include.empty() ? "" : " INCLUDE (" + render::ident_list(c.include) + ")") +
                (c.nulls_not_distinct ? " NULLS NOT DISTINCT" : ""),
            "index", index.quoted(), "create", false)
            .hazards.push_back("leaves an INVALID index behind if it fails: drop it before running the plan again");
        add(head + " ADD CONSTRAINT " + c.name.quoted() + (c.kind == engine::ConstraintKind::primary_key ? " PRIMARY KEY" : " UNIQUE") +
                " USING INDEX " + c.name.quoted() + render::deferral_sql(c),
            original.object_kind, original.object, original.action, true, true);
        return true;
    }

    bool not_null_set(const ObjectRef& ref) {
        static const std::string suffix = " SET NOT NULL";
        const std::string& sql = original.sql;
        if (sql.size() < suffix.size() || sql.compare(sql.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
        const engine::Table* kept = kept_table(b, ref.table->name);
        if (!kept || kept->partition_of || !b.from_index.find(keys::column(kept->name, ref.column->name))) return false;
        table = kept->name.quoted();
        const engine::Ident check = check_name_for(ref.column->name);
        for (const auto& c : kept->constraints)
            if (c.name == check) return false;
        const std::string head = "ALTER TABLE " + kept->name.quoted();
        const std::string constraint = keys::constraint(kept->name, check);
        const std::string path = split_key(constraint).second;
        add(head + " ADD CONSTRAINT " + check.quoted() + " CHECK (" + ref.column->name.quoted() + " IS NOT NULL) NOT VALID",
            "constraint", path, "create");
        Step& validate = add(head + " VALIDATE CONSTRAINT " + check.quoted(), "constraint", path, "alter", true, true);
        for (const auto& h : original.hazards)  // where a NULL now fails
            if (h != "scans table" && std::find(validate.hazards.begin(), validate.hazards.end(), h) == validate.hazards.end())
                validate.hazards.push_back(h);
        Step& set = add(sql, original.object_kind, original.object, original.action, true, true);
        set.hazards = {"no scan: the validated CHECK proves it"};
        if (original.destructive) set.hazards.push_back("held back with the NOT NULL it stands for");
        add(head + " DROP CONSTRAINT " + check.quoted(), "constraint", path, "drop");
        return true;
    }

    // The rewrite of `original`, or nothing when it stays as it is.
    bool run() {
        const std::string key = keys::key(original.object_kind, original.object);
        const bool drop = original.action == "drop";
        const std::optional<ObjectRef> ref = (drop ? b.from_index : b.to_index).find(key);
        if (!ref) return false;
        if (ref->index && original.action == "create") return index_created(*ref);
        if (ref->index && drop) return index_dropped(*ref);
        if (ref->constraint && original.action == "create") return constraint_added(*ref);
        if (ref->column && original.action == "alter") return not_null_set(*ref);
        return false;
    }
};

}  // namespace

std::vector<Step> online_steps(const Builder& b, Step step) {
    Rewriter rewriter{b, step, {}};
    if (!rewriter.run()) return {std::move(step)};
    return std::move(rewriter.out);
}

}  // namespace planner::plan_parts
