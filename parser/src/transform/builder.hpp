#pragma once
// Evaluates parsed statements in order against a Catalog, the way PostgreSQL would run them.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/model/catalog.hpp"
#include "parser/statement_splitter.hpp"
#include "transform/node.hpp"

namespace parser {

class Builder {
public:
    engine::Catalog catalog;
    std::vector<std::string> warnings;
    std::vector<engine::Ident> search_path{engine::Ident("public")};
    std::vector<Annotation> annotations;  // of the source being read

    Builder();

    // One statement's parse tree root.
    void apply(const Node& root, const RawStatement& raw);

    // ---- name resolution ----------------------------------------------------------------
    // The schema a new object goes to: explicit, else the first schema of search_path.
    engine::QualifiedName creation_name(const Node& qualified_name) const;
    // Where the object was defined: its location, and search_path when that is not the default
    // (public, pg_catalog or empty), for the names its text leaves unqualified.
    void stamp(engine::ObjectBase& object, const Node& n) const;
    // The value of a signed_number node that must be a whole 64-bit number (sequence options,
    // statistics targets, column numbers); anything else is an error at the number.
    std::int64_t integer_of(const Node& signed_number) const;
    // A signed_number node that must be a positive number (COST, ROWS); `what` names the option
    // in the error, as PostgreSQL does ("COST must be positive").
    double positive_decimal(const Node& signed_number, std::string_view what) const;
    // SET STATISTICS n: -1 (the default) to 10000; above that PostgreSQL lowers it with a warning.
    int statistics_target(const Node& signed_number);
    // An existing relation (table, view, sequence, index), looked up through search_path;
    // when nothing matches, the creation schema (the reference may be resolved later).
    engine::QualifiedName relation_name(const Node& qualified_name) const;
    engine::QualifiedName lookup(const std::vector<engine::Ident>& parts,
                                 const std::function<bool(const engine::QualifiedName&)>& exists) const;
    engine::TypeName type_of(const Node& type_name) const;
    // A collation: as written when qualified; else a CREATE COLLATION of this input found through
    // search_path, else the built-in one in pg_catalog ("C", "POSIX", "en_US", …).
    engine::QualifiedName collation_name(const Node& qualified_name) const;
    engine::Table& table_for(const Node& qualified_name);
    engine::Table& existing_table(const engine::QualifiedName& name, const Node& at);
    // A function by name and, when given, the tokens of a written signature "(a integer, text)"
    // (function_lookup.cpp); nullptr when none matches. Without a signature the name must be
    // unique (else an error at `at`).
    engine::Function* find_function(const engine::QualifiedName& name, const engine::Expression* signature,
                                    const Node& at);

    // ---- implicit names, exactly as PostgreSQL chooses them ---------------------------------
    std::string choose_relation_name(const std::string& name1, const std::string& name2, const std::string& label,
                                     const engine::Ident& schema) const;
    std::string choose_constraint_name(const std::string& name1, const std::string& name2, const std::string& label,
                                       const engine::Ident& schema) const;
    void remember_constraint(const engine::Ident& schema, const engine::Ident& name);
    void forget_constraint(const engine::Ident& schema, const engine::Ident& name);

    // ---- diagnostics ---------------------------------------------------------------------------
    [[noreturn]] void fail(const Node& at, const std::string& message) const;
    void warn(const engine::SourceLocation& at, const std::string& message);
    // The annotation on the line before `line`, if it starts with `prefix`.
    std::optional<std::string> annotation_before(int line, const std::string& prefix) const;
    // `-- strata:renamed-from NAME` on the line before `line`: NAME folded as SQL folds it ("Quoted" kept).
    std::optional<engine::Ident> renamed_from_before(int line) const;

    // ---- statement families (one file each) ---------------------------------------------
    void create_table(const Node& n);
    void create_table_as(const Node& n);
    // A new table's name, persistence and annotations; false when IF NOT EXISTS finds it taken.
    bool start_table(engine::Table& table, const Node& n);
    void create_foreign_table(const Node& n);
    void alter_table(const Node& n);
    void rename_column(engine::Table& table, const engine::Ident& from, const engine::Ident& to, const Node& at);
    void rename_constraint(engine::Table& table, const engine::Ident& from, const engine::Ident& to, const Node& at);
    void toggle_triggers(const engine::Table& table, const Node& trigger_toggle);
    bool alter_other_relation_owner(const engine::QualifiedName& name, const Node& n);
    void create_index(const Node& n);
    void alter_index(const Node& n);
    void create_sequence(const Node& n);
    void alter_sequence(const Node& n);
    void create_schema(const Node& n);
    void create_extension(const Node& n);
    void set_statement(const Node& n);
    void set_config_call(const Node& n);
    void create_type(const Node& n);
    void create_domain(const Node& n);
    void alter_type(const Node& n);
    void alter_domain(const Node& n);
    void create_view(const Node& n, bool or_replace);
    void create_materialized_view(const Node& n);
    void alter_view_default(const Node& n);
    void create_function(const Node& n, bool or_replace);
    void create_trigger(const Node& n);
    void create_policy(const Node& n);
    void comment(const Node& n);
    void grant(const Node& n);
    // ALTER SCHEMA | FUNCTION | PROCEDURE | ROUTINE … OWNER TO role (grant.cpp).
    void alter_owner(const Node& n);
    // What GRANT … ON <object_text> names, for the object kind word `kind` (TABLE when none).
    std::vector<engine::GrantTarget> grant_targets(const std::string& kind, const Node& object_text);
    void drop(const Node& n);
    void create_raw(const Node& n, const RawStatement& raw);
    void alter_default_privileges(const Node& n, const RawStatement& raw);

    // Table pieces shared by CREATE TABLE and ALTER TABLE.
    void add_column(engine::Table& table, const Node& column_def);
    // Partitioned tables (partition_indexes.cpp): `partition` gets the parent's index or key, adopting
    // an equal unattached one of its own when `adopt`, and passes it on to its own partitions.
    void index_partition(const engine::QualifiedName& parent_index, engine::Table& partition, bool adopt);
    void key_partition(const engine::Table& parent_table, const engine::Constraint& parent_key,
                       engine::Table& partition, bool adopt);
    // Every index and key of the partition's parent, in the order they were made.
    void take_parent_indexes(engine::Table& partition, bool adopt);
    // Dropping a parent's index or key drops the partitions' ones attached to it.
    void drop_attached(const engine::QualifiedName& parent_index);
    // DROP TABLE: the table, its partitions and everything that belongs to them.
    void drop_table(const engine::QualifiedName& name);
    std::vector<engine::QualifiedName> partitions_of(const engine::QualifiedName& parent) const;
    void drop_redundant_keys(engine::Table& table);
    // The column_constraint children of `def` (a column definition or a partition's column options).
    void apply_column_constraints(engine::Table& table, std::size_t column, const Node& def);
    // INHERITS: inserts the parent's columns the table lacks at `position`; returns the next position.
    std::size_t inherit_columns(engine::Table& table, const engine::Table& parent, std::size_t position,
                                const engine::SourceLocation& where);
    void add_table_constraint(engine::Table& table, const Node& table_constraint);
    void finish_constraint(engine::Table& table, engine::Constraint c, const Node& at);
    engine::SequenceOptions sequence_options(const Node& n, std::optional<engine::SequenceOwner>* owned_by) const;

    // Checks that references resolved once the whole input is read.
    void check_references() const;

    // Indexes behind primary key, unique and exclusion constraints: index name -> table.
    void remember_constraint_index(const engine::QualifiedName& index, const engine::QualifiedName& table) {
        constraint_indexes_[index] = table;
    }
    void forget_constraint_index(const engine::QualifiedName& index) { constraint_indexes_.erase(index); }
    // The constraint behind index `name`, or nullptr.
    engine::Constraint* constraint_for_index(const engine::QualifiedName& name);
    std::optional<engine::QualifiedName> table_of_constraint_index(const engine::QualifiedName& name) const {
        const auto it = constraint_indexes_.find(name);
        return it == constraint_indexes_.end() ? std::nullopt : std::optional(it->second);
    }
    bool relation_taken(const engine::QualifiedName& name) const;

private:
    std::unordered_set<engine::QualifiedName, engine::QualifiedNameHash> constraint_names_;
    std::unordered_map<engine::QualifiedName, engine::QualifiedName, engine::QualifiedNameHash> constraint_indexes_;

    const RawStatement* current_ = nullptr;
};

// Splits a trailing "WITH [CASCADED|LOCAL] CHECK OPTION" or "WITH [NO] DATA" off a query (view.cpp).
std::string_view strip_query_suffix(std::string_view query, std::optional<std::string>* check_option, bool* with_data);

// ChooseIndexNameAddition: the names joined by '_', stopping once the result is long enough to be
// truncated anyway (index.cpp).
std::string index_name_part(const std::vector<std::string>& names);
// The column part of a key's or exclusion constraint's implicit name: its columns, then its INCLUDE columns.
std::string key_name_part(const std::vector<engine::Ident>& columns, const std::vector<engine::Ident>& include);
// The column part of an index's implicit name: its key elements, then its INCLUDE columns.
std::string index_columns_part(const engine::Index& index);

// DEFERRABLE, INITIALLY DEFERRED, NOT VALID, NO INHERIT: the attribute children of `n`.
void apply_constraint_attributes(engine::Constraint& c, const Node& n);

// An enum label named by `-- strata:renamed-from 'old'`: without its quotes ('' undoubled).
std::string label_of_annotation(const std::string& text);

}  // namespace parser
