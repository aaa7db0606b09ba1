// Micro-benchmarks of the stages of one check (Google Benchmark). Each runs on a typical draft
// (100 indicators) and a large one (20,000), generated in memory with seed 1 and 10% defects, so
// the rules have findings to report and positions to locate. bench/run.sh runs this; by hand:
//   build-bench/bench/micro_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
// `--benchmark_filter=EachRule` times every rule of the pack alone on the typical draft.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <unistd.h>

#include "check/check_draft.h"
#include "check/installation.h"
#include "core/home.h"
#include "core/limits.h"
#include "draft_generator.h"
#include "load/json_loader.h"
#include "load/position_index.h"
#include "rules/rule_session.h"

namespace {

using namespace draftcheck;

constexpr int kTypical = 100;
constexpr int kLarge = 20000;

const Installation& installation() {
    static const Installation installed = Installation::load(draftcheck_home().path, {});
    return installed;
}

// One generated draft, parsed, with the pointers of the findings a full check reports on it.
struct Draft {
    SourceText source;
    nlohmann::json doc;
    std::string stage;
    std::vector<std::string> pointers;
};

const Draft& draft(int indicators) {
    static std::map<int, std::unique_ptr<Draft>> cache;
    auto& slot = cache[indicators];
    if (!slot) {
        bench::DraftSpec spec;
        spec.indicators = indicators;
        auto source = SourceText::from_string("generated-" + std::to_string(indicators) + ".json", bench::generate_draft(spec));
        const DraftReport report = check_source(installation(), source, {});
        if (!report.checked) throw std::runtime_error("generated draft did not check: " + report.error);
        std::set<std::string> pointers;
        for (const auto& f : report.findings) pointers.insert(f.pointer);
        auto doc = parse_json(source, limits::max_json_depth);
        slot = std::make_unique<Draft>(Draft{std::move(source), std::move(doc), report.stage, {pointers.begin(), pointers.end()}});
    }
    return *slot;
}

void describe(benchmark::State& state, const Draft& d) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(d.source.text().size()));
    state.counters["findings"] = static_cast<double>(d.pointers.size());
}

// A rule that only reads the agreement's kind: what it costs to hand a draft to Lua at all
// (a sandbox, the helper table, a proxy for the root, one rule compiled and called).
const RuleEngine& noop_engine() {
    static const RuleEngine engine = [] {
        const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("draftcheck-bench-noop-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir / "bench");
        std::ofstream(dir / "bench" / "noop.lua") << R"(return {
  id = "bench.noop",
  title = "Reads one field",
  section = "structure",
  severity = "advice",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "None: a benchmark of handing the draft to Lua.",
  rationale = "Benchmark only.",
  params = {},
  check = function(draft, ctx)
    local kind = draft.agreement.kind
  end,
}
)";
        const std::string home = draftcheck_home().path;
        RuleEngine built({{dir.string(), "bench"}}, Sections::load(home + "/rules/sections.json"),
                         Parameters::load(home + "/rules/params", "rules/params"),
                         LuaLimits{limits::rule_instruction_budget, limits::rule_memory_bytes});
        std::filesystem::remove_all(dir);  // the engine has read the file
        return built;
    }();
    return engine;
}

void BM_NlohmannParse(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(nlohmann::json::parse(d.source.text()));
    describe(state, d);
}

void BM_ParseJson(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(parse_json(d.source, limits::max_json_depth));
    describe(state, d);
}

void BM_LocatePointers(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(locate_pointers(d.source, d.pointers));
    describe(state, d);
}

// What check_source spends on the text: the parse, then positions for every finding's pointer.
void BM_ParseWithPositions(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(parse_json(d.source, limits::max_json_depth));
        benchmark::DoNotOptimize(locate_pointers(d.source, d.pointers));
    }
    describe(state, d);
}

void BM_SchemaCheck(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(installation().schema.check(d.doc));
    describe(state, d);
}

void BM_LuaHandoffNoopRule(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(noop_engine().run(d.doc, "laa", d.stage));
    describe(state, d);
}

void BM_RulePack(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(installation().rules.run(d.doc, "laa", d.stage));
    describe(state, d);
}

// As a batch worker runs the pack: one session, rules compiled once, reused draft after draft.
void BM_RulePackReusedSession(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    RuleSession session(installation().rules);
    for (auto _ : state) benchmark::DoNotOptimize(session.run(d.doc, "laa", d.stage, {}));
    describe(state, d);
}

// What each process (or batch worker) pays once: compiling every rule file in a new Lua state.
void BM_CompileRulePack(benchmark::State& state) {
    for (auto _ : state) {
        RuleSession session(installation().rules);
        benchmark::DoNotOptimize(session.load_failures());
    }
}

void BM_LuaHandoffNoopRuleReusedSession(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    RuleSession session(noop_engine());
    for (auto _ : state) benchmark::DoNotOptimize(session.run(d.doc, "laa", d.stage, {}));
    describe(state, d);
}

// One rule alone (the four core rules are the work Spectral's ruleset repeats). With a reused
// session this is the rule's own work, without compiling the pack.
void BM_Rule(benchmark::State& state, const std::string& rule) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    RuleRunOptions options;
    options.only_rule = rule;
    RuleSession session(installation().rules);
    for (auto _ : state) benchmark::DoNotOptimize(session.run(d.doc, "laa", d.stage, options));
    describe(state, d);
}

void BM_CheckSource(benchmark::State& state) {
    const Draft& d = draft(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(check_source(installation(), d.source, {}));
    describe(state, d);
}

void sizes(benchmark::internal::Benchmark* b) {
    b->ArgName("indicators")->Arg(kTypical)->Arg(kLarge)->Unit(benchmark::kMillisecond)->UseRealTime();
}

}  // namespace

BENCHMARK(BM_NlohmannParse)->Apply(sizes);
BENCHMARK(BM_ParseJson)->Apply(sizes);
BENCHMARK(BM_LocatePointers)->Apply(sizes);
BENCHMARK(BM_ParseWithPositions)->Apply(sizes);
BENCHMARK(BM_SchemaCheck)->Apply(sizes);
BENCHMARK(BM_LuaHandoffNoopRule)->Apply(sizes);
BENCHMARK(BM_RulePack)->Apply(sizes);
BENCHMARK(BM_RulePackReusedSession)->Apply(sizes);
BENCHMARK(BM_CompileRulePack)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LuaHandoffNoopRuleReusedSession)->Apply(sizes);
BENCHMARK_CAPTURE(BM_Rule, max_count, std::string("reward-targets.max-count"))->Apply(sizes);
BENCHMARK_CAPTURE(BM_Rule, outcome_focus, std::string("indicators.outcome-focus"))->Apply(sizes);
BENCHMARK_CAPTURE(BM_Rule, baseline_present, std::string("indicators.baseline-present"))->Apply(sizes);
BENCHMARK_CAPTURE(BM_Rule, pooled_or_aligned, std::string("funding.pooled-or-aligned"))->Apply(sizes);
BENCHMARK(BM_CheckSource)->Apply(sizes);

int main(int argc, char** argv) {
    for (const auto& rule : installation().rules.list().rules)
        benchmark::RegisterBenchmark(("EachRule/" + rule.id).c_str(), BM_Rule, rule.id)
            ->Arg(kTypical)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
