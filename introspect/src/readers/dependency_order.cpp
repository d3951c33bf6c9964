#include "dependency_order.hpp"

#include <queue>

#include "reader.hpp"

namespace introspect {

namespace {
// oids as decimal text: shorter is smaller.
bool oid_less(const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; }
struct OidGreater {
    bool operator()(const std::string& a, const std::string& b) const { return oid_less(b, a); }
};
}  // namespace

std::vector<std::string> dependency_order(const std::map<std::string, std::set<std::string>>& depends_on) {
    std::map<std::string, int> waiting;
    std::map<std::string, std::vector<std::string>> dependents;
    for (const auto& [oid, uses] : depends_on) {
        int count = 0;
        for (const auto& used : uses)
            if (used != oid && depends_on.count(used)) {
                ++count;
                dependents[used].push_back(oid);
            }
        waiting[oid] = count;
    }
    std::priority_queue<std::string, std::vector<std::string>, OidGreater> ready;
    for (const auto& [oid, count] : waiting)
        if (count == 0) ready.push(oid);
    std::vector<std::string> order;
    while (true) {
        while (!ready.empty()) {
            const std::string oid = ready.top();
            ready.pop();
            order.push_back(oid);
            waiting[oid] = -1;
            for (const auto& d : dependents[oid])
                if (--waiting[d] == 0) ready.push(d);
        }
        if (order.size() == depends_on.size()) break;
        // A cycle: release the lowest oid still waiting.
        std::string lowest;
        for (const auto& [oid, count] : waiting)
            if (count > 0 && (lowest.empty() || oid_less(oid, lowest))) lowest = oid;
        waiting[lowest] = 0;
        ready.push(lowest);
    }
    return order;
}

void write_body_objects(ReadContext& context) {
    std::map<std::string, std::set<std::string>> depends_on;
    for (const auto& [oid, body] : context.bodies) depends_on[oid] = body.uses;
    // A function that needs a view, directly or through other functions, waits for the views.
    std::set<std::string> needs_view;
    for (const auto& oid : dependency_order(depends_on)) {
        const BodyObject& body = context.bodies[oid];
        bool late = body.view;
        for (const auto& used : body.uses) late = late || needs_view.count(used) > 0;
        if (late) needs_view.insert(oid);
        context.script.add(late ? Phase::view : Phase::function, body.statement);
    }
}

}  // namespace introspect
