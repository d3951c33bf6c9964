#include "engine/model/table.hpp"

namespace engine {

Column* Table::find_column(const Ident& column) {
    for (auto& c : columns)
        if (c.name == column) return &c;
    return nullptr;
}

const Column* Table::find_column(const Ident& column) const {
    for (const auto& c : columns)
        if (c.name == column) return &c;
    return nullptr;
}

Constraint* Table::find_constraint(const Ident& constraint) {
    for (auto& c : constraints)
        if (c.name == constraint) return &c;
    return nullptr;
}

const Constraint* Table::find_constraint(const Ident& constraint) const {
    for (const auto& c : constraints)
        if (c.name == constraint) return &c;
    return nullptr;
}

}  // namespace engine
