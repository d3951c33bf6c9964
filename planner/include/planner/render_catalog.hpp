#pragma once
// Canonical SQL for a whole catalog: what `strata inspect SRC --format sql` prints. It is
// deterministic (same catalog, same bytes) and loads into an empty database with psql.
#include <string>

#include "engine/model/catalog.hpp"

namespace planner {

std::string render_catalog_sql(const engine::Catalog& catalog);

}  // namespace planner
