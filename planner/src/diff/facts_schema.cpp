// Schemas and extensions.
#include "facts.hpp"

namespace planner::facts {

void collect_schemas(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [name, schema] : catalog.schemas) {
        ObjectFacts& o = sink.object(0, "schema", name.quoted(), schema.where);
        set_comment(o, schema);
    }
    for (const auto& [name, extension] : catalog.extensions) {
        if (name.str() == "plpgsql") continue;  // in every database; a file may or may not say so
        ObjectFacts& o = sink.object(1, "extension", name.quoted(), extension.where);
        set(o, "schema", extension.schema ? extension.schema->quoted() : "public");
        // A desired state without a version accepts whatever version is installed.
        if (extension.version) set(o, "version", *extension.version);
        // CREATE EXTENSION sets the extension's own comment: a desired state that says nothing
        // about it accepts that one.
        if (extension.comment) set_comment(o, extension);
    }
}

}  // namespace planner::facts
