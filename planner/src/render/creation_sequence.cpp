// The creation sequence of objects whose order the model does not fully state: a topological
// order over their exact needs and their name mentions, with the source's own statement order
// (creation_order) as the visiting order. Mentions may be false: those against the listed order
// are left out; reads (what a query reads) are kept; both are left out on a cycle; a cycle of
// exact needs is an error. Linear in items and edges (Tarjan's components, then a depth-first
// placement).
#include <algorithm>
#include <limits>

#include "render_parts.hpp"

namespace planner::render {

namespace {

using Edges = std::vector<std::vector<std::size_t>>;
constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

// Strongly connected components (Tarjan's, with an explicit stack): the component of every
// node. Two nodes share one exactly when each reaches the other, so an edge inside a component
// lies on a cycle.
std::vector<std::size_t> components_of(const Edges& edges) {
    const std::size_t n = edges.size();
    std::vector<std::size_t> order(n, none), low(n, 0), component(n, none);
    std::vector<std::size_t> stack;
    std::vector<std::pair<std::size_t, std::size_t>> frames;  // node, next edge to follow
    std::size_t counter = 0;
    std::size_t components = 0;
    auto enter = [&](std::size_t v) {
        order[v] = low[v] = counter++;
        stack.push_back(v);
        frames.emplace_back(v, 0);
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != none) continue;
        enter(root);
        while (!frames.empty()) {
            const std::size_t v = frames.back().first;
            if (frames.back().second < edges[v].size()) {
                const std::size_t w = edges[v][frames.back().second++];
                if (order[w] == none)
                    enter(w);
                else if (component[w] == none)
                    low[v] = std::min(low[v], order[w]);  // on the stack
                continue;
            }
            frames.pop_back();
            if (!frames.empty()) low[frames.back().first] = std::min(low[frames.back().first], low[v]);
            if (low[v] != order[v]) continue;
            for (std::size_t w = none; w != v;) {
                w = stack.back();
                stack.pop_back();
                component[w] = components;
            }
            ++components;
        }
    }
    return component;
}

bool before(const OrderItem& a, const OrderItem& b) { return a.position && b.position && *a.position < *b.position; }

// One cycle inside a component whose edges are all exact needs: from its first member, follow
// needs that stay in the component until a member repeats.
std::vector<std::size_t> cycle_in(const Edges& edges, const std::vector<std::size_t>& component, std::size_t start) {
    std::vector<std::size_t> path;
    std::vector<std::size_t> seen_at(edges.size(), none);
    for (std::size_t v = start;;) {
        seen_at[v] = path.size();
        path.push_back(v);
        const std::size_t at = component[v];
        v = *std::find_if(edges[v].begin(), edges[v].end(), [&](std::size_t w) { return component[w] == at; });
        if (seen_at[v] != none) {
            path.erase(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(seen_at[v]));
            path.push_back(v);
            return path;
        }
    }
}

[[noreturn]] void throw_cycle(const std::vector<std::size_t>& cycle,
                              const std::function<OrderName(std::size_t)>& name_of) {
    const OrderName first = name_of(cycle.front());
    std::string message = "dependency cycle: " + first.what;
    for (std::size_t k = 1; k < cycle.size(); ++k) {
        const OrderName next = name_of(cycle[k]);
        message += (k == 1 ? " needs " : ", which needs ") + next.what;
        if (next.where.known() && k + 1 < cycle.size()) message += " (" + next.where.str() + ")";
    }
    throw engine::Error(first.where, message + ": no order can create them");
}

}  // namespace

std::vector<std::size_t> creation_sequence(const std::vector<OrderItem>& items,
                                           const std::function<OrderName(std::size_t)>& name_of) {
    const std::size_t n = items.size();
    // The exact needs (first in each list), and the reads and mentions that lie on no cycle.
    auto off_cycles = [&](const Edges& edges, const std::vector<std::size_t>& component) {
        Edges kept(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t exact = static_cast<std::size_t>(
                std::count_if(items[i].needs.begin(), items[i].needs.end(), [&](std::size_t w) { return w != i; }));
            for (std::size_t k = 0; k < edges[i].size(); ++k) {
                const std::size_t w = edges[i][k];
                if (k < exact || component[w] != component[i]) kept[i].push_back(w);
            }
        }
        return kept;
    };
    // Mentions against the listed order never count: the source loaded in that order, and a
    // name resolves to what existed then (a view named xml is not yet there for a function's
    // `arg xml`). A read does (the view cannot be created before what it reads). Then reads and
    // mentions on a cycle are left out; what still cycles is exact needs.
    Edges listed(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t w : items[i].needs)
            if (w != i) listed[i].push_back(w);
        for (std::size_t w : items[i].reads)
            if (w != i) listed[i].push_back(w);
        for (std::size_t w : items[i].mentions)
            if (w != i && !before(items[i], items[w])) listed[i].push_back(w);
    }
    std::vector<std::size_t> component = components_of(listed);
    const Edges acyclic = off_cycles(listed, component);
    component = components_of(acyclic);
    std::vector<std::size_t> members(n, 0);
    for (std::size_t i = 0; i < n; ++i) ++members[component[i]];
    for (std::size_t i = 0; i < n; ++i)
        if (members[component[i]] > 1) throw_cycle(cycle_in(acyclic, component, i), name_of);

    std::vector<std::size_t> visit(n);
    for (std::size_t i = 0; i < n; ++i) visit[i] = i;
    std::stable_sort(visit.begin(), visit.end(), [&](std::size_t a, std::size_t b) {
        const auto& pa = items[a].position;
        const auto& pb = items[b].position;
        if (pa && pb) return *pa < *pb;
        return pa.has_value() && !pb.has_value();
    });
    // Depth first from each item in visiting order: what it needs is placed before it.
    std::vector<bool> placed(n, false);
    std::vector<std::size_t> sequence;
    sequence.reserve(n);
    std::vector<std::pair<std::size_t, std::size_t>> frames;
    for (std::size_t root : visit) {
        if (placed[root]) continue;
        placed[root] = true;
        frames.emplace_back(root, 0);
        while (!frames.empty()) {
            auto& [v, next] = frames.back();
            if (next < acyclic[v].size()) {
                const std::size_t w = acyclic[v][next++];
                if (!placed[w]) {
                    placed[w] = true;
                    frames.emplace_back(w, 0);
                }
                continue;
            }
            sequence.push_back(v);
            frames.pop_back();
        }
    }
    return sequence;
}

}  // namespace planner::render
