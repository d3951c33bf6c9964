// strata drift --url URL --to SRC [--format text|json|github]: does the live database match the
// desired state? Exit 0 without drift, 2 with drift, 1 on error. One line per difference:
// the object path, then what the database has against what is desired.
#include <fmt/core.h>

#include <set>

#include "commands.hpp"
#include "compare_with_server.hpp"
#include "engine/json_writer.hpp"
#include "exit_code.hpp"
#include "introspect/read_catalog.hpp"

namespace app {

namespace {

struct Difference {
    std::string path;
    std::string kind;    // object kind
    std::string change;  // "missing", "unexpected", "altered", "cannot be created"
    std::string field;
    std::string actual;
    std::string desired;
    engine::SourceLocation where;  // in the desired state, when known
};

std::string shown(const std::string& value) { return value.empty() ? "not set" : value; }

std::string text_line(const Difference& d) {
    std::string line = d.path + ": ";
    if (d.change == "missing")
        line += d.kind + " is missing from the database";
    else if (d.change == "unexpected")
        line += d.kind + " is in the database but not in the desired state";
    else if (d.change == "cannot be created")
        line += d.kind + " cannot be created from the desired query: " + d.actual;
    else
        line += d.field + " is " + shown(d.actual) + ", desired " + shown(d.desired);
    // file:line, as editors and CI annotations point at it.
    if (d.where.known()) line += " (" + d.where.file + (d.where.line > 0 ? ":" + std::to_string(d.where.line) : "") + ")";
    return line;
}

std::vector<Difference> differences(const planner::ChangeSet& changes, const std::vector<introspect::ViewProblem>& problems,
                                    const engine::Catalog& desired) {
    std::vector<Difference> out;
    for (const auto& p : problems) {
        const auto it = desired.views.find(p.view);
        out.push_back({p.view.quoted(), it != desired.views.end() && it->second.materialized ? "materialized view" : "view",
                       "cannot be created", "query", p.message, "", it != desired.views.end() ? it->second.where : engine::SourceLocation{}});
    }
    for (const auto& c : changes.changes) {
        if (c.kind == planner::ChangeKind::added)
            out.push_back({c.path, c.object_kind, "missing", "", "", "", c.to_where});
        else if (c.kind == planner::ChangeKind::dropped)
            out.push_back({c.path, c.object_kind, "unexpected", "", "", "", {}});
        else
            for (const auto& f : c.fields) out.push_back({c.path, c.object_kind, "altered", f.field, f.from, f.to, c.to_where});
    }
    return out;
}

// GitHub's workflow commands: % and line breaks escaped in the message, also , and : in properties.
std::string github_escape(const std::string& text, bool property) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ':') out += "%3A";
        else if (property && c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

}  // namespace

int drift(const Arguments& args, const RunSettings& settings) {
    if (!settings.url || settings.url->empty()) {
        fmt::print(stderr, "strata drift: needs --url URL (or url in strata.yaml)\nRun 'strata drift --help' for usage.\n");
        return exit_error;
    }
    if (!settings.to || settings.to->empty()) {
        fmt::print(stderr, "strata drift: needs --to SRC (or schema in strata.yaml)\nRun 'strata drift --help' for usage.\n");
        return exit_error;
    }
    if (!is_database_source(*settings.url)) {
        fmt::print(stderr, "strata drift: --url must be a postgres:// URL or a conninfo string, not '{}'\n", *settings.url);
        return exit_error;
    }
    const std::string format = args.value("--format").value_or("text");

    LoadedSource desired = load_source(*settings.to, settings);
    introspect::Connection connection(*settings.url);
    introspect::CatalogRead live = introspect::read_catalog(connection, {settings.exclude, settings.schemas});
    for (const auto& w : desired.warnings) fmt::print(stderr, "{}\n", w);
    for (const auto& w : live.warnings) fmt::print(stderr, "{}\n", w);
    // A database on both sides needs no normalising: both sides come from the same deparsers.
    Comparison comparison;
    if (desired.from_database) comparison.changes = planner::diff(live.catalog, desired.catalog);
    else comparison = compare_with_server(connection, live.catalog, desired.catalog);
    const std::vector<Difference> found = differences(comparison.changes, comparison.problems, desired.catalog);

    if (format == "json") {
        engine::JsonWriter w;
        w.begin_object().key("drift").value(!found.empty()).key("database").value(connection.describe());
        w.key("desired").value(*settings.to).key("differences").begin_array();
        for (const auto& d : found) {
            w.begin_object().key("path").value(d.path).key("kind").value(d.kind).key("change").value(d.change);
            if (d.change == "altered") w.key("field").value(d.field).key("actual").value(d.actual).key("desired").value(d.desired);
            if (d.change == "cannot be created") w.key("error").value(d.actual);
            if (d.where.known()) w.key("file").value(d.where.file).key("line").value(d.where.line);
            w.key("message").value(text_line(d)).end_object();
        }
        w.end_array().end_object();
        fmt::print("{}\n", w.str());
    } else if (format == "github") {
        for (const auto& d : found) {
            const std::string file = d.where.known() ? d.where.file : (is_database_source(*settings.to) ? "" : *settings.to);
            std::string properties;
            if (!file.empty()) properties = " file=" + github_escape(file, true);
            if (d.where.line > 0) properties += ",line=" + std::to_string(d.where.line);
            fmt::print("::error{}::{}\n", properties, github_escape(text_line(d), false));
        }
    } else {
        for (const auto& d : found) fmt::print("{}\n", text_line(d));
    }
    if (found.empty()) {
        fmt::print(stderr, "No drift: {} matches {}.\n", connection.describe(), *settings.to);
        return exit_ok;
    }
    fmt::print(stderr, "Drift: {} difference{} between {} and {}.\n", found.size(), found.size() == 1 ? "" : "s",
               connection.describe(), *settings.to);
    return exit_differences;
}

}  // namespace app
