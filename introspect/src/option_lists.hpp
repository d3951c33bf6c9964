#pragma once
// Storage parameters and FDW options as pg_dump prints them.
#include <string>

namespace introspect {

// reloptions text ({fillfactor=70,autovacuum_enabled=false}) → "fillfactor='70', …" style list
// (values bare when they are plain words or numbers). "" for NULL/empty.
std::string storage_option_list(const std::string& array_text);
// FDW options ({host=x,port=5432}) → "host 'x', port '5432'".
std::string fdw_option_list(const std::string& array_text);

}  // namespace introspect
