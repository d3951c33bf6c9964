#pragma once
// The statement that drops one object of a catalog, as its kind requires.
#include <optional>
#include <string>

#include "object_index.hpp"

namespace planner::plan_parts {

// nullopt for what has no DROP (default privileges, comments kept whole).
std::optional<std::string> drop_sql(const ObjectRef& ref);

}  // namespace planner::plan_parts
