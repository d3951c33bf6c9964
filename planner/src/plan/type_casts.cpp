// Built-in casts by type family (pg_cast of PostgreSQL 15, explicit casts included).
#include "type_casts.hpp"

#include <map>

namespace planner::plan_parts {

namespace {

enum class Family { number, boolean, uuid, datetime, json, jsonb, bytes, network, bits, unknown };

Family family_of(const std::string& type) {
    if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) return Family::unknown;
    static const std::map<std::string, Family> families{
        {"smallint", Family::number},  {"integer", Family::number},
        {"bigint", Family::number},    {"real", Family::number},
        {"double precision", Family::number}, {"numeric", Family::number},
        {"boolean", Family::boolean},  {"uuid", Family::uuid},
        {"date", Family::datetime},    {"timestamp without time zone", Family::datetime},
        {"timestamp with time zone", Family::datetime}, {"time without time zone", Family::datetime},
        {"time with time zone", Family::datetime}, {"interval", Family::datetime},
        {"json", Family::json},        {"jsonb", Family::jsonb},
        {"bytea", Family::bytes},      {"inet", Family::network},
        {"cidr", Family::network},     {"bit", Family::bits},
        {"bit varying", Family::bits},
    };
    const auto it = families.find(type.substr(0, type.find('(')));
    return it == families.end() ? Family::unknown : it->second;
}

bool integer(const std::string& type) { return type == "integer" || type == "bigint"; }

}  // namespace

bool has_cast(const std::string& from, const std::string& to) {
    const Family a = family_of(from);
    const Family b = family_of(to);
    if (a == Family::unknown || b == Family::unknown || a == b) return true;
    if ((a == Family::json && b == Family::jsonb) || (a == Family::jsonb && b == Family::json)) return true;
    if (a == Family::jsonb) return b == Family::number || b == Family::boolean;  // jsonb → numeric/bool
    if (a == Family::boolean || b == Family::boolean) return (a == Family::boolean ? to : from) == "integer";
    if (a == Family::bits || b == Family::bits) return integer(a == Family::bits ? to : from);
    return false;
}

}  // namespace planner::plan_parts
