#pragma once
// Which built-in type changes PostgreSQL has no cast for (`USING col::uuid` on an integer fails:
// "cannot cast type integer to uuid"). Types are spelled as facts::type_text writes them.
#include <string>

namespace planner::plan_parts {

// False only when both types are built-in ones known to have no cast between them (in that
// direction). Text types convert to and from anything (I/O conversion); types this table does not
// know (extensions', domains, enums) are taken to convert.
bool has_cast(const std::string& from, const std::string& to);

}  // namespace planner::plan_parts
