#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"

namespace engine {

struct Policy : ObjectBase {
    Ident name;
    QualifiedName table;
    bool permissive = true;
    std::string command = "all";      // all | select | insert | update | delete
    std::vector<std::string> roles;   // empty = PUBLIC
    std::optional<Expression> using_expr;
    std::optional<Expression> check_expr;
};

}  // namespace engine
