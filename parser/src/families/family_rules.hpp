#pragma once
// The top rule of each statement family (and of a lone type name). parse_rule.hpp instantiates each in its own
// translation unit; grammar_check.cpp runs PEGTL's analysis over all of them.
#include "grammar/statement.hpp"

namespace parser::family {
namespace g = grammar;
using namespace tao::pegtl;

struct table : seq<g::create_prefix, sor<g::create_table, g::create_table_as, g::create_foreign_table>> {};
using type_name = g::standalone_type;
using alter_table = g::alter_table;
struct index : sor<seq<g::create_prefix, g::create_index>, g::alter_index> {};
struct function : seq<g::create_prefix, g::create_function> {};
struct view : seq<g::create_prefix, sor<g::create_view, g::create_materialized_view, g::create_trigger, g::create_policy>> {};
struct other_create : seq<g::create_prefix, sor<g::create_sequence, g::create_schema, g::create_extension, g::create_type,
                                                g::create_domain, g::create_raw>> {};
struct other : sor<other_create, g::alter_sequence, g::alter_type, g::alter_domain, g::alter_default_privileges,
                   g::alter_view_default, g::alter_owner_generic, g::set_statement, g::set_config_call,
                   g::comment_statement, g::grant_statement, g::drop_statement, g::data_statement,
                   g::transaction_statement> {};

}  // namespace parser::family
