// Objects kept as verbatim statements (aggregates, operators, casts, rules, servers, …):
// compared as normalised text (raw_statement_key).
#include <algorithm>
#include <cctype>
#include <set>
#include <utility>
#include <vector>

#include "engine/model/type_name.hpp"
#include "facts.hpp"
#include "../object_key.hpp"

namespace planner::facts {

namespace {

bool identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// Quotes dropped and identifiers lower-cased outside string literals: compact_sql already
// ignores case, and the parser upper-cased a file's words (upper_words), so quotes only tell
// that the catalog quoted a keyword ("numeric", "json") that the file left bare.
std::string unquoted_lower(const std::string& text) {
    std::string out;
    bool literal = false;
    for (char c : text) {
        if (c == '\'') literal = !literal;
        if (!literal && c == '"') continue;
        out += literal ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// `schema.` dropped before every name but the object's own (at `own_name`, npos for kinds
// without a schema-qualified name): the catalog qualifies what a file left to search_path
// (sfunc = f against sfunc = app.f). Only schemas either side has are dropped, so `new.id` in a
// rule stays. An own name left unqualified is given `own_schema`, where search_path put it.
std::string without_qualifiers(const std::string& text, std::size_t own_name, const std::string& own_schema,
                               const std::set<std::string>& schemas) {
    std::string out;
    bool literal = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\'') literal = !literal;
        if (literal || !identifier_char(c) || (i > 0 && identifier_char(text[i - 1]))) {
            out += c;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && identifier_char(text[end])) ++end;
        const std::string word = text.substr(i, end - i);
        const bool qualifier = end < text.size() && text[end] == '.' && schemas.count(word);
        if (i == own_name) {
            out += qualifier || own_schema == "public" ? word : own_schema + "." + word;
        } else if (!qualifier) {
            out += word;
        }
        i = qualifier && i != own_name ? end + 1 : end;
    }
    return out;
}

// Where the object's own name starts: after "create [or replace] <kind> " or "<kind> ", when a
// name follows that lives in a schema (casts, operators (===) and servers have none, a rule's is
// per table).
std::size_t own_name_position(const std::string& text, const std::string& kind) {
    static const std::set<std::string> schema_kinds = {"AGGREGATE", "COLLATION", "CONVERSION", "STATISTICS", "TYPE",
                                                       "OPERATOR CLASS", "OPERATOR FAMILY", "TEXT SEARCH CONFIGURATION",
                                                       "TEXT SEARCH DICTIONARY", "TEXT SEARCH PARSER", "TEXT SEARCH TEMPLATE"};
    if (!schema_kinds.count(kind)) return std::string::npos;
    std::string lowered_kind;
    for (char c : kind) lowered_kind += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& prefix : {"create or replace " + lowered_kind + " ", "create " + lowered_kind + " ",
                                      lowered_kind + " "})
        if (text.rfind(prefix, 0) == 0)
            return prefix.size() < text.size() && identifier_char(text[prefix.size()]) ? prefix.size() : std::string::npos;
    return std::string::npos;
}

// The start of the last top-level parenthesised group of `text`, which ends with it; npos if none.
std::size_t last_group(const std::string& text) {
    if (text.empty() || text.back() != ')') return std::string::npos;
    int depth = 0;
    bool literal = false;
    for (std::size_t i = text.size(); i-- > 0;) {
        const char c = text[i];
        if (c == '\'') literal = !literal;
        if (literal) continue;
        if (c == ')') ++depth;
        if (c == '(' && --depth == 0) return i;
    }
    return std::string::npos;
}

// The comma-separated items of text[open+1 .. close-1], split at the top level.
std::vector<std::string> group_items(const std::string& text, std::size_t open, std::size_t close) {
    std::vector<std::string> items;
    std::string current;
    int depth = 0;
    bool literal = false;
    for (std::size_t i = open + 1; i < close; ++i) {
        const char c = text[i];
        if (c == '\'') literal = !literal;
        if (!literal && c == '(') ++depth;
        if (!literal && c == ')') --depth;
        if (!literal && depth == 0 && c == ',') {
            items.push_back(std::move(current));
            current.clear();
            continue;
        }
        current += c;
    }
    items.push_back(std::move(current));
    return items;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
    return out;
}

// CREATE AGGREGATE name(args) (SFUNC = …, STYPE = …, …) → {"name(args)", "(options)"}: argument
// and state types in their canonical spelling (int is integer), the options in any order.
std::pair<std::string, std::string> aggregate_parts(const std::string& text) {
    const std::size_t options_open = last_group(text);
    if (options_open == std::string::npos) return {text, ""};
    std::vector<std::string> options = group_items(text, options_open, text.size() - 1);
    for (auto& option : options) {
        const std::size_t eq = option.find('=');
        if (eq == std::string::npos) continue;
        const std::string name = option.substr(0, eq);
        if (name == "stype" || name == "mstype") option = name + "=" + engine::canonical_type_name(option.substr(eq + 1));
    }
    std::sort(options.begin(), options.end());
    std::string head = text.substr(0, options_open);
    if (const std::size_t args_open = last_group(head); args_open != std::string::npos) {
        std::vector<std::string> args = group_items(head, args_open, head.size() - 1);
        for (auto& arg : args) arg = engine::canonical_type_name(arg);
        head = head.substr(0, args_open) + "(" + joined(args) + ")";
    }
    return {head, "(" + joined(options) + ")"};
}

std::string own_schema(const engine::RawObject& raw) {
    for (const auto& schema : raw.search_path)
        if (!schema.str().empty() && schema.str()[0] != '$' && schema.str() != "pg_temp" && schema.str() != "pg_catalog")
            return unquoted_lower(schema.str());
    return "public";
}

std::string raw_statement_key(const engine::RawObject& raw, const std::string& text, const std::set<std::string>& schemas) {
    const std::string lowered = unquoted_lower(compact_sql(text));
    std::string key = without_qualifiers(lowered, own_name_position(lowered, raw.kind), own_schema(raw), schemas);
    if (raw.kind == "AGGREGATE") {
        auto [head, options] = aggregate_parts(key);
        key = head + options;
    }
    return key;
}

// Identities: an aggregate is its name and argument types (its options are its definition); a
// rule is named per table, "rule r on t". Not the first 200 characters of the statement, which
// stop at different places once qualifiers are dropped.
std::string raw_identity_key(const engine::RawObject& raw, const std::set<std::string>& schemas) {
    if (raw.kind == "AGGREGATE") {
        const std::string lowered = unquoted_lower(compact_sql(raw.sql));
        const std::string key = without_qualifiers(lowered, own_name_position(lowered, raw.kind), own_schema(raw), schemas);
        std::string head = aggregate_parts(key).first;
        if (head.rfind("create ", 0) == 0) head.erase(0, 7);
        return head;
    }
    std::string key = raw_statement_key(raw, raw.identity, schemas);
    if (raw.kind != "RULE" || key.rfind("rule ", 0) != 0) return key;
    const std::size_t name_end = key.find(' ', 5);
    const std::size_t on = key.find(" to ", name_end == std::string::npos ? key.size() : name_end);
    if (name_end == std::string::npos || on == std::string::npos) return key;
    const std::size_t table_end = key.find(' ', on + 4);
    return key.substr(0, name_end) + " on " +
           key.substr(on + 4, table_end == std::string::npos ? std::string::npos : table_end - on - 4);
}

}  // namespace

void collect_raw_objects(const engine::Catalog& catalog, const engine::Catalog& other, FactSink& sink) {
    std::set<std::string> schemas = {"pg_catalog", "public"};
    for (const engine::Catalog* side : {&catalog, &other})
        for (const auto& [name, schema] : side->schemas) schemas.insert(unquoted_lower(name.str()));
    for (const auto& [key, raw] : catalog.raw_objects) {
        // Compared through what they give the objects created after them (facts_privileges.cpp).
        if (raw.kind == "DEFAULT PRIVILEGES") continue;
        // The identity of a statement the model keeps whole is its text: compared compactly.
        ObjectFacts& o = sink.object(12, engine::fold_identifier(raw.kind), raw_identity_key(raw, schemas), raw.where);
        o.object = keys::raw(raw);
        set(o, "definition", raw_statement_key(raw, raw.sql, schemas), raw.sql);
        set_comment(o, raw);
    }
}

}  // namespace planner::facts
