// apply_renames(): which `-- strata:renamed-from` annotations of the desired state apply to the
// current one, and the RENAME steps for them (renames.hpp).
#include "planner/renames.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "../diff/facts.hpp"
#include "rename_catalog.hpp"

namespace planner {

namespace {

using engine::Ident;
using engine::QualifiedName;

// A constraint's definition as the diff compares it, its name and comment left out.
std::string constraint_definition(const engine::Catalog& catalog, const engine::Constraint& c) {
    facts::ObjectFacts o;
    facts::constraint_facts(catalog, c, o);
    std::string out;
    for (const auto& [field, fact] : o.fields)
        if (field != "comment") out.append(field).append("=").append(fact.key).append("\n");
    return out;
}

bool same_index(const engine::Index& a, const engine::Index& b) {
    return a.table == b.table && engine::same_index_definition(a, b) && a.with == b.with && a.tablespace == b.tablespace;
}

// Pairs each element of `olds` with the one element of `news` that `same` matches, where that
// match is one to one; others stay unpaired (a drop and a create).
template <typename T, typename Same>
std::vector<std::pair<const T*, const T*>> unique_pairs(const std::vector<const T*>& olds, const std::vector<const T*>& news,
                                                       Same same) {
    std::vector<std::pair<const T*, const T*>> pairs;
    for (const T* o : olds) {
        const T* match = nullptr;
        int count = 0;
        for (const T* n : news)
            if (same(*o, *n)) {
                match = n;
                ++count;
            }
        if (count != 1) continue;
        int back = 0;
        for (const T* other : olds) back += same(*other, *match) ? 1 : 0;
        if (back == 1) pairs.emplace_back(o, match);
    }
    return pairs;
}

class Renamer {
public:
    Renamer(engine::Catalog& from, const engine::Catalog& to) : from_(from), to_(to) {}

    Renames run() {
        tables();
        columns();
        constraints();
        indexes();
        sequences();
        labels();
        return std::move(out_);
    }

private:
    engine::Catalog& from_;
    const engine::Catalog& to_;
    Renames out_;
    std::set<QualifiedName> touched_;  // tables renamed or with a column renamed (desired names)

    // `change`: what the text summary says ("renamed from public.orders").
    void add(std::string kind, std::string path, const std::string& change, std::string sql, std::string lock,
             std::vector<std::string> hazards) {
        out_.summary.push_back("~ " + kind + " " + path + ": " + change);
        Step s;
        s.object_kind = std::move(kind);
        s.object = std::move(path);
        s.sql = std::move(sql);
        s.action = "rename";
        s.lock = std::move(lock);
        s.hazards = std::move(hazards);
        out_.steps.push_back(std::move(s));
    }

    void note(const engine::SourceLocation& where, const std::string& what, const std::string& why) {
        out_.notes.push_back(where.str() + ": " + what + ": -- strata:renamed-from not applied: " + why);
    }

    // What an annotation finds in the current state.
    struct Found {
        bool old_there;  // the old name
        bool new_there;  // the new name, as this kind of object: renamed before, nothing to say
        bool taken;      // the new name, by anything it would clash with
        bool kept;       // the desired state keeps the old name too
    };

    // Whether the rename applies; when it does not, a note says why (`otherwise`: what the plan
    // does instead, "created" or "added").
    bool applies(const engine::SourceLocation& where, const std::string& what, const std::string& noun,
                 const std::string& old_text, const std::string& new_text, const Found& found, const char* otherwise) {
        if (!found.old_there) {
            if (!found.new_there) note(where, what, "there is no " + noun + " " + old_text + "; it is " + otherwise);
        } else if (found.taken) {
            note(where, what, "both " + old_text + " and " + new_text + " exist");
        } else if (found.kept) {
            note(where, what, "the desired state keeps " + old_text + " as well");
        } else {
            return true;
        }
        return false;
    }

    static std::string alter_table(const engine::Table& t) { return t.foreign_server ? "ALTER FOREIGN TABLE " : "ALTER TABLE "; }

    void tables() {
        for (const auto& [name, t] : to_.tables) {
            if (!t.renamed_from || *t.renamed_from == name.name) continue;
            const QualifiedName old{name.schema, *t.renamed_from};
            const Found state{from_.tables.count(old) > 0, from_.tables.count(name) > 0, from_.has_relation(name),
                              to_.tables.count(old) > 0};
            if (!applies(t.where, "table " + name.quoted(), "table", old.quoted(), name.quoted(), state, "created")) continue;
            add(t.foreign_server ? "foreign table" : "table", name.quoted(), "renamed from " + old.quoted(),
                alter_table(t) + old.quoted() + " RENAME TO " + name.name.quoted(), "ACCESS EXCLUSIVE on " + old.quoted(),
                {"queries that use the old name " + old.quoted() + " fail"});
            rename_parts::rename_table(from_, old, name);
            touched_.insert(name);
        }
    }

    void columns() {
        // Parents first: a rename reaches their partitions and inheritance children.
        std::vector<const engine::Table*> order;
        for (const auto& [name, t] : to_.tables) order.push_back(&t);
        std::stable_partition(order.begin(), order.end(),
                              [](const engine::Table* t) { return !t->partition_of && t->inherits.empty(); });
        for (const engine::Table* t : order) {
            auto found = from_.tables.find(t->name);
            if (found == from_.tables.end()) continue;
            const engine::Table& current = found->second;
            for (const auto& c : t->columns) {
                if (!c.renamed_from || *c.renamed_from == c.name) continue;
                const Ident& old = *c.renamed_from;
                const bool new_there = current.find_column(c.name) != nullptr;
                const Found state{current.find_column(old) != nullptr, new_there, new_there, t->find_column(old) != nullptr};
                if (!applies(c.where, "column " + t->name.quoted() + "." + c.name.quoted(), "column", old.quoted(),
                             c.name.quoted(), state, "added"))
                    continue;
                add("column", t->name.quoted() + "." + c.name.quoted(), "renamed from " + old.quoted(),
                    alter_table(*t) + t->name.quoted() + " RENAME COLUMN " + old.quoted() + " TO " + c.name.quoted(),
                    "ACCESS EXCLUSIVE on " + t->name.quoted(), {"queries that use the old name " + old.quoted() + " fail"});
                rename_parts::rename_column(from_, t->name, old, c.name);
                touched_.insert(t->name);
            }
        }
    }

    void rename_constraint(const engine::Table& t, const Ident& old, const Ident& name) {
        add("constraint", t.name.quoted() + "." + name.quoted(), "renamed from " + old.quoted(),
            alter_table(t) + t.name.quoted() + " RENAME CONSTRAINT " + old.quoted() + " TO " + name.quoted(),
            "ACCESS EXCLUSIVE on " + t.name.quoted(), {});
        rename_parts::rename_constraint(from_, t.name, old, name);
    }

    void constraints() {
        for (const auto& [name, t] : to_.tables) {
            auto found = from_.tables.find(name);
            if (found == from_.tables.end()) continue;
            for (const auto& c : t.constraints) {
                if (!c.renamed_from || *c.renamed_from == c.name) continue;
                engine::Table& current = found->second;
                const bool new_there = current.find_constraint(c.name) != nullptr;
                const Found state{current.find_constraint(*c.renamed_from) != nullptr, new_there, new_there,
                                  std::any_of(t.constraints.begin(), t.constraints.end(),
                                              [&](const engine::Constraint& k) { return k.name == *c.renamed_from; })};
                if (applies(c.where, "constraint " + c.name.quoted() + " on " + name.quoted(), "constraint",
                            c.renamed_from->quoted(), c.name.quoted(), state, "added"))
                    rename_constraint(t, *c.renamed_from, c.name);
            }
            if (!touched_.count(name)) continue;
            // The same definition under a new name alone: a rename (`orders_pkey` → `invoices_pkey`).
            const engine::Table& current = found->second;
            std::vector<const engine::Constraint*> olds, news;
            for (const auto& c : current.constraints)
                if (!std::any_of(t.constraints.begin(), t.constraints.end(), [&](const auto& k) { return k.name == c.name; }))
                    olds.push_back(&c);
            for (const auto& c : t.constraints)
                if (!std::any_of(current.constraints.begin(), current.constraints.end(),
                                 [&](const auto& k) { return k.name == c.name; }))
                    news.push_back(&c);
            std::map<const engine::Constraint*, std::string> definitions;
            for (const auto* c : olds) definitions[c] = constraint_definition(from_, *c);
            for (const auto* c : news) definitions[c] = constraint_definition(to_, *c);
            std::vector<std::pair<Ident, Ident>> renames;
            for (const auto& [o, n] : unique_pairs(olds, news, [&](const engine::Constraint& a, const engine::Constraint& b) {
                     return definitions.at(&a) == definitions.at(&b);
                 }))
                renames.emplace_back(o->name, n->name);
            // Names may not collide with a relation (a key's index has the constraint's name).
            for (const auto& [o, n] : renames)
                if (!from_.has_relation({name.schema, n})) rename_constraint(t, o, n);
        }
    }

    void rename_index(const QualifiedName& old, const Ident& name, const QualifiedName& table) {
        add("index", QualifiedName{old.schema, name}.quoted(), "renamed from " + old.quoted(), "ALTER INDEX " + old.quoted() + " RENAME TO " + name.quoted(),
            "SHARE UPDATE EXCLUSIVE on " + table.quoted(), {});
        rename_parts::rename_index(from_, old, name);
    }

    void indexes() {
        for (const auto& [name, index] : to_.indexes) {
            if (!index.renamed_from || *index.renamed_from == name.name) continue;
            const QualifiedName old{name.schema, *index.renamed_from};
            const std::string what = "index " + name.quoted();
            auto found = from_.indexes.find(old);
            const Found state{found != from_.indexes.end(), from_.indexes.count(name) > 0, from_.has_relation(name),
                              to_.has_relation(old)};
            if (!applies(index.where, what, "index", old.quoted(), name.quoted(), state, "created")) continue;
            if (found->second.table != index.table)
                note(index.where, what, old.quoted() + " is on " + found->second.table.quoted() + ", not " + index.table.quoted());
            else
                rename_index(old, name.name, index.table);
        }
        if (touched_.empty()) return;
        std::map<QualifiedName, std::pair<std::vector<const engine::Index*>, std::vector<const engine::Index*>>> by_table;
        for (const auto& [name, index] : from_.indexes)
            if (touched_.count(index.table) && !to_.indexes.count(name)) by_table[index.table].first.push_back(&index);
        for (const auto& [name, index] : to_.indexes)
            if (touched_.count(index.table) && !from_.indexes.count(name)) by_table[index.table].second.push_back(&index);
        std::vector<std::pair<QualifiedName, QualifiedName>> renames;  // old name, new name
        for (const auto& [table, sides] : by_table)
            for (const auto& [o, n] : unique_pairs(sides.first, sides.second, same_index)) renames.emplace_back(o->name, n->name);
        for (const auto& [old, name] : renames)
            if (!from_.has_relation(name)) rename_index(old, name.name, from_.indexes.at(old).table);
    }

    // A serial's sequence keeps its name when its table or column is renamed; the desired state
    // names it after the new ones (`orders_id_seq` → `invoices_id_seq`).
    void sequences() {
        if (touched_.empty()) return;
        std::vector<const engine::Sequence*> olds, news;
        for (const auto& [name, s] : from_.sequences)
            if (s.owned_by && touched_.count(s.owned_by->table) && !to_.sequences.count(name)) olds.push_back(&s);
        for (const auto& [name, s] : to_.sequences)
            if (s.owned_by && touched_.count(s.owned_by->table) && !from_.sequences.count(name)) news.push_back(&s);
        std::vector<std::pair<QualifiedName, Ident>> renames;
        for (const auto& [o, n] : unique_pairs(olds, news, [](const engine::Sequence& a, const engine::Sequence& b) {
                 return a.name.schema == b.name.schema && a.owned_by->table == b.owned_by->table &&
                        a.owned_by->column == b.owned_by->column;
             }))
            renames.emplace_back(o->name, n->name.name);
        for (const auto& [old, name] : renames) {
            const QualifiedName renamed{old.schema, name};
            if (from_.has_relation(renamed)) continue;
            add("sequence", renamed.quoted(), "renamed from " + old.quoted(),
                "ALTER SEQUENCE " + old.quoted() + " RENAME TO " + name.quoted(), "", {});
            rename_parts::rename_sequence(from_, old, name);
        }
    }

    void labels() {
        for (const auto& [name, type] : to_.enums) {
            auto found = from_.enums.find(name);
            if (found == from_.enums.end()) continue;
            for (const auto& [label, old] : type.renamed_labels) {
                const auto& current = found->second.labels;
                const bool has_old = std::find(current.begin(), current.end(), old) != current.end();
                const bool has_new = std::find(current.begin(), current.end(), label) != current.end();
                const Found state{has_old, has_new, has_new,
                                  std::find(type.labels.begin(), type.labels.end(), old) != type.labels.end()};
                if (!applies(type.where, "enum " + name.quoted() + " label " + engine::quote_literal(label), "label",
                             engine::quote_literal(old), engine::quote_literal(label), state, "added"))
                    continue;
                add("type", name.quoted(), "label " + engine::quote_literal(old) + " renamed to " + engine::quote_literal(label),
                    "ALTER TYPE " + name.quoted() + " RENAME VALUE " + engine::quote_literal(old) + " TO " +
                        engine::quote_literal(label),
                    "", {"stored " + engine::quote_literal(old) + " values read as " + engine::quote_literal(label) +
                         "; queries that use the old label fail"});
                rename_parts::rename_label(from_, name, old, label);
            }
        }
    }
};

}  // namespace

Renames apply_renames(engine::Catalog& from, const engine::Catalog& to) { return Renamer(from, to).run(); }

bool declares_renames(const engine::Catalog& to) {
    for (const auto& [name, t] : to.tables) {
        if (t.renamed_from) return true;
        for (const auto& c : t.columns)
            if (c.renamed_from) return true;
        for (const auto& c : t.constraints)
            if (c.renamed_from) return true;
    }
    for (const auto& [name, index] : to.indexes)
        if (index.renamed_from) return true;
    for (const auto& [name, type] : to.enums)
        if (!type.renamed_labels.empty()) return true;
    return false;
}

}  // namespace planner
