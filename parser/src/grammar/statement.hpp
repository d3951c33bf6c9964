#pragma once
// Every statement grammar, plus DROP, verbatim kinds and ignored statements. The families are
// instantiated separately (parser/src/families), chosen by the statement's leading keywords.
#include "grammar/comment.hpp"
#include "grammar/index.hpp"
#include "grammar/schema.hpp"
#include "grammar/trigger.hpp"
#include "grammar/types.hpp"

namespace parser::grammar {

// DROP kind [IF EXISTS] name [, …] [CASCADE | RESTRICT]
struct drop_kind : sor<seq<kw_materialized, sep, kw_view>, seq<kw_foreign, sep, kw_table>, kw_table, kw_view,
                       kw_index, kw_sequence, kw_type, kw_domain, kw_schema, kw_extension, kw_function,
                       kw_procedure, kw_trigger, kw_policy, kw_aggregate, kw_cast, kw_operator, kw_rule, kw_server,
                       kw_collation>,
                   kept {};
struct drop_object : seq<sor<comment_cast, seq<qualified_name, sep, opt<comment_signature, sep>,
                                                      opt<comment_on_table, sep>>>>,
                     kept {};
struct drop_statement : seq<kw_drop, sep, drop_kind, sep, opt<index_concurrently, sep>, opt<if_exists, sep>,
                            list<drop_object, seq<sep, comma, sep>>, sep, opt<sor<kw_cascade, kw_restrict>, sep>, eof>,
                        kept {};

// Statements we keep verbatim (RawObject): their kind and name.
struct raw_kind : sor<kw_aggregate, kw_cast, seq<kw_operator, sep, sor<kw_class, kw_family>>, kw_operator, kw_rule,
                      kw_server, seq<kw_user, sep, kw_mapping>, kw_collation,
                      seq<kw_foreign, sep, kw_data, sep, kw_wrapper>>,
                  kept {};
struct create_raw : seq<raw_kind, sep, star<any>>, kept {};
struct create_prefix : seq<kw_create, sep, opt<or_replace, sep>> {};

struct create_statement
    : seq<create_prefix,
          sor<create_table, create_foreign_table, create_index, create_sequence, create_view, create_materialized_view,
              create_function, create_trigger, create_policy, create_schema, create_extension, create_type,
              create_domain, create_raw>> {};

struct alter_default_privileges : seq<kw_alter, sep, kw_default, sep, kw_privileges, star<any>>, kept {};
// ALTER VIEW v ALTER [COLUMN] c SET DEFAULT expr | DROP DEFAULT (defaults for inserts through the view).
struct view_default_set : seq<kw_set, sep, kw_default, sep, expr_to_end> {};
struct view_default_drop : seq<kw_drop, sep, kw_default>, kept {};
struct alter_view_default : seq<kw_alter, sep, kw_view, sep, opt<if_exists, sep>, qualified_name, sep, kw_alter, sep,
                                opt<kw_column, sep>, name, sep, sor<view_default_set, view_default_drop>, sep, eof>,
                            kept {};
struct alter_owner_generic : seq<kw_alter, sep, until<seq<sep, kw_owner, sep, kw_to>>, sep, role_name, sep, eof>, kept {};
struct alter_statement : sor<alter_table, alter_index, alter_sequence, alter_type, alter_domain, alter_default_privileges,
                             alter_view_default, alter_owner_generic> {};

// Data statements: accepted and ignored with a warning. (DO blocks are read before parsing: do_block.cpp.)
struct data_statement : seq<sor<kw_insert, kw_update, kw_delete, kw_select, kw_copy, kw_truncate, STRATA_KW("with"),
                                STRATA_KW("analyze"), STRATA_KW("vacuum"), STRATA_KW("refresh")>,
                            star<any>>,
                        kept {};
// Transaction control in dumps and scripts: ignored silently.
struct transaction_statement : seq<sor<kw_begin, kw_commit, STRATA_KW("start"), STRATA_KW("end"),
                                       STRATA_KW("rollback")>, star<any>>,
                               kept {};

}  // namespace parser::grammar
