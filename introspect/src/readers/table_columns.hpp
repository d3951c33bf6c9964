#pragma once
// Columns of every table, read in one query and grouped by table oid.
#include <map>
#include <string>
#include <vector>

#include "reader.hpp"

namespace introspect {

struct ColumnRead {
    std::string name;
    std::string definition;           // name type [COLLATE] [GENERATED …] [DEFAULT …] [NOT NULL]
    bool local = true;                // false: only inherited from a parent (not a partition)
    std::vector<std::string> alters;  // ALTER COLUMN … actions (identity, statistics, storage, …)
};

std::map<std::string, std::vector<ColumnRead>> read_table_columns(ReadContext& context);

}  // namespace introspect
