#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"

namespace engine {

struct Trigger : ObjectBase {
    Ident name;
    QualifiedName table;
    std::string timing;                  // BEFORE | AFTER | INSTEAD OF
    std::vector<std::string> events;     // INSERT, UPDATE, DELETE, TRUNCATE (in canonical order)
    std::vector<Ident> update_columns;   // UPDATE OF a, b
    bool for_each_row = false;
    std::optional<Expression> when;
    QualifiedName function;
    std::vector<std::string> function_args;  // literal arguments as written
    bool constraint_trigger = false;
    std::optional<QualifiedName> from_table;  // constraint triggers: FROM
    bool deferrable = false;
    bool initially_deferred = false;
    std::optional<Ident> old_table;  // REFERENCING OLD TABLE AS
    std::optional<Ident> new_table;
    std::string enabled = "O";       // O origin, D disabled, R replica, A always
};

}  // namespace engine
