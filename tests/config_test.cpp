// draftcheck.json and agreed exceptions, as a reviewer uses them: found beside the draft or given
// with --config, validated with line and column, shown by `config show`; exceptions accepted,
// counted apart, and reported when stale or expired.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using nlohmann::json;

// A draft with one error (an undecided stream at the final stage) and two findings on named
// entities, in a folder of its own where a draftcheck.json can sit beside it.
class ConfiguredDraft : public ::testing::Test {
protected:
    void SetUp() override {
        draft_ = json::parse(read_file(fs::path(SOURCE_DIR) / "tests/fixtures/final-draft-undecided-funding.json"));
        draft_["funding_streams"].push_back({{"id", "fs-connexions"}, {"name", "Connexions"}, {"owner", "DfES"}, {"arrangement", "undecided"}});
        save();
    }
    void save() { write_file(dir_ / "draft.json", draft_.dump(2)); }
    void config(const json& c) { write_file(dir_ / "draftcheck.json", c.dump(2)); }
    RunResult check(const std::string& extra = "") { return run_draftcheck("check --format json " + extra + " draft.json", dir_.path()); }
    static std::vector<std::string> rules_of(const json& findings) {
        std::vector<std::string> out;
        for (const auto& f : findings) out.push_back(f["rule"].get<std::string>() + " " + f["pointer"].get<std::string>());
        return out;
    }
    static bool has(const std::vector<std::string>& list, const std::string& item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    }
    json result(const RunResult& run) { return json::parse(run.out)["results"][0]; }
    TempDir dir_;
    json draft_;
};

TEST_F(ConfiguredDraft, WithoutAConfigurationTheErrorCounts) {
    const RunResult run = check();
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_TRUE(has(rules_of(result(run)["findings"]), "funding.pooled-or-aligned /funding_streams/0/arrangement"));
}

TEST_F(ConfiguredDraft, AConfigurationBesideTheDraftSwitchesARuleOff) {
    config({{"rules", {{"funding.pooled-or-aligned", "off"}}}});
    const auto findings = rules_of(result(check())["findings"]);
    EXPECT_FALSE(std::any_of(findings.begin(), findings.end(), [](const auto& f) { return f.starts_with("funding.pooled-or-aligned"); }));
}

// The severities the rule gave, for the stream findings of funding.pooled-or-aligned.
std::vector<std::string> pooled_severities(const json& report) {
    std::vector<std::string> out;
    for (const auto& f : report["findings"])
        if (f["rule"] == "funding.pooled-or-aligned") out.push_back(f["severity"]);
    return out;
}

TEST_F(ConfiguredDraft, ASeverityChangeDecidesTheExitCode) {
    config({{"rules", {{"funding.pooled-or-aligned", {{"severity", "advice"}}}}}});
    const RunResult run = check();
    EXPECT_EQ(pooled_severities(result(run)), (std::vector<std::string>{"advice", "advice"}));
    EXPECT_EQ(run.exit_code, result(run)["summary"]["error"].get<int>() > 0 ? 1 : 0);
}

TEST_F(ConfiguredDraft, ParametersCanBeChangedPerKindAndPerRule) {
    draft_["submission"]["stage"] = "second";  // undecided is then a warning...
    save();
    EXPECT_EQ(pooled_severities(result(check())), (std::vector<std::string>{"warning", "warning"}));
    config({{"params", {{"laa", {{"undecided_error_stages", json::array({"second"})}}}}}});  // ...unless the reviewer says so
    EXPECT_EQ(pooled_severities(result(check())), (std::vector<std::string>{"error", "error"}));
    config({{"rules", {{"funding.pooled-or-aligned", {{"params", {{"undecided_error_stages", json::array({"second"})}}}}}}}});
    EXPECT_EQ(pooled_severities(result(check())), (std::vector<std::string>{"error", "error"}));
}

TEST_F(ConfiguredDraft, TheConfiguredKindIsUsedWhenTheDraftDoesNotSay) {
    draft_["agreement"].erase("kind");
    save();
    EXPECT_EQ(check().exit_code, 2);
    config({{"kind", "laa"}});
    EXPECT_EQ(result(check())["kind"], "laa");
}

TEST_F(ConfiguredDraft, AnExplicitConfigWinsAndRuleFoldersAreRelativeToIt) {
    write_file(dir_ / "elsewhere/extra/local/always.lua", R"(return {
  id = "local.always", title = "Always", section = "structure", severity = "advice", kinds = { "laa" },
  guidance = "tests", rationale = "tests",
  check = function(draft, ctx) ctx.report{ node = draft, message = "local rule ran" } end,
})");
    write_file(dir_ / "elsewhere/conf.json", json({{"rule_dirs", {"extra"}}}).dump());
    config({{"rules", {{"funding.pooled-or-aligned", "off"}}}});  // ignored: --config names another file
    const auto findings = rules_of(result(check("--config elsewhere/conf.json"))["findings"]);
    EXPECT_TRUE(has(findings, "local.always "));
    EXPECT_TRUE(has(findings, "funding.pooled-or-aligned /funding_streams/0/arrangement"));
}

TEST_F(ConfiguredDraft, MistakesAreClearErrorsWithLineAndColumn) {
    write_file(dir_ / "draftcheck.json", "{\n  \"rules\": {\n    \"funding.pooled-or-alinged\": \"off\"\n  }\n}\n");
    RunResult run = check();
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "draftcheck.json:3:5: error: there is no rule \"funding.pooled-or-alinged\"; did you mean "
                       "\"funding.pooled-or-aligned\"? (draftcheck rules list shows them all)\n");

    write_file(dir_ / "draftcheck.json", "{\n  \"rules\": {},\n  \"severity\": \"warning\"\n}\n");
    run = check();
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("draftcheck.json:3:3: error: \"severity\" is not a field of the configuration."), std::string::npos) << run.err;

    write_file(dir_ / "draftcheck.json", "{ \"kind\": \"LAA\" }");
    run = check();
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("draftcheck.json:1:3: error:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("Did you mean \"laa\"?"), std::string::npos) << run.err;

    write_file(dir_ / "draftcheck.json", "{ \"rules\": ");
    EXPECT_EQ(check().exit_code, 2);
}

TEST_F(ConfiguredDraft, ConfigShowSaysWhereEachValueComesFrom) {
    config({{"rules", {{"funding.pooled-or-aligned", "off"}}}, {"params", {{"laa", {{"max_reward_targets", 10}}}}}});
    const RunResult run = run_draftcheck("config show draft.json", dir_.path());
    EXPECT_EQ(run.exit_code, 0);
    const std::string file = "draftcheck.json";  // as found beside draft.json
    EXPECT_NE(run.out.find("configuration file: " + file + "\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("rule funding.pooled-or-aligned: off (" + file + ")\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("parameter laa.max_reward_targets = 10 (" + file + ")\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("parameter lpsa2.max_reward_targets = 12 (rules/params/lpsa2.json)\n"), std::string::npos) << run.out;
}

TEST_F(ConfiguredDraft, RulesListShowsTheEffectiveConfiguration) {
    config({{"rules", {{"funding.pooled-or-aligned", "off"}, {"reward-targets.max-count", "advice"}}}});
    const RunResult run = run_draftcheck("rules list", dir_.path());
    EXPECT_EQ(run.out.find("funding.pooled-or-aligned\t"), std::string::npos);
    EXPECT_NE(run.out.find("reward-targets.max-count\treward-targets\tadvice\t"), std::string::npos) << run.out;
}

TEST_F(ConfiguredDraft, AnExceptionInTheDraftIsAcceptedAndNotCounted) {
    draft_["exceptions"] = json::array({{{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-sure-start"},
                                         {"reason", "DfES agreed Sure Start stays with the PCT until April"},
                                         {"agreed_by", "GONW area team"}, {"date", "2006-02-01"}}});
    save();
    const json r = result(check());
    const auto findings = rules_of(r["findings"]);
    EXPECT_FALSE(has(findings, "funding.pooled-or-aligned /funding_streams/0/arrangement"));
    EXPECT_TRUE(has(findings, "funding.pooled-or-aligned /funding_streams/1/arrangement")) << "only the entity named is accepted";
    ASSERT_EQ(r["accepted"].size(), 1u);
    EXPECT_EQ(r["accepted"][0]["pointer"], "/funding_streams/0/arrangement");
    EXPECT_EQ(r["accepted"][0]["exception"]["reason"], "DfES agreed Sure Start stays with the PCT until April");
    EXPECT_EQ(r["summary"]["accepted"], 1);
}

TEST_F(ConfiguredDraft, AcceptingTheOnlyErrorsChangesTheExitCode) {
    // Accept every rule that gives an error here: nothing left counts, so the exit code is 0.
    std::set<std::string> error_rules;
    const json before = result(check());
    for (const auto& f : before["findings"])
        if (f["severity"] == "error") error_rules.insert(f["rule"].get<std::string>());
    ASSERT_FALSE(error_rules.empty());
    draft_["exceptions"] = json::array();
    for (const auto& rule : error_rules) draft_["exceptions"].push_back({{"rule", rule}, {"reason", "agreed at the 23 November meeting"}});
    save();
    const RunResult run = check();
    EXPECT_EQ(result(run)["summary"]["error"], 0) << run.out;
    EXPECT_GE(result(run)["summary"]["accepted"].get<int>(), static_cast<int>(error_rules.size()));
    EXPECT_EQ(run.exit_code, 0);
}

TEST_F(ConfiguredDraft, AnExceptionWithoutAReasonFails) {
    draft_["exceptions"] = json::array({{{"rule", "funding.pooled-or-aligned"}}});
    save();
    const RunResult run = check();
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_TRUE(has(rules_of(result(run)["findings"]), "schema /exceptions/0"));
    EXPECT_EQ(result(run)["accepted"].size(), 0u);

    write_file(dir_ / "agreed.json", "{\n  \"exceptions\": [\n    { \"rule\": \"funding.pooled-or-aligned\" }\n  ]\n}\n");
    config({{"exceptions_file", "agreed.json"}});
    const RunResult side = check();
    EXPECT_EQ(side.exit_code, 2);
    EXPECT_NE(side.err.find("agreed.json:3:5: error: agreed exception 1 has no \"reason\", which is required."), std::string::npos) << side.err;
}

TEST_F(ConfiguredDraft, StaleAndExpiredExceptionsAreReported) {
    draft_["submission"]["date"] = "2006-02-03";
    save();
    write_file(dir_ / "agreed.json", json({{"exceptions",
                                            {{{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-gone"}, {"reason", "stream withdrawn"}},
                                             {{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-connexions"}, {"reason", "until January"},
                                              {"expires", "2006-01-05"}}}}}).dump(2));
    config({{"exceptions_file", "agreed.json"}});
    const json r = result(check());
    std::vector<std::string> messages;
    for (const auto& f : r["findings"])
        if (f["section"] == "exceptions") messages.push_back(f["rule"].get<std::string>() + ": " + f["message"].get<std::string>());
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_NE(messages[0].find("engine.exception-expired: "), std::string::npos) << messages[0];
    EXPECT_NE(messages[0].find("expired on 2006-01-05, before this draft's date (2006-02-03)"), std::string::npos) << messages[0];
    EXPECT_NE(messages[1].find("engine.exception-stale: "), std::string::npos) << messages[1];
    EXPECT_NE(messages[1].find("on \"fs-gone\""), std::string::npos) << messages[1];
    EXPECT_TRUE(has(rules_of(r["findings"]), "funding.pooled-or-aligned /funding_streams/1/arrangement")) << "an expired exception accepts nothing";
}

TEST_F(ConfiguredDraft, TheLetterIsSignedFromTheConfiguredProfile) {
    draft_["agreement"]["government_office"] = "GONW";
    save();
    config({{"government_office", {{"office", "GONW"}, {"signatory", "A. N. Reviewer"}, {"title", "Deputy Director, Northmoor"},
                                    {"contact", "Sam Example"}, {"phone", "0161 000 0000"}}}});
    const RunResult run = run_draftcheck("check draft.json", dir_.path());  // the letter is the default
    EXPECT_NE(run.out.find("# Government Office for the North West response"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Sam Example"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("0161 000 0000"), std::string::npos);
    EXPECT_NE(run.out.find("\nA. N. Reviewer\n\nDeputy Director, Northmoor\n"), std::string::npos) << run.out;
}

TEST_F(ConfiguredDraft, TheLetterListsAgreedExceptionsInTheirOwnSection) {
    draft_["exceptions"] = json::array({{{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-sure-start"},
                                         {"reason", "DfES agreed Sure Start stays with the PCT until April"},
                                         {"agreed_by", "GONW area team"}, {"date", "2006-02-01"}}});
    save();
    const RunResult run = run_draftcheck("check --format letter draft.json", dir_.path());
    const auto section = run.out.find("\n## Agreed exceptions\n");
    ASSERT_NE(section, std::string::npos) << run.out;
    EXPECT_NE(run.out.find("accepted because DfES agreed Sure Start stays with the PCT until April (agreed by GONW area team, 1 February 2006)",
                           section),
              std::string::npos)
        << run.out.substr(section);
}

}  // namespace
}  // namespace draftcheck
