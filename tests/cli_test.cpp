// The command line as users run it: golden output for every bundled example in every format and
// for the --summary table, the exit-code contract, and rule edits taking effect with no rebuild.
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "golden_file.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

std::vector<std::string> example_names() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "examples"))
        if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

class ExampleGolden : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(ExampleGolden, MatchesGoldenFile) {
    const auto& [example, format] = GetParam();
    const RunResult run = run_draftcheck("check --format " + format + " examples/" + example + ".json");
    EXPECT_EQ(run.err, "");
    ASSERT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.exit_code;
    expect_golden(example + "." + format + ".golden", run.out + "exit " + std::to_string(run.exit_code) + "\n");
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleGolden,
                         ::testing::Combine(::testing::ValuesIn(example_names()), ::testing::Values("text", "list", "json", "letter", "html", "sarif", "junit", "github")),
                         [](const auto& info) {
                             std::string name = std::get<0>(info.param) + "_" + std::get<1>(info.param);
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

nlohmann::json check_json(const std::string& file) {
    const RunResult run = run_draftcheck("check --format json " + file);
    return nlohmann::json::parse(run.out);
}

TEST(Examples, AllSixArePresent) {
    EXPECT_EQ(example_names().size(), 6u);
}

TEST(Examples, EveryFindingHasALineAndColumn) {
    for (const auto& example : example_names()) {
        const auto doc = check_json("examples/" + example + ".json");
        ASSERT_EQ(doc["results"].size(), 1u);
        EXPECT_TRUE(doc["results"][0]["checked"].get<bool>()) << example;
        for (const auto& f : doc["results"][0]["findings"]) {
            EXPECT_GE(f["line"].get<int>(), 1) << example << " " << f.dump();
            EXPECT_GE(f["column"].get<int>(), 1) << example << " " << f.dump();
        }
    }
}

TEST(Examples, HaltonRaisesItsMissingLevelsOncePerMeasure) {
    const auto doc = check_json("examples/halton-lpsa2-draft.json");
    int hits = 0;
    std::map<std::string, int> per_place;
    for (const auto& f : doc["results"][0]["findings"]) {
        if (f["rule"] == "reward-targets.levels-present") {
            ++hits;
            EXPECT_EQ(f["severity"], "advice") << "missing target levels are next steps at the measures stage";
        }
        const std::string pointer = f.value("pointer", "");
        if (pointer.find("/measures/") != std::string::npos) ++per_place[pointer.substr(0, pointer.find('/', pointer.find("/measures/") + 10))];
    }
    EXPECT_GT(hits, 0);
    for (const auto& [measure, count] : per_place) EXPECT_LE(count, 1) << measure << " has more than one finding";
}

TEST(Examples, TheWellFormedAgreementHasNoErrors) {
    const auto doc = check_json("examples/northmoor-laa-final.json");
    EXPECT_EQ(doc["results"][0]["summary"]["error"], 0) << doc.dump(2);
    EXPECT_EQ(run_draftcheck("check examples/northmoor-laa-final.json").exit_code, 0);
}

TEST(Output, SameInputSameBytes) {
    const std::string args = "check --format json examples/leicestershire-laa-2nd-draft.json examples/halton-lpsa2-draft.json";
    EXPECT_EQ(run_draftcheck(args).out, run_draftcheck(args).out);
}

TEST(Output, ManyFilesKeepTheirOrder) {
    const auto doc = check_json("examples/halton-lpsa2-draft.json examples/derby-lpsa2-priorities.json");
    ASSERT_EQ(doc["results"].size(), 2u);
    EXPECT_EQ(doc["results"][0]["file"], "examples/halton-lpsa2-draft.json");
    EXPECT_EQ(doc["results"][1]["file"], "examples/derby-lpsa2-priorities.json");
}

TEST(ExitCodes, FailOnDecidesWhatCounts) {
    const std::string draft = "tests/fixtures/first-draft-undecided-funding.json";  // warnings only
    EXPECT_EQ(run_draftcheck("check " + draft).exit_code, 0);
    EXPECT_EQ(run_draftcheck("check --fail-on warning " + draft).exit_code, 1);
    EXPECT_EQ(run_draftcheck("check tests/fixtures/final-draft-undecided-funding.json").exit_code, 1);
}

TEST(ExitCodes, CommandLineMistakesAreTwo) {
    EXPECT_EQ(run_draftcheck("").exit_code, 2);
    EXPECT_EQ(run_draftcheck("check").exit_code, 2);
    EXPECT_EQ(run_draftcheck("check --format pdf examples/northmoor-laa-final.json").exit_code, 2);
    EXPECT_EQ(run_draftcheck("check --no-such-option examples/northmoor-laa-final.json").exit_code, 2);
    EXPECT_EQ(run_draftcheck("frobnicate").exit_code, 2);
    EXPECT_EQ(run_draftcheck("check --rules no/such/folder examples/northmoor-laa-final.json").exit_code, 2);
}

TEST(ExitCodes, HelpAndVersionAreZero) {
    const RunResult help = run_draftcheck("--help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("check"), std::string::npos);
    const RunResult version = run_draftcheck("--version");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_NE(version.out.find("draftcheck"), std::string::npos);
}

TEST(ExitCodes, AnUncheckableDraftMakesTheWholeRunTwo) {
    TempDir dir;
    write_file(dir / "broken.json", "{\"agreement\": ");
    const RunResult run = run_draftcheck("check --format list examples/northmoor-laa-final.json " + (dir / "broken.json").string());
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("broken.json:1:15: error: not valid JSON"), std::string::npos) << run.err;
}

TEST(KindOption, AppliesOnlyWhenTheDraftDoesNotSay) {
    TempDir dir;
    write_file(dir / "no-kind.json", R"({"agreement": {"area": "X"}, "reward_targets": [)" + [] {
        std::string targets;
        for (int i = 1; i <= 13; ++i) targets += (i > 1 ? "," : "") + std::string(R"({"id": "rt)") + std::to_string(i) + "\"}";
        return targets;
    }() + "]}");
    EXPECT_EQ(run_draftcheck("check " + (dir / "no-kind.json").string()).exit_code, 2);
    const RunResult lpsa2 = run_draftcheck("check --format list --kind lpsa2 " + (dir / "no-kind.json").string());
    EXPECT_NE(lpsa2.out.find("[reward-targets.max-count]"), std::string::npos) << lpsa2.out;
    const RunResult laa2008 = run_draftcheck("check --format list --kind laa2008 " + (dir / "no-kind.json").string());
    EXPECT_EQ(laa2008.out.find("[reward-targets.max-count]"), std::string::npos) << laa2008.out;
}

// A copy of the rules and schemas that the test may edit, used through DRAFTCHECK_HOME.
class EditedHome : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(fs::path(SOURCE_DIR) / "rules", home_ / "rules", fs::copy_options::recursive);
        fs::copy(fs::path(SOURCE_DIR) / "schemas", home_ / "schemas", fs::copy_options::recursive);
    }
    RunResult check(const std::string& args) {
        return run_draftcheck("check --format list " + args, SOURCE_DIR, "DRAFTCHECK_HOME='" + home_.path().string() + "'");
    }
    void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
        std::string text = read_file(file);
        const auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from << " not in " << file;
        write_file(file, text.replace(at, from.size(), to));
    }
    TempDir home_;
};

TEST_F(EditedHome, LoweringTheRewardTargetLimitChangesTheOutput) {
    const std::string draft = "examples/northmoor-laa-final.json";
    EXPECT_EQ(check(draft).out.find("[reward-targets.max-count]"), std::string::npos);
    nlohmann::json params = nlohmann::json::parse(read_file(home_ / "rules/params/laa.json"));
    params["max_reward_targets"]["value"] = 3;
    write_file(home_ / "rules/params/laa.json", params.dump(2));
    const RunResult run = check(draft);
    EXPECT_NE(run.out.find("[reward-targets.max-count]"), std::string::npos) << run.out << run.err;
    EXPECT_EQ(run.exit_code, 1);
}

TEST_F(EditedHome, RewordingARuleMessageChangesTheOutput) {
    const std::string lua = read_file(home_ / "rules/funding/pooled-or-aligned.lua");
    const std::string draft = "tests/fixtures/final-draft-undecided-funding.json";
    ASSERT_NE(check(draft).out.find("[funding.pooled-or-aligned]"), std::string::npos);
    replace_in(home_ / "rules/funding/pooled-or-aligned.lua", "does not yet say", "STILL DOES NOT SAY");
    EXPECT_NE(check(draft).out.find("STILL DOES NOT SAY"), std::string::npos);
}

TEST_F(EditedHome, ABrokenParametersFileIsAClearError) {
    write_file(home_ / "rules/params/laa.json", "{\n  \"max_reward_targets\": 12\n}\n");
    const RunResult run = check("examples/northmoor-laa-final.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("rules/params/laa.json:2:3: error: the parameter \"max_reward_targets\" needs a \"value\""), std::string::npos)
        << run.err;
}

TEST_F(EditedHome, ABrokenRuleDoesNotStopTheOthers) {
    write_file(home_ / "rules/funding/pooled-or-aligned.lua", "return {\n  id = \"funding.pooled-or-aligned\",\n  check = \n");
    const RunResult run = check("examples/leicestershire-laa-2nd-draft.json");
    EXPECT_NE(run.out.find("The rule \"funding.pooled-or-aligned\" (rules/funding/pooled-or-aligned.lua, line 4) did not run"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("[indicators.baseline-present]"), std::string::npos);
}

}  // namespace
}  // namespace draftcheck

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

// A folder of rules for the rule-editor commands: one with a correct test, one whose test
// expects the wrong place, and one with no test at all.
class RuleEditorFolder : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string rule = R"(return {
  id = "demo.NAME", title = "Demo", section = "structure", severity = "warning", kinds = { "laa" },
  guidance = "R01: a test rule", rationale = "tests",
  check = function(draft, ctx)
    for i, fs in ipairs(draft.funding_streams or {}) do
      if fs.arrangement == nil then ctx.report{ node = fs, message = "no arrangement" } end
    end
  end,
}
)";
        const auto rule_named = [&](const std::string& name) {
            std::string text = rule;
            return text.replace(text.find("NAME"), 4, name);
        };
        const std::string draft = R"({"agreement": {"kind": "laa"}, "funding_streams": [{"id": "a", "arrangement": "pooled"}, {"id": "b"}]})";
        write_file(dir_ / "demo/good.lua", rule_named("good"));
        write_file(dir_ / "demo/good.test.json",
                   R"({"rule": "demo.good", "cases": [{"name": "b has none", "draft": )" + draft + R"(, "expect": [{"pointer": "/funding_streams/1", "severity": "warning"}]}]})");
        write_file(dir_ / "demo/wrong.lua", rule_named("wrong"));
        write_file(dir_ / "demo/wrong.test.json",
                   R"({"rule": "demo.wrong", "cases": [{"name": "expects the wrong stream", "draft": )" + draft + R"(, "expect": [{"pointer": "/funding_streams/0"}]}]})");
        write_file(dir_ / "demo/untested.lua", rule_named("untested"));
    }
    TempDir dir_;
};

TEST_F(RuleEditorFolder, RulesTestReportsEachFailureReadably) {
    const RunResult run = run_draftcheck("rules test " + dir_.path().string());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.out.find("FAIL demo.wrong: case 1 \"expects the wrong stream\""), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("    missing:    /funding_streams/0\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("    unexpected: /funding_streams/1 warning in structure [demo.wrong] \"no arrangement\""), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("FAIL demo.untested: no tests beside it"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("FAIL demo.good"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\n1 passed, 2 failed\n"), std::string::npos) << run.out;
}

TEST(RulesCommand, TheBuiltInRuleTestsPass) {
    const RunResult run = run_draftcheck("rules test");
    EXPECT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find(" passed, 0 failed\n"), std::string::npos) << run.out;
}

TEST(RulesCommand, ListShowsTheFourRulesForTheirKinds) {
    const RunResult all = run_draftcheck("rules list");
    EXPECT_EQ(all.exit_code, 0);
    for (const char* id : {"reward-targets.max-count", "indicators.outcome-focus", "indicators.baseline-present", "funding.pooled-or-aligned"})
        EXPECT_NE(all.out.find(std::string(id) + "\t"), std::string::npos) << id;
    const RunResult laa2008 = run_draftcheck("rules list --kind laa2008");
    EXPECT_EQ(laa2008.out.find("reward-targets.max-count"), std::string::npos) << "no reward element after 2008";
}

// check --summary: one row per draft and a totals row, as an aligned table, CSV or JSON; text a
// spreadsheet would run kept as text; --format values the summary cannot honour refused.
const std::string kBatch = "examples/derby-lpsa2-priorities.json examples/halton-lpsa2-draft.json "
                           "examples/leicestershire-laa-2nd-draft.json examples/northmoor-laa-final.json "
                           "tests/bad-drafts/truncated.json";

class SummaryGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(SummaryGolden, MatchesGoldenFile) {
    const std::string format = GetParam();
    const RunResult run = run_draftcheck("check --summary" + (format.empty() ? "" : " --format " + format) + " " + kBatch);
    EXPECT_EQ(run.exit_code, 2) << "a draft could not be checked";
    EXPECT_EQ(run.err, "");
    expect_golden("summary." + (format.empty() ? "default" : format) + ".golden", run.out);
}

INSTANTIATE_TEST_SUITE_P(Formats, SummaryGolden, ::testing::Values("", "text", "csv", "json"),
                         [](const auto& info) { return info.param.empty() ? std::string("default") : info.param; });

TEST(Summary, TheDefaultIsTheTextTable) {
    EXPECT_EQ(run_draftcheck("check --summary " + kBatch).out, run_draftcheck("check --summary --format text " + kBatch).out);
}

TEST(Summary, JsonTotalsAddUpTheRows) {
    const auto doc = nlohmann::json::parse(run_draftcheck("check --summary --format json " + kBatch).out);
    EXPECT_EQ(doc["format_version"], 1);
    int errors = 0;
    for (const auto& d : doc["drafts"]) errors += d["summary"]["error"].get<int>();
    EXPECT_EQ(doc["totals"]["error"], errors);
    EXPECT_EQ(doc["totals"]["drafts"], 5);
    EXPECT_EQ(doc["totals"]["checked"], 4);
}

TEST(Summary, CsvQuotesWhatWouldBreakARowAndKeepsFormulasAsText) {
    TempDir dir("summary-csv");
    write_file(dir / "draft.json", R"({"format": "draftcheck/1", "agreement": {"kind": "laa", "area": "=HYPERLINK(\"x\"), 1"}})");
    const RunResult run = run_draftcheck("check --summary --format csv '" + (dir / "draft.json").string() + "'");
    ASSERT_NE(run.exit_code, 2) << run.err;
    const std::string row = run.out.substr(run.out.find("\r\n") + 2);
    EXPECT_EQ(row.substr(0, row.find(",laa,")), (dir / "draft.json").string() + ",\"'=HYPERLINK(\"\"x\"\"), 1\",");
}

TEST(Summary, FormatsItCannotHonourAreRefused) {
    const RunResult letter = run_draftcheck("check --summary --format letter examples/halton-lpsa2-draft.json");
    EXPECT_EQ(letter.exit_code, 2);
    EXPECT_NE(letter.err.find("--summary prints text, json or csv, not letter"), std::string::npos) << letter.err;
    const RunResult csv = run_draftcheck("check --format csv examples/halton-lpsa2-draft.json");
    EXPECT_EQ(csv.exit_code, 2);
    EXPECT_NE(csv.err.find("csv is the --summary table's format: add --summary"), std::string::npos) << csv.err;
}

}  // namespace
}  // namespace draftcheck
