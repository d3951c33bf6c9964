#pragma once
// Which objects the introspector keeps: user schemas only (never Strata's own `strata`), the
// configured schema list, and no object whose name or schema.name matches an exclude glob.
#include <string>
#include <vector>

namespace introspect {

class ObjectFilter {
public:
    ObjectFilter(std::vector<std::string> exclude, std::vector<std::string> schemas);
    bool keeps_schema(const std::string& schema) const;
    bool keeps(const std::string& schema, const std::string& name) const;

private:
    std::vector<std::string> exclude_;
    std::vector<std::string> schemas_;
};

}  // namespace introspect
