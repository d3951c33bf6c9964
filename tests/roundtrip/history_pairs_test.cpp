// Real schema histories converge (ctest label `realpairs`): every corpus project that ships an
// older version of its schema under history/ (GitLab, danbooru, sanbase2, pagila twice,
// graphile-starter, synapse) is planned from the old version to schema.sql and back, each
// direction proven on a database:
//   1. the old version (after the project's prelude.sql) is loaded into database A, schema.sql
//      into B (once each, as templates; every run starts from a copy);
//   2. `strata plan --from <copy of A> --to schema.sql --allow-destructive`;
//   3. the plan applied with psql ON_ERROR_STOP;
//   4. the copy's pg_dump --schema-only equal to B's (comments, SET and \restrict lines and the
//      order of columns within a table ignored: compare.hpp);
//   5. planning again is empty.
// The reverse direction starts from a copy of B and plans to the old file. Every pair must pass.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "compare.hpp"
#include "engine/identifier.hpp"
#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "process.hpp"
#include "spawn.hpp"

namespace fs = std::filesystem;
using test_support::ProcessResult;

namespace {

struct Project {
    std::string name;
    std::string schema;                // schema.sql
    std::string prelude;               // prelude.sql, or ""
    std::vector<std::string> history;  // history/*.sql, sorted
    std::uintmax_t size = 0;
};

struct Direction {
    std::string label;  // "gitlab: history/x.sql → schema.sql"
    std::string failure;
    double plan_seconds = 0;
    double seconds = 0;
};

std::vector<Project> projects_with_history(const fs::path& corpus) {
    std::vector<Project> out;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        if (!fs::is_directory(entry.path() / "history")) continue;
        Project p{entry.path().filename().string(), (entry.path() / "schema.sql").string(), "", {}, 0};
        if (fs::exists(entry.path() / "prelude.sql")) p.prelude = (entry.path() / "prelude.sql").string();
        for (const auto& h : fs::directory_iterator(entry.path() / "history"))
            if (h.path().extension() == ".sql") p.history.push_back(h.path().string());
        std::sort(p.history.begin(), p.history.end());
        p.size = fs::file_size(p.schema);
        out.push_back(std::move(p));
    }
    // The biggest first, so that no long load starts last.
    std::sort(out.begin(), out.end(), [](const Project& a, const Project& b) { return a.size > b.size; });
    return out;
}

class PairRunner {
public:
    PairRunner(std::string server, std::string bindir, int id)
        : server_(std::move(server)), bindir_(std::move(bindir)), id_(id), admin_(server_) {}
    ~PairRunner() {
        for (const auto& name : created_) {
            try {
                admin_.execute("DROP DATABASE IF EXISTS " + engine::quote_ident(name) + " WITH (FORCE)");
            } catch (...) {
                // The throwaway server goes away with everything in it.
            }
        }
    }
    PairRunner(const PairRunner&) = delete;
    PairRunner& operator=(const PairRunner&) = delete;

    std::vector<Direction> run(const Project& p) {
        std::vector<Direction> out;
        const std::string base = name("new");
        if (std::string err = load(base, p.prelude, p.schema); !err.empty()) {
            out.push_back({p.name + ": schema.sql", "does not load: " + err});
            return out;
        }
        const std::vector<std::string> base_dump = normalize_dump(dump(base));
        for (const auto& old_file : p.history) {
            const std::string rel = "history/" + fs::path(old_file).filename().string();
            const std::string old = name("old");
            if (std::string err = load(old, p.prelude, old_file); !err.empty()) {
                out.push_back({p.name + ": " + rel, "does not load: " + err});
                continue;
            }
            out.push_back(converge(p.name + ": " + rel + " → schema.sql", old, p.schema, base_dump));
            out.push_back(converge(p.name + ": schema.sql → " + rel, base, old_file, normalize_dump(dump(old))));
        }
        return out;
    }

private:
    std::string name(const std::string& what) {
        const std::string n = "strata_pair_" + std::to_string(getpid()) + "_" + std::to_string(id_) + "_" + what + "_" +
                              std::to_string(seq_++);
        admin_.execute("CREATE DATABASE " + engine::quote_ident(n) + " TEMPLATE template0");
        created_.push_back(n);
        return n;
    }

    std::string copy_of(const std::string& source) {
        const std::string n = "strata_pair_" + std::to_string(getpid()) + "_" + std::to_string(id_) + "_copy_" +
                              std::to_string(seq_++);
        admin_.execute("CREATE DATABASE " + engine::quote_ident(n) + " TEMPLATE " + engine::quote_ident(source));
        created_.push_back(n);
        return n;
    }

    std::string url(const std::string& database) const { return test_support::url_for_database(server_, database); }

    ProcessResult psql(const std::string& database, const std::string& file) {
        return roundtrip::spawn({bindir_ + "/psql", "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-d", url(database), "-f", file});
    }

    // "" when the prelude (run twice if a concurrent run raced it to the roles) and the file load.
    std::string load(const std::string& database, const std::string& prelude, const std::string& file) {
        if (!prelude.empty() && psql(database, prelude).exit_code != 0) {
            const ProcessResult again = psql(database, prelude);
            if (again.exit_code != 0) return "prelude: " + roundtrip::first_error_line(again.err);
        }
        const ProcessResult r = psql(database, file);
        return r.exit_code == 0 ? "" : roundtrip::first_error_line(r.err);
    }

    std::string dump(const std::string& database) {
        const ProcessResult r = roundtrip::spawn(
            {bindir_ + "/pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-w", "-d", url(database)});
        if (r.exit_code != 0) throw std::runtime_error("pg_dump failed: " + roundtrip::first_error_line(r.err));
        return r.out;
    }

    Direction converge(const std::string& label, const std::string& start, const std::string& desired,
                       const std::vector<std::string>& expected) {
        Direction d{label, "", 0, 0};
        const auto began = std::chrono::steady_clock::now();
        auto seconds_since = [](auto t) { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count(); };
        const std::string db = copy_of(start);
        const ProcessResult plan = roundtrip::spawn({STRATA_BINARY, "plan", "--from", url(db), "--to", desired, "--allow-destructive"});
        d.plan_seconds = seconds_since(began);
        if (plan.exit_code != 0) {
            d.failure = "plan exit " + std::to_string(plan.exit_code) + ": " + plan.err.substr(0, plan.err.find('\n'));
        } else {
            test_support::TempDir dir;
            const ProcessResult applied = psql(db, dir.write("plan.sql", plan.out));
            if (applied.exit_code != 0) {
                d.failure = "the plan does not apply: " + roundtrip::first_error_line(applied.err);
            } else if (std::string diff = roundtrip::first_difference(expected, normalize_dump(dump(db)), "desired", "planned");
                       !diff.empty()) {
                d.failure = diff;
            } else {
                const ProcessResult again = roundtrip::spawn({STRATA_BINARY, "plan", "--from", url(db), "--to", desired, "--exit-code"});
                if (again.exit_code != 0)
                    d.failure = "planning again is not empty (exit " + std::to_string(again.exit_code) + ")";
            }
        }
        admin_.execute("DROP DATABASE " + engine::quote_ident(db) + " WITH (FORCE)");
        created_.erase(std::find(created_.begin(), created_.end(), db));
        d.seconds = seconds_since(began);
        return d;
    }

    static std::vector<std::string> normalize_dump(const std::string& text) { return roundtrip::normalize_dump(text); }

    std::string server_;
    std::string bindir_;
    int id_;
    introspect::Connection admin_;
    std::vector<std::string> created_;
    int seq_ = 0;
};

}  // namespace

TEST_CASE("history pairs: every corpus schema's older version plans to today's and back, proven on a database",
          "[realpairs][live]") {
    const std::string server = test_support::live_server_url();
    const char* bindir_env = std::getenv("STRATA_PG_BINDIR");
    const std::string bindir = bindir_env && *bindir_env ? bindir_env : "/usr/lib/postgresql/15/bin";
    const std::vector<Project> projects = projects_with_history(fs::path(STRATA_SHARED_DIR) / "corpus");
    std::size_t pairs = 0;
    for (const auto& p : projects) pairs += p.history.size();
    REQUIRE(pairs >= 7);  // the corpus README names seven

    std::vector<std::vector<Direction>> results(projects.size());
    std::atomic<std::size_t> next{0};
    std::vector<std::string> errors(2);
    auto work = [&](int id) {
        try {
            PairRunner runner(server, bindir, id);
            for (std::size_t k; (k = next++) < projects.size();) results[k] = runner.run(projects[k]);
        } catch (const std::exception& e) {
            errors[id] = e.what();
        }
    };
    std::thread second(work, 1);
    work(0);
    second.join();
    for (const auto& e : errors) {
        INFO(e);
        CHECK(e.empty());
    }

    std::size_t passed = 0, total = 0;
    for (const auto& project : results)
        for (const auto& d : project) {
            ++total;
            passed += d.failure.empty() ? 1 : 0;
            std::cout << (d.failure.empty() ? "passed " : "FAILED ") << d.label << " (plan " << d.plan_seconds << " s, all "
                      << d.seconds << " s)" << (d.failure.empty() ? "" : ": " + d.failure) << "\n";
            INFO(d.label << ": " << d.failure);
            CHECK(d.failure.empty());
        }
    std::cout << "history pairs: " << passed << " of " << total << " directions converge\n";
    CHECK(total == 2 * pairs);
}
