// The rule editor's tools end to end, as a reviewer runs them: rules explain, new, doc,
// list --format json and test --rule. Anything that writes works in a scratch copy of the rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(RulesExplain, ShowsMetadataParametersAndAFiringExample) {
    const RunResult run = run_draftcheck("rules explain reward-targets.max-count");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    for (const char* line : {"No more reward targets than can attract reward grant\n", "  id:        reward-targets.max-count\n",
                             "  section:   Reward targets (reward-targets)\n", "  severity:  error\n", "  kinds:     lpsa2, laa\n",
                             "\nWhy it matters\n  Reward grant is negotiated for up to twelve stretch targets",
                             "\nGuidance\n  R01 (guidance-research.md, High)",
                             "  max_reward_targets: The most reward (stretch) targets an agreement may carry.\n", "    lpsa2, laa: 12\n",
                             "From case 1 \"thirteen reward targets in an LAA: the thirteenth is pointed at\" in "
                             "rules/reward-targets/max-count.test.json",
                             "        \"kind\": \"laa\",\n",  // the fragment, indented as JSON
                             "  gives:\n    error at /reward_targets/12: Reward target 13, 'Reduce burglary', is one of 13 reward targets"})
        EXPECT_TRUE(contains(run.out, line)) << line << "\n---\n" << run.out;
}

TEST(RulesExplain, SummarisesLongParameterValues) {
    const RunResult run = run_draftcheck("rules explain indicators.outcome-focus");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_TRUE(contains(run.out, "    lpsa2, laa, laa2008: a list of ")) << run.out;
}

TEST(RulesExplain, AnUnknownIdSuggestsTheNearestOne) {
    const RunResult typo = run_draftcheck("rules explain reward-targets.max-cuont");
    EXPECT_EQ(typo.exit_code, 2);
    EXPECT_EQ(typo.out, "");
    EXPECT_TRUE(contains(typo.err, "there is no rule \"reward-targets.max-cuont\"; did you mean \"reward-targets.max-count\"?")) << typo.err;
    const RunResult bare = run_draftcheck("rules explain pooled-or-aligned");
    EXPECT_TRUE(contains(bare.err, "did you mean \"funding.pooled-or-aligned\"?")) << bare.err;
    const RunResult nothing_near = run_draftcheck("rules explain frobnicate");
    EXPECT_EQ(nothing_near.exit_code, 2);
    EXPECT_FALSE(contains(nothing_near.err, "did you mean")) << nothing_near.err;
}

TEST(RulesExplain, ARuleThatCannotLoadSaysWhy) {
    ScratchHome home;
    write_file(home / "rules/funding/pooled-or-aligned.lua", "return {\n  id = \"funding.pooled-or-aligned\",\n  check = \n");
    const RunResult run = home.run("rules explain funding.pooled-or-aligned");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_TRUE(contains(run.err, "(rules/funding/pooled-or-aligned.lua, line 4) did not run")) << run.err;
}

TEST(RulesExplain, SaysWhenThereIsNoExampleToShow) {
    ScratchHome home;
    const fs::path tests = home / "rules/reward-targets/max-count.test.json";
    // The test file's text ("" for none), and what explain says instead of an example.
    const std::pair<std::string, std::string> cases[] = {
        {"", "\nExample\n  none: the rule has no tests (rules/reward-targets/max-count.test.json)\n"},
        {R"({"rule": "reward-targets.max-count", "cases": [{"name": 3, "expect": []}]})",
         "  none: no case in rules/reward-targets/max-count.test.json expects a finding\n"},
        {"{\"rule\": ", "  none: rules/reward-targets/max-count.test.json:1:"}};
    for (const auto& [text, said] : cases) {
        if (text.empty()) fs::remove(tests);
        else write_file(tests, text);
        const RunResult run = home.run("rules explain reward-targets.max-count");
        EXPECT_EQ(run.exit_code, 0);
        EXPECT_TRUE(contains(run.out, said)) << said << "\n---\n" << run.out;
    }
}

TEST(RulesNew, CreatesARuleWhoseTestsPassThenCatchesABrokenEdit) {
    ScratchHome home;
    const RunResult made = home.run("rules new --rules rules indicators.title-present", home.path());
    EXPECT_EQ(made.exit_code, 0) << made.out << made.err;
    EXPECT_TRUE(contains(made.out, "Created rules/indicators/title-present.lua and rules/indicators/title-present.test.json.\n")) << made.out;
    EXPECT_TRUE(contains(made.out, "run draftcheck rules test --rule indicators.title-present\n")) << made.out;
    EXPECT_TRUE(contains(made.out, "\n2 passed, 0 failed\n")) << made.out;
    const fs::path rule = home / "rules/indicators/title-present.lua";
    EXPECT_TRUE(contains(read_file(rule), "id = \"indicators.title-present\""));

    const RunResult tested = home.run("rules test --rule indicators.title-present");
    EXPECT_EQ(tested.exit_code, 0) << tested.out;
    EXPECT_EQ(tested.out, "2 passed, 0 failed\n");
    EXPECT_TRUE(contains(home.run("rules list").out, "indicators.title-present\tindicators\twarning\tEvery indicator has a title\n"));
    EXPECT_TRUE(contains(home.run("rules explain indicators.title-present").out, "warning at /indicators/1: Indicator ind-untitled has no title."));

    // An edit that changes what the rule reports makes its test fail, readably.
    ASSERT_TRUE(replace_in_file(rule, "severity = \"warning\"", "severity = \"advice\""));
    const RunResult changed = home.run("rules test --rule indicators.title-present");
    EXPECT_EQ(changed.exit_code, 1);
    EXPECT_TRUE(contains(changed.out, "FAIL indicators.title-present: case 1 \"an indicator with no title is reported\" "
                                      "(rules/indicators/title-present.test.json)\n"
                                      "    missing:    /indicators/1 warning [no-title] containing \"Indicator ind-untitled has no title.\"\n"
                                      "    unexpected: /indicators/1 advice in indicators [indicators.title-present no-title] "
                                      "\"Indicator ind-untitled has no title.\"\n"))
        << changed.out;
    EXPECT_TRUE(contains(changed.out, "\n1 passed, 1 failed\n")) << changed.out;

    // A syntax error is named with its file and line.
    write_file(rule, "return {\n  id = \"indicators.title-present\",\n  check = function(draft, ctx)\n");
    const RunResult broken = home.run("rules test --rule indicators.title-present");
    EXPECT_EQ(broken.exit_code, 1);
    EXPECT_TRUE(contains(broken.out, "(rules/indicators/title-present.lua, line 4) did not run")) << broken.out;
}

// The scratch home's rules/indicators/title-present.lua, made as a rule editor makes one.
fs::path new_title_rule(ScratchHome& home) {
    const RunResult made = home.run("rules new --rules rules indicators.title-present", home.path());
    EXPECT_EQ(made.exit_code, 0) << made.err;
    return home / "rules/indicators/title-present.lua";
}

// Wording lives in the rule's messages; a slip in it fails the rule, naming the message and its file.
TEST(RuleMessages, AnUnknownMessageOrPlaceholderFailsTheRule) {
    ScratchHome home;
    const fs::path rule = new_title_rule(home);
    ASSERT_TRUE(fs::exists(rule));
    ASSERT_TRUE(replace_in_file(rule, "message = \"{subject} has no title.\"", "message = \"{subjcet} has no title.\""));
    const RunResult typo = home.run("rules test --rule indicators.title-present");
    EXPECT_EQ(typo.exit_code, 1);
    EXPECT_TRUE(contains(typo.out, "(rules/indicators/title-present.lua, line ")) << typo.out;
    EXPECT_TRUE(contains(typo.out, "the message 'no-title' uses {subjcet}, which the form does not fill")) << typo.out;

    // A rule written out in full: the failure points at the line that reported.
    write_file(rule, "return {\n  id = \"indicators.title-present\", title = \"t\", section = \"indicators\",\n"
                     "  severity = \"warning\", kinds = { \"laa\" }, guidance = \"R30\", rationale = \"r\",\n"
                     "  messages = { [\"no-title\"] = \"{subject} has no title.\" },\n"
                     "  check = function(draft, ctx)\n"
                     "    ctx.report{ node = draft, messageId = \"no-title\", data = { subjcet = \"x\" } }\n"
                     "    ctx.report{ node = draft, messageId = \"no-titel\" }\n"
                     "  end,\n}\n");
    const RunResult unfilled = home.run("rules test --rule indicators.title-present");
    EXPECT_TRUE(contains(unfilled.out, "(rules/indicators/title-present.lua, line 6) did not run: the message \"no-title\" uses "
                                       "{subject}, which the report's data does not give")) << unfilled.out;
    ASSERT_TRUE(replace_in_file(rule, "data = { subjcet = \"x\" }", "data = { subject = \"x\" }"));
    const RunResult unknown = home.run("rules test --rule indicators.title-present");
    EXPECT_TRUE(contains(unknown.out, "(rules/indicators/title-present.lua, line 7) did not run: the rule has no message \"no-titel\""))
        << unknown.out;

    // A message id names a kind of finding, in lower-case words and hyphens.
    ASSERT_TRUE(replace_in_file(rule, "[\"no-title\"] =", "[\"No title\"] ="));
    EXPECT_TRUE(contains(home.run("rules test --rule indicators.title-present").out, "the message id \"No title\" is not lower-case words"));
}

// What CI asks of the pack, `rules test` asks of each rule: here, a citation of the guidance.
TEST(RulesTest, FailsARuleThatCitesNoGuidance) {
    ScratchHome home;
    const fs::path rule = new_title_rule(home);
    ASSERT_TRUE(fs::exists(rule));
    ASSERT_TRUE(replace_in_file(rule, "guidance = \"R30 (guidance-research.md, High): seed004", "guidance = \"(guidance-research.md, High): seed 4"));
    const RunResult run = home.run("rules test --rule indicators.title-present");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_TRUE(contains(run.out, "FAIL indicators.title-present: its guidance names neither an R-number")) << run.out;
}

TEST(RulesNew, RefusesAnIdThatExistsOrIsMalformed) {
    ScratchHome home;
    const std::string before = read_file(home / "rules/reward-targets/max-count.lua");
    const RunResult taken = home.run("rules new --rules rules reward-targets.max-count", home.path());
    EXPECT_EQ(taken.exit_code, 2);
    EXPECT_TRUE(contains(taken.err, "rules/reward-targets/max-count.lua: error: already defines the rule reward-targets.max-count")) << taken.err;
    EXPECT_EQ(read_file(home / "rules/reward-targets/max-count.lua"), before);

    write_file(home / "rules/demo/orphan.test.json", "{}");  // a file in the way, with no rule
    const RunResult in_the_way = home.run("rules new --rules rules demo.orphan", home.path());
    EXPECT_EQ(in_the_way.exit_code, 2);
    EXPECT_TRUE(contains(in_the_way.err, "rules/demo/orphan.test.json: error: already exists")) << in_the_way.err;
    EXPECT_FALSE(fs::exists(home / "rules/demo/orphan.lua"));

    for (const char* bad : {"Indicators.title", "indicators", "indicators.title.present", "indicators.title_present", "lib.helper",
                            "templates.rule", "../escape.rule"}) {
        const RunResult run = home.run(std::string("rules new --rules rules '") + bad + "'", home.path());
        EXPECT_EQ(run.exit_code, 2) << bad;
        EXPECT_TRUE(contains(run.err, "is not a rule id")) << bad << ": " << run.err;
    }
}

TEST(RulesNew, WritesIntoTheWorkingDirectoryAndSaysHowToUseIt) {
    ScratchHome home;
    TempDir here("my-rules");
    const RunResult made = home.run("rules new local.title-present", here.path());
    EXPECT_EQ(made.exit_code, 0) << made.out << made.err;
    EXPECT_TRUE(fs::exists(here / "local/title-present.lua"));
    EXPECT_FALSE(fs::exists(home / "rules/local"));
    EXPECT_TRUE(contains(made.out, "Created ./local/title-present.lua and ./local/title-present.test.json.\n")) << made.out;
    EXPECT_TRUE(contains(made.out, "  3. run draftcheck rules test . --rule local.title-present\n"
                                   "Check drafts with it: draftcheck check --rules . DRAFT.json (or name the folder in a "
                                   "draftcheck.json's \"rule_dirs\")\nIts tests now:\n2 passed, 0 failed\n"))
        << made.out;
}

TEST(RulesNew, RulesCreatesInAnotherRulesFolder) {
    ScratchHome home;
    TempDir extra("extra-rules");
    const RunResult made = home.run("rules new --rules '" + extra.path().string() + "' local.title-present");
    EXPECT_EQ(made.exit_code, 0) << made.out << made.err;
    EXPECT_TRUE(fs::exists(extra / "local/title-present.lua"));
    EXPECT_TRUE(fs::exists(extra / "local/title-present.test.json"));
    EXPECT_FALSE(fs::exists(home / "rules/local"));
    const RunResult tested = home.run("rules test '" + extra.path().string() + "'");
    EXPECT_EQ(tested.exit_code, 0) << tested.out;
    EXPECT_EQ(tested.out, "2 passed, 0 failed\n");
    // An id the built-in rules already use would clash when both folders load.
    EXPECT_EQ(home.run("rules new --rules '" + extra.path().string() + "' funding.pooled-or-aligned").exit_code, 2);
}

TEST(RulesNew, TheTemplatesFolderHoldsNoRules) {
    ScratchHome home;
    write_file(home / "rules/templates/stray.lua", "return {}\n");  // would fail to load if it were read as a rule
    const RunResult run = home.run("rules list");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_FALSE(contains(run.out, "templates")) << run.out;
}

TEST(RulesDoc, TheCatalogueInDocsIsUpToDate) {
    const RunResult run = run_draftcheck("rules doc");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_file(fs::path(SOURCE_DIR) / "docs/rules.md"), run.out)
        << "docs/rules.md is out of date: run build/draftcheck rules doc --output docs/rules.md and review the diff";
}

TEST(RulesDoc, EveryRuleIsThereUnderItsSectionInCanonicalOrder) {
    const std::string doc = run_draftcheck("rules doc").out;
    const auto rules = nlohmann::json::parse(run_draftcheck("rules list --format json").out);
    for (const auto& rule : rules) EXPECT_TRUE(contains(doc, "### `" + rule["id"].get<std::string>() + "`: ")) << rule["id"];
    const auto sections = nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "rules/sections.json"));
    std::size_t last = 0;
    for (const auto& section : sections) {
        const auto at = doc.find("\n## " + section["heading"].get<std::string>() + "\n");
        if (at == std::string::npos) continue;  // a section no rule files under
        EXPECT_GT(at, last) << section["heading"] << " is out of order";
        last = at;
    }
    EXPECT_TRUE(contains(doc, "- **Guidance:** R01 (guidance-research.md, High)"));
    EXPECT_TRUE(contains(doc, "  - `max_reward_targets`: The most reward (stretch) targets an agreement may carry.\n    - lpsa2, laa: `12`\n"));
}

TEST(RulesDoc, OutputWritesTheFileAndABrokenRuleWritesNothing) {
    ScratchHome home;
    const fs::path out = home / "catalogue.md";
    const RunResult run = home.run("rules doc --output '" + out.string() + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_file(out), run_draftcheck("rules doc").out);

    write_file(home / "rules/funding/pooled-or-aligned.lua", "return {\n");
    fs::remove(out);
    EXPECT_EQ(home.run("rules doc --output '" + out.string() + "'").exit_code, 2);
    EXPECT_FALSE(fs::exists(out));
}

TEST(RulesList, JsonGivesTheMetadataOfEachRule) {
    const RunResult run = run_draftcheck("rules list --format json");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto rules = nlohmann::json::parse(run.out);
    const std::string text = run_draftcheck("rules list").out;
    EXPECT_EQ(rules.size(), static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    const auto max_count = std::find_if(rules.begin(), rules.end(), [](const auto& r) { return r["id"] == "reward-targets.max-count"; });
    ASSERT_NE(max_count, rules.end());
    EXPECT_EQ((*max_count)["title"], "No more reward targets than can attract reward grant");
    EXPECT_EQ((*max_count)["section"], "reward-targets");
    EXPECT_EQ((*max_count)["severity"], "error");
    EXPECT_EQ((*max_count)["kinds"], nlohmann::json({"lpsa2", "laa"}));
    EXPECT_EQ((*max_count)["params"], nlohmann::json({"max_reward_targets"}));
    EXPECT_EQ((*max_count)["file"], "rules/reward-targets/max-count.lua");
    EXPECT_TRUE((*max_count)["guidance"].get<std::string>().starts_with("R01"));
    EXPECT_FALSE((*max_count)["rationale"].get<std::string>().empty());

    const auto laa2008 = nlohmann::json::parse(run_draftcheck("rules list --format json --kind laa2008").out);
    for (const auto& rule : laa2008) EXPECT_NE(std::find(rule["kinds"].begin(), rule["kinds"].end(), "laa2008"), rule["kinds"].end()) << rule["id"];
    EXPECT_EQ(run_draftcheck("rules list --format yaml").exit_code, 2);
}

TEST(RulesTest, RuleRunsOnlyThatRulesCases) {
    const auto cases = nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "rules/reward-targets/max-count.test.json"))["cases"];
    const RunResult run = run_draftcheck("rules test --rule reward-targets.max-count");
    EXPECT_EQ(run.exit_code, 0) << run.out;
    EXPECT_EQ(run.out, std::to_string(cases.size()) + " passed, 0 failed\n");

    const RunResult typo = run_draftcheck("rules test --rule reward-targets.max-coutn");
    EXPECT_EQ(typo.exit_code, 2);
    EXPECT_TRUE(contains(typo.err, "did you mean \"reward-targets.max-count\"?")) << typo.err;
}

TEST(RulesTest, RuleWithAFolderLooksOnlyInThatFolder) {
    TempDir extra("extra-rules");
    ScratchHome home;
    ASSERT_EQ(home.run("rules new --rules '" + extra.path().string() + "' local.one").exit_code, 0);
    EXPECT_EQ(home.run("rules test '" + extra.path().string() + "' --rule local.one").out, "2 passed, 0 failed\n");
    EXPECT_EQ(home.run("rules test '" + extra.path().string() + "' --rule reward-targets.max-count").exit_code, 2);
}

}  // namespace
}  // namespace draftcheck
