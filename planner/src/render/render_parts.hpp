#pragma once
// Internal to the catalog renderer (render_catalog_sql): shared SQL fragments, the ordering
// helper, and one entry point per object kind. Each entry point appends statements without
// their terminating ';' — render_catalog.cpp joins them.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../object_key.hpp"
#include "../diff/privileges.hpp"
#include "engine/diagnostic.hpp"
#include "engine/model/catalog.hpp"

namespace planner::render {

// One statement, and the search_path its text resolves names through (empty: the default).
// render_catalog.cpp sets the path around statements that need one.
//
// The longest texts (CREATE TABLE, CREATE INDEX, ADD CONSTRAINT) are written only when asked for:
// a plan needs every statement's place but the text of the few it creates. Such a statement
// reads the catalog it came from, which must outlive it.
class Statement {
public:
    std::vector<engine::Ident> search_path;
    std::string object;      // the object it belongs to (object_key.hpp); the planner selects by it
    std::string comment_on;  // for COMMENT ON statements: the target ("TABLE public.t")

    Statement(std::string text) : text_(std::move(text)) {}  // NOLINT: most statements are fully qualified
    Statement(std::string text, std::vector<engine::Ident> path)
        : search_path(std::move(path)), text_(std::move(text)) {}
    // `write` must be cheap to copy (a few pointers: std::function then keeps it without allocating).
    static Statement written_later(std::function<std::string()> write, std::vector<engine::Ident> path) {
        Statement s(std::string(), std::move(path));
        s.write_ = std::move(write);
        return s;
    }

    std::string sql() const { return write_ ? write_() : text_; }

private:
    std::string text_;
    std::function<std::string()> write_;
};
using Statements = std::vector<Statement>;

// Every statement of the catalog, in creation order, each tagged with its object
// (render_catalog.cpp): what render_catalog_sql joins, and what the planner selects from.
Statements catalog_statements(const engine::Catalog& catalog);

// ---- fragments (render_text.cpp) ----
std::string ident_list(const std::vector<engine::Ident>& idents);  // a, "B", c
// " DEFERRABLE", " INITIALLY DEFERRED", or "" (render_constraint.cpp).
std::string deferral_sql(const engine::Constraint& c);
// "(k=v, …)"; empty when there are no options. Values that are not plain words are quoted.
std::string options_sql(const engine::Options& options);
// Expression text, followed by a newline when it ends inside a `--` comment.
std::string expr_sql(const engine::Expression& expression);
// DEFAULT takes a b_expr: parenthesise texts that may need a_expr (AND, IS, IN, …).
std::string default_sql(const engine::Expression& expression);
// $$body$$, or $strata$…$ / $strataN$… when the body contains the shorter tag.
std::string dollar_quote(const std::string& body);
// A role as written in GRANT/POLICY: PUBLIC and CURRENT_USER & co. stay keywords.
std::string role_sql(const std::string& role);
std::string upper(std::string_view text);
bool ends_in_line_comment(std::string_view text);
// Letters, digits, _ and any byte of a multi-byte character.
bool is_word_char(char c);
// Where the 'literal' starting at text[at] ends ('' is a quote inside it): one past its close.
std::size_t after_literal(std::string_view text, std::size_t at);
// The "quoted name" starting at text[at] ("" is a quote inside it), appended to `name`: one past
// its close.
std::size_t after_quoted_name(std::string_view text, std::size_t at, std::string& name);
// Identifier-like words in `text`: unquoted ones folded to lower case, "quoted" ones exact.
// Words inside 'string literals' count too ('public.t'::regclass names t) unless told not to.
std::set<std::string> words_of(std::string_view text, bool in_literals = true);
// COMMENT ON <what> IS '<comment>', when there is a comment; tagged with `object`.
void add_comment(const std::string& object, const std::string& what, const std::optional<std::string>& comment,
                 Statements& out);
// Tags the statements from `first` on that have no object yet.
void tag_from(Statements& out, std::size_t first, const std::string& object);

// ---- ordering (render_order.cpp) ----
// An object whose creation order the model does not fully know (views, bodies, types, raw SQL).
struct OrderItem {
    std::optional<std::size_t> position;  // index in catalog.creation_order, when listed
    std::vector<std::size_t> needs;       // exact edges (the model, pg_depend): always kept
    std::vector<std::size_t> reads;       // relations a query reads (FROM, JOIN): left out on a cycle
    std::vector<std::size_t> mentions;    // name mentions (link_mentions): kept unless on a cycle
};
// What an item is, for the cycle error: "type public.a" and where it was defined.
struct OrderName {
    std::string what;
    engine::SourceLocation where;
};
// A safe creation sequence: listed items by position, unlisted ones after in index order,
// each after the items it needs, reads and mentions. A name mention may be a false one (a
// column named like a view): mentions that contradict creation_order (what actually loaded, and
// what names resolved against) are left out; a relation a query reads must exist first, so a
// read counts against that order (a directory's files may come in any order). Reads and
// mentions on a cycle are left out. A cycle of exact needs cannot be broken: engine::Error
// naming its objects (`name_of` is called for them only).
std::vector<std::size_t> creation_sequence(const std::vector<OrderItem>& items,
                                           const std::function<OrderName(std::size_t)>& name_of);
// The relations a view's query reads: the last part of each name after FROM, JOIN and a FROM
// list's commas (query_reads.cpp).
std::set<std::string> relations_read(std::string_view query);
// Items by the name other statements call them by (item i: names[i]; empty names left out).
using ItemsByName = std::map<std::string, std::vector<std::size_t>>;
ItemsByName items_by_name(const std::vector<std::string>& names);
// Adds mentions: item i mentions item j when texts[i] mentions j's name.
void link_mentions(std::vector<OrderItem>& items, const ItemsByName& by_name, const std::vector<std::string>& texts);
// Adds needs from what the server recorded (catalog.dependencies: live catalogs only) for a view's
// query or a SQL-standard body, between two items, named as pg_identify_object names them
// (`by_identity`: public.v, public.f(integer); a view's column counts as its view).
void link_depends(const engine::Catalog& catalog, std::vector<OrderItem>& items,
                  const std::map<std::string, std::size_t>& by_identity);
// Positions in catalog.creation_order, first occurrence wins.
class CreationOrder {
public:
    explicit CreationOrder(const engine::Catalog& catalog);
    // The earliest position of any of the spellings an entry may use.
    std::optional<std::size_t> find(const std::vector<std::string>& spellings) const;

private:
    std::unordered_map<std::string, std::size_t> positions_;
};
std::vector<std::string> view_spellings(const engine::View& view);
std::vector<std::string> function_spellings(const std::string& key, const engine::Function& function);
std::vector<std::string> raw_spellings(const engine::RawObject& raw);
// A table's INHERITS parents, then its partition parent.
std::vector<engine::QualifiedName> table_parents(const engine::Table& table);
// Tables with inheritance/partition parents before their children.
std::vector<const engine::Table*> tables_parents_first(const engine::Catalog& catalog);
// Partition (and inheritance) depth: 0 for a table without parents.
int table_depth(const engine::Catalog& catalog, const engine::QualifiedName& table);

// ---- object kinds ----
void render_schemas(const engine::Catalog& catalog, Statements& out);      // render_schema.cpp
void render_extensions(const engine::Catalog& catalog, Statements& out);   // render_schema.cpp
void render_types(const engine::Catalog& catalog, Statements& out);        // render_type.cpp
// Domains over a table's or view's row type: after the tables (the functions using them wait too).
bool domain_over_rowtype(const engine::Catalog& catalog, const engine::Domain& domain);  // render_type.cpp
void render_rowtype_domains(const engine::Catalog& catalog, Statements& out);            // render_type.cpp
// Domain checks that are NOT VALID or call this schema's functions: after the early functions.
void render_late_domain_checks(const engine::Catalog& catalog, Statements& out);  // render_type.cpp

struct FunctionSplit {
    std::vector<std::string> early;     // keys: before tables (signatures use types only)
    std::vector<std::string> deferred;  // keys: after tables (rowtypes, SQL-standard bodies)
};
FunctionSplit split_functions(const engine::Catalog& catalog);              // render_function.cpp
std::string function_sql(const engine::Function& function);                 // render_function.cpp
std::string function_label(const engine::Function& function);  // "function public.f(integer)"
void render_early_functions(const engine::Catalog& catalog, const CreationOrder& order, const FunctionSplit& split,
                            Statements& out);

enum class RawPlacement { early, middle, late, last };
RawPlacement raw_placement(const engine::Catalog& catalog, const engine::RawObject& raw);  // render_raw.cpp
void render_raw_objects(const engine::Catalog& catalog, const CreationOrder& order, RawPlacement placement,
                        Statements& out);
std::string raw_base_name(const engine::RawObject& raw);
std::string raw_label(const engine::RawObject& raw);  // "aggregate public.sum_int(integer)"

void render_sequences(const engine::Catalog& catalog, Statements& out);        // render_sequence.cpp
void render_sequence_owners(const engine::Catalog& catalog, Statements& out);  // render_sequence.cpp
// Sequence options for CREATE SEQUENCE (one per entry) or an identity column.
std::vector<std::string> sequence_option_parts(const engine::SequenceOptions& options, bool with_name);

std::string column_sql(const engine::Column& column);                            // render_column.cpp
void render_column_alters(const engine::Catalog& catalog, const engine::Table& table, Statements& out);
// "ALTER [FOREIGN] TABLE [ONLY] name": ONLY as pg_dump writes it, except on partitioned tables.
std::string alter_table_sql(const engine::Table& table, bool only = true);
// Does a parent (INHERITS or PARTITION OF) already define this column?
bool column_is_inherited(const engine::Catalog& catalog, const engine::Table& table, const engine::Column& column);
void render_tables(const engine::Catalog& catalog, Statements& out);            // render_table.cpp
// A partition made as a table of its own (LIKE its parent, with what PARTITION OF would copy),
// so that its keys exist before ATTACH PARTITION adopts them for the parent's indexes.
std::string partition_alone_sql(const engine::Catalog& catalog, const engine::Table& partition);
std::string attach_partition_sql(const engine::Table& partition);  // ALTER TABLE ONLY parent ATTACH …
void render_table_settings(const engine::Catalog& catalog, Statements& out);    // replica identity, cluster

// views, materialized views, deferred functions and late raw objects, in creation order
void render_views_and_bodies(const engine::Catalog& catalog, const CreationOrder& order, const FunctionSplit& split,
                             Statements& out);
std::string view_sql(const engine::View& view);                                 // render_view.cpp

// Primary keys come before views: a view may GROUP BY a key and select the other columns.
enum class ConstraintPhase { primary_keys, keys, keys_using_index, references };
std::string constraint_body_sql(const engine::Constraint& constraint);          // render_constraint.cpp
void render_constraints(const engine::Catalog& catalog, ConstraintPhase phase, Statements& out);
// ALTER INDEX parent ATTACH PARTITION for the indexes behind partitions' key constraints.
void render_constraint_index_attachments(const engine::Catalog& catalog, Statements& out);

// True when `index` is the index of one of its table's constraints (created with it).
bool index_backs_constraint(const engine::Catalog& catalog, const engine::Index& index);
void render_indexes(const engine::Catalog& catalog, Statements& out);           // render_index.cpp
std::string index_sql(const engine::Index& index, bool on_only);

void render_triggers(const engine::Catalog& catalog, Statements& out);          // render_trigger.cpp
std::string trigger_sql(const engine::Trigger& trigger);
void render_row_security(const engine::Catalog& catalog, Statements& out);      // render_policy.cpp
void render_policies(const engine::Catalog& catalog, Statements& out);
void render_comments(const engine::Catalog& catalog, Statements& out);          // render_comment.cpp
void render_grants(const engine::Catalog& catalog, Statements& out);            // render_grant.cpp

// One GRANT or REVOKE of acl_statements (render_grant.cpp).
struct AclStatement {
    std::string sql;
    bool revoke = false;
    std::string grantee;     // as the ACL names it
    std::string privileges;  // "SELECT, UPDATE (\"Name\")", or "the grant option for SELECT"
};
// The statements that take an object (`target`: "TABLE public.t") from the privileges `held` to
// `wanted`: REVOKEs first (a table-level one takes the column privileges of its name too), then
// GRANTs, one statement per role and grant option.
std::vector<AclStatement> acl_statements(const std::string& target, facts::Acl held, const facts::Acl& wanted);

}  // namespace planner::render
