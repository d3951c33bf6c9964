#pragma once
// fingerprint(catalog): a short digest of a database's state, with one digest per object, so
// that `apply` can tell whether a database still is what a plan was computed from and, when it
// is not, name what changed. Computed from the same facts the diff compares: two catalogs with
// the same fingerprint have no difference to plan.
#include <map>
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"

namespace planner {

struct Fingerprint {
    std::string digest;                          // 16 hex digits over every object's
    std::map<std::string, std::string> objects;  // "table public.users" → 16 hex digits
};

Fingerprint fingerprint(const engine::Catalog& catalog);

// What differs between `before` (the state a plan was computed from) and `now`, one line each
// ("table public.users: changed", "index public.i: added", "column public.t.c: dropped"), at
// most `limit` lines and a last "… and N more".
std::vector<std::string> fingerprint_changes(const Fingerprint& before, const Fingerprint& now, std::size_t limit = 20);

}  // namespace planner
