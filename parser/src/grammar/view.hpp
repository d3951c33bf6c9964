#pragma once
// CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW and CREATE MATERIALIZED VIEW. The query is kept
// as exact text; a trailing WITH … CHECK OPTION / WITH [NO] DATA is split off by the transformer.
#include "grammar/table.hpp"

namespace parser::grammar {

struct or_replace : seq<kw_or, sep, STRATA_KW("replace")>, kept {};
struct view_recursive : kw_recursive, kept {};
struct view_query : seq<expr_atom, star<any>>, kept {};
struct create_view : seq<opt<sor<kw_temp, kw_temporary>, sep>, opt<view_recursive, sep>, kw_view, sep,
                         qualified_name, sep, opt<name_list, sep>, opt<with_options, sep>, kw_as, sep, view_query>,
                     kept {};
struct create_materialized_view : seq<kw_materialized, sep, kw_view, sep, opt<if_not_exists, sep>, qualified_name, sep,
                                      opt<name_list, sep>, opt<table_access_method, sep>, opt<with_options, sep>,
                                      opt<table_tablespace, sep>, kw_as, sep, view_query>,
                                  kept {};

}  // namespace parser::grammar
