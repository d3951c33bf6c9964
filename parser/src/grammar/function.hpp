#pragma once
// CREATE [OR REPLACE] FUNCTION | PROCEDURE name (args) [RETURNS …] options … with every
// attribute, $tag$ bodies, RETURN expr and BEGIN ATOMIC … END.
#include "grammar/view.hpp"

namespace parser::grammar {

struct arg_in : kw_in, kept {};
struct arg_out : kw_out, kept {};
struct arg_inout : kw_inout, kept {};
struct arg_variadic : STRATA_KW("variadic"), kept {};
struct arg_mode : sor<arg_inout, seq<arg_in, sep, kw_out>, arg_in, arg_out, arg_variadic> {};
struct arg_default_stop : sor<comma, close> {};
struct arg_default : seq<sor<kw_default, one<'='>>, sep, expr_until<arg_default_stop>>, kept {};
struct arg_type_end : sor<comma, close, kw_default, one<'='>> {};
struct function_arg : seq<opt<arg_mode, sep>,
                          sor<seq<type_name, sep, at<arg_type_end>>, seq<name, sep, opt<arg_mode, sep>, type_name>>,
                          sep, opt<arg_default>>,
                      kept {};
struct function_args : seq<open, sep, opt<list<function_arg, seq<sep, comma, sep>>>, sep, close> {};

struct returns_table_column : seq<name, sep, type_name>, kept {};
struct returns_table : seq<kw_table, sep, open, sep, list<returns_table_column, seq<sep, comma, sep>>, sep, close>,
                       kept {};
struct returns_setof : kw_setof, kept {};
struct returns_clause : seq<kw_returns, sep, sor<returns_table, seq<opt<returns_setof, sep>, type_name>>>, kept {};

struct fn_language : seq<kw_language, sep, sor<string_value, name>>, kept {};
struct fn_volatility : sor<kw_immutable, kw_stable, kw_volatile>, kept {};
struct fn_strict : sor<kw_strict, seq<kw_returns, sep, kw_null, sep, kw_on, sep, kw_null, sep, kw_input>>, kept {};
struct fn_called_on_null : seq<kw_called, sep, kw_on, sep, kw_null, sep, kw_input>, kept {};
struct fn_security : seq<opt<kw_external, sep>, kw_security, sep, sor<kw_definer, kw_invoker>>, kept {};
struct fn_leakproof : seq<opt<kw_not, sep>, kw_leakproof>, kept {};
struct fn_parallel : seq<kw_parallel, sep, name>, kept {};
struct fn_cost : seq<kw_cost, sep, signed_number>, kept {};
struct fn_rows : seq<kw_rows, sep, signed_number>, kept {};
struct fn_support : seq<kw_support, sep, qualified_name>, kept {};
struct fn_window : kw_window, kept {};
struct fn_set_value : sor<string_value, signed_number, seq<identifier, star<one<'.'>, identifier>>>, kept {};
struct fn_set : seq<kw_set, sep, option_name, sep,
                    sor<seq<kw_from, sep, kw_current>, seq<sor<kw_to, one<'='>>, sep, list<fn_set_value, seq<sep, comma, sep>>>>>,
                kept {};
struct fn_transform : seq<kw_transform, sep, list<seq<kw_for, sep, kw_type, sep, type_name>, seq<sep, comma, sep>>>, kept {};
struct fn_as : seq<kw_as, sep, string_value, opt<sep, comma, sep, string_value>>, kept {};
struct fn_sql_body : sor<seq<kw_return, sep, expr_to_end>, seq<kw_begin, sep, kw_atomic, star<any>>>, kept {};
struct function_option : sor<fn_language, fn_volatility, fn_strict, fn_called_on_null, fn_security, fn_leakproof,
                             fn_parallel, fn_cost, fn_rows, fn_support, fn_window, fn_set, fn_transform, fn_as> {};

struct routine_kind_function : kw_function, kept {};
struct routine_kind_procedure : kw_procedure, kept {};
struct create_function : seq<sor<routine_kind_function, routine_kind_procedure>, sep, qualified_name, sep,
                             function_args, sep, opt<returns_clause, sep>, star<function_option, sep>,
                             opt<fn_sql_body>, sep, eof>,
                         kept {};

}  // namespace parser::grammar
