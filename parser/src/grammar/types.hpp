#pragma once
// CREATE TYPE (enum, composite, range, base, shell), CREATE DOMAIN, ALTER TYPE, ALTER DOMAIN.
#include "grammar/alter_table.hpp"

namespace parser::grammar {

struct enum_labels : seq<open, sep, opt<list<string_value, seq<sep, comma, sep>>>, sep, close>, kept {};
struct enum_type : seq<kw_as, sep, kw_enum, sep, enum_labels>, kept {};
// Range options name types (subtype = double precision) as well as functions and words.
struct range_option_type : seq<type_name>, kept {};
struct range_option_word : seq<option_value, at<sep, sor<comma, close>>> {};
struct range_subtype : seq<STRATA_KW("subtype"), sep, opt<one<'='>, sep>, range_option_type>, kept {};
struct range_option_item : sor<range_subtype, seq<option_name, sep, opt<one<'='>, sep>, sor<range_option_word, range_option_type>>>,
                           kept {};
struct range_options : seq<open, sep, opt<list<range_option_item, seq<sep, comma, sep>>>, sep, close>, kept {};
struct range_type : seq<kw_as, sep, kw_range, sep, range_options>, kept {};
struct composite_attribute : seq<name, sep, type_name, sep, opt<col_collate>>, kept {};
struct composite_type : seq<kw_as, sep, open, sep, opt<list<composite_attribute, seq<sep, comma, sep>>>, sep, close>,
                        kept {};
struct base_type : seq<option_list> {};  // CREATE TYPE name (INPUT = …): kept as raw text
struct create_type : seq<kw_type, sep, qualified_name, sep, opt<sor<enum_type, range_type, composite_type, base_type>>,
                         sep, eof>,
                     kept {};

struct domain_stop : sor<kw_not, kw_null, kw_check, kw_constraint, kw_default, kw_collate> {};
struct domain_default : seq<kw_default, sep, expr_until<domain_stop>>, kept {};
struct domain_check : seq<kw_check, sep, paren_expr, sep, opt<not_valid>>, kept {};
struct domain_constraint : seq<opt<constraint_name, sep>, sor<col_not_null, col_null, domain_check>>, kept {};
struct create_domain : seq<kw_domain, sep, qualified_name, sep, opt<kw_as, sep>, type_name, sep,
                           star<sor<col_collate, domain_default, domain_constraint>, sep>, eof>,
                       kept {};

struct enum_before : seq<kw_before, sep, string_value>, kept {};
struct enum_after : seq<kw_after, sep, string_value>, kept {};
struct add_value : seq<kw_add, sep, kw_value, sep, opt<if_not_exists, sep>, string_value, sep,
                       opt<sor<enum_before, enum_after>>>,
                   kept {};
struct rename_value : seq<kw_rename, sep, kw_value, sep, string_value, sep, kw_to, sep, string_value>, kept {};
struct alter_type : seq<kw_alter, sep, kw_type, sep, qualified_name, sep,
                        sor<add_value, rename_value, at_owner_to, at_rename_to, at_set_schema>, sep, eof>,
                    kept {};

struct ad_add_constraint : seq<kw_add, sep, domain_constraint>, kept {};
struct ad_drop_constraint : seq<kw_drop, sep, kw_constraint, sep, opt<if_exists, sep>, name, sep, opt<drop_behavior>>,
                            kept {};
struct alter_domain : seq<kw_alter, sep, kw_domain, sep, qualified_name, sep,
                          sor<ad_add_constraint, ad_drop_constraint, ac_set_default, ac_drop_default, ac_set_not_null,
                              ac_drop_not_null, at_owner_to, at_validate_constraint>,
                          sep, eof>,
                      kept {};

}  // namespace parser::grammar
