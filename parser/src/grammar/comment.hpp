#pragma once
// COMMENT ON <object> IS 'text' | NULL
#include "grammar/function.hpp"

namespace parser::grammar {

struct comment_kind : sor<seq<kw_materialized, sep, kw_view>, seq<kw_foreign, sep, kw_table>,
                          seq<kw_text, sep, kw_search, sep, sor<kw_configuration, STRATA_KW("dictionary"), kw_parser, STRATA_KW("template")>>,
                          seq<kw_event, sep, kw_trigger>, seq<kw_foreign, sep, kw_data, sep, kw_wrapper>,
                          seq<kw_operator, sep, sor<kw_class, kw_family>>,
                          kw_table, kw_view, kw_sequence, kw_index, kw_type, kw_domain, kw_schema, kw_extension,
                          kw_column, kw_function, kw_procedure, kw_aggregate, kw_constraint, kw_trigger, kw_policy,
                          kw_rule, kw_server, kw_collation, kw_operator, kw_cast, kw_database, STRATA_KW("role"),
                          STRATA_KW("publication"), kw_subscription, kw_tablespace, kw_language>,
                      kept {};
struct comment_signature : seq<open, sep, until<close>>, kept {};
struct comment_on_table : seq<kw_on, sep, opt<kw_domain, sep>, qualified_name>, kept {};
struct comment_is : seq<kw_is, sep, sor<string_value, kw_null>>, kept {};
struct comment_cast : seq<open, sep, until<close>>, kept {};
struct comment_target : seq<comment_kind, sep, sor<comment_cast, seq<qualified_name, sep, opt<comment_signature, sep>,
                                                                      opt<comment_on_table, sep>>>> {};
struct comment_statement : seq<kw_comment, sep, kw_on, sep, comment_target, sep, comment_is, sep, eof>, kept {};

// GRANT / REVOKE: privileges, objects and grantees are kept as text lists.
struct privilege_text : plus<not_at<sep, kw_on>, not_at<sep, comma>, sep, expr_atom>, kept {};
struct grant_object_text : plus<not_at<sep, sor<kw_to, kw_from>>, sep, expr_atom>, kept {};
struct grantee : seq<opt<kw_group, sep>, role_name>, kept {};
struct grant_option : seq<kw_with, sep, kw_grant, sep, kw_option>, kept {};
struct grant_for_option : seq<kw_grant, sep, kw_option, sep, kw_for>, kept {};
struct grant_kind : sor<kw_grant, kw_revoke>, kept {};
struct grant_statement : seq<grant_kind, sep, opt<grant_for_option, sep>, list<privilege_text, seq<sep, comma, sep>>, sep,
                             kw_on, sep, grant_object_text, sep, sor<kw_to, kw_from>, sep,
                             list<grantee, seq<sep, comma, sep>>, sep, opt<grant_option, sep>,
                             opt<sor<kw_cascade, kw_restrict>, sep>, opt<STRATA_KW("granted"), sep, kw_by, sep, role_name, sep>, eof>,
                         kept {};

}  // namespace parser::grammar
