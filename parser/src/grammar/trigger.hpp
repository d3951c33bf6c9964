#pragma once
// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER and CREATE POLICY.
#include "grammar/function.hpp"

namespace parser::grammar {

struct trigger_constraint : kw_constraint, kept {};
struct timing_before : kw_before, kept {};
struct timing_after : kw_after, kept {};
struct timing_instead_of : seq<kw_instead, sep, kw_of>, kept {};
struct event_insert : kw_insert, kept {};
struct event_delete : kw_delete, kept {};
struct event_truncate : kw_truncate, kept {};
struct event_update : seq<kw_update, opt<sep, kw_of, sep, list<name, seq<sep, comma, sep>>>>, kept {};
struct trigger_event : sor<event_insert, event_update, event_delete, event_truncate> {};
struct trigger_from : seq<kw_from, sep, qualified_name>, kept {};
struct referencing_old : seq<kw_old, sep, sor<kw_table, kw_row>, sep, opt<kw_as, sep>, name>, kept {};
struct referencing_new : seq<kw_new, sep, sor<kw_table, kw_row>, sep, opt<kw_as, sep>, name>, kept {};
struct trigger_referencing : seq<kw_referencing, sep, plus<sor<referencing_old, referencing_new>, sep>> {};
struct for_each_row : seq<kw_for, sep, opt<kw_each, sep>, kw_row>, kept {};
struct for_each_statement : seq<kw_for, sep, opt<kw_each, sep>, kw_statement> {};
struct trigger_when : seq<kw_when, sep, paren_expr>, kept {};
struct trigger_argument : sor<string_value, signed_number, identifier>, kept {};
struct create_trigger
    : seq<opt<trigger_constraint, sep>, kw_trigger, sep, name, sep,
          sor<timing_before, timing_after, timing_instead_of>, sep, list<trigger_event, seq<sep, kw_or, sep>>, sep,
          kw_on, sep, qualified_name, sep, opt<trigger_from, sep>, constraint_attributes, opt<trigger_referencing>,
          opt<sor<for_each_row, for_each_statement>, sep>, opt<trigger_when, sep>, kw_execute, sep,
          sor<kw_function, kw_procedure>, sep, qualified_name, sep, open, sep,
          opt<list<trigger_argument, seq<sep, comma, sep>>>, sep, close, sep, eof>,
      kept {};

struct policy_restrictive : kw_restrictive, kept {};
struct policy_command : seq<kw_for, sep, sor<kw_all, kw_select, kw_insert, kw_update, kw_delete>>, kept {};
struct policy_roles : seq<kw_to, sep, list<role_name, seq<sep, comma, sep>>>, kept {};
struct policy_using : seq<kw_using, sep, paren_expr>, kept {};
struct policy_check : seq<kw_with, sep, kw_check, sep, paren_expr>, kept {};
struct create_policy : seq<kw_policy, sep, name, sep, kw_on, sep, qualified_name, sep,
                           opt<kw_as, sep, sor<kw_permissive, policy_restrictive>, sep>, opt<policy_command, sep>,
                           opt<policy_roles, sep>, opt<policy_using, sep>, opt<policy_check, sep>, eof>,
                       kept {};

}  // namespace parser::grammar
