#pragma once
// CREATE TABLE: columns, column and table constraints, LIKE, INHERITS, PARTITION BY/OF, WITH.
#include "grammar/sequence_options.hpp"

namespace parser::grammar {

// ---- constraint pieces shared by column and table constraints ------------------------------------
struct constraint_name : seq<kw_constraint, sep, name> {};
struct nulls_not_distinct : seq<kw_nulls, sep, kw_not, sep, kw_distinct>, kept {};
struct nulls_distinct : seq<kw_nulls, sep, kw_distinct> {};
struct include_columns : seq<kw_include, sep, name_list>, kept {};
struct using_index_tablespace : seq<kw_using, sep, kw_index, sep, kw_tablespace, sep, name>, kept {};
struct index_parameters : seq<opt<include_columns, sep>, opt<with_options, sep>, opt<using_index_tablespace>> {};

struct referential_action : sor<seq<kw_no, sep, kw_action>, kw_restrict, kw_cascade,
                                seq<kw_set, sep, kw_null, opt<sep, name_list>>,
                                seq<kw_set, sep, kw_default, opt<sep, name_list>>>,
                            kept {};
struct on_delete : seq<kw_on, sep, kw_delete, sep, referential_action>, kept {};
struct on_update : seq<kw_on, sep, kw_update, sep, referential_action>, kept {};
struct match_type : seq<kw_match, sep, sor<kw_full, kw_partial, kw_simple>>, kept {};
struct references_clause : seq<kw_references, sep, qualified_name, sep, opt<name_list, sep>,
                               star<sor<match_type, on_delete, on_update>, sep>>,
                           kept {};

struct deferrable : kw_deferrable, kept {};
struct not_deferrable : seq<kw_not, sep, kw_deferrable>, kept {};
struct initially_deferred : seq<kw_initially, sep, kw_deferred>, kept {};
struct initially_immediate : seq<kw_initially, sep, kw_immediate>, kept {};
struct not_valid : seq<kw_not, sep, kw_valid>, kept {};
struct no_inherit : seq<kw_no, sep, kw_inherit>, kept {};
struct constraint_attribute : sor<deferrable, not_deferrable, initially_deferred, initially_immediate, not_valid,
                                  no_inherit> {};
struct constraint_attributes : star<constraint_attribute, sep> {};

// ---- column constraints ------------------------------------------------------------------------
struct default_stop : sor<comma, close, kw_not, kw_null, kw_check, kw_references, kw_primary, kw_unique,
                          kw_generated, kw_collate, kw_constraint, kw_default, kw_deferrable, kw_initially> {};
struct default_expr : expr_until<default_stop>, kept {};
struct col_not_null : seq<kw_not, sep, kw_null>, kept {};
struct col_null : kw_null, kept {};
struct col_default : seq<kw_default, sep, default_expr>, kept {};
struct identity_always : kw_always, kept {};
struct identity_by_default : seq<kw_by, sep, kw_default>, kept {};
struct identity_spec : seq<kw_generated, sep, sor<identity_always, identity_by_default>, sep, kw_as, sep,
                           kw_identity, opt<sep, open, sep, sequence_options, close>>,
                       kept {};
struct col_generated : seq<kw_generated, sep, kw_always, sep, kw_as, sep, paren_expr, sep, kw_stored>, kept {};
struct col_check : seq<kw_check, sep, paren_expr, opt<sep, no_inherit>>, kept {};
struct col_primary_key : seq<kw_primary, sep, kw_key, sep, index_parameters>, kept {};
struct col_unique : seq<kw_unique, sep, opt<sor<nulls_not_distinct, nulls_distinct>, sep>, index_parameters>, kept {};
struct col_collate : seq<kw_collate, sep, qualified_name>, kept {};
struct col_compression : seq<kw_compression, sep, name>, kept {};
struct col_storage : seq<kw_storage, sep, name>, kept {};
struct column_constraint_body : sor<col_not_null, col_null, col_default, identity_spec, col_generated, col_check,
                                    col_primary_key, col_unique, references_clause, col_collate,
                                    col_compression, col_storage, constraint_attribute> {};
struct column_constraint : seq<opt<constraint_name, sep>, column_constraint_body>, kept {};
struct column_def : seq<name, sep, type_name, sep, star<column_constraint, sep>>, kept {};

// ---- table constraints ------------------------------------------------------------------------------
struct tc_check : seq<kw_check, sep, paren_expr>, kept {};
struct tc_primary_key : seq<kw_primary, sep, kw_key, sep, name_list, sep, index_parameters>, kept {};
struct tc_unique : seq<kw_unique, sep, opt<sor<nulls_not_distinct, nulls_distinct>, sep>, name_list, sep,
                       index_parameters>,
                   kept {};
struct tc_foreign_key : seq<kw_foreign, sep, kw_key, sep, name_list, sep, references_clause>, kept {};
struct exclusion_operator : sor<seq<kw_operator, sep, open, sep, until<close>>, operator_token>, kept {};
struct exclusion_element : seq<expr_until<kw_with>, kw_with, sep, exclusion_operator>, kept {};
struct exclusion_method : seq<kw_using, sep, name>, kept {};
struct tc_exclude : seq<kw_exclude, sep, opt<exclusion_method, sep>, open, sep,
                        list<exclusion_element, seq<sep, comma, sep>>, sep, close, sep, index_parameters, sep,
                        opt<kw_where, sep, paren_expr>>,
                    kept {};
struct table_constraint_body : sor<tc_check, tc_primary_key, tc_unique, tc_foreign_key, tc_exclude> {};
struct table_constraint : seq<opt<constraint_name, sep>, table_constraint_body, sep, constraint_attributes>, kept {};

struct like_option : seq<sor<kw_including, kw_excluding>, sep, identifier> {};
struct like_clause : seq<kw_like, sep, qualified_name, sep, star<like_option, sep>>, kept {};
struct table_element : sor<table_constraint, like_clause, column_def> {};
struct table_elements : seq<open, sep, opt<list<table_element, seq<sep, comma, sep>>>, sep, close> {};

// ---- table options ---------------------------------------------------------------------------------
struct partition_bound : sor<kw_default, seq<kw_for, sep, kw_values, sep, expr_until<sor<kw_partition, kw_with, kw_using, kw_tablespace, eof>>>>,
                         kept {};
// A partition's own column options: `col [WITH OPTIONS] NOT NULL DEFAULT … CHECK (…)`; its type is the parent's.
struct partition_column : seq<name, sep, opt<kw_with, sep, kw_options, sep>, star<column_constraint, sep>>, kept {};
struct partition_elements : seq<open, sep, opt<list<sor<table_constraint, partition_column>, seq<sep, comma, sep>>>, sep,
                                close> {};
struct partition_of : seq<kw_partition, sep, kw_of, sep, qualified_name, sep, opt<partition_elements, sep>,
                          partition_bound>,
                      kept {};
// PARTITION BY RANGE|LIST|HASH ( key, … ): the key list is kept as text (make_token_expression).
struct partition_by : seq<kw_partition, sep, kw_by, sep, sor<kw_range, STRATA_KW("list"), STRATA_KW("hash")>, sep,
                          at<open>, balanced_group>,
                      kept {};
struct inherits : seq<kw_inherits, sep, open, sep, list<qualified_name, seq<sep, comma, sep>>, sep, close>, kept {};
struct table_access_method : seq<kw_using, sep, name>, kept {};
struct table_tablespace : seq<kw_tablespace, sep, name>, kept {};
struct without_oids : seq<kw_without, sep, identifier> {};
struct on_commit : seq<kw_on, sep, kw_commit, sep, identifier, opt<sep, identifier>> {};
struct table_option : sor<inherits, partition_by, table_access_method, with_options, without_oids, on_commit,
                          table_tablespace> {};

struct table_persistence : sor<kw_unlogged, kw_temp, kw_temporary, seq<sor<kw_local, kw_global>, sep, sor<kw_temp, kw_temporary>>>, kept {};
struct create_table : seq<opt<table_persistence, sep>, kw_table, sep, opt<if_not_exists, sep>, qualified_name, sep,
                          sor<partition_of, table_elements>, sep, star<table_option, sep>, eof>,
                      kept {};

// Whether the rest of the statement has the word AS outside parentheses and quotes. It consumes
// nothing and fails where it starts, so a plain CREATE TABLE's syntax errors keep their position.
struct ahead_top_level_as {
    using rule_t = ahead_top_level_as;
    using subs_t = empty_list;
    template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    static bool match(ParseInput& in, States&&...) {
        const char* p = in.current();
        const char* const end = in.end();
        int depth = 0;
        auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; };
        for (; p < end; ++p) {
            if (*p == '\'' || *p == '"') {
                const char quote = *p;
                for (++p; p < end && *p != quote; ++p) {}
            } else if (*p == '(') {
                ++depth;
            } else if (*p == ')') {
                --depth;
            } else if (depth == 0 && (*p == 'a' || *p == 'A') && p + 1 < end && (p[1] == 's' || p[1] == 'S') &&
                       (p == in.current() || !word_char(p[-1])) && (p + 2 == end || !word_char(p[2]))) {
                return true;
            }
        }
        return false;
    }
};

// CREATE TABLE … AS query [WITH [NO] DATA]: the columns come from the query (transform/table_as.cpp).
struct table_as_query : seq<expr_atom, star<any>>, kept {};
struct create_table_as : seq<opt<table_persistence, sep>, kw_table, sep, opt<if_not_exists, sep>, qualified_name, sep,
                             ahead_top_level_as, opt<name_list, sep>, opt<table_access_method, sep>, opt<with_options, sep>,
                             opt<table_tablespace, sep>, kw_as, sep, table_as_query>,
                         kept {};

// A type name alone, for the types written inside a query's select list.
struct standalone_type : seq<sep, type_name, sep, eof> {};

// CREATE FOREIGN TABLE name (columns) SERVER s OPTIONS (…)
struct foreign_table_server : seq<kw_server, sep, name>, kept {};
struct create_foreign_table : seq<kw_foreign, sep, kw_table, sep, opt<if_not_exists, sep>, qualified_name, sep,
                                  table_elements, sep, foreign_table_server, sep, opt<kw_options, sep, option_list, sep>,
                                  eof>,
                              kept {};

}  // namespace parser::grammar
