#pragma once
// `-- strata:renamed-from OLD` (DESIGN §5): the desired state says what a table, column, index,
// table constraint or enum label was called before. apply_renames() renames `from`, the model of
// the current state, to match, so that the diff sees one object where it would see a drop and an
// add; the RENAME statements that do the same to the database run first in the plan
// (PlanOptions::renames). A rename applies when the old name exists in `from`, the new one does
// not, and the desired state does not keep the old name too; once applied it matches nothing, so
// planning again is empty.
//
// Tables renamed, or with columns renamed, also get their indexes and constraints renamed where
// the desired state has the same definition under a new name alone (`orders_pkey` becomes
// `invoices_pkey`): PostgreSQL keeps those names on a rename, a desired file spells the new ones.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "planner/plan.hpp"

namespace planner {

struct Renames {
    std::vector<Step> steps;          // ALTER … RENAME, in the order they must run
    std::vector<std::string> notes;   // annotations that name nothing to rename, and why
    std::vector<std::string> summary; // "~ table public.invoices: renamed from public.orders"
};

Renames apply_renames(engine::Catalog& from, const engine::Catalog& to);
// Whether `to` holds any renamed-from annotation (without one, apply_renames does nothing).
bool declares_renames(const engine::Catalog& to);

}  // namespace planner
