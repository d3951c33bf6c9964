#pragma once
// Building blocks shared by the statement grammars: names, type names, expressions, option
// lists. Rules that derive from `kept` become parse-tree nodes for the transformers.
#include "grammar/keywords.hpp"

namespace parser::grammar {

struct kept {};  // marks a rule whose match becomes a parse-tree node

struct comma : one<','> {};
struct open : one<'('> {};
struct close : one<')'> {};
template <typename R>
struct comma_list : list<R, comma, ascii::space> {};
template <typename... R>
struct parenthesised : seq<open, sep, R..., sep, close> {};

// ---- names ---------------------------------------------------------------------------
struct name : identifier, kept {};
struct qualified_name : seq<name, star<sep, one<'.'>, sep, name>>, kept {};
struct name_list : seq<open, sep, list<name, seq<sep, comma, sep>>, sep, close>, kept {};
struct if_not_exists : seq<kw_if, sep, kw_not, sep, kw_exists>, kept {};
struct if_exists : seq<kw_if, sep, kw_exists>, kept {};
struct role_name : sor<identifier, kw_current, kw_session, kw_user>, kept {};

// ---- type names ----------------------------------------------------------------------------
struct type_modifier : plus<not_one<',', ')'>>, kept {};
struct type_modifiers : seq<open, sep, list<type_modifier, seq<sep, comma, sep>>, sep, close> {};
struct time_zone : seq<sor<kw_with, kw_without>, sep, kw_time, sep, kw_zone>, kept {};
struct interval_field : sor<kw_year, kw_month, kw_day, kw_hour, kw_minute, kw_second> {};
struct interval_fields : seq<interval_field, opt<sep, kw_to, sep, interval_field>>, kept {};
struct builtin_multiword
    : sor<seq<kw_double, sep, kw_precision>,
          seq<opt<kw_national, sep>, sor<kw_character, kw_char, kw_nchar>, opt<sep, kw_varying>>,
          seq<kw_bit, opt<sep, kw_varying>>>,
      kept {};
struct datetime_type : sor<kw_timestamp, kw_time>, kept {};
struct interval_type : kw_interval, kept {};
struct array_bounds : seq<one<'['>, sep, opt<digits>, sep, one<']'>>, kept {};
struct array_keyword : seq<kw_array, opt<sep, one<'['>, sep, opt<digits>, sep, one<']'>>>, kept {};
struct percent_type : seq<one<'%'>, sep, kw_type>, kept {};
struct type_name
    : seq<sor<seq<datetime_type, opt<sep, type_modifiers>, opt<sep, time_zone>>,
              seq<interval_type, opt<sep, interval_fields>, opt<sep, type_modifiers>>,
              seq<builtin_multiword, opt<sep, type_modifiers>>,
              seq<qualified_name, opt<sep, percent_type>, opt<sep, type_modifiers>>>,
          star<sep, sor<array_bounds, array_keyword>>>,
      kept {};

// ---- expressions -------------------------------------------------------------------------------
// An expression is captured as text: a run of whole tokens (balanced groups included) that
// stops before `Stop` at nesting depth 0. The first token is never a stop, so DEFAULT NULL
// NOT NULL splits as expected.
struct expr_atom : sor<string_literal, quoted_ident, balanced_group, parameter, number, unquoted_ident, operator_token,
                       not_one<'(', ')', '[', ']', ';'>> {};
template <typename Stop>
struct expr_until : seq<expr_atom, sep, star<not_at<Stop>, expr_atom, sep>> {};
struct expr_to_end : expr_until<eof>, kept {};
// ( expression ) — the node holds the inner text only.
struct paren_expr_text : star<not_at<sep, close>, sep, expr_atom>, kept {};
struct paren_expr : seq<open, sep, paren_expr_text, sep, close> {};

// ---- numbers and option lists --------------------------------------------------------------------
struct signed_number : seq<opt<one<'+', '-'>>, sep, number>, kept {};
struct option_name : seq<identifier, star<one<'.'>, identifier>>, kept {};
struct option_value : sor<string_literal, signed_number, seq<identifier, star<one<'.'>, identifier>>>, kept {};
// name = value, or name 'value' as foreign-data options write it.
struct option_item : seq<option_name, opt<sep, opt<one<'='>, sep>, option_value>>, kept {};
struct option_list : seq<open, sep, opt<list<option_item, seq<sep, comma, sep>>>, sep, close>, kept {};
struct with_options : seq<kw_with, sep, option_list> {};

// A string literal node (any form); the transformers decode it.
struct string_value : string_literal, kept {};

}  // namespace parser::grammar
