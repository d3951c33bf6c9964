#pragma once
// A desired state executed in a scratch database on the dev server (--dev-url), so that it is
// read back by the introspector and compared catalog to catalog. An object the server refuses is
// reported with its file and line: "schema.sql:12: error: --dev-url: table public.t cannot be
// created: column "x" does not exist".
#include <memory>
#include <string>

#include "engine/model/catalog.hpp"
#include "scratch_database.hpp"

namespace app {

std::unique_ptr<ScratchDatabase> load_desired(const std::string& server, const engine::Catalog& catalog,
                                              const std::string& purpose, const std::string& source);

}  // namespace app
