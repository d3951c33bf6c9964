#pragma once
// Freeing a big catalog's facts or plan parts takes a good part of the diff and of the plan: two
// such things are freed at once, one on a second thread and one on this, and the call returns
// when both are gone.
#include <future>
#include <utility>

namespace planner {

template <typename There, typename Here>
void free_in_parallel(There there, Here here) {
    // Moved into the body: a lambda's captures die with the async state, which may be on this thread.
    auto freed = std::async(std::launch::async, [gone = std::move(there)]() mutable { There dying = std::move(gone); });
    { Here dying = std::move(here); }
    freed.get();
}

}  // namespace planner
