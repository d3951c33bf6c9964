// An object's digest is FNV-1a (64 bits) over its kind, path and every fact key, each followed by
// a 0 byte; the whole digest runs over the objects' digests in (kind, path) order. It detects
// change, it is not a defence against forgery: the plan file it guards is the user's own.
#include "planner/fingerprint.hpp"

#include <fmt/core.h>

#include <cstdint>
#include <string_view>

#include "facts.hpp"

namespace planner {

namespace {

class Fnv1a {
public:
    void add(std::string_view text) {
        for (unsigned char c : text) hash_ = (hash_ ^ c) * 0x100000001b3ULL;
        hash_ = (hash_ ^ 0U) * 0x100000001b3ULL;
    }
    std::string hex() const { return fmt::format("{:016x}", hash_); }

private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

Fingerprint fingerprint(const engine::Catalog& catalog) {
    Fingerprint result;
    Fnv1a whole;
    for (const auto& object : facts::collect_all(catalog, catalog)) {
        Fnv1a one;
        one.add(object.kind);
        one.add(object.path);
        for (const auto& [field, fact] : object.fields) {
            one.add(field);
            one.add(fact.key);
        }
        const std::string name = object.kind + " " + object.path;
        whole.add(name);
        whole.add(one.hex());
        result.objects.emplace(name, one.hex());
    }
    result.digest = whole.hex();
    return result;
}

std::vector<std::string> fingerprint_changes(const Fingerprint& before, const Fingerprint& now, std::size_t limit) {
    std::vector<std::string> all;
    auto b = before.objects.begin();
    auto n = now.objects.begin();
    while (b != before.objects.end() || n != now.objects.end()) {
        if (n == now.objects.end() || (b != before.objects.end() && b->first < n->first)) {
            all.push_back(b++->first + ": dropped");
        } else if (b == before.objects.end() || n->first < b->first) {
            all.push_back(n++->first + ": added");
        } else {
            if (b->second != n->second) all.push_back(b->first + ": changed");
            ++b;
            ++n;
        }
    }
    if (all.size() > limit) {
        const std::size_t more = all.size() - limit;
        all.resize(limit);
        all.push_back(fmt::format("… and {} more", more));
    }
    return all;
}

}  // namespace planner
