#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/options.hpp"
#include "engine/model/object_base.hpp"

namespace engine {

struct View : ObjectBase {
    QualifiedName name;
    bool materialized = false;
    bool recursive = false;
    std::vector<Ident> columns;                   // explicit column list, if any
    Options options;  // WITH (security_barrier, …)
    std::string query;                            // exact text between AS and the end
    // `CREATE OR REPLACE VIEW v AS … v …`: PostgreSQL binds the query's own name to the view it
    // replaces, so v is made with that earlier query first, then replaced.
    std::optional<std::string> replaced_query;
    std::optional<std::string> check_option;      // local | cascaded
    bool with_data = true;                        // materialized: WITH [NO] DATA
    std::optional<Ident> tablespace;
    std::optional<std::string> access_method;
    std::map<std::string, std::string> column_comments;  // COMMENT ON COLUMN view.column, by column name
    std::map<std::string, Expression> column_defaults;   // ALTER VIEW … ALTER COLUMN c SET DEFAULT, by column name
};

}  // namespace engine
