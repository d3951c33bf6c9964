#pragma once
// The schema model as JSON: `strata inspect SRC --format json`.
//
// Shape: one object with an array per kind, always all present and in this order: schemas,
// extensions, enums, composites, ranges, domains, sequences, tables, indexes, views, functions,
// triggers, policies, raw_objects, grants. Elements follow the catalog's key order (grants:
// statement order), so the same catalog always gives the same bytes.
//
// Each element starts with its identity ("schema", "name"; "table" for indexes, triggers and
// policies), then the model's fields under their own snake_case names, then "comment", "owner"
// and "source" ("file:line" of the creating statement). Conventions:
// - bools, strings and enum values (as snake_case strings) are always written;
// - unset optionals, empty secondary lists/maps and fields that do not apply to the object's
//   kind (a check constraint has no "references") are left out;
// - an identifier (Ident) is its raw name; a reference to another object (QualifiedName) is
//   its quoted SQL spelling, e.g. "public.\"Users\""; a type is TypeName::sql(); an
//   expression is its text as written.
// Catalog::creation_order is not written: it records parse order, not schema content.
#include <string>

#include "engine/model/catalog.hpp"

namespace engine {

// Pretty-printed with a 2-space indent and a trailing newline.
std::string catalog_to_json(const Catalog& catalog);

}  // namespace engine
