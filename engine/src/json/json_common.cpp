#include "json_parts.hpp"

namespace engine::json_detail {

void map_if_any(JsonWriter& w, std::string_view key, const std::map<std::string, std::string>& options) {
    if (options.empty()) return;
    w.key(key).begin_object();
    for (const auto& [name, value] : options) w.key(name).value(value);
    w.end_object();
}

void map_if_any(JsonWriter& w, std::string_view key, const Options& options) {
    map_if_any(w, key, options.sorted());
}

void pairs_if_any(JsonWriter& w, std::string_view key, const std::vector<std::pair<std::string, std::string>>& pairs) {
    if (pairs.empty()) return;
    w.key(key).begin_array();
    for (const auto& [name, value] : pairs) w.begin_object().key("name").value(name).key("value").value(value).end_object();
    w.end_array();
}

void source(JsonWriter& w, const SourceLocation& where) {
    if (!where.known()) return;
    SourceLocation line_only = where;
    line_only.column = 0;  // the contract is file:line; columns would churn on reformatting
    w.key("source").value(line_only.str());
}

void base(JsonWriter& w, const ObjectBase& object) {
    field_if(w, "comment", object.comment);
    field_if(w, "owner", object.owner);
    source(w, object.where);
}

}  // namespace engine::json_detail
