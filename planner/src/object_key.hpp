#pragma once
// One name per object for the whole planner: "kind:path", the kind as the diff reports it and
// the path as it prints it (table:public.users, column:public.users.email,
// function:public.f(integer)). The diff's changes carry it for each side, and every statement the
// renderer writes is tagged with the object it belongs to, so that a plan can take exactly the
// statements of the objects it creates.
#include <string>

#include "engine/model/catalog.hpp"

namespace planner::keys {

inline std::string key(const std::string& kind, const std::string& path) { return kind + ":" + path; }

inline std::string schema(const engine::Ident& name) { return key("schema", name.quoted()); }
inline std::string extension(const engine::Ident& name) { return key("extension", name.quoted()); }
inline std::string type(const engine::QualifiedName& name) { return key("type", name.quoted()); }
inline std::string domain(const engine::QualifiedName& name) { return key("domain", name.quoted()); }
inline std::string sequence(const engine::QualifiedName& name) { return key("sequence", name.quoted()); }
inline std::string table(const engine::Table& table) {
    return key(table.foreign_server ? "foreign table" : "table", table.name.quoted());
}
inline std::string column(const engine::QualifiedName& table, const engine::Ident& column) {
    return key("column", table.quoted() + "." + column.quoted());
}
inline std::string constraint(const engine::QualifiedName& table, const engine::Ident& name) {
    return key("constraint", table.quoted() + "." + name.quoted());
}
inline std::string index(const engine::QualifiedName& name) { return key("index", name.quoted()); }
inline std::string view(const engine::View& view) {
    return key(view.materialized ? "materialized view" : "view", view.name.quoted());
}
inline std::string function(const std::string& catalog_key, const engine::Function& f) {
    return key(f.is_procedure ? "procedure" : "function", catalog_key);
}
inline std::string trigger(const engine::QualifiedName& table, const engine::Ident& name) {
    return key("trigger", table.quoted() + "." + name.quoted());
}
inline std::string policy(const engine::QualifiedName& table, const engine::Ident& name) {
    return key("policy", table.quoted() + "." + name.quoted());
}
inline std::string raw(const engine::RawObject& raw) { return key("raw", raw.kind + " " + raw.identity); }

}  // namespace planner::keys
