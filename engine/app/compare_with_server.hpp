#pragma once
// A live catalog against a desired one from files, with the live server settling what the
// canonicaliser cannot: the desired view queries are deparsed by it first, then the expressions,
// bodies, index definitions and rules found different (introspect's normalize_* functions).
// Shared by drift and plan.
#include <vector>

#include "engine/model/catalog.hpp"
#include "introspect/connection.hpp"
#include "introspect/normalize_views.hpp"
#include "planner/diff.hpp"

namespace app {

struct Comparison {
    planner::ChangeSet changes;
    std::vector<introspect::ViewProblem> problems;  // desired views the server cannot create
};

// `desired` is normalised in place. `live_is_from`: the live catalog is the diff's `from` side
// (drift, plan --from URL); otherwise its `to` side (plan --to URL).
Comparison compare_with_server(introspect::Connection& connection, const engine::Catalog& live, engine::Catalog& desired,
                               bool live_is_from = true);

}  // namespace app
