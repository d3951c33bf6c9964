#pragma once
// The planner's working state, shared by its parts: which objects are dropped (from `from`),
// which are created (from `to`), and the in-place alterations, each anchored at an object of
// `to` so that it runs where that object would be created.
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "../render/render_parts.hpp"
#include "object_index.hpp"
#include "planner/plan.hpp"

namespace planner::plan_parts {

// Are the new labels the old ones, in their order, with others added anywhere? (ADD VALUE)
bool labels_only_added(const std::vector<std::string>& old, const std::vector<std::string>& labels);

// "column:public.t.c" → {"column", "public.t.c"}
std::pair<std::string, std::string> split_key(const std::string& key);

// What the Builder reads of one catalog: its objects by key, and its creation script.
struct CatalogParts {
    ObjectIndex index;
    render::Statements statements;
    std::unordered_map<std::string, std::size_t> positions;  // first statement of each object
};

struct Builder {
    Builder(const engine::Catalog& from, const engine::Catalog& to, const PlanOptions& options);
    // Both catalogs' parts, built side by side (one on a second thread).
    Builder(const engine::Catalog& from, const engine::Catalog& to, const PlanOptions& options,
            std::pair<CatalogParts, CatalogParts> parts);

    const engine::Catalog& from;
    const engine::Catalog& to;
    const PlanOptions& options;
    ObjectIndex from_index;
    ObjectIndex to_index;
    render::Statements from_statements;  // `from`'s creation script, tagged by object
    render::Statements to_statements;
    std::unordered_map<std::string, std::size_t> from_position;  // first statement of each object
    std::unordered_map<std::string, std::size_t> to_position;

    std::set<std::string> drops;     // keys in `from`
    std::set<std::string> creates;   // keys in `to`
    std::set<std::string> replaces;  // functions: CREATE OR REPLACE with to's statement
    std::set<std::string> comments;  // keys in `to` whose comment changes alone
    // Objects altered in place (columns, tables, sequences, enums, domains, extensions): key in
    // `to` → the changed fields; a column added to a kept table has the field "added".
    std::map<std::string, std::set<std::string>> in_place;
    // Dropped objects whose users (pg_depend) are dropped before them and re-created (dependents.cpp).
    std::set<std::string> users_recreated;
    std::set<std::string> default_resets;  // columns whose default calls something re-created
    // Steps run at an object's place in `to`'s order (key in `to`), or first (enum values).
    std::map<std::string, std::vector<Step>> anchored;
    std::vector<Step> first_group;
    std::vector<Step> pre_drops;  // before the drops (DROP DEFAULT of re-created defaults)
    std::vector<Step> post_steps;  // after every creation and alteration (an old enum dropped)
    // Enums whose labels are removed or reordered (type keys): renamed away, created anew, their
    // columns converted through text, the old type dropped.
    std::set<std::string> converted_enums;
    std::vector<std::string> notes;

    void rebuild(const std::string& from_key, const std::string& to_key) {
        drops.insert(from_key);
        creates.insert(to_key);
    }
    Step step(const std::string& key, std::string sql, std::string action,
              std::vector<engine::Ident> search_path = {}) const;
};

// Enums whose labels are removed or reordered: the steps around the new type (enum_conversion.cpp).
void convert_enum(Builder& b, const std::string& from_key, const std::string& to_key);
void convert_enum_columns(Builder& b);

// Sorts each change into drops, creates, replacements and in-place alterations (classify.cpp).
void classify(Builder& b, const ChangeSet& changes);
// Partitioned indexes (keys) → the keys of partitions' constraints attached to them: neither side
// can be dropped alone (dependents.cpp, used by emit.cpp).
std::map<std::string, std::vector<std::string>> partition_keys_by_index(const engine::Catalog& catalog);
// Adds what depends on dropped or reshaped objects (dependents.cpp).
void add_dependents(Builder& b);
// A partition's attached index that only changes its name is renamed (partition_index_renames.cpp).
void rename_attached_partition_indexes(Builder& b);
// NOT NULL, or an identity (which implies it).
bool holds_not_null(const engine::Column& column);
// The NOT NULL that parents' SET/DROP NOT NULL steps leave on a child's column, if any reaches it;
// children's columns that then differ from `to` get a step of their own (inherited_not_null.cpp).
std::optional<bool> not_null_from_parents(const Builder& b, const engine::Table& table, const engine::Ident& column);
void mark_children_not_null(Builder& b);
// ALTER TABLE … ADD/ALTER COLUMN steps and table settings (column_steps.cpp).
void add_column_steps(Builder& b);
// Hazards, lock and destructiveness of a step, from its SQL and object (hazards.cpp).
void assess(const Builder& b, Step& step);
// --online: the low-lock form of a step, or the step itself (online.cpp).
std::vector<Step> online_steps(const Builder& b, Step step);
// Throws engine::Error for a partition's index or key, attached to its parent's index, that the
// plan drops while the parent's stays: PostgreSQL cannot (attached_index_drops.cpp).
void refuse_dropping_attached_indexes(const Builder& b);
// GRANT and REVOKE that give `to`'s objects their privileges, after every other step
// (privilege_steps.cpp).
std::vector<Step> privilege_steps(const Builder& b);
// ALTER DEFAULT PRIVILEGES from `from`'s to `to`'s, after the GRANTs and REVOKEs, so that the
// objects the plan creates get `from`'s (default_privilege_steps.cpp).
std::vector<Step> default_privilege_steps(const Builder& b);
// Partitions created under a parent that stays (new_partitions.cpp).
struct NewPartitions {
    // Keys of the indexes and key constraints that PostgreSQL clones from the parent's.
    std::set<std::string> cloned;
    // Partitions made alone (table keys), by the statement of `to`'s script they are attached
    // after: the last of their keys that back a parent's index of another kind, and of their own
    // partitions' keys.
    std::map<std::size_t, std::vector<std::string>> attached_after;
    std::set<std::string> alone;
    // Statements left out: ALTER INDEX … ATTACH PARTITION of a key that ATTACH PARTITION adopts.
    std::set<std::size_t> adopted;
};
NewPartitions new_partitions(const Builder& b);
// Orders everything into groups (emit.cpp).
Plan emit(Builder& b);

}  // namespace planner::plan_parts
