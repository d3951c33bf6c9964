#include "runner.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "compare.hpp"
#include "engine/identifier.hpp"
#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "spawn.hpp"

namespace roundtrip {

namespace {

using test_support::ProcessResult;


class Worker {
public:
    Worker(const Settings& settings, int id) : settings_(settings), id_(id), admin_(settings.server_url) {}

    // A fresh database from template0, dropped when the handle goes away.
    class Database {
    public:
        Database(Worker& worker, std::string name) : worker_(worker), name_(std::move(name)) {
            worker_.admin_.execute("CREATE DATABASE " + engine::quote_ident(name_) + " TEMPLATE template0");
            url_ = test_support::url_for_database(worker_.settings_.server_url, name_);
        }
        ~Database() {
            try {
                worker_.admin_.execute("DROP DATABASE IF EXISTS " + engine::quote_ident(name_) + " WITH (FORCE)");
            } catch (...) {
                // The throwaway server goes away with everything in it.
            }
        }
        Database(const Database&) = delete;
        Database& operator=(const Database&) = delete;
        const std::string& url() const { return url_; }

    private:
        Worker& worker_;
        std::string name_;
        std::string url_;
    };

    Outcome run(const Input& in) {
        Outcome out;
        if (!in.skip.empty()) {
            out.verdict = out.result = out.live_result = out.drift_result = out.plan_result = out.devplan_result = "skipped";
            out.why = out.reason = out.live_reason = out.drift_reason = out.plan_reason = out.devplan_reason = in.skip;
            return out;
        }
        Database a(*this, next_name());
        if (std::string err = load(a, in.prelude, in.path); !err.empty()) {
            out.verdict = "rejected";
            out.why = err;
            out.result = out.live_result = out.drift_result = out.plan_result = out.devplan_result = "skipped";
            out.reason = out.live_reason = out.drift_reason = out.plan_reason = out.devplan_reason = "PostgreSQL 15 rejects it";
            return out;
        }
        out.verdict = "accepted";
        if (!settings_.round_trip) return out;
        const std::vector<std::string> original = normalize_dump(dump(a));
        out.reason = round_trip(original, in);
        out.result = out.reason.empty() ? "passed" : "failed";
        if (!in.live) {
            out.live_result = out.drift_result = out.plan_result = out.devplan_result = "skipped";
            out.live_reason = out.drift_reason = out.plan_reason = out.devplan_reason = "a case's starting state (from.sql)";
            return out;
        }
        Database c(*this, next_name());
        out.live_reason = live_round_trip(original, a, c, in);
        out.live_result = out.live_reason.empty() ? "passed" : "failed";
        out.drift_reason = drift(a, in.path);
        if (out.drift_reason.empty() && out.live_reason.empty()) out.drift_reason = drift(c, a.url());
        out.drift_result = out.drift_reason.empty() ? "passed" : "failed";
        if (in.group == "corpus") {
            out.devplan_reason = exact_plan(a, in.path);
            out.devplan_result = out.devplan_reason.empty() ? "passed" : "failed";
        } else {
            out.devplan_result = "skipped";
            out.devplan_reason = "corpus only";
        }
        if (!in.plan_from.empty()) {
            out.plan_reason = plan_stage(original, in, out.plan_result);
        } else {
            out.plan_result = "skipped";
            out.plan_reason = "no from.sql";
        }
        return out;
    }

private:
    std::string next_name() {
        return "strata_rt_" + std::to_string(getpid()) + "_" + std::to_string(id_) + "_" + std::to_string(seq_++);
    }

    ProcessResult psql(const std::string& url, const std::string& file) {
        return spawn({settings_.pg_bindir + "/psql", "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file});
    }

    // "" when the prelude (if any) and the file load; otherwise the first error line.
    std::string load(const Database& db, const std::string& prelude, const std::string& file) {
        if (!prelude.empty()) {
            const ProcessResult r = psql(db.url(), prelude);
            if (r.exit_code != 0) return "prelude: " + first_error_line(r.err);
        }
        const ProcessResult r = psql(db.url(), file);
        if (r.exit_code == 0) return "";
        const std::string line = first_error_line(r.err);
        return line.empty() ? "psql exit " + std::to_string(r.exit_code) : line;
    }

    std::string dump(const Database& db) {
        const ProcessResult r = spawn({settings_.pg_bindir + "/pg_dump", "--schema-only", "--no-owner",
                                       "--no-privileges", "-w", "-d", db.url()});
        if (r.exit_code != 0) throw std::runtime_error("pg_dump failed: " + first_error_line(r.err));
        return r.out;
    }

    // "" when the round trip holds; otherwise why not.
    std::string round_trip(const std::vector<std::string>& original, const Input& in) {
        const ProcessResult json = spawn({settings_.strata, "inspect", in.path, "--format", "json"});
        if (json.exit_code != 0)
            return "inspect --format json exit " + std::to_string(json.exit_code) + ": " + first_line(json.err);
        const ProcessResult sql = spawn({settings_.strata, "inspect", in.path, "--format", "sql"});
        if (sql.exit_code != 0)
            return "inspect --format sql exit " + std::to_string(sql.exit_code) + ": " + first_line(sql.err);
        test_support::TempDir dir;
        const std::string canonical = dir.write("canonical.sql", sql.out);
        Database b(*this, next_name());
        if (std::string err = load(b, in.prelude, canonical); !err.empty()) return "canonical SQL does not load: " + err;
        return first_difference(original, normalize_dump(dump(b)), "original", "canonical");
    }

    // "" when Strata's SQL for the loaded database `a` loads and dumps equal to `a`.
    std::string live_round_trip(const std::vector<std::string>& original, const Database& a, const Database& c,
                                const Input& in) {
        const ProcessResult sql = spawn({settings_.strata, "inspect", a.url(), "--format", "sql"});
        if (sql.exit_code != 0)
            return "inspect DATABASE exit " + std::to_string(sql.exit_code) + ": " + first_line(sql.err);
        test_support::TempDir dir;
        const std::string canonical = dir.write("live.sql", sql.out);
        if (std::string err = load(c, in.prelude, canonical); !err.empty()) return "database's SQL does not load: " + err;
        return first_difference(original, normalize_dump(dump(c)), "original", "from database");
    }

    // "" when `strata drift --url db --to desired` finds no drift; otherwise its first line.
    std::string drift(const Database& db, const std::string& desired) {
        const ProcessResult r = spawn({settings_.strata, "drift", "--url", db.url(), "--to", desired});
        if (r.exit_code == 0) return "";
        const std::string& text = r.exit_code == 2 ? r.out : r.err;
        return "drift exit " + std::to_string(r.exit_code) + (desired.find("://") != std::string::npos ? " (database against database)" : "") + ": " + first_line(text);
    }

    // "" when `strata plan --from <db> --to <desired> --dev-url tmp --exit-code` is empty.
    std::string exact_plan(const Database& db, const std::string& desired) {
        const ProcessResult r = spawn({settings_.strata, "plan", "--from", db.url(), "--to", desired, "--dev-url", "tmp", "--exit-code"});
        if (r.exit_code == 0) return "";
        return "plan --dev-url tmp exit " + std::to_string(r.exit_code) + ": " +
               (r.exit_code == 2 ? first_statement(r.out) : first_line(r.err));
    }

    // The proof of a plan is a database: from.sql loaded into D, Strata's plan to the desired
    // file applied to D, D's pg_dump equal to `original` (the desired file loaded), and a second
    // plan from D empty. Sets `result`; returns why it failed ("" when not).
    std::string plan_stage(const std::vector<std::string>& original, const Input& in, std::string& result) {
        result = "failed";
        Database d(*this, next_name());
        if (std::string err = load(d, "", in.plan_from); !err.empty()) {
            result = "skipped";
            return "PostgreSQL 15 rejects from.sql";
        }
        const ProcessResult plan = spawn({settings_.strata, "plan", "--from", d.url(), "--to", in.path, "--allow-destructive"});
        if (plan.exit_code != 0) {
            if (in.plan_error_expected && plan.exit_code == 1 && !plan.err.empty()) {
                result = "passed";  // refused, with a message, as the peer refuses
                return "";
            }
            return "plan exit " + std::to_string(plan.exit_code) + ": " + first_line(plan.err);
        }
        test_support::TempDir dir;
        const ProcessResult applied = psql(d.url(), dir.write("plan.sql", plan.out));
        if (applied.exit_code != 0) return "the plan does not apply: " + first_error_line(applied.err);
        if (std::string diff = first_difference(original, normalize_dump(dump(d)), "desired", "planned"); !diff.empty())
            return diff;
        const ProcessResult again = spawn({settings_.strata, "plan", "--from", d.url(), "--to", in.path, "--exit-code"});
        if (again.exit_code != 0)
            return "planning again is not empty (exit " + std::to_string(again.exit_code) + "): " +
                   (again.exit_code == 2 ? first_statement(again.out) : first_line(again.err));
        result = "passed";
        return "";
    }

    // A plan script's first statement (not a comment, SET or BEGIN).
    static std::string first_statement(const std::string& script) {
        std::istringstream lines(script);
        for (std::string line; std::getline(lines, line);)
            if (!line.empty() && line.rfind("--", 0) != 0 && line.rfind("SET ", 0) != 0 && line != "BEGIN;") return line;
        return "";
    }

    static std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

    const Settings& settings_;
    int id_;
    int seq_ = 0;
    introspect::Connection admin_;
};

// Cluster-wide state the files expect: the case roles, and the corpus preludes' roles (run once
// here, in a scratch database, so that concurrent runs of a prelude find them existing).
void set_up_cluster(const std::vector<std::string>& roles, const std::vector<std::string>& preludes,
                    const Settings& settings) {
    introspect::Connection admin(settings.server_url);
    for (const auto& role : roles)
        admin.execute("DO $strata$ BEGIN CREATE ROLE " + role +
                      "; EXCEPTION WHEN duplicate_object THEN NULL; END $strata$");
    Settings load_only = settings;
    load_only.round_trip = false;
    Worker worker(load_only, 999);
    for (const auto& prelude : preludes) {
        Input in;
        in.path = prelude;
        const Outcome out = worker.run(in);
        if (out.verdict != "accepted") throw std::runtime_error("prelude " + prelude + " fails: " + out.why);
    }
}

}  // namespace

std::vector<Outcome> run_all(const std::vector<Input>& inputs, const std::vector<std::string>& roles,
                             const std::vector<std::string>& preludes, const Settings& settings) {
    set_up_cluster(roles, preludes, settings);
    // A third of the conformance files repeat another's bytes (355 are empty): each distinct
    // (content, prelude, skip) runs once, and its copies take its outcome.
    std::vector<std::size_t> same_as(inputs.size());
    std::vector<std::size_t> order;
    std::map<std::string, std::size_t> first_with;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string key = test_support::read_file(inputs[i].path) + '\0' + inputs[i].prelude + '\0' + inputs[i].skip +
                                (inputs[i].live ? std::string(1, '\0') + "live" : std::string()) +
                                (inputs[i].plan_from.empty() ? std::string() : '\0' + test_support::read_file(inputs[i].plan_from)) +
                                (inputs[i].plan_error_expected ? "\0refused" : "");
        const auto [it, fresh] = first_with.emplace(key, i);
        same_as[i] = it->second;
        if (fresh) order.push_back(i);
    }
    // Biggest files first, so that no long load starts last.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return inputs[x].size > inputs[y].size; });

    std::vector<Outcome> outcomes(inputs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&](int id) {
        std::unique_ptr<Worker> worker;
        for (std::size_t k; (k = next++) < order.size();) {
            const std::size_t i = order[k];
            const auto start = std::chrono::steady_clock::now();
            try {
                if (!worker) worker = std::make_unique<Worker>(settings, id);
                outcomes[i] = worker->run(inputs[i]);
            } catch (const std::exception& e) {
                outcomes[i].error = e.what();
            }
            outcomes[i].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
    };
    std::vector<std::thread> threads;
    for (int id = 0; id < std::max(1, settings.jobs); ++id) threads.emplace_back(work, id);
    for (auto& t : threads) t.join();

    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (same_as[i] == i) continue;
        Outcome& copy = outcomes[i] = outcomes[same_as[i]];
        copy.seconds = 0;
        const std::string& from = inputs[same_as[i]].path;
        for (std::string* text : {&copy.why, &copy.reason, &copy.live_reason, &copy.drift_reason, &copy.plan_reason, &copy.devplan_reason, &copy.error})  // messages name the file
            for (std::size_t at = 0; (at = text->find(from, at)) != std::string::npos; at += inputs[i].path.size())
                text->replace(at, from.size(), inputs[i].path);
    }
    return outcomes;
}

}  // namespace roundtrip
