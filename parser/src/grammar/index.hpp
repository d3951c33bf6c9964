#pragma once
// CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] t [USING m] (…) …
// ALTER INDEX name ATTACH PARTITION child | OWNER TO | SET (…)
#include "grammar/alter_table.hpp"

namespace parser::grammar {

struct index_unique : kw_unique, kept {};
struct index_concurrently : kw_concurrently, kept {};
struct index_expression : seq<open, sep, paren_expr_text, sep, close>, kept {};
struct index_function_call : seq<qualified_name, sep, balanced_group>, kept {};
struct index_column : name {};
struct index_collate : seq<kw_collate, sep, qualified_name>, kept {};
struct index_opclass : seq<not_at<sor<kw_asc, kw_desc, kw_nulls, kw_collate>>, qualified_name, opt<sep, option_list>>,
                       kept {};
struct order_asc : kw_asc, kept {};
struct order_desc : kw_desc, kept {};
struct nulls_first : seq<kw_nulls, sep, kw_first>, kept {};
struct nulls_last : seq<kw_nulls, sep, kw_last>, kept {};
struct index_element : seq<sor<index_expression, index_function_call, index_column>, sep, opt<index_collate, sep>,
                           opt<index_opclass, sep>, opt<sor<order_asc, order_desc>, sep>,
                           opt<sor<nulls_first, nulls_last>, sep>>,
                       kept {};
struct index_method : seq<kw_using, sep, name>, kept {};
struct index_where : seq<kw_where, sep, expr_to_end> {};
struct index_name : name {};
struct index_only : kw_only, kept {};
struct create_index : seq<opt<index_unique, sep>, kw_index, sep, opt<index_concurrently, sep>, opt<if_not_exists, sep>,
                          opt<not_at<kw_on>, index_name, sep>, kw_on, sep, opt<index_only, sep>, qualified_name, sep,
                          opt<index_method, sep>, open, sep, list<index_element, seq<sep, comma, sep>>, sep, close, sep,
                          opt<include_columns, sep>, opt<sor<nulls_not_distinct, nulls_distinct>, sep>,
                          opt<with_options, sep>, opt<table_tablespace, sep>, opt<index_where>, eof>,
                      kept {};

struct ai_attach_partition : seq<kw_attach, sep, kw_partition, sep, qualified_name>, kept {};
struct ai_set_statistics : seq<kw_alter, sep, opt<kw_column, sep>, signed_number, sep, ac_set_statistics>, kept {};
struct alter_index : seq<kw_alter, sep, kw_index, sep, opt<if_exists, sep>, qualified_name, sep,
                         sor<ai_attach_partition, at_owner_to, at_set_options, at_reset_options, at_rename_to,
                             ai_set_statistics>,
                         sep, eof>,
                     kept {};

}  // namespace parser::grammar
