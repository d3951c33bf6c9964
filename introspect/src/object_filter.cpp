#include "object_filter.hpp"

#include <fnmatch.h>

#include <algorithm>

namespace introspect {

ObjectFilter::ObjectFilter(std::vector<std::string> exclude, std::vector<std::string> schemas)
    : exclude_(std::move(exclude)), schemas_(std::move(schemas)) {}

bool ObjectFilter::keeps_schema(const std::string& schema) const {
    if (schema == "strata") return false;
    if (!schemas_.empty() && std::find(schemas_.begin(), schemas_.end(), schema) == schemas_.end()) return false;
    for (const auto& glob : exclude_)
        if (fnmatch(glob.c_str(), schema.c_str(), 0) == 0) return false;
    return true;
}

bool ObjectFilter::keeps(const std::string& schema, const std::string& name) const {
    if (!keeps_schema(schema)) return false;
    const std::string full = schema + "." + name;
    for (const auto& glob : exclude_)
        if (fnmatch(glob.c_str(), name.c_str(), 0) == 0 || fnmatch(glob.c_str(), full.c_str(), 0) == 0) return false;
    return true;
}

}  // namespace introspect
