#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/options.hpp"
#include "engine/model/column.hpp"
#include "engine/model/constraint.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"

namespace engine {

enum class ReplicaIdentity { default_, full, nothing, index };

struct PartitionOf {
    QualifiedName parent;
    Expression bound;  // "FOR VALUES FROM (…) TO (…)" or "DEFAULT", as written after the parent
};

struct Table : ObjectBase {
    QualifiedName name;
    std::vector<Column> columns;          // in declaration order
    std::vector<Constraint> constraints;  // in declaration order
    bool unlogged = false;
    std::optional<Expression> partition_by;  // "RANGE (created_at)"
    std::optional<PartitionOf> partition_of;
    std::vector<QualifiedName> inherits;
    Options storage_params;  // WITH (…)
    std::optional<Ident> tablespace;
    std::optional<std::string> access_method;  // USING heap
    bool rls_enabled = false;
    bool rls_forced = false;
    ReplicaIdentity replica_identity = ReplicaIdentity::default_;
    std::optional<Ident> replica_identity_index;
    std::optional<Ident> cluster_on;
    std::optional<Ident> renamed_from;  // -- strata:renamed-from
    // Foreign tables (CREATE FOREIGN TABLE … SERVER s OPTIONS (…)).
    std::optional<Ident> foreign_server;
    std::vector<std::pair<std::string, std::string>> foreign_options;

    Column* find_column(const Ident& column);
    const Column* find_column(const Ident& column) const;
    Constraint* find_constraint(const Ident& constraint);
    const Constraint* find_constraint(const Ident& constraint) const;
};

}  // namespace engine
