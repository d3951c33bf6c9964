#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"
#include "engine/model/options.hpp"

namespace engine {

enum class SortOrder { default_, asc, desc };
enum class NullsOrder { default_, first, last };

struct IndexElement {
    std::optional<Ident> column;           // a plain column
    std::optional<Expression> expression;  // or an expression
    std::optional<QualifiedName> collation;
    std::optional<QualifiedName> opclass;
    Options opclass_params;
    SortOrder order = SortOrder::default_;
    NullsOrder nulls = NullsOrder::default_;
    std::optional<int> statistics;  // ALTER INDEX … ALTER COLUMN n SET STATISTICS (expression columns only)
};

struct Index : ObjectBase {
    QualifiedName name;   // schema is the table's schema
    QualifiedName table;
    bool unique = false;
    bool nulls_not_distinct = false;
    bool only = false;    // ON ONLY (partitioned parent, attached later)
    std::string method = "btree";
    std::vector<IndexElement> elements;
    std::vector<Ident> include;
    Options with;
    std::optional<Ident> tablespace;
    std::optional<Expression> predicate;  // WHERE …
    std::optional<QualifiedName> attached_to;  // ALTER INDEX parent ATTACH PARTITION this
    bool name_was_implicit = false;
    std::optional<Ident> renamed_from;  // -- strata:renamed-from (same schema)
};

// Whether PostgreSQL would take `a` and `b` as the same index when it attaches a partition's
// index to its parent's (CompareIndexInfo): method, uniqueness, key elements with their collation,
// operator class and ordering, INCLUDE and predicate. Names, tables and storage options may differ.
bool same_index_definition(const Index& a, const Index& b);

}  // namespace engine
