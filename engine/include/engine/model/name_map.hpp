#pragma once
// The catalog's map of one relation or type kind, keyed by schema-qualified name. Iteration is
// in name order, as std::map's (every output is deterministic); beside the map a hash index over
// its nodes answers lookups by name with one hash instead of log n string comparisons, which were
// a quarter of the time spent applying GitLab's schema statement by statement.
//
// Every change goes through this class, so the index cannot go stale; it holds the map's node
// iterators, which a move keeps and a copy rebuilds. Const members only read: two threads may
// read one catalog.
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "engine/identifier.hpp"

namespace engine {

template <typename T>
class NameMap {
    using Map = std::map<QualifiedName, T>;

public:
    using key_type = QualifiedName;
    using mapped_type = T;
    using value_type = typename Map::value_type;
    using size_type = typename Map::size_type;
    using iterator = typename Map::iterator;
    using const_iterator = typename Map::const_iterator;
    using node_type = typename Map::node_type;
    using insert_return_type = typename Map::insert_return_type;

    NameMap() = default;
    NameMap(const NameMap& other) : map_(other.map_) { reindex(); }
    NameMap(NameMap&& other) noexcept : map_(std::move(other.map_)), index_(std::move(other.index_)) {
        other.index_.clear();
    }
    NameMap& operator=(const NameMap& other) {
        if (this != &other) {
            map_ = other.map_;
            reindex();
        }
        return *this;
    }
    NameMap& operator=(NameMap&& other) noexcept {
        if (this != &other) {
            map_ = std::move(other.map_);  // the nodes change hands, so their iterators stay good
            index_ = std::move(other.index_);
            other.map_.clear();
            other.index_.clear();
        }
        return *this;
    }

    iterator begin() { return map_.begin(); }
    iterator end() { return map_.end(); }
    const_iterator begin() const { return map_.begin(); }
    const_iterator end() const { return map_.end(); }
    const_iterator cbegin() const { return map_.cbegin(); }
    const_iterator cend() const { return map_.cend(); }
    size_type size() const { return map_.size(); }
    bool empty() const { return map_.empty(); }

    iterator find(const QualifiedName& name) { return find(NameProbe(name)); }
    const_iterator find(const QualifiedName& name) const { return find(NameProbe(name)); }
    size_type count(const QualifiedName& name) const { return count(NameProbe(name)); }
    bool contains(const QualifiedName& name) const { return count(name) > 0; }
    // The same with a name hashed once for several maps.
    iterator find(const NameProbe& name) {
        const auto hit = index_.find(name);
        return hit == index_.end() ? map_.end() : hit->second;
    }
    const_iterator find(const NameProbe& name) const {
        const auto hit = index_.find(name);
        return hit == index_.end() ? map_.end() : const_iterator(hit->second);
    }
    size_type count(const NameProbe& name) const { return index_.count(name); }
    bool contains(const NameProbe& name) const { return count(name) > 0; }
    T& at(const QualifiedName& name) {
        const auto it = find(name);
        if (it == map_.end()) throw std::out_of_range("NameMap::at: no " + name.quoted());
        return it->second;
    }
    const T& at(const QualifiedName& name) const {
        const auto it = find(name);
        if (it == map_.end()) throw std::out_of_range("NameMap::at: no " + name.quoted());
        return it->second;
    }
    const_iterator lower_bound(const QualifiedName& name) const { return map_.lower_bound(name); }
    const_iterator upper_bound(const QualifiedName& name) const { return map_.upper_bound(name); }

    T& operator[](const QualifiedName& name) { return try_emplace(name).first->second; }
    T& operator[](QualifiedName&& name) { return try_emplace(std::move(name)).first->second; }

    template <typename... Args>
    std::pair<iterator, bool> emplace(Args&&... args) {
        auto result = map_.emplace(std::forward<Args>(args)...);
        if (result.second) add(result.first);
        return result;
    }
    template <typename Key, typename... Args>
    std::pair<iterator, bool> try_emplace(Key&& name, Args&&... args) {
        if (const auto it = find(name); it != map_.end()) return {it, false};
        const auto it =
            map_.emplace_hint(map_.end(), std::piecewise_construct, std::forward_as_tuple(std::forward<Key>(name)),
                              std::forward_as_tuple(std::forward<Args>(args)...));
        add(it);
        return {it, true};
    }
    std::pair<iterator, bool> insert(const value_type& value) { return emplace(value); }
    std::pair<iterator, bool> insert(value_type&& value) { return emplace(std::move(value)); }
    insert_return_type insert(node_type&& node) {
        auto result = map_.insert(std::move(node));
        if (result.inserted) add(result.position);
        return result;
    }

    size_type erase(const QualifiedName& name) {
        const auto hit = index_.find(NameProbe(name));
        if (hit == index_.end()) return 0;
        const iterator it = hit->second;
        index_.erase(hit);
        map_.erase(it);
        return 1;
    }
    iterator erase(const_iterator it) {
        index_.erase(NameProbe(it->first));
        return map_.erase(it);
    }
    iterator erase(iterator it) { return erase(const_iterator(it)); }
    node_type extract(const QualifiedName& name) {
        const auto hit = index_.find(NameProbe(name));
        if (hit == index_.end()) return {};
        const iterator it = hit->second;
        index_.erase(hit);
        return map_.extract(it);
    }
    void clear() {
        index_.clear();
        map_.clear();
    }

    bool operator==(const NameMap& other) const { return map_ == other.map_; }

    // std::erase_if, as for std::map.
    template <typename Predicate>
    friend size_type erase_if(NameMap& map, Predicate doomed) {
        size_type erased = 0;
        for (auto it = map.map_.begin(); it != map.map_.end();) {
            if (doomed(*it)) {
                it = map.erase(it);
                ++erased;
            } else {
                ++it;
            }
        }
        return erased;
    }

private:
    // In the index, a probe views the map's own keys, which stay put.
    struct ProbeHash {
        std::size_t operator()(const NameProbe& probe) const noexcept { return probe.hash; }
    };

    void add(iterator it) { index_.emplace(NameProbe(it->first), it); }
    void reindex() {
        index_.clear();
        index_.reserve(map_.size());
        for (auto it = map_.begin(); it != map_.end(); ++it) add(it);
    }

    Map map_;
    std::unordered_map<NameProbe, iterator, ProbeHash> index_;
};

}  // namespace engine
