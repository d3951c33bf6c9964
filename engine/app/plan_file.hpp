#pragma once
// `apply --plan FILE`: a plan written by `strata plan --format json`, read back. The reader is
// yaml-cpp (JSON is YAML): no JSON library of our own.
#include <string>

#include "planner/plan.hpp"

namespace app {

// Throws engine::Error naming the file (and its line and column when it is not JSON, or the
// step whose field is missing).
planner::Plan read_plan_file(const std::string& path);

}  // namespace app
