// Each change becomes a drop, a creation, a CREATE OR REPLACE, a comment, or an in-place
// alteration; what cannot be altered in place is dropped and created again.
#include <algorithm>

#include "builder.hpp"

namespace planner::plan_parts {

namespace {

bool only(const std::set<std::string>& fields, std::initializer_list<const char*> allowed) {
    return std::all_of(fields.begin(), fields.end(), [&](const std::string& f) {
        return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return f == a; });
    });
}

bool enum_values_added(const Builder& b, const Change& c) {
    const std::optional<ObjectRef> from = b.from_index.find(c.from_object);
    const std::optional<ObjectRef> to = b.to_index.find(c.to_object);
    return from && to && from->enum_type && to->enum_type && labels_only_added(from->enum_type->labels, to->enum_type->labels);
}

bool validated(const Builder& b, const Change& c) {
    const std::optional<ObjectRef> to = b.to_index.find(c.to_object);
    return to && to->constraint && !to->constraint->not_valid;
}

// A partition's index (or key constraint) that stood alone and now belongs to its parent's.
bool newly_attached(const Builder& b, const Change& c) {
    const std::optional<ObjectRef> from = b.from_index.find(c.from_object);
    const std::optional<ObjectRef> to = b.to_index.find(c.to_object);
    if (!from || !to) return false;
    if (from->index && to->index) return !from->index->attached_to && to->index->attached_to;
    if (from->constraint && to->constraint) return !from->constraint->index_attached_to && to->constraint->index_attached_to;
    return false;
}

void altered(Builder& b, const Change& c) {
    std::set<std::string> fields;
    for (const auto& f : c.fields) fields.insert(f.field);
    if (fields.count("kind")) {  // a view became a materialized view, a table a foreign table
        b.rebuild(c.from_object, c.to_object);
        return;
    }
    if (fields.count("comment")) b.comments.insert(c.to_object);
    fields.erase("comment");
    if (fields.empty()) return;
    const std::string& kind = c.object_kind;
    if (kind == "column") {
        if (fields.count("generated")) {  // a generated expression cannot be altered in PostgreSQL 15
            b.drops.insert(c.from_object);
            b.in_place[c.to_object] = {"added"};
        } else {
            b.in_place[c.to_object] = fields;
        }
    } else if (kind == "table" || kind == "foreign table") {
        if (only(fields, {"unlogged", "storage parameters", "row level security", "forced row level security",
                          "replica identity", "cluster on"}))
            b.in_place[c.to_object] = fields;
        else
            b.rebuild(c.from_object, c.to_object);
    } else if (kind == "function" || kind == "procedure") {
        if (only(fields, {"body", "language", "link symbol", "volatility", "strict", "security definer", "leakproof",
                          "parallel", "cost", "rows", "set"}))
            b.replaces.insert(c.to_object);
        else
            b.rebuild(c.from_object, c.to_object);
    } else if ((kind == "index" || kind == "constraint") && fields == std::set<std::string>{"attached to"} &&
               newly_attached(b, c)) {
        b.in_place[c.to_object] = fields;  // ALTER INDEX … ATTACH PARTITION; there is no DETACH
    } else if (kind == "constraint" && fields == std::set<std::string>{"not valid"} && validated(b, c)) {
        b.in_place[c.to_object] = fields;  // VALIDATE CONSTRAINT; the reverse is dropped and added again
    } else if (kind == "sequence" || kind == "extension" || kind == "schema") {
        b.in_place[c.to_object] = fields;
    } else if (kind == "domain" && only(fields, {"default", "not null", "checks"})) {
        b.in_place[c.to_object] = fields;
    } else if (kind == "type" && fields == std::set<std::string>{"labels"} && enum_values_added(b, c)) {
        b.in_place[c.to_object] = fields;
    } else if (kind == "type" && fields == std::set<std::string>{"labels"}) {
        convert_enum(b, c.from_object, c.to_object);
    } else {
        b.rebuild(c.from_object, c.to_object);
    }
}

}  // namespace

void classify(Builder& b, const ChangeSet& changes) {
    for (const auto& c : changes.changes) {
        // GRANT and REVOKE come last (privilege_steps.cpp), then ALTER DEFAULT PRIVILEGES
        // (default_privilege_steps.cpp).
        if (c.object_kind == "privileges" || c.object_kind == "default privileges") continue;
        switch (c.kind) {
            case ChangeKind::added:
                if (c.object_kind == "column")
                    b.in_place[c.to_object] = {"added"};
                else
                    b.creates.insert(c.to_object);
                break;
            case ChangeKind::dropped: b.drops.insert(c.from_object); break;
            case ChangeKind::altered: altered(b, c); break;
        }
    }
    convert_enum_columns(b);
}

}  // namespace planner::plan_parts
