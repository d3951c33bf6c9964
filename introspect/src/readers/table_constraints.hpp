#pragma once
#include <map>
#include <string>
#include <vector>

#include "reader.hpp"

namespace introspect {

// Valid local CHECK constraints by table oid, as "CONSTRAINT name CHECK (…)" for CREATE TABLE;
// NOT VALID ones are added to the script as ALTER TABLE statements.
std::map<std::string, std::vector<std::string>> read_table_checks(ReadContext& context);

}  // namespace introspect
