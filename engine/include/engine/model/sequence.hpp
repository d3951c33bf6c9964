#pragma once
#include <optional>

#include "engine/model/object_base.hpp"
#include "engine/model/sequence_options.hpp"

namespace engine {

struct SequenceOwner {
    QualifiedName table;
    Ident column;
};

struct Sequence : ObjectBase {
    QualifiedName name;
    SequenceOptions options;
    bool unlogged = false;
    std::optional<SequenceOwner> owned_by;
};

}  // namespace engine
