// Files: --output is written whole or not at all, never over an input or a special file, and
// drafts whose references dangle or go round in circles are checked like any other.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

TEST(Output, IsWrittenWholeAndLeavesNoTemporaryFile) {
    TempDir dir;
    write_file(dir / "report.json", "an old report that must be replaced entirely");
    const RunResult run = run_draftcheck("check --format json --output " + (dir / "report.json").string() + " examples/northmoor-laa-final.json");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out, "") << "the report goes to the file, not standard output";
    const std::string written = read_file(dir / "report.json");
    EXPECT_EQ(written, run_draftcheck("check --format json examples/northmoor-laa-final.json").out);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 1u) << "a temporary file was left behind";
}

TEST(Output, AMissingFolderIsAClearErrorAndWritesNothing) {
    TempDir dir;
    const std::string target = (dir / "no/such/folder/report.md").string();
    const RunResult run = run_draftcheck("check --output " + target + " examples/northmoor-laa-final.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, target + ": error: cannot be written: No such file or directory\n");
    EXPECT_FALSE(fs::exists(dir / "no"));
}

TEST(Output, NeverReplacesADeviceOrAnInput) {
    const RunResult device = run_draftcheck("check --output /dev/full examples/northmoor-laa-final.json");
    EXPECT_EQ(device.exit_code, 2);
    EXPECT_NE(device.err.find("/dev/full: error: is not a regular file"), std::string::npos) << device.err;
    EXPECT_TRUE(fs::is_character_file("/dev/full"));

    TempDir dir;
    fs::copy_file(fs::path(SOURCE_DIR) / "examples/halton-lpsa2-draft.json", dir / "draft.json");
    const std::string before = read_file(dir / "draft.json");
    const RunResult input = run_draftcheck("check --output draft.json draft.json", dir.path());
    EXPECT_EQ(input.exit_code, 2);
    EXPECT_NE(input.err.find("draftcheck never writes to its input"), std::string::npos) << input.err;
    EXPECT_EQ(read_file(dir / "draft.json"), before);
}

TEST(BadReferences, DanglingIdsAreFindingsNotFailures) {
    const RunResult run = run_draftcheck("check --format json --fail-on warning tests/bad-drafts/dangling-references.json");
    EXPECT_EQ(run.exit_code, 1);  // unknown references are warnings
    const auto result = nlohmann::json::parse(run.out)["results"][0];
    std::set<std::string> unknown;
    for (const auto& f : result["findings"]) {
        EXPECT_NE(f["rule"], "engine.rule-failed") << f.dump();
        if (f["rule"] == "story.unknown-references") unknown.insert(f["pointer"].get<std::string>());
    }
    for (const char* pointer : {"/outcomes/0/block", "/outcomes/0/priorities/0", "/indicators/0/outcomes/0", "/funding_streams/0/outcomes/0"})
        EXPECT_TRUE(unknown.count(pointer)) << pointer;
}

TEST(BadReferences, CyclesAndSelfReferencesDoNotHangOrCrash) {
    const RunResult run = run_draftcheck("check --format json tests/bad-drafts/reference-cycle.json");
    EXPECT_EQ(run.exit_code, 1);
    const auto result = nlohmann::json::parse(run.out)["results"][0];
    EXPECT_TRUE(result["checked"].get<bool>());
    for (const auto& f : result["findings"]) EXPECT_NE(f["rule"], "engine.rule-failed") << f.dump();
}

TEST(BadDraftSize, AFileOverTheLimitIsRefusedBeforeReading) {
    TempDir dir;
    const fs::path big = dir / "big.json";
    {
        std::ofstream out(big, std::ios::binary);
        out << "{\"agreement\": {\"kind\": \"laa\"}, \"narrative\": {\"context\": \"";
        const std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 65; ++i) out << chunk;
        out << "\"}}";
    }
    const RunResult run = run_draftcheck("check --format list " + big.string());
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find(big.string() + ": error: the file is "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("files larger than 67108864 bytes are refused"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace draftcheck
