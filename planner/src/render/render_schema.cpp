// Schemas and extensions: the first things an empty database needs.
#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

void render_schemas(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, schema] : catalog.schemas) {
        // Every new database has public; a file that creates it says so (its where is known), and
        // IF NOT EXISTS loads either way.
        if (name.str() == "public") {
            if (schema.where.known()) {
                out.push_back(std::string("CREATE SCHEMA IF NOT EXISTS public"));
                out.back().object = keys::schema(name);
            }
            continue;
        }
        out.push_back("CREATE SCHEMA " + name.quoted());
        out.back().object = keys::schema(name);
    }
}

void render_extensions(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, extension] : catalog.extensions) {
        // IF NOT EXISTS: plpgsql and friends may already be installed.
        std::string sql = "CREATE EXTENSION IF NOT EXISTS " + name.quoted();
        if (extension.schema) sql += " WITH SCHEMA " + extension.schema->quoted();
        if (extension.version) sql += " VERSION " + engine::quote_literal(*extension.version);
        out.push_back(std::move(sql));
        out.back().object = keys::extension(name);
    }
}

}  // namespace planner::render
