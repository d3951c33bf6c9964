#include "transform/builder.hpp"

#include <algorithm>
#include <charconv>

#include "grammar/statement.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;
using engine::QualifiedName;

Builder::Builder() { catalog.schemas[Ident("public")].name = Ident("public"); }

QualifiedName Builder::creation_name(const Node& qualified) const {
    auto parts = name_parts(qualified);
    if (parts.size() > 3) fail(qualified, "improper qualified name (too many dotted names)");
    if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
    if (search_path.empty()) fail(qualified, "no schema has been selected to create in (search_path is empty)");
    return {search_path.front(), parts.back()};
}

void Builder::stamp(engine::ObjectBase& object, const Node& n) const {
    object.where = location_of(n);
    const bool plain = std::all_of(search_path.begin(), search_path.end(), [](const Ident& schema) {
        return schema.str() == "public" || schema.str() == "pg_catalog";
    });
    if (!plain) object.search_path = search_path;
}

namespace {

// A signed_number's text without the blanks the grammar allows after the sign, nor a '+'.
std::string compact_number(std::string_view text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '+') out += c;
    return out;
}

}  // namespace

std::int64_t Builder::integer_of(const Node& signed_number) const {
    const std::string digits = compact_number(text_of(signed_number));
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc::result_out_of_range) fail(signed_number, "value " + digits + " is out of range for type bigint");
    if (error != std::errc() || end != digits.data() + digits.size())
        fail(signed_number, "expected a whole number, not " + digits);
    return value;
}

double Builder::positive_decimal(const Node& signed_number, std::string_view what) const {
    const std::string text = compact_number(text_of(signed_number));
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) fail(signed_number, "value " + text + " is out of range");
    if (!(value > 0)) fail(signed_number, std::string(what) + " must be positive");
    return value;
}

int Builder::statistics_target(const Node& signed_number) {
    const std::int64_t target = integer_of(signed_number);
    if (target < -1) fail(signed_number, "statistics target " + std::to_string(target) + " is too low");
    if (target > 10000) {  // PostgreSQL lowers it, with a warning
        warn(location_of(signed_number), "lowering statistics target to 10000");
        return 10000;
    }
    return static_cast<int>(target);
}

QualifiedName Builder::lookup(const std::vector<Ident>& parts,
                              const std::function<bool(const QualifiedName&)>& exists) const {
    if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
    // With one schema in the path the answer is that schema, whether the object exists or not.
    if (search_path.size() == 1) return {search_path.front(), parts.back()};
    for (const auto& schema : search_path) {
        QualifiedName candidate{schema, parts.back()};
        if (exists(candidate)) return candidate;
    }
    return {search_path.empty() ? Ident("public") : search_path.front(), parts.back()};
}

QualifiedName Builder::relation_name(const Node& qualified) const {
    return lookup(name_parts(qualified),
                  [&](const QualifiedName& q) { return catalog.has_relation(q) || constraint_indexes_.count(q) > 0; });
}

engine::QualifiedName Builder::collation_name(const Node& qualified) const {
    const auto parts = name_parts(qualified);
    if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
    auto upper = [](std::string s) {
        for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    };
    // Raw identities are the statement's words in upper case: "COLLATION [IF NOT EXISTS] [s.]name …".
    auto created = [&](const std::string& spelled) {
        for (const auto& [key, raw] : catalog.raw_objects) {
            if (key.first != "COLLATION") continue;
            const std::size_t at = key.second.find(" " + upper(spelled));
            const std::size_t end = at + 1 + spelled.size();
            if (at != std::string::npos && (end == key.second.size() || key.second[end] == ' ' || key.second[end] == '('))
                return true;
        }
        return false;
    };
    // A keyword like `numeric` is quoted by quoted() but may be written bare: try both spellings.
    auto created_as = [&](const std::optional<engine::Ident>& schema) {
        const std::string bare = (schema ? schema->str() + "." : "") + parts.back().str();
        return created(schema ? QualifiedName{*schema, parts.back()}.quoted() : parts.back().quoted()) ||
               created(bare);
    };
    for (const auto& schema : search_path)
        if (created_as(schema)) return {schema, parts.back()};
    if (!search_path.empty() && created_as(std::nullopt)) return {search_path.front(), parts.back()};
    return {engine::Ident("pg_catalog"), parts.back()};
}

engine::Table& Builder::existing_table(const QualifiedName& name, const Node& at) {
    auto it = catalog.tables.find(name);
    if (it == catalog.tables.end()) fail(at, "relation " + name.quoted() + " does not exist");
    return it->second;
}

engine::Table& Builder::table_for(const Node& qualified) { return existing_table(relation_name(qualified), qualified); }

engine::TypeName Builder::type_of(const Node& n) const {
    engine::TypeName t;
    for (const auto& c : n.children) {
        if (c->is_type<g::datetime_type>() || c->is_type<g::interval_type>() || c->is_type<g::builtin_multiword>()) {
            std::string words;
            for (char ch : text_of(*c)) {
                if (std::isspace(static_cast<unsigned char>(ch))) {
                    if (!words.empty() && words.back() != ' ') words += ' ';
                } else {
                    words += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                }
            }
            if (words == "char" || words == "character" || words == "nchar" || words == "national character" ||
                words == "national char")
                words = "character";
            else if (words.find("varying") != std::string::npos && words.rfind("bit", 0) != 0)
                words = "character varying";
            t.name = words;
        } else if (c->is_type<g::time_zone>()) {
            // "with" and "without" share their first four letters; the fifth tells them apart.
            const std::string_view words = text_of(*c);
            const bool with = words.size() < 5 || std::tolower(static_cast<unsigned char>(words[4])) != 'o';
            t.suffix = with ? "with time zone" : "without time zone";
        } else if (c->is_type<g::interval_fields>()) {
            std::string f;
            for (char ch : text_of(*c)) f += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            t.suffix = f;
        } else if (c->is_type<g::type_modifier>()) {
            std::string m(text_of(*c));
            while (!m.empty() && std::isspace(static_cast<unsigned char>(m.back()))) m.pop_back();
            t.modifiers.push_back(m);
        } else if (c->is_type<g::array_bounds>() || c->is_type<g::array_keyword>()) {
            ++t.array_dims;
        } else if (c->is_type<g::percent_type>()) {
            t.suffix = "%TYPE";
        } else if (c->is_type<g::qualified_name>()) {
            auto parts = name_parts(*c);
            const Ident last = parts.back();
            if (parts.size() >= 2 && parts[parts.size() - 2].str() == "pg_catalog") {
                t.name = engine::canonical_type_name(last.str());
            } else if (parts.size() >= 2) {
                t.schema = parts[parts.size() - 2];
                t.name = last.str();
            } else {
                // A user type found through search_path wins over a built-in spelling.
                const auto raw_type = catalog.raw_objects.lower_bound({"TYPE", ""});
                const bool any_raw_type = raw_type != catalog.raw_objects.end() && raw_type->first.first == "TYPE";
                auto is_user_type = [&](const QualifiedName& q) {
                    const engine::NameProbe p(q);
                    return catalog.enums.contains(p) || catalog.composites.contains(p) || catalog.domains.contains(p) ||
                           catalog.ranges.contains(p) || catalog.tables.contains(p) || catalog.views.contains(p) ||
                           (any_raw_type && catalog.raw_objects.count({"TYPE", q.quoted()}));
                };
                t.name = engine::canonical_type_name(last.str());
                for (const auto& schema : search_path) {
                    if (is_user_type({schema, last})) {
                        t.schema = schema;
                        t.name = last.str();
                        break;
                    }
                }
            }
        }
    }
    // timestamp and time default to "without time zone".
    if ((t.name == "timestamp" || t.name == "time") && t.suffix.empty()) t.suffix = "without time zone";
    if (t.name == "timestamp without time zone" || t.name == "time without time zone") {
        t.name = t.name.substr(0, t.name.find(' '));
        if (t.suffix.empty()) t.suffix = "without time zone";
    }
    if (t.name == "timestamp with time zone" || t.name == "time with time zone") {
        t.name = t.name.substr(0, t.name.find(' '));
        t.suffix = "with time zone";
    }
    return t;
}

// ---- implicit names ------------------------------------------------------------------------------

namespace {

constexpr std::size_t max_identifier = engine::max_identifier_bytes;

// PostgreSQL's makeObjectName: name1[_name2][_label], truncating the longer part first.
std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label) {
    std::size_t n1 = name1.size();
    std::size_t n2 = name2.size();
    std::size_t overhead = (name2.empty() ? 0 : 1) + (label.empty() ? 0 : label.size() + 1);
    const std::size_t available = max_identifier - overhead;
    while (n1 + n2 > available) {
        if (n1 > n2) --n1;
        else --n2;
    }
    std::string out = engine::clip_identifier(name1, n1);
    if (!name2.empty()) out += "_" + engine::clip_identifier(name2, n2);
    if (!label.empty()) out += "_" + label;
    return out;
}

std::string choose(const std::string& name1, const std::string& name2, const std::string& label,
                   const std::function<bool(const std::string&)>& taken) {
    std::string candidate = make_object_name(name1, name2, label);
    for (int pass = 1; taken(candidate); ++pass) candidate = make_object_name(name1, name2, label + std::to_string(pass));
    return candidate;
}

}  // namespace

std::string Builder::choose_relation_name(const std::string& name1, const std::string& name2, const std::string& label,
                                          const Ident& schema) const {
    return choose(name1, name2, label, [&](const std::string& candidate) {
        return relation_taken(QualifiedName{schema, Ident(candidate)});
    });
}

std::string Builder::choose_constraint_name(const std::string& name1, const std::string& name2,
                                            const std::string& label, const Ident& schema) const {
    return choose(name1, name2, label,
                  [&](const std::string& candidate) {
                      return constraint_names_.count(QualifiedName{schema, Ident(candidate)}) > 0;
                  });
}

engine::Constraint* Builder::constraint_for_index(const QualifiedName& name) {
    auto it = constraint_indexes_.find(name);
    if (it == constraint_indexes_.end()) return nullptr;
    auto table = catalog.tables.find(it->second);
    return table == catalog.tables.end() ? nullptr : table->second.find_constraint(name.name);
}

bool Builder::relation_taken(const QualifiedName& q) const {
    const engine::NameProbe probe(q);
    return catalog.has_relation(probe) || catalog.composites.contains(probe) || constraint_indexes_.count(q) > 0;
}

void Builder::remember_constraint(const Ident& schema, const Ident& name) {
    constraint_names_.insert(QualifiedName{schema, name});
}
void Builder::forget_constraint(const Ident& schema, const Ident& name) {
    constraint_names_.erase(QualifiedName{schema, name});
}

// ---- diagnostics ---------------------------------------------------------------------------------------

void Builder::fail(const Node& at, const std::string& message) const { throw engine::Error(location_of(at), message); }

void Builder::warn(const engine::SourceLocation& at, const std::string& message) {
    warnings.push_back(at.str() + ": warning: " + message);
}

std::optional<std::string> Builder::annotation_before(int line, const std::string& prefix) const {
    for (const auto& a : annotations)
        if (a.line == line - 1 && a.text.rfind(prefix, 0) == 0) return a.text.substr(prefix.size());
    return std::nullopt;
}

namespace {

// 'text' or "text" without its quotes, doubled quotes undoubled; anything else as written.
std::optional<std::string> unquoted(const std::string& text, char quote) {
    if (text.size() < 2 || text.front() != quote || text.back() != quote) return std::nullopt;
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        out += text[i];
        if (text[i] == quote && text[i + 1] == quote) ++i;
    }
    return out;
}

}  // namespace

std::optional<engine::Ident> Builder::renamed_from_before(int line) const {
    auto old = annotation_before(line, "renamed-from ");
    if (!old) return std::nullopt;
    if (auto quoted = unquoted(*old, '"')) return Ident(*quoted);
    return Ident(engine::fold_identifier(*old));
}

std::string label_of_annotation(const std::string& text) { return unquoted(text, '\'').value_or(text); }

}  // namespace parser
