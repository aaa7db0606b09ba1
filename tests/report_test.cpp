// The letter, html and sarif formats: the letter says what GOEM's did in the order it did, the
// page shows draft text without running it, SARIF validates against the published 2.1.0 schema
// and passes Microsoft's SARIF Multitool (both pinned copies in build/sarif), and every format
// gives the same bytes twice.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "check/check_draft.h"
#include "core/error.h"
#include "report/letter_templates.h"
#include "report/render.h"
#include "source_installation.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using ordered = nlohmann::ordered_json;

DraftReport check_example(const std::string& name) {
    return check_draft(source_installation(), std::string(SOURCE_DIR) + "/examples/" + name + ".json", {});
}

// An example with `edit` applied, checked as if it were a file of its own.
template <typename Edit>
DraftReport check_edited(const std::string& name, Edit edit) {
    ordered draft = ordered::parse(read_file(fs::path(SOURCE_DIR) / "examples" / (name + ".json")));
    edit(draft);
    return check_source(source_installation(), SourceText::from_string(name + "-edited.json", draft.dump(2)), {});
}

std::string rendered(const std::string& format, const std::vector<DraftReport>& reports,
                     const std::vector<FindingChanges>* changes = nullptr) {
    std::ostringstream out, err;
    render(format, {reports, source_installation(), changes}, out, err);
    EXPECT_EQ(err.str(), "");
    return out.str();
}

TEST(Html, DraftTextIsEscaped) {
    const DraftReport report = check_edited("leicestershire-laa-2nd-draft", [](ordered& draft) {
        draft["agreement"]["partnership"] = "<script>alert('x')</script> & Partners";
        draft["blocks"][0]["name"] = "<b onmouseover=\"x()\">Healthier</b>";
    });
    const std::string html = rendered("html", {report});
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<b "), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Partners"), std::string::npos);
    EXPECT_NE(html.find("&lt;b onmouseover=&quot;x()&quot;&gt;Healthier&lt;/b&gt;"), std::string::npos);
    // Self-contained: no scripts, links or remote assets.
    for (const char* external : {"<link", "src=", "href=", "@import", "url("}) EXPECT_EQ(html.find(external), std::string::npos) << external;

    const std::string letter = rendered("letter", {report});
    // In Markdown the brackets are backslash-escaped, so a viewer shows them instead of running them.
    for (std::size_t at = letter.find("<script"); at != std::string::npos; at = letter.find("<script", at + 1))
        EXPECT_EQ(letter[at - 1], '\\') << letter.substr(at - 20, 60);
    EXPECT_NE(letter.find("\\<script\\>"), std::string::npos);
}

TEST(Html, TheScheduleHasEveryFinding) {
    const DraftReport report = check_example("halton-lpsa2-draft");
    const std::string html = rendered("html", {report});
    const std::size_t body = html.find("<tbody>"), end = html.find("</tbody>");
    ASSERT_NE(body, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    std::size_t rows = 0;
    for (std::size_t at = html.find("<tr>", body); at < end; at = html.find("<tr>", at + 1)) ++rows;
    EXPECT_EQ(rows, report.findings.size());
}

// The pinned SARIF tools scripts/fetch-sarif-tools.sh puts in build/sarif (nothing is fetched at test time).
const fs::path kSarifTools = fs::path(SOURCE_DIR) / "build" / "sarif";

// The SARIF 2.1.0 schema, from the pinned @microsoft/jest-sarif package.
nlohmann::json sarif_schema() {
    const fs::path path = kSarifTools / "sarif-2.1.0-rtm.5.json";
    if (!fs::exists(path)) {
        ADD_FAILURE() << path << " is missing: run scripts/fetch-sarif-tools.sh (scripts/build.sh runs it)";
        return nullptr;
    }
    return nlohmann::json::parse(read_file(path));
}

std::vector<std::string> sarif_errors(const valijson::Schema& schema, const nlohmann::json& document) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    std::vector<std::string> errors;
    if (validator.validate(schema, target, &results)) return errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        std::string where;
        for (const auto& part : error.context) where += part;
        errors.push_back(where + ": " + error.description);
    }
    return errors;
}

TEST(Sarif, EveryExampleValidatesAgainstTheSarif210Schema) {
    const nlohmann::json schema_document = sarif_schema();
    ASSERT_TRUE(schema_document.is_object());
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_document);
    parser.populateSchema(schema_adapter, schema);

    std::vector<std::string> runs;
    for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "examples"))
        if (entry.path().extension() == ".json") runs.push_back("examples/" + entry.path().filename().string());
    std::sort(runs.begin(), runs.end());
    ASSERT_FALSE(runs.empty());
    runs.push_back("tests/bad-drafts/truncated.json examples/northmoor-laa-final.json");  // a notification as well
    for (const auto& files : runs) {
        const RunResult run = run_draftcheck("check --format sarif " + files);
        const auto document = nlohmann::json::parse(run.out);
        EXPECT_EQ(sarif_errors(schema, document), std::vector<std::string>{}) << files;
    }
}

TEST(Sarif, ResultsPointAtTheirRulesWithLevelsFromSeverity) {
    const DraftReport report = check_example("leicestershire-laa-2nd-draft");
    const auto doc = nlohmann::json::parse(rendered("sarif", {report}));
    const auto& run = doc["runs"][0];
    const auto& rules = run["tool"]["driver"]["rules"];
    ASSERT_EQ(run["results"].size(), report.findings.size());
    const std::map<Severity, std::string> level{{Severity::error, "error"}, {Severity::warning, "warning"}, {Severity::advice, "note"}};
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const auto& result = run["results"][i];
        const Finding& f = report.findings[i];
        EXPECT_EQ(rules[result["ruleIndex"].get<std::size_t>()]["id"], f.rule);
        EXPECT_EQ(result["level"], level.at(f.severity));
        EXPECT_EQ(result["partialFingerprints"]["draftcheck/v1"], f.fingerprint);
        EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startLine"], f.line);
        EXPECT_EQ(result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], f.pointer);
    }
    for (const auto& rule : source_installation().rules.list().rules) {
        const auto it = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r["id"] == rule.id; });
        ASSERT_NE(it, rules.end()) << rule.id;
        EXPECT_EQ((*it)["defaultConfiguration"]["level"], level.at(rule.severity)) << rule.id;
        EXPECT_EQ((*it)["shortDescription"]["text"], rule.title) << rule.id;
    }
}

TEST(Sarif, AnUndecodableDraftIsAToolExecutionNotification) {
    const RunResult run = run_draftcheck("check --format sarif tests/bad-drafts/truncated.json");
    EXPECT_EQ(run.exit_code, 2);
    const auto doc = nlohmann::json::parse(run.out);
    const auto& invocation = doc["runs"][0]["invocations"][0];
    EXPECT_FALSE(invocation["executionSuccessful"].get<bool>());
    ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
    EXPECT_EQ(invocation["toolExecutionNotifications"][0]["level"], "error");
    EXPECT_TRUE(doc["runs"][0]["results"].empty());
}

// Microsoft's SARIF Multitool `validate`, with its SARIF and GitHub rule kinds, on `sarif`: the
// results it reports at level error or warning (a result with no level is a warning).
std::vector<std::string> multitool_complaints(const std::string& sarif) {
    const fs::path tool = kSarifTools / "multitool" / "Sarif.Multitool";
    if (!fs::exists(tool)) {
        ADD_FAILURE() << tool << " is missing: run scripts/fetch-sarif-tools.sh (scripts/build.sh runs it)";
        return {"no multitool"};
    }
    TempDir dir("multitool");
    write_file(dir / "in.sarif", sarif);
    // Invariant globalization: the tool then needs no ICU library.
    const RunResult run = run_shell("'" + tool.string() + "' validate in.sarif --rule-kind 'Sarif;Gh' --output out.sarif", dir.path(),
                                    "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1");
    if (run.exit_code != 0 || !fs::exists(dir / "out.sarif")) return {"validate exited " + std::to_string(run.exit_code) + ": " + run.err};
    std::vector<std::string> complaints;
    const nlohmann::json log = nlohmann::json::parse(read_file(dir / "out.sarif"));  // kept: the loop reads inside it
    for (const auto& result : log["runs"][0]["results"]) {
        const std::string level = result.value("level", "warning");
        // SARIF2005 asks for tool.driver.informationUri; the project has no public home page to give.
        if ((level == "error" || level == "warning") && result.value("ruleId", "") != "SARIF2005")
            complaints.push_back(result.value("ruleId", "?") + " " + level + ": " + result["message"].value("arguments", nlohmann::json::array()).dump());
    }
    return complaints;
}

TEST(Sarif, TheMultitoolFindsNoErrorOrWarningWithRelativeOrAbsolutePaths) {
    const std::string relative = run_draftcheck("check --format sarif examples/leicestershire-laa-2nd-draft.json").out;
    EXPECT_EQ(multitool_complaints(relative), std::vector<std::string>{});
    const std::string absolute =
        run_draftcheck("check --format sarif '" + std::string(SOURCE_DIR) + "/examples/leicestershire-laa-2nd-draft.json'").out;
    EXPECT_EQ(multitool_complaints(absolute), std::vector<std::string>{});
}

TEST(Sarif, AnAbsolutePathIsARelativeUriAgainstTheRootBase) {
    const std::string file = std::string(SOURCE_DIR) + "/examples/derby-lpsa2-priorities.json";
    const auto run = nlohmann::json::parse(run_draftcheck("check --format sarif '" + file + "'").out)["runs"][0];
    EXPECT_EQ(run["originalUriBaseIds"], nlohmann::json::parse(R"({"ROOT": {"uri": "file:///"}})"));
    ASSERT_FALSE(run["results"].empty());
    for (const auto& result : run["results"])
        EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"],
                  nlohmann::json({{"uri", file.substr(1)}, {"uriBaseId", "ROOT"}}));
    // A relative path is given as it is, with no base.
    const auto relative = nlohmann::json::parse(run_draftcheck("check --format sarif examples/derby-lpsa2-priorities.json").out)["runs"][0];
    EXPECT_FALSE(relative.contains("originalUriBaseIds"));
    EXPECT_EQ(relative["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
              nlohmann::json({{"uri", "examples/derby-lpsa2-priorities.json"}}));
}

TEST(Sarif, RulesHaveAFriendlyName) {
    const auto driver = nlohmann::json::parse(rendered("sarif", {check_example("derby-lpsa2-priorities")}))["runs"][0]["tool"]["driver"];
    // The project has no public home page yet, so no informationUri is claimed.
    EXPECT_FALSE(driver.contains("informationUri"));
    std::map<std::string, std::string> names;
    for (const auto& rule : driver["rules"]) names[rule["id"]] = rule.value("name", "");
    EXPECT_EQ(names.at("reward-targets.max-count"), "RewardTargetsMaxCount");
    EXPECT_EQ(names.at("engine.rule-failed"), "EngineRuleFailed");
    EXPECT_EQ(names.at("schema"), "") << "a name that differs from the id only in case is left out (SARIF1001)";
}

TEST(Formats, LetterHtmlAndSarifGiveTheSameBytesTwice) {
    const std::string all = "examples/derby-lpsa2-priorities.json examples/halton-lpsa2-draft.json "
                            "examples/leicestershire-laa-2nd-draft.json examples/northmoor-laa-final.json "
                            "examples/sheffield-lpsa2-priorities.json";
    for (const std::string format : {"letter", "html", "sarif"}) {
        const RunResult first = run_draftcheck("check --format " + format + " " + all);
        const RunResult second = run_draftcheck("check --format " + format + " " + all);
        EXPECT_FALSE(first.out.empty()) << format;
        EXPECT_EQ(first.out, second.out) << format;
        EXPECT_EQ(first.exit_code, second.exit_code) << format;
    }
}

// An installation home whose letter/ is a copy, to edit or break on purpose.
class BrokenTemplates : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"templates.json", "offices.json"})
            write_file(dir_ / name, read_file(fs::path(SOURCE_DIR) / "letter" / name));
        for (const char* shared : {"rules", "schemas"}) fs::create_directory_symlink(fs::path(SOURCE_DIR) / shared, home_ / shared);
    }
    void replace(const std::string& name, const std::string& from, const std::string& to) {
        std::string text = read_file(dir_ / name);
        const std::size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        write_file(dir_ / name, text);
    }
    // The 1-based line of `needle` in the copied file.
    int line_of(const std::string& name, const std::string& needle) {
        const std::string text = read_file(dir_ / name);
        return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(text.find(needle)), '\n'));
    }
    std::string load_error() {
        try {
            LetterTemplates::load(dir_.string());
        } catch (const InputError& e) {
            return e.describe();
        }
        return "(loaded)";
    }
    TempDir home_{"letter-home"};
    fs::path dir_ = home_ / "letter";
};

TEST_F(BrokenTemplates, TheShippedTemplatesLoad) {
    EXPECT_EQ(load_error(), "(loaded)");
}

TEST_F(BrokenTemplates, AnUnknownPlaceholderIsReportedAtItsLine) {
    replace("templates.json", "{office} response", "{ofice} response");
    const std::string error = load_error();
    EXPECT_NE(error.find("templates.json:" + std::to_string(line_of("templates.json", "{ofice}")) + ":"), std::string::npos) << error;
    EXPECT_NE(error.find("{ofice}"), std::string::npos) << error;
}

TEST_F(BrokenTemplates, MalformedJsonIsReportedAtItsLine) {
    replace("offices.json", "\"GOL\": {", "\"GOL\" {");
    const std::string error = load_error();
    EXPECT_NE(error.find("offices.json:" + std::to_string(line_of("offices.json", "\"GOL\" {")) + ":"), std::string::npos) << error;
}

TEST_F(BrokenTemplates, AMissingTextIsReported) {
    replace("templates.json", "\"key_issues_intro\"", "\"key_issues_introduction\"");
    EXPECT_NE(load_error().find("/key_issues_intro"), std::string::npos);
}

TEST_F(BrokenTemplates, AMissingFileIsReported) {
    fs::remove(dir_ / "offices.json");
    EXPECT_NE(load_error().find("offices.json"), std::string::npos);
}

TEST_F(BrokenTemplates, TheCommandLineStopsWithTheTemplatesPosition) {
    replace("templates.json", "{office} response", "{ofice} response");
    const RunResult run = run_draftcheck("check --format letter examples/northmoor-laa-final.json", SOURCE_DIR,
                                         "DRAFTCHECK_HOME='" + home_.path().string() + "'");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("templates.json:" + std::to_string(line_of("templates.json", "{ofice}")) + ":"), std::string::npos) << run.err;
    EXPECT_EQ(run.out, "");
}

TEST_F(BrokenTemplates, AReviewerSetsTheSignatoryAndContact) {
    replace("offices.json", R"("signatory": "",
    "title": "Deputy Director, Leicester and Leicestershire",
    "contact": "",
    "phone": "",)",
            R"("signatory": "A. Reviewer",
    "title": "Deputy Director",
    "contact": "B. Officer",
    "phone": "0115 000 0000",)");
    const RunResult run = run_draftcheck("check --format letter examples/leicestershire-laa-2nd-draft.json", SOURCE_DIR,
                                         "DRAFTCHECK_HOME='" + home_.path().string() + "'");
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("Please contact B. Officer (tel. 0115 000 0000) to clarify"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\n\nA. Reviewer\n\nDeputy Director\n\nGovernment Office for the East Midlands\n"), std::string::npos);
}

TEST_F(BrokenTemplates, APromptWithNeitherSectionNorHeadingIsReported) {
    replace("templates.json", R"("heading": "Transport",)", "");
    EXPECT_NE(load_error().find("a reviewer prompt names either the \"section\" it belongs to or a \"heading\""), std::string::npos)
        << load_error();
}

TEST_F(BrokenTemplates, AKindsTextTheLetterDoesNotUseIsReported) {
    replace("templates.json", R"("by_kind": {
    "lpsa2": {)", R"("by_kind": {
    "lpsa2": {
      "titel": "x",)");
    EXPECT_NE(load_error().find("/by_kind/lpsa2/titel is not a text the letter uses"), std::string::npos) << load_error();
}

}  // namespace
}  // namespace draftcheck
