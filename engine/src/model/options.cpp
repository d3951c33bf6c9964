#include "engine/model/options.hpp"

#include <algorithm>

namespace engine {

Options::Options(std::initializer_list<value_type> items) {
    for (const auto& [name, value] : items) set(name, value);
}

void Options::set(std::string name, std::string value) {
    erase(name);
    items_.emplace_back(std::move(name), std::move(value));
}

bool Options::erase(std::string_view name) {
    const auto it = std::find_if(items_.begin(), items_.end(), [&](const value_type& item) { return item.first == name; });
    if (it == items_.end()) return false;
    items_.erase(it);
    return true;
}

const std::string* Options::find(std::string_view name) const {
    for (const auto& [key, value] : items_)
        if (key == name) return &value;
    return nullptr;
}

}  // namespace engine
