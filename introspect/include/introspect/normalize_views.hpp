#pragma once
// Lets the live server normalise desired view queries (DESIGN §3, exact mode without a dev
// database): inside one transaction that is always rolled back, each desired query becomes a
// TEMP VIEW and pg_get_viewdef prints it as the catalog prints the live view. Any role with
// the default TEMP privilege can do this, and nothing is left behind.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "introspect/connection.hpp"

namespace introspect {

struct ViewProblem {
    engine::QualifiedName view;
    std::string message;  // the server's error: what the query references differs
};

// Replaces each non-recursive view's query in `desired` with the server's deparse of it.
// Views the server cannot create are left as they are and reported.
std::vector<ViewProblem> normalize_view_queries(Connection& connection, engine::Catalog& desired);

}  // namespace introspect
