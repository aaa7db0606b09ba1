// Inputs that are not what they claim: devices, pipes and symbolic-link loops where files belong,
// every kind of line ending, --output aimed at a file the check reads, rule folders that shadow
// the stock pack or are the whole file system, parameters of the wrong type, dates that are not
// dates. Each ends in a located error with exit code 2, or a clear finding, and nothing is written
// over an input.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "load/json_loader.h"
#include "load/source_text.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using nlohmann::json;

const fs::path kFixture = fs::path(SOURCE_DIR) / "tests/fixtures/final-draft-undecided-funding.json";

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// Non-regular files (class 6): refused at once, whatever they would give if read.
TEST(NonRegularInputs, ADeviceBehindADraftNameIsRefused) {
    TempDir dir("device");
    fs::create_symlink("/dev/zero", dir / "zero.json");
    const RunResult run = run_draftcheck("check --format list " + q(dir / "zero.json"));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, (dir / "zero.json").string() + ": error: is not a regular file (a device, pipe or socket); only files and standard input (-) are read\n");
}

TEST(NonRegularInputs, AFifoWithNoWriterDoesNotBlock) {
    TempDir dir("fifo");
    ASSERT_EQ(mkfifo((dir / "pipe.json").c_str(), 0600), 0);
    const RunResult run = run_draftcheck("check --format list " + q(dir / "pipe.json") + " " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find((dir / "pipe.json").string() + ": error: is not a regular file"), std::string::npos) << run.err;
    EXPECT_NE(run.out.find("[funding.pooled-or-aligned]"), std::string::npos) << "the other draft is still checked";
}

TEST(NonRegularInputs, DevicesAsConfigurationAndPreviousDraftAreRefused) {
    RunResult run = run_draftcheck("check --config /dev/urandom --format list " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err.rfind("/dev/urandom: error: is not a regular file", 0), 0u) << run.err;
    run = run_draftcheck("check --previous /dev/zero --format list " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("/dev/zero: error: is not a regular file"), std::string::npos) << run.err;
}

TEST(NonRegularInputs, ASymlinkLoopInAFolderIsReportedAndTheRestChecked) {
    TempDir dir("loop");
    fs::create_directories(dir / "drafts");
    fs::copy_file(kFixture, dir / "drafts/good.json");
    fs::create_symlink("loop-b.json", dir / "drafts/loop-a.json");
    fs::create_symlink("loop-a.json", dir / "drafts/loop-b.json");
    const RunResult run = run_draftcheck("check --format list " + q(dir / "drafts"));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("loop-a.json: error: is a symbolic link that leads round in a loop"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("loop-b.json: error: is a symbolic link that leads round in a loop"), std::string::npos) << run.err;
    EXPECT_NE(run.out.find("good.json:"), std::string::npos) << "the good draft is still checked";
}

TEST(NonRegularInputs, ASymlinkLoopAmongRuleFilesFailsThatRuleOnly) {
    TempDir dir("rule-loop");
    fs::create_directories(dir / "extra");
    fs::create_symlink("b.lua", dir / "extra/a.lua");
    fs::create_symlink("a.lua", dir / "extra/b.lua");
    const RunResult run = run_draftcheck("check --format json --rules " + q(dir.path()) + " " + q(kFixture));
    EXPECT_EQ(run.exit_code, 3) << "checked, but some rules could not run: " << run.err;
    const json doc = json::parse(run.out);
    int failed = 0;
    for (const auto& f : doc["results"][0]["findings"])
        if (f["rule"] == "engine.rule-failed" && f["message"].get<std::string>().find("leads round in a loop") != std::string::npos) ++failed;
    EXPECT_EQ(failed, 2);
}

// Positions from one pass (class 7): every line ending counts, a minified draft is located.
TEST(Positions, EveryLineEndingEndsALine) {
    const SourceText text = SourceText::from_string("x", "a\rb\r\nc\nd\r\re\xC3\xA9z");
    const std::vector<std::size_t> offsets = {0, 2, 5, 7, 9, 10, 13, 12};
    const auto at = text.positions(offsets);
    const std::vector<std::pair<int, int>> expected = {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {6, 3}, {6, 2}};
    for (std::size_t i = 0; i < offsets.size(); ++i) EXPECT_EQ(std::make_pair(at[i].line, at[i].column), expected[i]) << offsets[i];
    EXPECT_EQ(text.position(4).line, 2) << "the LF of a CRLF ends the line the CR began";
}

TEST(Positions, CrOnlyLineEndingsAreLocated) {
    const RunResult run = run_draftcheck("check --format list tests/bad-drafts/cr-line-endings.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err.rfind("tests/bad-drafts/cr-line-endings.json:4:", 0), 0u) << run.err;
}

TEST(Positions, MixedLineEndingsAreLocated) {
    const RunResult run = run_draftcheck("check --format list tests/bad-drafts/mixed-line-endings.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err.rfind("tests/bad-drafts/mixed-line-endings.json:5:3: error: the key \"format\" appears twice", 0), 0u) << run.err;
}

TEST(Positions, AMinifiedDraftLocatesEveryFindingOnItsOneLine) {
    json draft = json::parse(read_file(kFixture));
    json streams = json::array();
    for (int i = 0; i < 2000; ++i)
        streams.push_back({{"id", "fs-" + std::to_string(i)}, {"name", "Stream " + std::to_string(i)}, {"owner", "DfES"}, {"arrangement", "undecided"}});
    draft["funding_streams"] = streams;
    TempDir dir("minified");
    const std::string text = draft.dump();
    write_file(dir / "one-line.json", text);
    const RunResult run = run_draftcheck("check --format json " + q(dir / "one-line.json"));
    const json doc = json::parse(run.out);
    int located = 0;
    for (const auto& f : doc["results"][0]["findings"]) {
        if (f["rule"] != "funding.pooled-or-aligned") continue;
        EXPECT_EQ(f["line"], 1);
        // At the stream's "arrangement" key, which the dump writes just before the stream's id.
        const std::string pointer = f["pointer"];
        const std::size_t index = std::stoul(pointer.substr(std::string("/funding_streams/").size()));
        const std::size_t key_at = text.rfind("\"arrangement\"", text.find("\"fs-" + std::to_string(index) + "\""));
        EXPECT_EQ(f["column"].get<std::size_t>(), key_at + 1) << pointer;
        ++located;
    }
    EXPECT_EQ(located, 2000);
}

// --output never replaces an input (class 8).
class OutputOverInputs : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy_file(kFixture, dir_ / "draft.json");
        fs::copy_file(kFixture, dir_ / "previous.json");
        write_file(dir_ / "draftcheck.json", "{\"rule_dirs\": [\"extra\"]}\n");
        write_file(dir_ / "extra/local/check.lua", read_file(fs::path(SOURCE_DIR) / "tests/hostile-rules/hostile/random.lua"));
    }
    // Runs check with --output `target`, expects exit 2 naming it, and every input unchanged.
    void expect_refused(const fs::path& target, const std::string& extra = "") {
        SCOPED_TRACE(target.string());
        std::map<fs::path, std::string> before;
        for (const auto& entry : fs::recursive_directory_iterator(dir_.path()))
            if (entry.is_regular_file()) before[entry.path()] = read_file(entry.path());
        const RunResult run = run_draftcheck("check --format json " + extra + " --output " + q(target) + " " + q(dir_ / "draft.json"));
        EXPECT_EQ(run.exit_code, 2) << run.err;
        EXPECT_NE(run.err.find("which this check reads; draftcheck never writes to its input"), std::string::npos) << run.err;
        for (const auto& [path, text] : before) EXPECT_EQ(read_file(path), text) << path;
        EXPECT_TRUE(fs::is_symlink(fs::symlink_status(target)) || fs::is_regular_file(target));
    }
    TempDir dir_{"output-inputs"};
};

TEST_F(OutputOverInputs, ThePreviousDraft) { expect_refused(dir_ / "previous.json", "--previous " + q(dir_ / "previous.json")); }

TEST_F(OutputOverInputs, TheConfigurationInForce) { expect_refused(dir_ / "draftcheck.json"); }

TEST_F(OutputOverInputs, ARuleFileOfTheConfigurationsFolder) { expect_refused(dir_ / "extra/local/check.lua"); }

TEST_F(OutputOverInputs, AStockParameterFileThroughASymlink) {
    fs::create_symlink(fs::path(SOURCE_DIR) / "rules/params/laa.json", dir_ / "params-link.json");
    expect_refused(dir_ / "params-link.json");
}

TEST_F(OutputOverInputs, AHardLinkToTheDraft) {
    fs::create_hard_link(dir_ / "draft.json", dir_ / "hard.json");
    expect_refused(dir_ / "hard.json");
}

TEST(OutputTargets, ASymlinkIsWrittenThroughNotReplaced) {
    TempDir dir("output-link");
    write_file(dir / "real-report.json", "old");
    fs::create_symlink("real-report.json", dir / "report.json");
    const RunResult run = run_draftcheck("check --format json --output " + q(dir / "report.json") + " " + q(kFixture));
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir / "report.json")));
    EXPECT_TRUE(json::parse(read_file(dir / "real-report.json")).contains("results"));
}

TEST(OutputTargets, ADeviceOrADanglingLinkIsRefused) {
    RunResult run = run_draftcheck("check --format json --output /dev/null " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("/dev/null: error: is not a regular file"), std::string::npos) << run.err;
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    TempDir dir("output-dangling");
    fs::create_symlink("nowhere/report.json", dir / "report.json");
    run = run_draftcheck("check --format json --output " + q(dir / "report.json") + " " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("is a symbolic link that leads nowhere"), std::string::npos) << run.err;
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir / "report.json")));
}

// Rule folders (class 9).
TEST(RuleFolders, TheRootOfTheFileSystemIsAClearError) {
    RunResult run = run_draftcheck("check --rules / " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "/: error: is the root of the file system; name the folder that holds the rule files\n");
    TempDir dir("root-config");
    write_file(dir / "draftcheck.json", "{\n  \"rule_dirs\": [\"/tmp/../\"]\n}\n");
    run = run_draftcheck("check --config " + q(dir / "draftcheck.json") + " " + q(kFixture));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err.rfind((dir / "draftcheck.json").string() + ":2:", 0), 0u) << run.err;
    EXPECT_NE(run.err.find("is the root of the file system"), std::string::npos) << run.err;
}

TEST(RuleFolders, AFolderThatSortsFirstCannotShadowAStockRule) {
    TempDir dir("shadow");
    const std::string stock = read_file(fs::path(SOURCE_DIR) / "rules/funding/pooled-or-aligned.lua");
    write_file(dir / "aa-rules/funding/pooled-or-aligned.lua", stock.substr(0, stock.find("check")) + "check = function() end }\n");
    RunResult run = run_draftcheck("check --format json --rules " + q(dir / "aa-rules") + " " + q(kFixture));
    json doc = json::parse(run.out);
    bool stock_ran = false, refused = false;
    for (const auto& f : doc["results"][0]["findings"]) {
        stock_ran = stock_ran || f["rule"] == "funding.pooled-or-aligned";
        refused = refused || (f["rule"] == "engine.rule-failed" && f["message"].get<std::string>().find("the stock rule rules/funding/pooled-or-aligned.lua already has the id") != std::string::npos);
    }
    EXPECT_TRUE(stock_ran);
    EXPECT_TRUE(refused);

    // With the configuration's say-so, the folder's rule replaces the stock one.
    write_file(dir / "draftcheck.json", "{\"rules\": {\"funding.pooled-or-aligned\": {\"override_stock\": true}}}\n");
    run = run_draftcheck("check --format json --config " + q(dir / "draftcheck.json") + " --rules " + q(dir / "aa-rules") + " " + q(kFixture));
    doc = json::parse(run.out);
    for (const auto& f : doc["results"][0]["findings"]) EXPECT_NE(f["rule"], "funding.pooled-or-aligned") << f.dump();
    for (const auto& f : doc["results"][0]["findings"]) EXPECT_NE(f["rule"], "engine.rule-failed") << f.dump();
}

// Parameters are checked against the shape of their stock values (class 9).
TEST(Parameters, AValueOfTheWrongTypeIsLocatedInTheConfiguration) {
    TempDir dir("params");
    const auto expect_refused = [&](const std::string& config, int line, const std::string& message) {
        write_file(dir / "draftcheck.json", config);
        const RunResult run = run_draftcheck("check --config " + q(dir / "draftcheck.json") + " " + q(kFixture));
        EXPECT_EQ(run.exit_code, 2) << config;
        EXPECT_EQ(run.err.rfind((dir / "draftcheck.json").string() + ":" + std::to_string(line) + ":", 0), 0u) << run.err;
        EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
    };
    const json laa = json::parse(read_file(fs::path(SOURCE_DIR) / "rules/params/laa.json"));
    std::string number, list;
    for (const auto& [name, entry] : laa.items()) {
        if (number.empty() && entry["value"].is_number_integer()) number = name;
        if (list.empty() && entry["value"].is_array() && !entry["value"].empty() && entry["value"][0].is_string()) list = name;
    }
    ASSERT_FALSE(number.empty());
    expect_refused("{\"params\": {\"laa\": {\n  \"" + number + "\": \"twelve\"}}}\n", 2, "is a whole number in the stock parameters");
    expect_refused("{\"params\": {\"laa\": {\n  \"" + number + "\": 2.5}}}\n", 2, "not a number (2.5)");
    expect_refused("{\"params\": {\"laa\": {\n  \"no_such_threshold\": 3}}}\n", 2, "there is no parameter \"no_such_threshold\"");
    if (!list.empty()) expect_refused("{\"params\": {\"laa\": {\n  \"" + list + "\": [\"a\", 3]}}}\n", 2, "item 2 is text");
}

// Dates are compared as dates (class 9).
TEST(Dates, AnExceptionExpiresByDateNotByText) {
    TempDir dir("dates");
    json draft = json::parse(read_file(kFixture));
    write_file(dir / "exceptions.json", R"({"exceptions": [{"rule": "funding.pooled-or-aligned", "reason": "Agreed at the March meeting",
      "agreed_by": "GOEM", "date": "2006-01-10", "expires": "2006-10-01"}]})");
    write_file(dir / "draftcheck.json", R"({"exceptions_file": "exceptions.json"})");
    const auto rules_of = [&](const std::string& date) {
        draft["submission"]["date"] = date;
        write_file(dir / "draft.json", draft.dump(2));
        const json doc = json::parse(run_draftcheck("check --format json --config " + q(dir / "draftcheck.json") + " " + q(dir / "draft.json")).out);
        std::set<std::string> rules;
        for (const auto& f : doc["results"][0]["findings"]) rules.insert(f["rule"]);
        return rules;
    };
    EXPECT_FALSE(rules_of("2006-09-30").count("engine.exception-expired"));
    EXPECT_TRUE(rules_of("2006-11-01").count("engine.exception-expired"));
    // As text "2006-3-1" comes after "2006-10-01"; it is not a date at all, and the schema says so.
    const auto odd = rules_of("2006-3-1");
    EXPECT_FALSE(odd.count("engine.exception-expired"));
    EXPECT_TRUE(odd.count("schema"));
}

}  // namespace
}  // namespace draftcheck
