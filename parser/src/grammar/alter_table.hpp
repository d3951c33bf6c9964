#pragma once
// ALTER TABLE [IF EXISTS] [ONLY] name action [, …]
#include "grammar/table.hpp"

namespace parser::grammar {

struct action_stop : sor<comma, eof> {};
struct set_default_expr : expr_until<action_stop>, kept {};
struct ac_set_default : seq<kw_set, sep, kw_default, sep, set_default_expr>, kept {};
struct ac_drop_default : seq<kw_drop, sep, kw_default>, kept {};
struct ac_set_not_null : seq<kw_set, sep, kw_not, sep, kw_null>, kept {};
struct ac_drop_not_null : seq<kw_drop, sep, kw_not, sep, kw_null>, kept {};
struct ac_add_identity : seq<kw_add, sep, identity_spec>, kept {};
struct ac_drop_identity : seq<kw_drop, sep, kw_identity, opt<sep, if_exists>>, kept {};
struct ac_set_statistics : seq<kw_set, sep, kw_statistics, sep, signed_number>, kept {};
struct ac_set_options : seq<kw_set, sep, option_list>, kept {};
struct ac_reset_options : seq<kw_reset, sep, option_list>, kept {};
struct ac_set_storage : seq<kw_set, sep, kw_storage, sep, name>, kept {};
struct ac_set_compression : seq<kw_set, sep, kw_compression, sep, name>, kept {};
struct using_expr : expr_until<action_stop>, kept {};
struct ac_type : seq<opt<kw_set, sep, kw_data, sep>, kw_type, sep, type_name, sep, opt<col_collate, sep>,
                     opt<kw_using, sep, using_expr>>,
                 kept {};
struct ac_sequence_options : plus<sor<seq<kw_set, sep, sequence_option>, seq_restart>, sep>, kept {};
struct alter_column_action : sor<ac_set_default, ac_drop_default, ac_set_not_null, ac_drop_not_null, ac_add_identity,
                                 ac_drop_identity, ac_set_statistics, ac_set_storage, ac_set_compression,
                                 ac_set_options, ac_reset_options, ac_type, ac_sequence_options> {};

struct at_alter_column : seq<kw_alter, sep, opt<kw_column, sep>, name, sep, alter_column_action>, kept {};
struct using_index_primary_key : seq<kw_primary, sep, kw_key>, kept {};
struct at_add_constraint_using_index
    : seq<kw_add, sep, constraint_name, sep, sor<using_index_primary_key, kw_unique>, sep, kw_using, sep,
          kw_index, sep, name, sep, constraint_attributes>,
      kept {};
struct at_add_constraint : seq<kw_add, sep, table_constraint>, kept {};
struct at_add_column : seq<kw_add, sep, opt<kw_column, sep>, opt<if_not_exists, sep>, column_def>, kept {};
struct drop_behavior : sor<kw_cascade, kw_restrict> {};
struct at_drop_column : seq<kw_drop, sep, opt<kw_column, sep>, opt<if_exists, sep>, name, sep, opt<drop_behavior>>, kept {};
struct at_drop_constraint : seq<kw_drop, sep, kw_constraint, sep, opt<if_exists, sep>, name, sep, opt<drop_behavior>>,
                            kept {};
struct at_validate_constraint : seq<STRATA_KW("validate"), sep, kw_constraint, sep, name>, kept {};
struct rls_enable : kw_enable, kept {};
struct rls_disable : kw_disable, kept {};
struct rls_force : kw_force, kept {};
struct rls_no_force : seq<kw_no, sep, kw_force>, kept {};
struct at_row_level_security : seq<sor<rls_enable, rls_disable, rls_force, rls_no_force>, sep, kw_row, sep, kw_level,
                                   sep, kw_security>,
                               kept {};
struct at_attach_partition : seq<kw_attach, sep, kw_partition, sep, qualified_name, sep, partition_bound>, kept {};
struct at_detach_partition : seq<STRATA_KW("detach"), sep, kw_partition, sep, qualified_name, star<sep, identifier>>, kept {};
struct replica_default : kw_default, kept {};
struct replica_full : kw_full, kept {};
struct replica_nothing : kw_nothing, kept {};
struct replica_index : seq<kw_using, sep, kw_index, sep, name>, kept {};
struct at_replica_identity : seq<kw_replica, sep, kw_identity, sep,
                                 sor<replica_default, replica_full, replica_nothing, replica_index>>,
                             kept {};
struct at_cluster_on : seq<kw_cluster, sep, kw_on, sep, name>, kept {};
struct at_owner_to : seq<kw_owner, sep, kw_to, sep, role_name>, kept {};
struct at_set_options : seq<kw_set, sep, option_list>, kept {};
struct at_reset_options : seq<kw_reset, sep, option_list>, kept {};
struct at_rename_column : seq<kw_rename, sep, opt<kw_column, sep>, not_at<kw_to>, not_at<kw_constraint>, name, sep, kw_to,
                              sep, name>,
                          kept {};
struct at_rename_constraint : seq<kw_rename, sep, kw_constraint, sep, name, sep, kw_to, sep, name>, kept {};
struct at_rename_to : seq<kw_rename, sep, kw_to, sep, name>, kept {};
struct at_set_schema : seq<kw_set, sep, kw_schema, sep, name>, kept {};
struct trigger_toggle : seq<sor<kw_enable, kw_disable>, sep, opt<sor<kw_always, kw_replica>, sep>, kw_trigger, sep,
                            sor<kw_all, kw_user, name>>,
                        kept {};
struct at_set_logged : seq<kw_set, sep, sor<kw_logged, kw_unlogged>>, kept {};
struct at_inherit : seq<kw_inherit, sep, qualified_name>, kept {};
struct alter_table_action
    : sor<at_add_constraint_using_index, at_add_constraint, at_add_column, at_alter_column, at_drop_constraint,
          at_drop_column, at_validate_constraint, at_row_level_security, at_attach_partition, at_detach_partition,
          at_replica_identity, at_cluster_on, at_owner_to, at_set_logged, at_set_schema, at_set_options,
          at_reset_options, at_rename_constraint, at_rename_to, at_rename_column, trigger_toggle, at_inherit> {};

struct alter_table_target : sor<seq<kw_foreign, sep, kw_table>, kw_table> {};
struct only_marker : kw_only, kept {};
struct alter_table : seq<kw_alter, sep, alter_table_target, sep, opt<if_exists, sep>, opt<only_marker, sep>,
                         qualified_name, sep, opt<one<'*'>, sep>, list<alter_table_action, seq<sep, comma, sep>>, sep, eof>,
                     kept {};

}  // namespace parser::grammar
