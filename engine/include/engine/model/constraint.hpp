#pragma once
// Table constraints: primary key, unique, check, foreign key, exclusion.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/options.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"

namespace engine {

enum class ConstraintKind { primary_key, unique, check, foreign_key, exclusion };

enum class ReferentialAction { no_action, restrict, cascade, set_null, set_default };
enum class MatchType { simple, full, partial };

struct ForeignKeyTarget {
    QualifiedName table;
    std::vector<Ident> columns;  // empty: the referenced table's primary key
    MatchType match = MatchType::simple;
    ReferentialAction on_delete = ReferentialAction::no_action;
    ReferentialAction on_update = ReferentialAction::no_action;
    std::vector<Ident> on_delete_set_columns;  // ON DELETE SET NULL (a, b)
};

struct ExclusionElement {
    Expression element;  // column or (expression), with opclass/order as written
    std::string op;      // WITH operator
};

struct Constraint : ObjectBase {
    Ident name;
    ConstraintKind kind = ConstraintKind::check;
    std::vector<Ident> columns;             // pk, unique, fk (referencing side)
    std::vector<Ident> include;             // pk, unique, exclusion: INCLUDE (…)
    Options index_with;  // USING INDEX … WITH (…)
    std::optional<Ident> index_tablespace;
    std::optional<Ident> using_index;       // ADD CONSTRAINT … USING INDEX idx
    std::optional<QualifiedName> index_attached_to;  // ALTER INDEX parent ATTACH PARTITION <this index>
    bool nulls_not_distinct = false;        // unique
    Expression check;                       // check
    bool no_inherit = false;                // check
    ForeignKeyTarget references;            // foreign key
    std::string exclusion_method = "btree";  // exclusion: EXCLUDE [USING method], btree by default
    std::vector<ExclusionElement> exclusion_elements;
    std::optional<Expression> exclusion_where;
    bool deferrable = false;
    bool initially_deferred = false;
    bool not_valid = false;
    bool name_was_implicit = false;         // named by PostgreSQL's rules, not by the user
    std::optional<Ident> renamed_from;      // -- strata:renamed-from (table constraints)
};

const char* constraint_kind_name(ConstraintKind kind);
const char* referential_action_sql(ReferentialAction action);

}  // namespace engine
