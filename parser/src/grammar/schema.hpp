#pragma once
// Session and namespace statements: SET, set_config(), CREATE SCHEMA, CREATE EXTENSION.
#include "grammar/sequence_options.hpp"

namespace parser::grammar {

struct set_value : sor<string_value, signed_number, seq<identifier, star<one<'.'>, identifier>>>, kept {};
struct set_scope : sor<kw_session, kw_local> {};
struct set_name : seq<option_name>, kept {};
struct set_statement : seq<kw_set, sep, opt<set_scope, sep>, set_name, sep,
                           sor<seq<sor<kw_to, one<'='>>, sep, list<set_value, seq<sep, comma, sep>>>,
                               seq<kw_from, sep, kw_current>, star<any>>,
                           sep, eof>,
                       kept {};
struct set_config_call : seq<kw_select, sep, opt<kw_pg_catalog, sep, one<'.'>, sep>, kw_set_config, sep, open, sep,
                             string_value, sep, comma, sep, string_value, sep, comma, sep, identifier, sep, close, sep,
                             eof>,
                         kept {};

struct schema_authorization : seq<kw_authorization, sep, role_name>, kept {};
struct create_schema : seq<kw_schema, sep, opt<if_not_exists, sep>,
                           sor<seq<name, sep, opt<schema_authorization>>, schema_authorization>, sep, eof>,
                       kept {};

struct extension_schema : seq<kw_schema, sep, name>, kept {};
struct extension_version : seq<kw_version, sep, sor<string_value, name>>, kept {};
struct create_extension : seq<kw_extension, sep, opt<if_not_exists, sep>, name, sep, opt<kw_with, sep>,
                              star<sor<extension_schema, extension_version, kw_cascade>, sep>, eof>,
                          kept {};

struct table_persistence_unlogged : kw_unlogged, kept {};
struct at_owner_to_seq : seq<kw_owner, sep, kw_to, sep, role_name>, kept {};
struct create_sequence : seq<opt<sor<kw_temp, kw_temporary, table_persistence_unlogged>, sep>, kw_sequence, sep,
                             opt<if_not_exists, sep>, qualified_name, sep, sequence_options, eof>,
                         kept {};
struct alter_sequence : seq<kw_alter, sep, kw_sequence, sep, opt<if_exists, sep>, qualified_name, sep,
                            sor<at_owner_to_seq, seq<plus<sequence_option, sep>>>, sep, eof>,
                        kept {};

}  // namespace parser::grammar
