#pragma once
// Live database → engine::Catalog. One catalog query per object kind, whatever the schema's
// size, inside one REPEATABLE READ READ ONLY transaction so that every query sees the same
// snapshot. The server's deparsers (pg_get_expr, pg_get_constraintdef, pg_get_indexdef,
// pg_get_viewdef, pg_get_triggerdef, pg_get_functiondef, pg_get_partkeydef) are the source of
// truth; their output is assembled into a pg_dump-shaped script and read by the same parser that
// reads desired-state files, so both sides land in one model through one grammar.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "introspect/connection.hpp"

namespace introspect {

struct ReadOptions {
    // Globs (fnmatch) on an object's name or schema.name; matching objects are left out.
    std::vector<std::string> exclude;
    // When non-empty, only these schemas are read.
    std::vector<std::string> schemas;
};

struct CatalogRead {
    engine::Catalog catalog;
    std::vector<std::string> warnings;
    std::string script;         // the SQL the catalog was read from (pg_dump-shaped)
    std::size_t queries = 0;    // catalog queries issued
};

// Throws engine::Error naming the connection (never the password) on failure.
CatalogRead read_catalog(Connection& connection, const ReadOptions& options = {});

}  // namespace introspect
