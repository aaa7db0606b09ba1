// "Did you mean ...?" wherever a draft names something: an agreement kind, an id it refers to, an
// enum value, a field name.
#include <gtest/gtest.h>

#include "check/check_draft.h"
#include "check/installation.h"
#include "source_installation.h"
#include "test_support.h"

namespace draftcheck {
namespace {

DraftReport check_text(const std::string& name, const std::string& text) {
    return check_source(source_installation(), SourceText::from_string(name, text), {});
}

const Finding* finding_at(const DraftReport& report, const std::string& rule, const std::string& pointer) {
    for (const auto& f : report.findings)
        if (f.rule == rule && f.pointer == pointer) return &f;
    return nullptr;
}

TEST(DidYouMean, AgreementKind) {
    const DraftReport report = check_text("d.yaml", "agreement:\n  kind: LAA\n");
    EXPECT_FALSE(report.checked);
    EXPECT_EQ(report.error, "d.yaml:2:3: error: \"LAA\" is not a kind of agreement draftcheck knows (did you mean \"laa\"?): set \"agreement\": "
                            "{\"kind\": ...} to \"lpsa2\", \"laa\" or \"laa2008\", or pass --kind");
}

TEST(DidYouMean, IdReferences) {
    const DraftReport report = check_text("d.yaml",
                                          "agreement:\n  kind: laa\nblocks:\n  - id: blk-ssc\n    code: SSC\noutcomes:\n"
                                          "  - id: out-1\n    block: blk-sc\n  - id: out-2\n    block: blk-zzz-unrelated\n");
    ASSERT_TRUE(report.checked) << report.error;
    const Finding* slip = finding_at(report, "story.unknown-references", "/outcomes/0/block");
    ASSERT_NE(slip, nullptr);
    EXPECT_TRUE(slip->suggestion.starts_with("Did you mean 'blk-ssc'? Correct the id")) << slip->suggestion;
    EXPECT_EQ(slip->line, 8);
    const Finding* other = finding_at(report, "story.unknown-references", "/outcomes/1/block");
    ASSERT_NE(other, nullptr);
    EXPECT_TRUE(other->suggestion.starts_with("Correct the id")) << other->suggestion;
}

TEST(DidYouMean, EnumValuesAndFieldNames) {
    const DraftReport report = check_text("d.json", R"({"agreement": {"kind": "laa", "tier": "Unitary", "aera": "Halton"}})");
    ASSERT_TRUE(report.checked) << report.error;
    const Finding* tier = finding_at(report, "schema", "/agreement/tier");
    ASSERT_NE(tier, nullptr);
    EXPECT_TRUE(tier->suggestion.starts_with("Did you mean \"unitary\"?")) << tier->suggestion;
    const Finding* field = finding_at(report, "schema", "/agreement/aera");
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(field->suggestion, "Did you mean \"area\"?");
}

}  // namespace
}  // namespace draftcheck

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

TEST(DidYouMean, RuleSectionAndKind) {
    TempDir dir;
    write_file(dir / "local" / "slip.lua",
               "return { id = 'local.slip', title = 't', section = 'telling-the-stroy', severity = 'advice', kinds = { 'lpsa', 'laa' },\n"
               "  guidance = 'g', rationale = 'r', params = {}, check = function() end }\n");
    const RunResult run = run_draftcheck("check --format list --rules '" + dir.path().string() + "' examples/northmoor-laa-final.json");
    const std::string all = run.out + run.err;
    EXPECT_NE(all.find("the section \"telling-the-stroy\" is not one of those in rules/sections.json (did you mean \"telling-the-story\"?)"), std::string::npos) << all;
    EXPECT_NE(all.find("the kind \"lpsa\" is not one of lpsa2, laa, laa2008 (did you mean \"lpsa2\"?)"), std::string::npos) << all;
}

}  // namespace
}  // namespace draftcheck
