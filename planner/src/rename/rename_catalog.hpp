#pragma once
// Renames inside a catalog, with everything that names the renamed object: what PostgreSQL's
// ALTER … RENAME does to a database, done to the model of one (renames.cpp applies them to
// `from` before the diff). Other tables' foreign keys, indexes, triggers, policies, sequence
// owners, grants, the recorded dependencies, and column references in expression trees follow.
// View queries and function bodies are text and keep the old name; the diff re-creates them
// from the desired state, which is what the server's own deparse would show after the rename.
#include "engine/model/catalog.hpp"

namespace planner::rename_parts {

void rename_table(engine::Catalog& catalog, const engine::QualifiedName& old_name, const engine::QualifiedName& new_name);
// Also in the table's partitions and inheritance children, as PostgreSQL recurses.
void rename_column(engine::Catalog& catalog, const engine::QualifiedName& table, const engine::Ident& old_name,
                   const engine::Ident& new_name);
// A CHECK is renamed in the children that inherit it too.
void rename_constraint(engine::Catalog& catalog, const engine::QualifiedName& table, const engine::Ident& old_name,
                       const engine::Ident& new_name);
void rename_sequence(engine::Catalog& catalog, const engine::QualifiedName& old_name, const engine::Ident& new_name);
void rename_index(engine::Catalog& catalog, const engine::QualifiedName& old_name, const engine::Ident& new_name);
void rename_label(engine::Catalog& catalog, const engine::QualifiedName& type, const std::string& old_label,
                  const std::string& new_label);

}  // namespace planner::rename_parts
