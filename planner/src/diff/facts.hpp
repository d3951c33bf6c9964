#pragma once
// The comparable form of a catalog: every object is a path (public.users.email) with named
// facts. A fact has a key, compared, and a shown text, printed. Two catalogs differ exactly where
// their facts do.
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/model/catalog.hpp"

namespace planner::facts {

struct Fact {
    std::string key;         // canonical: equal keys mean equal meaning
    std::string shown_text;  // for messages, when it is not the key itself
    const std::string& shown() const { return shown_text.empty() ? key : shown_text; }
};

struct ObjectFacts {
    int rank = 0;      // orders kinds: parents before their parts
    std::string kind;  // "table", "column", …
    std::string path;
    std::string object;  // the planner's key for it (object_key.hpp), when it is not "kind:path"
    // Where it is defined: the catalog's own location (the catalogs outlive their facts), or a
    // copy for objects the collector builds itself (a partition's columns, privileges).
    const engine::SourceLocation* where = nullptr;
    engine::SourceLocation own_where;
    // A column's or constraint's table, as the first parent_length bytes of its path: when the
    // table itself is added or dropped, its parts are not reported again.
    std::size_t parent_length = 0;
    // In a fixed order per kind. Field names are literals or the catalog's own strings.
    std::vector<std::pair<std::string_view, Fact>> fields;

    std::string object_key() const { return object.empty() ? kind + ":" + path : object; }
    const engine::SourceLocation& location() const { return where ? *where : own_where; }
    std::string_view parent() const { return std::string_view(path).substr(0, parent_length); }
};

// Ordered by (kind rank, path): deterministic output, parents before their parts. A vector
// sorted once: a map's node and key per object cost more than the facts themselves.
using FactMap = std::vector<ObjectFacts>;
// The order of a FactMap.
inline bool comes_before(const ObjectFacts& a, const ObjectFacts& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.path < b.path;
}

class FactSink {
public:
    // A new object; `rank` orders kinds in the output. The reference stays valid until finish().
    // `where` is the catalog's (kept by address); object_at copies it.
    ObjectFacts& object(int rank, std::string kind, std::string path, const engine::SourceLocation& where);
    ObjectFacts& object_at(int rank, std::string kind, std::string path, engine::SourceLocation where);
    // The objects by (rank, path); of two with one path, the later stays.
    FactMap finish();

private:
    std::deque<ObjectFacts> objects_;
};

// Field helpers: an empty value is recorded too, so that "absent" compares.
void set(ObjectFacts& object, std::string_view field, std::string value);
void set(ObjectFacts& object, std::string_view field, std::string key, std::string shown);
void set_flag(ObjectFacts& object, std::string_view field, bool value);
// `schema`: the first schema of the search_path the expression was written under (unqualified
// sequence names in nextval('…') resolve there).
void set_expression(ObjectFacts& object, std::string_view field, const std::optional<engine::Expression>& e,
                    const std::string& schema = "public");
void set_comment(ObjectFacts& object, const engine::ObjectBase& base);
// A partition bound's key: its tokens with literals unquoted, dates as midnight, instants in UTC.
std::string partition_bound_key(const engine::Expression& bound);
// A canonical key for an expression: its canonical tree, with `public.` qualifications dropped
// (a file resolves names through search_path, the catalog prints them qualified).
std::string expression_key(const engine::Expression& expression, const std::string& schema = "public");
// A domain CHECK's key: as expression_key, and VALUE without the cast to the base type that
// PostgreSQL adds ((VALUE)::tsvector).
std::string domain_check_key(const engine::Expression& expression);
// DEFAULT NULL (with or without a cast) is no default.
bool is_null_literal(const engine::Expression& expression);
// SQL text squeezed to single spaces outside quotes, `public.` dropped: for texts the model keeps
// verbatim (view queries, raw statements) — an approximate comparison.
std::string squeezed_sql(const std::string& text);
// squeezed_sql without the spaces next to punctuation: "( FUNCTION = f )" is "(function=f)".
std::string compact_sql(const std::string& text);
std::string path_of(const engine::QualifiedName& name);
// WITH (…) lists as compared: sorted, values without quotes (fillfactor='50' is fillfactor=50).
std::string options_text(const engine::Options& options);
// A type as compared: canonical, `public.` dropped.
std::string type_text(const engine::TypeName& type);
// Sequence options with PostgreSQL's defaults for the type filled in (facts_sequence.cpp).
void set_sequence_options(ObjectFacts& object, const engine::SequenceOptions& options, const std::string& column_type);

// The columns a foreign key references; a bare REFERENCES t means t's primary key (facts_table.cpp).
std::vector<engine::Ident> referenced_columns(const engine::Catalog& catalog, const engine::Constraint& fk);
// A constraint's facts (its name is not one of them): facts_table.cpp.
void constraint_facts(const engine::Catalog& catalog, const engine::Constraint& c, ObjectFacts& o);

// Every object of `catalog` (`other`: the catalog it is compared with, for raw objects and
// privileges), in (kind, path) order: diff.cpp and fingerprint.cpp. Without `privileges`, the
// objects' privileges are left out: the diff does so when neither catalog states any, as every
// object then holds PostgreSQL's defaults on both sides.
FactMap collect_all(const engine::Catalog& catalog, const engine::Catalog& other, bool privileges = true);

// One collector per object kind.
void collect_schemas(const engine::Catalog& catalog, FactSink& sink);      // facts_schema.cpp
void collect_types(const engine::Catalog& catalog, FactSink& sink);        // facts_types.cpp
void collect_sequences(const engine::Catalog& catalog, FactSink& sink);    // facts_sequence.cpp
void collect_tables(const engine::Catalog& catalog, FactSink& sink);       // facts_table.cpp
void collect_indexes(const engine::Catalog& catalog, FactSink& sink);      // facts_index.cpp
void collect_views(const engine::Catalog& catalog, FactSink& sink);        // facts_view.cpp
void collect_functions(const engine::Catalog& catalog, FactSink& sink);    // facts_function.cpp
void collect_triggers(const engine::Catalog& catalog, FactSink& sink);     // facts_trigger.cpp
void collect_policies(const engine::Catalog& catalog, FactSink& sink);     // facts_policy.cpp
// `other`: the schemas either side has (qualifiers that search_path made optional).
void collect_raw_objects(const engine::Catalog& catalog, const engine::Catalog& other, FactSink& sink);  // facts_raw.cpp
// Owners `catalog` leaves unstated are taken from `other`.
void collect_privileges(const engine::Catalog& catalog, const engine::Catalog& other, FactSink& sink);  // facts_privileges.cpp
// What each role's new objects start with (ALTER DEFAULT PRIVILEGES): facts_default_privileges.cpp.
void collect_default_privileges(const engine::Catalog& catalog, FactSink& sink);

}  // namespace planner::facts
