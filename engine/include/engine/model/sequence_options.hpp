#pragma once
#include <cstdint>
#include <optional>

#include "engine/model/type_name.hpp"

namespace engine {

// Options shared by CREATE SEQUENCE and identity columns; unset means the default.
struct SequenceOptions {
    std::optional<TypeName> as_type;  // AS smallint|integer|bigint
    std::optional<std::int64_t> increment;
    std::optional<std::int64_t> min_value;  // NO MINVALUE = unset
    std::optional<std::int64_t> max_value;
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> cache;
    bool cycle = false;
    std::optional<std::string> sequence_name;  // identity: SEQUENCE NAME
    bool operator==(const SequenceOptions&) const = default;
};

}  // namespace engine
