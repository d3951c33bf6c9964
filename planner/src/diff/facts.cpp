#include "facts.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>

#include "engine/model/expression_canonical.hpp"

namespace planner::facts {

namespace {

std::string without_public(std::string text) {
    if (text.rfind("public.", 0) == 0) text.erase(0, 7);
    return text;
}

// '2022-04-01 01:00:00+01' and '2022-04-01T00:00:00Z' → '2022-04-01 00:00:00+00': the catalog
// prints a timestamptz in the session's time zone, so one instant reads differently from a file
// and from the catalog (defaults, partition bounds).
std::string utc_timestamp(const std::string& text) {
    // YYYY-MM-DD(T| )HH:MM:SS[.frac](Z|(+|-)HH[[:]MM])
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > text.size()) return -1;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' ||
        text[16] != ':')
        return text;
    const int fields[] = {digits(0, 4), digits(5, 2), digits(8, 2), digits(11, 2), digits(14, 2), digits(17, 2)};
    for (int f : fields)
        if (f < 0) return text;
    std::size_t at = 19;
    std::string fraction;
    if (at < text.size() && text[at] == '.') {
        const std::size_t start = at++;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
        fraction = text.substr(start, at - start);
    }
    int sign = 1, hours = 0, minutes = 0;
    if (at + 1 == text.size() && text[at] == 'Z') {
        // UTC
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        sign = text[at] == '-' ? -1 : 1;
        hours = digits(at + 1, 2);
        at += 3;
        if (at < text.size() && text[at] == ':') ++at;
        if (at < text.size()) minutes = digits(at, 2);
        if (hours < 0 || minutes < 0 || (at < text.size() && at + 2 != text.size())) return text;
    } else if (at != text.size()) {
        return text;
    }  // no zone: read as UTC, the session zone of the server a drift test loads into (a heuristic)
    std::tm t{};
    t.tm_year = fields[0] - 1900;
    t.tm_mon = fields[1] - 1;
    t.tm_mday = fields[2];
    t.tm_hour = fields[3];
    t.tm_min = fields[4];
    t.tm_sec = fields[5];
    const std::time_t utc = timegm(&t) - sign * (hours * 3600L + minutes * 60L);
    std::tm out{};
    gmtime_r(&utc, &out);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &out);
    return std::string(buffer) + fraction + "+00";
}

// Drops `public.` from qualified names, cast types and sequence names in nextval('…'), spells
// CURRENT_TIMESTAMP and transaction_timestamp() as now() (the same function) and timestamps with
// a zone in UTC.
void unqualify(engine::ExprNode& node, const std::string& schema) {
    static const std::vector<std::vector<std::string>> sequence_functions{{"nextval"}, {"currval"}, {"setval"}};
    if (node.kind == engine::ExprKind::function_call && !node.children.empty() &&
        node.children[0].kind == engine::ExprKind::string_literal &&
        std::find(sequence_functions.begin(), sequence_functions.end(), node.names) != sequence_functions.end() &&
        node.children[0].value.find('.') == std::string::npos)
        node.children[0].value = schema + "." + node.children[0].value;
    const bool current_timestamp = node.kind == engine::ExprKind::sql_value_function &&
                                   node.value == "current_timestamp" && node.children.empty();
    const bool transaction_timestamp = node.kind == engine::ExprKind::function_call && node.children.empty() &&
                                       node.names == std::vector<std::string>{"transaction_timestamp"};
    if (current_timestamp || transaction_timestamp) {
        node = engine::make_leaf(engine::ExprKind::function_call);
        node.names = {"now"};
    }
    // pgcrypto's public.gen_random_uuid() is not the unqualified gen_random_uuid(): pg_catalog,
    // searched first, has its own since PostgreSQL 13 with the same signature, and wins.
    const bool shadowed_by_core = node.kind == engine::ExprKind::function_call && node.names.size() == 2 &&
                                  node.names.back() == "gen_random_uuid";
    if (node.names.size() >= 2 && node.names.front() == "public" && !shadowed_by_core) node.names.erase(node.names.begin());
    if (node.kind == engine::ExprKind::cast) node.value = without_public(node.value);
    if (node.kind == engine::ExprKind::string_literal) node.value = utc_timestamp(without_public(node.value));
    for (auto& child : node.children) unqualify(child, schema);
}

void uncast_value(engine::ExprNode& node) {
    if (node.kind == engine::ExprKind::cast && node.children.size() == 1 &&
        node.children[0].kind == engine::ExprKind::column_ref && node.children[0].names == std::vector<std::string>{"value"}) {
        engine::ExprNode inner = node.children[0];
        node = inner;
    }
    for (auto& child : node.children) uncast_value(child);
}

std::string tree_key(const engine::Expression& expression, bool domain, const std::string& schema) {
    engine::ExprNode tree = engine::canonicalize(*expression.ast);
    unqualify(tree, schema);
    if (domain) uncast_value(tree);
    return engine::to_sexpr(tree);
}

}  // namespace

ObjectFacts& FactSink::object(int rank, std::string kind, std::string path, const engine::SourceLocation& where) {
    ObjectFacts& o = objects_.emplace_back();
    o.rank = rank;
    o.kind = std::move(kind);
    o.path = std::move(path);
    o.where = &where;
    return o;
}

ObjectFacts& FactSink::object_at(int rank, std::string kind, std::string path, engine::SourceLocation where) {
    ObjectFacts& o = objects_.emplace_back();
    o.rank = rank;
    o.kind = std::move(kind);
    o.path = std::move(path);
    o.own_where = std::move(where);
    return o;
}

FactMap FactSink::finish() {
    // Sorted by index, then moved once: an ObjectFacts is too large to shuffle around.
    // Of one key, the objects stay in the order they were recorded.
    auto less = [&](std::size_t a, std::size_t b) { return comes_before(objects_[a], objects_[b]); };
    // By rank first (a counting sort: ranks are small). Within a rank the collectors record in
    // path order but for each table's parts, which come in the table's own order: each run of one
    // parent is sorted alone, and the rank as a whole only if that did not make it sorted.
    int low = 0, high = 0;
    for (const auto& o : objects_) low = std::min(low, o.rank), high = std::max(high, o.rank);
    std::vector<std::size_t> starts(static_cast<std::size_t>(high - low) + 2, 0);
    for (const auto& o : objects_) ++starts[static_cast<std::size_t>(o.rank - low) + 1];
    for (std::size_t r = 1; r < starts.size(); ++r) starts[r] += starts[r - 1];
    std::vector<std::size_t> order(objects_.size());
    std::vector<std::size_t> next(starts.begin(), starts.end() - 1);
    for (std::size_t i = 0; i < objects_.size(); ++i) order[next[static_cast<std::size_t>(objects_[i].rank - low)]++] = i;
    for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
        const auto first = order.begin() + static_cast<std::ptrdiff_t>(starts[r]);
        const auto last = order.begin() + static_cast<std::ptrdiff_t>(starts[r + 1]);
        for (auto run = first; run != last;) {
            auto end = run + 1;
            const std::string_view parent = objects_[*run].parent();
            while (end != last && !parent.empty() && objects_[*end].parent() == parent) ++end;
            if (end - run > 1) std::stable_sort(run, end, less);
            run = end;
        }
        if (!std::is_sorted(first, last, less)) std::stable_sort(first, last, less);
    }
    FactMap map;
    map.reserve(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        // Of equal keys the last recorded stays (a later collector restates an object).
        if (k + 1 < order.size() && !less(order[k], order[k + 1])) continue;
        map.push_back(std::move(objects_[order[k]]));
    }
    objects_.clear();
    return map;
}

void set(ObjectFacts& object, std::string_view field, std::string value) {
    object.fields.emplace_back(field, Fact{std::move(value), {}});
}

void set(ObjectFacts& object, std::string_view field, std::string key, std::string shown) {
    if (shown == key) shown.clear();
    object.fields.emplace_back(field, Fact{std::move(key), std::move(shown)});
}

void set_flag(ObjectFacts& object, std::string_view field, bool value) { set(object, field, value ? "yes" : "no"); }

bool is_null_literal(const engine::Expression& expression) {
    if (!expression.ast) return false;
    // Canonicalising is the costly part: a text without the word cannot be NULL.
    constexpr std::string_view word = "null";
    const auto null_at = std::search(expression.text.begin(), expression.text.end(), word.begin(), word.end(),
                                     [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    if (!expression.text.empty() && null_at == expression.text.end()) return false;
    const engine::ExprNode tree = engine::canonicalize(*expression.ast);
    return tree.kind == engine::ExprKind::keyword_literal && tree.value == "null";
}

std::string domain_check_key(const engine::Expression& expression) {
    return expression.ast ? tree_key(expression, true, "public") : expression_key(expression);
}

std::string expression_key(const engine::Expression& expression, const std::string& schema) {
    if (expression.ast) return tree_key(expression, false, schema);
    std::string key;
    for (const auto& token : expression.tokens) key += without_public(token.text) + " ";
    return key;
}

void set_expression(ObjectFacts& object, std::string_view field, const std::optional<engine::Expression>& e,
                    const std::string& schema) {
    if (!e || e->empty())
        set(object, field, "", "");
    else
        set(object, field, expression_key(*e, schema), e->text);
}

std::string partition_bound_key(const engine::Expression& bound) {
    // The catalog prints every bound value as a quoted literal of the key's type: IN (1) on a
    // text key reads IN ('1'), and a date on a timestamp key reads '2024-01-01 00:00:00'.
    std::string key;
    for (const auto& t : bound.tokens) {
        std::string text = t.text;
        if (t.kind == engine::TokenKind::string && text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
            text = text.substr(1, text.size() - 2);
            if (text.size() == 10 && text[4] == '-' && text[7] == '-') text += " 00:00:00";
            text = utc_timestamp(text);
        }
        key += text + " ";
    }
    return key;
}

void set_comment(ObjectFacts& object, const engine::ObjectBase& base) {
    set(object, "comment", base.comment.value_or(""), base.comment ? engine::quote_literal(*base.comment) : "");
}

std::string squeezed_sql(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"') {
            const std::size_t end = text.find(c, i + 1);
            const std::size_t stop = end == std::string::npos ? text.size() : end + 1;
            if (space && !out.empty()) out += ' ';
            space = false;
            out.append(text, i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    for (std::size_t at = out.find("public."); at != std::string::npos; at = out.find("public.", at))
        if (at == 0 || !(std::isalnum(static_cast<unsigned char>(out[at - 1])) || out[at - 1] == '_'))
            out.erase(at, 7);
        else
            at += 7;
    return out;
}

std::string compact_sql(const std::string& text) {
    const std::string squeezed = squeezed_sql(text);
    auto punctuation = [](char c) { return c == '(' || c == ')' || c == ',' || c == '=' || c == ';' || c == '[' || c == ']'; };
    std::string out;
    char quote = 0;
    for (std::size_t i = 0; i < squeezed.size(); ++i) {
        const char c = squeezed[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == ' ' && ((!out.empty() && punctuation(out.back())) ||
                                (i + 1 < squeezed.size() && punctuation(squeezed[i + 1])))) {
            continue;
        }
        out += c;
    }
    return out;
}

std::string path_of(const engine::QualifiedName& name) { return name.quoted(); }

std::string type_text(const engine::TypeName& type) {
    // PostgreSQL does not enforce array dimensions or sizes: integer[3][] is integer[]. And
    // character and bit without a length are character(1) and bit(1).
    engine::TypeName t = type;
    if ((t.name == "character" || t.name == "bit") && t.modifiers.empty()) t.modifiers = {"1"};
    if (t.name == "numeric" && t.modifiers.size() == 1) t.modifiers.push_back("0");  // numeric(10) is numeric(10,0)
    std::string text = without_public(t.sql());
    const std::size_t bracket = text.find('[');
    if (bracket != std::string::npos && text.back() == ']') text = text.substr(0, bracket) + "[]";
    return text;
}

std::string options_text(const engine::Options& options) {
    std::string out;
    for (const auto& [name, value] : options.sorted()) {
        std::string v = value;
        if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') v = v.substr(1, v.size() - 2);
        for (auto& c : v) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        out += (out.empty() ? "" : ", ") + name + "=" + v;
    }
    return out;
}

}  // namespace planner::facts

namespace planner::facts {

FactMap collect_all(const engine::Catalog& catalog, const engine::Catalog& other, bool privileges) {
    FactSink sink;
    collect_schemas(catalog, sink);
    collect_types(catalog, sink);
    collect_sequences(catalog, sink);
    collect_tables(catalog, sink);
    collect_indexes(catalog, sink);
    collect_views(catalog, sink);
    collect_functions(catalog, sink);
    collect_triggers(catalog, sink);
    collect_policies(catalog, sink);
    collect_raw_objects(catalog, other, sink);
    if (privileges) {
        collect_privileges(catalog, other, sink);
        collect_default_privileges(catalog, sink);
    }
    return sink.finish();
}

}  // namespace planner::facts
