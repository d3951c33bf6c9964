#include "plan_file.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "engine/diagnostic.hpp"

namespace app {

namespace {

class Reader {
public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    YAML::Node load() const {
        std::ifstream in(path_, std::ios::binary);
        if (!in) throw engine::Error(path_ + ": cannot read the plan file");
        std::stringstream text;
        text << in.rdbuf();
        try {
            YAML::Node root = YAML::Load(text.str());
            if (!root.IsMap() || !root["groups"] || !root["groups"].IsSequence())
                throw engine::Error(path_ + ": not a plan written by `strata plan --format json` (no \"groups\" list)");
            return root;
        } catch (const YAML::Exception& e) {
            throw engine::Error(engine::SourceLocation{path_, e.mark.line + 1, e.mark.column + 1},
                                "not a valid plan file (JSON): " + e.msg);
        }
    }

    // node[key] as T; `where` names the place for the error.
    template <typename T>
    T field(const YAML::Node& node, const char* key, const std::string& where) const {
        const YAML::Node value = node[key];
        if (!value || value.IsNull()) throw engine::Error(path_ + ": " + where + " has no \"" + key + "\"");
        try {
            return value.as<T>();
        } catch (const YAML::Exception&) {
            throw engine::Error(path_ + ": " + where + ": \"" + key + "\" has the wrong type");
        }
    }

    template <typename T>
    T optional_field(const YAML::Node& node, const char* key, T fallback, const std::string& where) const {
        const YAML::Node value = node[key];
        if (!value || value.IsNull()) return fallback;
        return field<T>(node, key, where);
    }

private:
    std::string path_;
};

}  // namespace

planner::Plan read_plan_file(const std::string& path) {
    const Reader reader(path);
    const YAML::Node root = reader.load();
    planner::Plan plan;
    std::size_t number = 0;
    for (std::size_t g = 0; g < root["groups"].size(); ++g) {
        const YAML::Node group = root["groups"][g];
        const std::string group_where = "group " + std::to_string(g + 1);
        planner::StepGroup out;
        out.transactional = reader.field<bool>(group, "transactional", group_where);
        if (!group["steps"] || !group["steps"].IsSequence()) throw engine::Error(path + ": " + group_where + " has no \"steps\" list");
        for (const auto& step : group["steps"]) {
            const std::string where = "step " + std::to_string(++number);
            planner::Step s;
            s.sql = reader.field<std::string>(step, "sql", where);
            s.object_kind = reader.field<std::string>(step, "object_kind", where);
            s.object = reader.field<std::string>(step, "object", where);
            s.action = reader.field<std::string>(step, "change", where);
            s.lock = reader.optional_field<std::string>(step, "lock", "", where);
            s.transactional = reader.field<bool>(step, "transactional", where);
            s.own_group = reader.optional_field<bool>(step, "own_group", false, where);
            s.destructive = reader.field<bool>(step, "destructive", where);
            if (step["hazards"])
                for (const auto& h : step["hazards"]) s.hazards.push_back(h.as<std::string>());
            if (step["search_path"])
                for (const auto& name : step["search_path"]) s.search_path.emplace_back(name.as<std::string>());
            out.steps.push_back(std::move(s));
        }
        plan.groups.push_back(std::move(out));
    }
    if (root["notes"])
        for (const auto& n : root["notes"]) plan.notes.push_back(n.as<std::string>());
    plan.lock_split = reader.optional_field<std::string>(root, "lock_split", "", "the plan");
    if (const YAML::Node from = root["from"]; from && from.IsMap()) {
        planner::Fingerprint fp;
        fp.digest = reader.field<std::string>(from, "fingerprint", "\"from\"");
        plan.from_database = reader.optional_field<std::string>(from, "database", "", "\"from\"");
        if (from["objects"])
            for (const auto& entry : from["objects"]) fp.objects.emplace(entry.first.as<std::string>(), entry.second.as<std::string>());
        plan.from_state = std::move(fp);
    }
    return plan;
}

}  // namespace app
