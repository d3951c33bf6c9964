// Default privileges: ALTER DEFAULT PRIVILEGES [FOR ROLE …] [IN SCHEMA …] GRANT|REVOKE … ON
// <kinds> TO|FROM …, read from the statements the model keeps, and folded into what each role's
// new objects start with (pg_default_acl's rows): per role and kind, for every schema (starting
// from PostgreSQL's defaults) or for one schema (starting from none, and only adding).
#include <algorithm>
#include <cctype>
#include <tuple>

#include "engine/identifier.hpp"
#include "facts.hpp"
#include "privileges.hpp"

namespace planner::facts {

namespace {

// The statement's words: runs between spaces and commas; a "quoted name" is one word, quotes kept.
std::vector<std::string> words_of(const std::string& sql) {
    std::vector<std::string> words;
    std::string word;
    bool quoted = false;
    for (char c : sql) {
        if (c == '"') quoted = !quoted;
        if (!quoted && (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';')) {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

// A name as stored: "Quoted" without its quotes ("" is one quote), others folded to lower case.
std::string unquoted_name(const std::string& word) {
    if (word.size() < 2 || word.front() != '"' || word.back() != '"') return engine::fold_identifier(word);
    std::string name;
    for (std::size_t i = 1; i + 1 < word.size(); ++i) {
        name += word[i];
        if (word[i] == '"' && word[i + 1] == '"') ++i;
    }
    return name;
}

std::optional<DefaultPrivilege> default_privilege(const engine::RawObject& raw) {
    const auto words = words_of(raw.sql);
    DefaultPrivilege d;
    d.where = raw.where;
    std::size_t i = 0;
    auto at = [&](const char* w) { return i < words.size() && upper(words[i]) == w; };
    auto names_until_next_clause = [&](std::vector<std::string>& names) {
        for (++i; i < words.size() && !at("IN") && !at("FOR") && !at("GRANT") && !at("REVOKE"); ++i)
            names.push_back(unquoted_name(words[i]));
    };
    while (i < words.size() && !at("GRANT") && !at("REVOKE")) {
        if (at("SCHEMA"))
            names_until_next_clause(d.schemas);
        else if (at("ROLE") || at("USER"))
            names_until_next_clause(d.roles);
        else
            ++i;
    }
    if (i == words.size()) return std::nullopt;
    // FOR ROLE CURRENT_USER is the role that runs it, as no FOR ROLE is.
    std::erase_if(d.roles, [](const std::string& role) {
        return role == "current_user" || role == "current_role" || role == "session_user";
    });
    const bool revoke = at("REVOKE");
    ++i;
    bool option_only = false;
    if (revoke && at("GRANT")) {  // GRANT OPTION FOR
        option_only = true;
        i += 3;
    }
    std::vector<std::string> privileges;
    for (; i < words.size() && !at("ON"); ++i)
        if (upper(words[i]) != "PRIVILEGES") privileges.push_back(upper(words[i]));
    if (++i >= words.size()) return std::nullopt;
    d.objects = upper(words[i++]);
    if (d.objects == "ROUTINES") d.objects = "FUNCTIONS";  // one kind in pg_default_acl
    d.kind = d.objects == "TABLES"      ? "relation"
             : d.objects == "SEQUENCES" ? "sequence"
             : d.objects == "TYPES"     ? "type"
             : d.objects == "SCHEMAS"   ? "schema"
             : d.objects == "FUNCTIONS" ? "function"
                                        : "";
    if (d.kind.empty()) return std::nullopt;
    ++i;  // TO | FROM
    std::vector<std::string> grantees;
    bool grant_option = false;
    for (; i < words.size(); ++i) {
        if (at("WITH")) {
            grant_option = true;
            break;
        }
        if (at("GROUP") || at("CASCADE") || at("RESTRICT")) continue;
        grantees.push_back(at("PUBLIC") ? "PUBLIC" : unquoted_name(words[i]));
    }
    for (const auto& p : privileges)
        for (const auto& g : grantees) {
            engine::Grant grant;
            grant.privilege = p;
            grant.grantee = g;
            grant.revoke = revoke;
            grant.with_grant_option = revoke ? option_only : grant_option;
            d.grants.push_back(std::move(grant));
        }
    return d;
}

}  // namespace

std::vector<DefaultPrivilege> default_privileges(const engine::Catalog& catalog) {
    std::vector<DefaultPrivilege> out;
    for (const auto& [key, raw] : catalog.raw_objects)
        if (key.first == "DEFAULT PRIVILEGES")
            if (auto d = default_privilege(raw)) out.push_back(std::move(*d));
    // The model keeps them by text: put them back in the order they run.
    std::stable_sort(out.begin(), out.end(),
                     [](const DefaultPrivilege& a, const DefaultPrivilege& b) { return a.where < b.where; });
    return out;
}

std::string DefaultAcl::label() const {
    std::string out;
    if (!role.empty()) out += "for role " + engine::quote_ident(role) + " ";
    if (!schema.empty()) out += "in schema " + engine::quote_ident(schema) + " ";
    return out + "on " + engine::fold_identifier(objects);
}

std::string DefaultAcl::statement() const {
    std::string out = "ALTER DEFAULT PRIVILEGES";
    if (!role.empty()) out += " FOR ROLE " + engine::quote_ident(role);
    if (!schema.empty()) out += " IN SCHEMA " + engine::quote_ident(schema);
    return out;
}

std::map<std::string, DefaultAcl> default_acls(const engine::Catalog& catalog) {
    std::map<std::tuple<std::string, std::string, std::string>, DefaultAcl> rows;
    for (const auto& d : default_privileges(catalog)) {
        const std::vector<std::string> roles = d.roles.empty() ? std::vector<std::string>{""} : d.roles;
        const std::vector<std::string> schemas = d.schemas.empty() ? std::vector<std::string>{""} : d.schemas;
        for (const auto& role : roles)
            for (const auto& schema : schemas) {
                auto [it, added] = rows.try_emplace({role, schema, d.objects});
                DefaultAcl& row = it->second;
                if (added) {
                    row = DefaultAcl{role, schema, d.kind, d.objects, {}, {}, d.where};
                    // For every schema, PostgreSQL's defaults; in one schema, what is added to them.
                    if (schema.empty()) row.start = default_acl(d.kind, "");
                    row.acl = row.start;
                }
                for (const auto& g : d.grants) apply_grant(g, engine::GrantTarget{d.kind, ""}, row.acl);
                row.where = d.where;
            }
    }
    std::map<std::string, DefaultAcl> out;
    for (auto& [key, row] : rows) {
        // A role's privileges on its own objects are left out, as an owner's are.
        if (!row.role.empty()) row.acl.erase(row.role), row.start.erase(row.role);
        if (row.acl != row.start) out.emplace(row.label(), std::move(row));
    }
    return out;
}

Acl acl_on_creation(const std::map<std::string, DefaultAcl>& defaults, const std::string& kind,
                    const std::string& identity, const std::string& schema) {
    // The role's row for every schema takes the place of PostgreSQL's defaults; its row for the
    // object's schema adds to that.
    auto row_of = [&](const std::string& in) -> const DefaultAcl* {
        for (const auto& [label, row] : defaults)
            if (row.role.empty() && row.kind == kind && row.schema == in) return &row;
        return nullptr;
    };
    const DefaultAcl* every_schema = row_of("");
    Acl acl = every_schema ? every_schema->acl : default_acl(kind, identity);
    if (const DefaultAcl* own = schema.empty() ? nullptr : row_of(schema))
        for (const auto& [grantee, privileges] : own->acl)
            for (const auto& [item, option] : privileges) acl[grantee][item] = acl[grantee][item] || option;
    return acl;
}

void collect_default_privileges(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [label, row] : default_acls(catalog)) {
        ObjectFacts& o = sink.object_at(14, "default privileges", label, row.where);
        set(o, "default privileges", acl_text(row.acl));
    }
}

}  // namespace planner::facts
