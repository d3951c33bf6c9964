#pragma once
// Kinds that Strata carries through but does not take apart (yet): aggregates, casts,
// operators, rules, servers, user mappings, default privileges, base types … The statement is
// kept verbatim; identity is (kind, name) so diffs can still add, drop and compare them.
#include <string>

#include "engine/model/object_base.hpp"

namespace engine {

struct RawObject : ObjectBase {
    std::string kind;      // "AGGREGATE", "CAST", "OPERATOR", "RULE", "SERVER", …
    std::string identity;  // unique within the kind, e.g. "public.sum_int(integer)"
    std::string sql;       // the full statement, without the trailing semicolon
};

}  // namespace engine
