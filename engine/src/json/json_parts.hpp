#pragma once
// Private to engine/src/json: one writer per object kind, and the helpers that keep the
// conventions documented in engine/json.hpp in one place.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/json_writer.hpp"
#include "engine/model/catalog.hpp"

namespace engine::json_detail {

// The JSON spelling of each model value type.
inline void put(JsonWriter& w, std::string_view text) { w.value(text); }
inline void put(JsonWriter& w, const Ident& ident) { w.value(ident.str()); }
inline void put(JsonWriter& w, const QualifiedName& ref) { w.value(ref.quoted()); }
inline void put(JsonWriter& w, const TypeName& type) { w.value(type.sql()); }
inline void put(JsonWriter& w, const Expression& expr) { w.value(expr.text); }
template <class T>
    requires std::is_arithmetic_v<T>
void put(JsonWriter& w, T number) {
    w.value(number);
}

template <class T>
void field(JsonWriter& w, std::string_view key, const T& v) {
    w.key(key);
    put(w, v);
}

template <class T>
void field_if(JsonWriter& w, std::string_view key, const std::optional<T>& v) {
    if (v) field(w, key, *v);
}

template <class T>
void list(JsonWriter& w, std::string_view key, const std::vector<T>& items) {
    w.key(key).begin_array();
    for (const auto& item : items) put(w, item);
    w.end_array();
}

template <class T>
void list_if_any(JsonWriter& w, std::string_view key, const std::vector<T>& items) {
    if (!items.empty()) list(w, key, items);
}

// Option maps (WITH (…), OPTIONS (…)) are JSON objects; std::map keeps them sorted.
void map_if_any(JsonWriter& w, std::string_view key, const std::map<std::string, std::string>& options);
// Option lists are JSON objects: their names sorted, whatever order the SQL gave them in.
void map_if_any(JsonWriter& w, std::string_view key, const Options& options);
// Ordered name/value lists where order or repeats matter: [{"name": …, "value": …}, …].
void pairs_if_any(JsonWriter& w, std::string_view key, const std::vector<std::pair<std::string, std::string>>& pairs);

// "file:line", or nothing when the location is unknown.
void source(JsonWriter& w, const SourceLocation& where);
// The trailing comment, owner and source every ObjectBase carries.
void base(JsonWriter& w, const ObjectBase& object);

void write_schema(JsonWriter& w, const Schema& schema);
void write_extension(JsonWriter& w, const Extension& extension);
void write_enum(JsonWriter& w, const EnumType& type);
void write_composite(JsonWriter& w, const CompositeType& type);
void write_range(JsonWriter& w, const RangeType& type);
void write_domain(JsonWriter& w, const Domain& domain);
void write_sequence_options(JsonWriter& w, std::string_view key, const SequenceOptions& options);
void write_sequence(JsonWriter& w, const Sequence& sequence);
void write_column(JsonWriter& w, const Column& column);
void write_constraint(JsonWriter& w, const Constraint& constraint);
void write_table(JsonWriter& w, const Table& table);
void write_index(JsonWriter& w, const Index& index);
void write_view(JsonWriter& w, const View& view);
void write_function(JsonWriter& w, const Function& function);
void write_trigger(JsonWriter& w, const Trigger& trigger);
void write_policy(JsonWriter& w, const Policy& policy);
void write_raw_object(JsonWriter& w, const RawObject& object);
void write_grant(JsonWriter& w, const Grant& grant);
void write_dependency(JsonWriter& w, const Dependency& dependency);

}  // namespace engine::json_detail
