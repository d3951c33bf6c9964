// What a step risks (DESIGN §4): the lock it takes, whether it rewrites or scans a table, and
// whether it is destructive — loses data or breaks readers — so that the guard holds it back.
#include <algorithm>

#include "../diff/facts.hpp"
#include "builder.hpp"
#include "type_casts.hpp"

namespace planner::plan_parts {

namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// The table a step's object belongs to (a column's, an index's, a trigger's), from either side.
std::string table_of(const Builder& b, const Step& step) {
    for (const ObjectIndex* index : {&b.to_index, &b.from_index}) {
        const std::optional<ObjectRef> ref = index->find(keys::key(step.object_kind, step.object));
        if (!ref) continue;
        if (ref->table) return ref->table->name.quoted();
        if (ref->index) return ref->index->table.quoted();
        if (ref->trigger) return ref->trigger->table.quoted();
        if (ref->policy) return ref->policy->table.quoted();
        if (ref->view) return ref->view->name.quoted();
    }
    return step.object;
}

// varchar(n) → varchar(m ≥ n) or text, and integer widening, keep every value.
bool widening(const std::string& from, const std::string& to) {
    auto length = [](const std::string& type, const char* prefix) -> long {
        const std::string p = std::string(prefix) + "(";
        if (type.rfind(p, 0) != 0) return -1;
        return std::atol(type.c_str() + p.size());
    };
    if (to == "text" && (from.rfind("character varying", 0) == 0 || from == "text")) return true;
    const long a = length(from, "character varying");
    const long c = length(to, "character varying");
    if (a > 0 && (to == "character varying" || (c >= a))) return true;
    if (from == "smallint" && (to == "integer" || to == "bigint")) return true;
    if (from == "integer" && to == "bigint") return true;
    return false;
}

std::optional<bool> has_rows(const Builder& b, const std::string& table) {
    if (!b.options.table_has_rows) return std::nullopt;
    for (const auto& [name, t] : b.from.tables)
        if (name.quoted() == table) return b.options.table_has_rows(name);
    return false;  // a table the plan creates
}

}  // namespace

void assess(const Builder& b, Step& step) {
    // Their hazards come with them (renames.cpp, privilege_steps.cpp).
    if (step.action == "rename" || step.action == "grant" || step.action == "revoke") return;
    const std::string& kind = step.object_kind;
    const std::string table = table_of(b, step);
    auto lock = [&](const char* level, const std::string& on) { step.lock = std::string(level) + " on " + on; };
    if (step.action == "drop") {
        if (kind == "table" || kind == "foreign table" || kind == "column" || kind == "materialized view" ||
            kind == "sequence" || kind == "schema" || kind == "type") {
            step.destructive = true;
            step.hazards.push_back(kind == "type" ? "breaks columns of this type" : "deletes data");
        }
        if (kind == "index" && contains(step.sql, "CONCURRENTLY")) lock("SHARE UPDATE EXCLUSIVE", table);
        else if (kind != "schema" && kind != "type" && kind != "domain" && kind != "function" && kind != "procedure" &&
                 kind != "extension")
            lock("ACCESS EXCLUSIVE", table);
        return;
    }
    const std::string& sql = step.sql;
    if (kind == "column" && contains(sql, " TYPE ")) {
        lock("ACCESS EXCLUSIVE", table);
        const std::optional<ObjectRef> from = b.from_index.find(keys::key(kind, step.object));
        const std::optional<ObjectRef> to = b.to_index.find(keys::key(kind, step.object));
        const std::string before = from && from->column ? facts::type_text(from->column->type) : "";
        const std::string after = to && to->column ? facts::type_text(to->column->type) : "";
        if (!has_cast(before, after) && !contains(sql, " USING to_timestamp(")) {
            step.destructive = true;
            step.hazards.push_back("deletes data: there is no cast from " + before + " to " + after +
                                   ", every value is replaced by the column's default or NULL");
        } else if (before != after && !widening(before, after)) {
            step.destructive = true;
            step.hazards.push_back("may fail or lose data converting " + before + " to " + after +
                                   (contains(sql, " USING to_timestamp(") ? " (read as Unix epoch seconds)" : ""));
        }
        if (!(widening(before, after) && after != "bigint" && before != "smallint")) step.hazards.push_back("rewrites table");
        return;
    }
    const bool sets_not_null = contains(sql, " SET NOT NULL") ||
                               (contains(sql, " ADD COLUMN ") && contains(sql, " NOT NULL") && !contains(sql, " DEFAULT ") &&
                                !contains(sql, " GENERATED "));
    if (kind == "column" && sets_not_null) {
        lock("ACCESS EXCLUSIVE", table);
        step.hazards.push_back("scans table");
        const auto rows = has_rows(b, table);
        if (!rows) {
            step.hazards.push_back("fails if the table has rows with NULL (whether it has rows is unknown without a database)");
        } else if (*rows) {
            step.destructive = true;
            step.hazards.push_back("fails unless every row has a value: " + table + " has rows");
        }
        return;
    }
    if (kind == "index" && step.action == "create") {
        if (contains(sql, "CONCURRENTLY")) {
            lock("SHARE UPDATE EXCLUSIVE", table);
        } else {
            lock("SHARE", table);
            step.hazards.push_back("blocks writes while it builds");
        }
        return;
    }
    if (kind == "constraint") {
        if (contains(sql, " VALIDATE CONSTRAINT ")) {  // reads and writes go on meanwhile
            lock("SHARE UPDATE EXCLUSIVE", table);
            step.hazards.push_back("scans table");
        } else if (contains(sql, "FOREIGN KEY")) {
            lock("SHARE ROW EXCLUSIVE", table);
            if (!contains(sql, "NOT VALID")) step.hazards.push_back("validates every row");
        } else {
            lock("ACCESS EXCLUSIVE", table);
            if (contains(sql, " ADD ") && !contains(sql, "NOT VALID") && !contains(sql, " USING INDEX "))
                step.hazards.push_back("scans table");
        }
        return;
    }
    if (kind == "table" && contains(sql, " ATTACH PARTITION ")) {
        lock("ACCESS EXCLUSIVE", table);
        const std::optional<ObjectRef> to = b.to_index.find(keys::key(kind, step.object));
        if (to && to->table && to->table->partition_of)
            step.hazards.push_back("takes SHARE UPDATE EXCLUSIVE lock on " + to->table->partition_of->parent.quoted());
        step.hazards.push_back("scans table to check its partition bound");
        return;
    }
    if (step.action == "alter" && (kind == "column" || kind == "table" || kind == "trigger" || kind == "policy"))
        lock("ACCESS EXCLUSIVE", table);
}

}  // namespace planner::plan_parts
