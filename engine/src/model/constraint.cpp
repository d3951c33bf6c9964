#include "engine/model/constraint.hpp"

namespace engine {

const char* constraint_kind_name(ConstraintKind kind) {
    switch (kind) {
        case ConstraintKind::primary_key: return "primary key";
        case ConstraintKind::unique: return "unique";
        case ConstraintKind::check: return "check";
        case ConstraintKind::foreign_key: return "foreign key";
        case ConstraintKind::exclusion: return "exclusion";
    }
    return "constraint";
}

const char* referential_action_sql(ReferentialAction action) {
    switch (action) {
        case ReferentialAction::no_action: return "NO ACTION";
        case ReferentialAction::restrict: return "RESTRICT";
        case ReferentialAction::cascade: return "CASCADE";
        case ReferentialAction::set_null: return "SET NULL";
        case ReferentialAction::set_default: return "SET DEFAULT";
    }
    return "NO ACTION";
}

}  // namespace engine
