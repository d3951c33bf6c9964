#pragma once
// The pg_dump-shaped script the readers write: statements go into phases, and the phases are
// joined in the order a server could run them (types before tables, tables before indexes …).
#include <array>
#include <string>

#include "engine/identifier.hpp"

namespace introspect {

enum class Phase {
    schema,
    extension,
    collation,
    type,
    function,
    sequence,
    table,
    attach_partition,
    view,
    key_constraint,
    check_constraint,
    index,
    attach_index,
    foreign_key,
    table_setting,
    trigger,
    rule,
    policy,
    raw,
    comment,
    privilege,
    count
};

class CatalogScript {
public:
    // `statement` without the trailing semicolon.
    void add(Phase phase, const std::string& statement);
    // Every phase of `other` after this one's (readers run on a second connection).
    void append(const CatalogScript& other);
    std::string text() const;

private:
    std::array<std::string, static_cast<std::size_t>(Phase::count)> phases_;
};

// "schema"."name" through engine::quote_ident, the one quoting path.
std::string qualified(const std::string& schema, const std::string& name);
std::string quoted(const std::string& name);

}  // namespace introspect
