// engine::NameMap: name order for iteration, and a hash index that every change keeps in step.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/model/name_map.hpp"

using engine::Ident;
using engine::NameMap;
using engine::NameProbe;
using engine::QualifiedName;

namespace {

QualifiedName qn(const std::string& schema, const std::string& name) { return {Ident(schema), Ident(name)}; }

std::vector<std::string> keys(const NameMap<int>& map) {
    std::vector<std::string> out;
    for (const auto& [name, value] : map) out.push_back(name.quoted() + "=" + std::to_string(value));
    return out;
}

// Every key iteration gives is found by name, and nothing else is.
void check_index(const NameMap<int>& map, const std::vector<QualifiedName>& absent) {
    std::size_t n = 0;
    for (const auto& [name, value] : map) {
        ++n;
        REQUIRE(map.find(name) != map.end());
        CHECK(map.find(name)->second == value);
        CHECK(map.contains(NameProbe(name)));
    }
    CHECK(n == map.size());
    for (const auto& name : absent) CHECK_FALSE(map.contains(name));
}

}  // namespace

TEST_CASE("NameMap: iterates in name order and finds by hash after every kind of change", "[engine][name_map]") {
    NameMap<int> map;
    map[qn("public", "b")] = 2;
    map.emplace(qn("public", "a"), 1);
    map.try_emplace(qn("app", "z"), 26);
    CHECK_FALSE(map.try_emplace(qn("app", "z"), 0).second);
    CHECK(keys(map) == std::vector<std::string>{"app.z=26", "public.a=1", "public.b=2"});
    check_index(map, {qn("public", "z"), qn("app", "a")});

    CHECK(map.erase(qn("public", "a")) == 1);
    CHECK(map.erase(qn("public", "a")) == 0);
    check_index(map, {qn("public", "a")});

    auto node = map.extract(qn("app", "z"));
    REQUIRE(node);
    node.key() = qn("public", "y");  // a rename, as the planner does it
    CHECK(map.insert(std::move(node)).inserted);
    CHECK(keys(map) == std::vector<std::string>{"public.b=2", "public.y=26"});
    check_index(map, {qn("app", "z")});

    for (int i = 0; i < 100; ++i) map[qn("s", "t" + std::to_string(i))] = i;
    CHECK(erase_if(map, [](const auto& kv) { return kv.second % 2 == 1; }) == 50);
    check_index(map, {qn("s", "t1"), qn("s", "t99")});
    CHECK(map.at(qn("s", "t98")) == 98);
    CHECK_THROWS_AS(map.at(qn("s", "t99")), std::out_of_range);
}

TEST_CASE("NameMap: a copy has an index of its own, and a move keeps the index", "[engine][name_map]") {
    NameMap<int> map;
    for (int i = 0; i < 20; ++i) map[qn("public", "t" + std::to_string(i))] = i;
    NameMap<int> copy = map;
    map.erase(qn("public", "t3"));
    copy[qn("public", "t3")] = 33;
    check_index(map, {qn("public", "t3")});
    check_index(copy, {});
    CHECK(copy.at(qn("public", "t3")) == 33);

    NameMap<int> moved = std::move(copy);
    check_index(moved, {});
    CHECK(moved.size() == 20);
    NameMap<int> assigned;
    assigned = std::move(moved);
    check_index(assigned, {});
    assigned = map;  // copy-assigned over
    check_index(assigned, {qn("public", "t3")});
    CHECK(assigned.size() == 19);
}
