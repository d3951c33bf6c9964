#pragma once
#include <map>
#include <optional>
#include <string>

#include "engine/model/options.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"
#include "engine/model/sequence_options.hpp"
#include "engine/model/type_name.hpp"

namespace engine {

enum class IdentityKind { none, always, by_default };

struct Column : ObjectBase {
    Ident name;
    TypeName type;
    std::optional<QualifiedName> collation;
    bool not_null = false;
    std::optional<Expression> default_value;
    IdentityKind identity = IdentityKind::none;
    SequenceOptions identity_options;      // for identity columns
    std::optional<Expression> generated;   // GENERATED ALWAYS AS (…) STORED
    Options options;  // ALTER COLUMN SET (n_distinct = …)
    std::optional<std::string> storage;    // plain | external | extended | main
    std::optional<std::string> compression;
    std::optional<int> statistics;         // ALTER COLUMN SET STATISTICS
    std::optional<Ident> renamed_from;     // -- strata:renamed-from
};

}  // namespace engine
