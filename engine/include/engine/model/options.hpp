#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engine {

// A `WITH (name = value, …)` list: storage parameters, index options, opclass parameters.
// PostgreSQL keeps them in the order given (pg_class.reloptions) and pg_dump prints them in that
// order, so this keeps it too. Setting a name again moves it to the end, as ALTER … SET does.
// Two lists are equal when they hold the same names and values, in any order.
class Options {
public:
    using value_type = std::pair<std::string, std::string>;

    Options() = default;
    Options(std::initializer_list<value_type> items);

    void set(std::string name, std::string value);
    bool erase(std::string_view name);
    const std::string* find(std::string_view name) const;
    bool contains(std::string_view name) const { return find(name) != nullptr; }

    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    auto begin() const { return items_.begin(); }
    auto end() const { return items_.end(); }
    std::map<std::string, std::string> sorted() const { return {items_.begin(), items_.end()}; }

    friend bool operator==(const Options& a, const Options& b) { return a.sorted() == b.sorted(); }

private:
    std::vector<value_type> items_;
};

}  // namespace engine
