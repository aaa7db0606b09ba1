// Configuration found per draft, as ruff and ESLint find theirs (upwards from the draft's folder,
// stopping at a repository root or "root": true), files that are not drafts left out of a batch,
// and the reviewer's trust model: with "trust_local_config": false a draft's folder cannot weaken
// the rules and its own exceptions are only claims.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using nlohmann::json;

// A repository (it holds .git) of area folders, each with a copy of a draft that gives errors and
// warnings, and a reviewer's XDG_CONFIG_HOME beside it.
class Areas : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(repo() / ".git");
        draft_ = read_file(fs::path(SOURCE_DIR) / "tests/fixtures/final-draft-undecided-funding.json");
        for (const char* area : {"area-a", "area-b"}) write_file(repo() / area / "draft.json", draft_);
    }
    fs::path repo() const { return dir_ / "repo"; }
    void write_json(const fs::path& path, const json& value) const { write_file(path, value.dump(2)); }
    void profile(const json& value) const { write_json(dir_ / "xdg/draftcheck/goem.json", value); }
    std::string env() const { return "XDG_CONFIG_HOME='" + (dir_ / "xdg").string() + "'"; }
    RunResult check(const std::string& args) const { return run_draftcheck("check " + args, repo(), env()); }
    // (file, rule, pointer, severity) of every finding, and each file's accepted count.
    static std::vector<std::string> findings(const RunResult& run) {
        std::vector<std::string> out;
        const json report = json::parse(run.out);  // kept: a loop over a member of a temporary would dangle
        for (const auto& r : report["results"]) {
            for (const auto& f : r["findings"])
                out.push_back(r["file"].get<std::string>() + " " + f["rule"].get<std::string>() + " " + f["pointer"].get<std::string>() + " " +
                              f["severity"].get<std::string>());
            out.push_back(r["file"].get<std::string>() + " accepted " + std::to_string(r["accepted"].size()));
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    // The files a JSON report covers, in its order.
    static std::vector<std::string> files(const RunResult& run) {
        std::vector<std::string> out;
        const json report = json::parse(run.out);
        for (const auto& r : report["results"]) out.push_back(r["file"]);
        return out;
    }
    static bool mentions(const std::vector<std::string>& list, const std::string& part) {
        return std::any_of(list.begin(), list.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
    }
    std::vector<std::string> every_rule_id() const {
        std::vector<std::string> ids;
        for (const auto& rule : json::parse(run_draftcheck("rules list --format json").out)) ids.push_back(rule["id"]);
        return ids;
    }
    TempDir dir_{"areas"};
    std::string draft_;
};

TEST_F(Areas, EachAreaUsesItsOwnConfigurationInEitherOrder) {
    write_json(repo() / "area-a/draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "off"}}}});
    write_json(repo() / "area-b/draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "advice"}}}});
    const RunResult ab = check("--format json area-a area-b");
    const RunResult ba = check("--format json area-b area-a");
    EXPECT_EQ(ab.exit_code, ba.exit_code);
    EXPECT_EQ(findings(ab), findings(ba));
    EXPECT_FALSE(mentions(findings(ab), "area-a/draft.json funding.pooled-or-aligned"));
    EXPECT_TRUE(mentions(findings(ab), "area-b/draft.json funding.pooled-or-aligned /funding_streams/0/arrangement advice"));
    // And each gives what it gives alone.
    std::vector<std::string> alone = findings(check("--format json area-a"));
    for (const auto& f : findings(check("--format json area-b"))) alone.push_back(f);
    std::sort(alone.begin(), alone.end());
    EXPECT_EQ(findings(ab), alone);
}

TEST_F(Areas, EachAreasLetterIsSignedAsItsOwnConfigurationSays) {
    write_json(repo() / "area-a/draftcheck.json", {{"government_office", {{"signatory", "Jan Sensier"}, {"title", "Deputy Director"}}}});
    write_json(repo() / "area-b/draftcheck.json", {{"government_office", {{"signatory", "Pat Okafor"}, {"title", "Area Lead"}}}});
    // The letters of a batch, one per draft in input order.
    const auto letters = [&](const std::string& folders) {
        const RunResult run = check("--format letter " + folders);
        EXPECT_EQ(run.exit_code, 1) << run.err;
        std::vector<std::string> out;
        for (std::size_t from = 0;;) {
            const std::size_t rule = run.out.find("\n---\n\n", from);
            out.push_back(run.out.substr(from, rule == std::string::npos ? std::string::npos : rule - from));
            if (rule == std::string::npos) return out;
            from = rule + 6;
        }
    };
    const std::vector<std::string> ab = letters("area-a area-b"), ba = letters("area-b area-a");
    ASSERT_EQ(ab.size(), 2u);
    ASSERT_EQ(ba.size(), 2u);
    EXPECT_EQ(ab[0], ba[1]);
    EXPECT_EQ(ab[1], ba[0]);
    EXPECT_EQ(ab[0], letters("area-a")[0]);
    EXPECT_EQ(ab[1], letters("area-b")[0]);
    EXPECT_NE(ab[0].find("Jan Sensier\n\nDeputy Director"), std::string::npos) << ab[0];
    EXPECT_EQ(ab[0].find("Pat Okafor"), std::string::npos) << ab[0];
    EXPECT_NE(ab[1].find("Pat Okafor\n\nArea Lead"), std::string::npos) << ab[1];
    EXPECT_EQ(ab[1].find("Jan Sensier"), std::string::npos) << ab[1];
    // The printable page signs each letter the same way.
    const std::string html = check("--format html area-b area-a").out;
    EXPECT_LT(html.find("Pat Okafor"), html.find("Jan Sensier"));
}

TEST_F(Areas, ParentsAreSearchedUpToTheRepositoryRootOrARootConfiguration) {
    write_json(dir_ / "draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "off"}}}});  // above the repository: never read
    EXPECT_TRUE(mentions(findings(check("--format json area-a")), "funding.pooled-or-aligned"));
    write_json(repo() / "draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "off"}}}});
    EXPECT_FALSE(mentions(findings(check("--format json area-a")), "funding.pooled-or-aligned"));
    // The nearer file wins for what it says, and the parent's still applies to the rest.
    write_json(repo() / "area-a/draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "warning"}}}});
    EXPECT_TRUE(mentions(findings(check("--format json area-a")), "funding.pooled-or-aligned /funding_streams/0/arrangement warning"));
    write_json(repo() / "area-b/draftcheck.json", {{"root", true}});
    EXPECT_TRUE(mentions(findings(check("--format json area-b")), "funding.pooled-or-aligned /funding_streams/0/arrangement error"));
    const RunResult shown = run_draftcheck("config show area-a/draft.json", repo(), env());
    EXPECT_NE(shown.out.find("configuration file: area-a/draftcheck.json\nconfiguration files, outermost first: draftcheck.json, "
                             "area-a/draftcheck.json\n"),
              std::string::npos)
        << shown.out;
}

TEST_F(Areas, ConfigurationAndExceptionsFilesAreNeverDrafts) {
    const std::vector<std::string> only_the_draft{"area-a/draft.json"};
    const json agreed = {{"exceptions", {{{"rule", "funding.pooled-or-aligned"}, {"reason", "agreed 23 November"}}}}};
    // Named by no configuration: known by what it holds, for check and --summary alike.
    write_json(repo() / "area-a/agreed.json", agreed);
    write_json(repo() / "area-a/empty-exceptions.json", {{"exceptions", json::array()}});
    RunResult run = check("--format json area-a");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(files(run), only_the_draft);
    const RunResult summary = check("--summary --format csv area-a");
    EXPECT_EQ(summary.exit_code, 1) << summary.err;
    EXPECT_EQ(std::count(summary.out.begin(), summary.out.end(), '\n'), 3) << summary.out;  // header, the draft, totals
    EXPECT_NE(summary.out.find("\narea-a/draft.json,"), std::string::npos) << summary.out;

    // Named by the folder's configuration, and still left out when the reviewer does not trust it.
    write_json(repo() / "area-a/draftcheck.json", {{"exceptions_file", "agreed.json"}});
    run = check("--format json area-a");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(files(run), only_the_draft);
    EXPECT_EQ(json::parse(run.out)["results"][0]["accepted"].size(), 1u) << "the named file is applied";
    profile({{"trust_local_config", false}});
    run = check("--format json --reviewer goem area-a");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(files(run), only_the_draft);
    EXPECT_EQ(json::parse(run.out)["results"][0]["accepted"].size(), 0u) << "untrusted, the named file is not applied";

    // A reviewer's configuration under another name, kept beside the drafts and given to --config.
    write_json(repo() / "area-a/goem-review.json", {{"trust_local_config", false}, {"exceptions_file", "agreed.json"}});
    run = check("--format json --config area-a/goem-review.json area-a");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(files(run), only_the_draft);
    EXPECT_EQ(json::parse(run.out)["results"][0]["accepted"].size(), 1u);

    // A draft with a misspelt "agreement" is still a draft: it is checked and refused.
    write_json(repo() / "area-a/misspelt.json", {{"agreemnt", {{"kind", "laa"}}}, {"exceptions", json::array()}});
    run = check("--format json area-a");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(files(run), (std::vector<std::string>{"area-a/draft.json", "area-a/misspelt.json"}));
}

TEST_F(Areas, IgnoreGlobsLeaveFilesOut) {
    write_file(repo() / "area-a/old/2005.json", draft_);
    write_file(repo() / "area-a/draft-copy.json", draft_);
    write_json(repo() / "area-a/draftcheck.json", {{"ignore", {"old"}}});
    EXPECT_EQ(files(check("--format json area-a")), (std::vector<std::string>{"area-a/draft-copy.json", "area-a/draft.json"}));
    EXPECT_EQ(files(check("--format json --ignore '*-copy.json' area-a")), (std::vector<std::string>{"area-a/draft.json"}));
    EXPECT_EQ(files(check("--format json --ignore 'area-a/*-copy.json' area-a area-b")),
              (std::vector<std::string>{"area-a/draft.json", "area-b/draft.json"}));
    const RunResult none = check("--format json --ignore 'area-a/draft*' area-a");
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_EQ(none.err, "area-a: error: this folder holds no .json, .yaml or .yml drafts once configuration, exceptions and ignored files are left out\n");
}

TEST_F(Areas, UntrustedFolderConfigurationSwitchingEveryRuleOffChangesNothing) {
    profile({{"trust_local_config", false}});
    const RunResult before = check("--format json --reviewer goem area-a");
    json rules = json::object();
    for (const auto& id : every_rule_id()) rules[id] = "off";
    write_json(repo() / "area-a/draftcheck.json",
               {{"rules", rules}, {"params", {{"laa", {{"undecided_error_stages", json::array()}}}}}, {"ignore", {"*.json"}}});
    const RunResult trusted = check("--format json area-a/draft.json");
    EXPECT_EQ(trusted.exit_code, 0) << "trusted, the folder's file switches everything off";
    const RunResult after = check("--format json --reviewer goem area-a");
    EXPECT_EQ(after.exit_code, before.exit_code);
    EXPECT_EQ(after.out, before.out);
    EXPECT_FALSE(json::parse(after.out)["results"][0]["findings"].empty());
    EXPECT_NE(after.err.find("draftcheck: not applied, because the reviewer's configuration does not trust the drafts' folders "
                             "(\"trust_local_config\": false):\n  rule "),
              std::string::npos)
        << after.err;
    EXPECT_NE(after.err.find("\n  parameters (area-a/draftcheck.json)\n"), std::string::npos) << after.err;
}

TEST_F(Areas, UntrustedFolderConfigurationMayRaiseButNotLowerSeverities) {
    profile({{"trust_local_config", false}});
    write_json(repo() / "area-a/draftcheck.json", {{"rules", {{"funding.pooled-or-aligned", "advice"}, {"indicators.baseline-present", "error"}}}});
    const auto found = findings(check("--format json --reviewer goem area-a"));
    EXPECT_TRUE(mentions(found, "funding.pooled-or-aligned /funding_streams/0/arrangement error")) << "lowering is not applied";
    const auto shown = run_draftcheck("config show --reviewer goem area-a/draft.json", repo(), env()).out;
    EXPECT_NE(shown.find("folder configurations trusted: no (\"trust_local_config\": false)\n"), std::string::npos) << shown;
    EXPECT_NE(shown.find("not applied, not trusted: rule funding.pooled-or-aligned severity lowered to advice\n"), std::string::npos) << shown;
}

TEST_F(Areas, ADraftsOwnExceptionsAreClaimsUntilTheReviewerConfirmsThem) {
    json draft = json::parse(draft_);
    draft["exceptions"] = json::array({{{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-sure-start"},
                                        {"reason", "agreed at the meeting"}, {"agreed_by", "GOEM area team"}}});
    write_json(repo() / "area-a/draft.json", draft);
    EXPECT_TRUE(mentions(findings(check("--format json area-a")), "area-a/draft.json accepted 1")) << "trusted: applied";

    profile({{"trust_local_config", false}});
    const RunResult run = check("--format json --reviewer goem area-a");
    const auto found = findings(run);
    EXPECT_TRUE(mentions(found, "area-a/draft.json accepted 0"));
    EXPECT_TRUE(mentions(found, "funding.pooled-or-aligned /funding_streams/0/arrangement error"));
    EXPECT_TRUE(mentions(found, "engine.exception-claimed /exceptions/0 warning"));
    const RunResult list = check("--format list --reviewer goem area-a");
    EXPECT_NE(list.out.find("warning: The exception for \"funding.pooled-or-aligned\" on \"fs-sure-start\" is claimed by the draft, not yet "
                            "agreed (it says \"agreed by GOEM area team\"): it is not applied. [engine.exception-claimed]\n"),
              std::string::npos)
        << list.out;

    // The reviewer's own exceptions file confirms it.
    write_json(dir_ / "xdg/draftcheck/agreed.json",
               {{"exceptions", {{{"rule", "funding.pooled-or-aligned"}, {"entity", "fs-sure-start"}, {"reason", "agreed 23 November"}}}}});
    profile({{"trust_local_config", false}, {"exceptions_file", "agreed.json"}});
    const auto confirmed = findings(check("--format json --reviewer goem area-a"));
    EXPECT_TRUE(mentions(confirmed, "area-a/draft.json accepted 1"));
    EXPECT_FALSE(mentions(confirmed, "engine.exception-claimed"));
}

TEST_F(Areas, TrustIsTheReviewersChoiceAlone) {
    write_json(repo() / "area-a/draftcheck.json", {{"trust_local_config", false}});
    const RunResult run = check("area-a");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "area-a/draftcheck.json:2:3: error: trust_local_config is the reviewer's choice, read only from --config or a "
                       "--reviewer profile, not from a draft's folder\n");
    const RunResult missing = check("--reviewer nobody area-b");
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_EQ(missing.err, (dir_ / "xdg/draftcheck/nobody.json").string() + ": error: there is no reviewer profile \"nobody\": --reviewer NAME reads " +
                               (dir_ / "xdg/draftcheck").string() + "/NAME.json\n");
}

}  // namespace
}  // namespace draftcheck
