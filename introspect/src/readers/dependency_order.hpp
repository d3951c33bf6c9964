#pragma once
// A creation order for objects whose bodies depend on each other (functions, views): each
// object after the ones it depends on, ties broken by oid (creation order). Edges to objects
// outside the set are ignored; a cycle keeps oid order for what remains.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace introspect {

// `depends_on`: oid → oids it depends on. Returns every key of `depends_on`.
std::vector<std::string> dependency_order(const std::map<std::string, std::set<std::string>>& depends_on);

}  // namespace introspect
