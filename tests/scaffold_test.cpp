// `draftcheck new`: a draft with every section and a placeholder entity in each list, that checks
// without schema errors, in YAML (with the schema's descriptions as comments) or JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "golden_file.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using nlohmann::json;
using namespace draftcheck::testing;

class NewDraft : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(NewDraft, ChecksWithoutSchemaErrors) {
    const auto& [kind, format] = GetParam();
    TempDir dir;
    const fs::path file = dir / ("draft." + format);
    const RunResult made = run_draftcheck("new --kind " + kind + " --area Northmoor --output '" + file.string() + "'");
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_EQ(made.out, "");
    const RunResult checked = run_draftcheck("check --format json '" + file.string() + "'");
    ASSERT_TRUE(checked.exit_code == 0 || checked.exit_code == 1) << checked.err << checked.out;
    const json report = json::parse(checked.out);
    const json& result = report["results"][0];
    EXPECT_EQ(result["checked"], true);
    EXPECT_EQ(result["kind"], kind);
    for (const auto& finding : result["findings"]) EXPECT_NE(finding["rule"], "schema") << finding.dump();
    // Every section of the schema is there, and each list of entities holds one.
    const json schema = json::parse(read_file(fs::path(SOURCE_DIR) / "schemas/draft.schema.json"));
    const std::string text = read_file(file);
    for (const auto& [section, _] : schema["properties"].items())
        if (section != "$schema" || format == "json") {
            EXPECT_NE(text.find(format == "json" ? "\"" + section + "\":" : "\n" + section + ":"), std::string::npos) << section;
        }
    for (const char* entity : {"priorities-1", "blocks-1", "outcomes-1", "indicators-1", "reward_targets-1", "measures-1", "funding_streams-1", "freedoms-1", "partners-1"})
        EXPECT_NE(text.find(entity), std::string::npos) << entity;
    // It refuses to replace a file.
    const RunResult again = run_draftcheck("new --kind " + kind + " --output '" + file.string() + "'");
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_EQ(read_file(file), text);
}

INSTANTIATE_TEST_SUITE_P(Kinds, NewDraft,
                         ::testing::Combine(::testing::Values("laa", "lpsa2", "laa2008"), ::testing::Values("yaml", "json")),
                         [](const auto& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param); });

TEST(NewDraftGolden, YamlWithComments) {
    const RunResult run = run_draftcheck("new --kind laa --area Northmoor");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    expect_golden("new-laa.yaml.golden", run.out);
}

}  // namespace
}  // namespace draftcheck
