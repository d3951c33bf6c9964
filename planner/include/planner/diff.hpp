#pragma once
// diff(from, to) → ChangeSet: typed changes per object (added, dropped, altered with the fields
// that differ), in a deterministic order. Both sides are reduced to comparable facts first:
// canonical types, expression trees in one spelling per meaning (engine::canonicalize), PostgreSQL's
// defaults filled in (sequence options, FK actions, index sort order), so that a desired-state
// file and the catalog of a database loaded from it compare equal.
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/model/catalog.hpp"

namespace planner {

enum class ChangeKind { added, dropped, altered };

struct FieldChange {
    std::string field;  // "type", "default", "not null", "definition", …
    std::string from;   // as shown to users; "" when absent
    std::string to;
};

struct Change {
    ChangeKind kind = ChangeKind::altered;
    std::string object_kind;  // "table", "column", "constraint", "index", "view", "function", …
    std::string path;         // "public.users.email", "public.lower_email(text)"
    std::vector<FieldChange> fields;  // altered only
    engine::SourceLocation from_where;
    engine::SourceLocation to_where;
    // The object's key on each side ("kind:path", "" on the side that lacks it): the planner finds
    // its statements by it.
    std::string from_object;
    std::string to_object;
};

struct ChangeSet {
    std::vector<Change> changes;
    // View and rule bodies were compared as normalised token streams, not by the server.
    bool approximate = false;
    bool empty() const { return changes.empty(); }
};

ChangeSet diff(const engine::Catalog& from, const engine::Catalog& to);

}  // namespace planner
