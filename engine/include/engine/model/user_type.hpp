#pragma once
// User-defined types: enum, composite, range, domain; base/shell types are kept as raw objects.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"
#include "engine/model/type_name.hpp"

namespace engine {

struct EnumType : ObjectBase {
    QualifiedName name;
    std::vector<std::string> labels;  // in sort order
    // -- strata:renamed-from 'old' on the line before a label: new label → old label.
    std::map<std::string, std::string> renamed_labels;
};

struct CompositeAttribute {
    Ident name;
    TypeName type;
    std::optional<QualifiedName> collation;
};

struct CompositeType : ObjectBase {
    QualifiedName name;
    std::vector<CompositeAttribute> attributes;
};

struct RangeType : ObjectBase {
    QualifiedName name;
    std::map<std::string, std::string> options;  // subtype, subtype_opclass, collation, canonical, …
};

struct DomainCheck {
    Ident name;
    Expression check;
    bool not_valid = false;
    bool name_was_implicit = false;
};

struct Domain : ObjectBase {
    QualifiedName name;
    TypeName base_type;
    std::optional<QualifiedName> collation;
    std::optional<Expression> default_value;
    bool not_null = false;
    std::vector<DomainCheck> checks;
};

}  // namespace engine
