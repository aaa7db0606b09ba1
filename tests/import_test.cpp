// `draftcheck import`: a targets table saved from Excel as CSV applied to a draft, by id; a bad cell
// named by row and column with what to write; the draft untouched unless every row applies.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "author/csv.h"
#include "core/error.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using nlohmann::json;
using namespace draftcheck::testing;

TEST(Csv, QuotingBomAndCrlf) {
    const auto rows = read_csv(SourceText::from_string("t.csv", "\xEF\xBB\xBFId,Title\r\nrt-1,\"Reduce \"\"violent\"\" crime, by 10%\"\r\n\r\nrt-2,\"two\nlines\"\r\n"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells[0].text, "Id");
    EXPECT_EQ(rows[1].cells[1].text, "Reduce \"violent\" crime, by 10%");
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[2].cells[1].text, "two\nlines");
    EXPECT_EQ(rows[2].line, 4);
}

TEST(Csv, RefusesWindows1252AndBrokenQuotes) {
    const auto refusal = [](const std::string& text) {
        try {
            read_csv(SourceText::from_string("t.csv", text));
        } catch (const InputError& e) {
            return e.describe();
        }
        return std::string("accepted");
    };
    EXPECT_EQ(refusal("Id,Baseline\nrt-1,\xA3" "5\n"),
              "t.csv:2:6: error: this byte is not UTF-8: in Excel, save the table with \"Save as\", type \"CSV UTF-8 (Comma delimited)\"");
    EXPECT_EQ(refusal("Id\n\"rt-1\n"), "t.csv:2:1: error: this quoted cell is never closed: add the closing \" (a quote inside a cell is written \"\")");
    EXPECT_EQ(refusal("Id\nrt\"1\n").substr(0, 14), "t.csv:2:3: err");
}

const char* kDraft = R"({
  "agreement": {
    "kind": "laa",
    "area": "Northmoor"
  },
  "indicators": [
    {
      "id": "ind-1",
      "title": "Old title"
    }
  ],
  "reward_targets": [
    {
      "id": "rt-1",
      "measures": [
        {
          "id": "rt-1-m1",
          "unit": "% of pupils"
        }
      ]
    }
  ]
}
)";

TEST(ImportCommand, UpdatesByIdAndAdds) {
    TempDir dir;
    write_file(dir / "draft.json", kDraft);
    write_file(dir / "targets.csv",
               "\xEF\xBB\xBFMeasure ID,Reward target,Title,Unit,Polarity,Baseline,Baseline period,Baseline source,Without agreement,With agreement,Target date,Lead partner\r\n"
               "rt-1-m1,rt-1,\"Pupils achieving 5 A*-C, including English\",,higher_is_better,48.5,2004/05,DfES,52,56,2008-07-31,p-lea\r\n"
               "rt-2-m1,rt-2,Violent crime,offences,lower_is_better,1300000,2004/05,Police,,,,\r\n"
               "ind-1,,New title,,,12.1,,,,,,\r\n");
    const RunResult run = run_draftcheck("import '" + (dir / "targets.csv").string() + "' --into '" + (dir / "draft.json").string() + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, (dir / "draft.json").string() + ": 2 updated, 1 added from " + (dir / "targets.csv").string() + "\n");
    const json after = json::parse(read_file(dir / "draft.json"));
    const json& m1 = after["reward_targets"][0]["measures"][0];
    EXPECT_EQ(m1["title"], "Pupils achieving 5 A*-C, including English");
    EXPECT_EQ(m1["unit"], "% of pupils");  // an empty cell leaves the field
    EXPECT_EQ(m1["baseline"], json({{"value", 48.5}, {"period", "2004/05"}, {"source", "DfES"}}));
    EXPECT_EQ(m1["without_agreement"], json({{"value", 52}}));
    EXPECT_EQ(m1["with_agreement"], json({{"value", 56}}));
    EXPECT_EQ(m1["target_date"], "2008-07-31");
    EXPECT_EQ(after["reward_targets"][0]["lead_partner"], "p-lea");
    EXPECT_EQ(after["reward_targets"][1]["id"], "rt-2");
    EXPECT_EQ(after["reward_targets"][1]["measures"][0]["baseline"]["value"], 1300000);
    EXPECT_EQ(after["indicators"][0]["title"], "New title");
    EXPECT_EQ(after["indicators"][0]["baseline"]["value"], 12.1);
    // Key order is kept: agreement first, as written.
    EXPECT_TRUE(read_file(dir / "draft.json").starts_with("{\n  \"agreement\": {\n    \"kind\": \"laa\""));
}

TEST(ImportCommand, BadCellsNamedAndDraftUntouched) {
    TempDir dir;
    write_file(dir / "draft.json", kDraft);
    write_file(dir / "targets.csv",
               "Id,Reward target,Baseline,With agreement,Target date,Polarity,Colour\n"
               "rt-1-m1,rt-1,£1.3m,12.1%,1/4/2006,Higher is better,\n"
               "ind-1,,abc,56,,,\n");
    const RunResult run = run_draftcheck("import '" + (dir / "targets.csv").string() + "' --into '" + (dir / "draft.json").string() + "'");
    EXPECT_EQ(run.exit_code, 2);
    const std::string csv = (dir / "targets.csv").string();
    EXPECT_EQ(run.err,
              csv + ":1:63: error: column G: the heading \"Colour\" is not one draftcheck reads; schemas/targets-columns.json lists the headings accepted for each column\n" +
              csv + ":2:14: error: row 2, column C (Baseline): \"£1.3m\" is not a plain number: write 1300000 (no £ sign, %, commas or words: the unit column says what the number counts)\n" +
              csv + ":2:20: error: row 2, column D (With agreement): \"12.1%\" is not a plain number: write 12.1 (no £ sign, %, commas or words: the unit column says what the number counts)\n" +
              csv + ":2:26: error: row 2, column E (Target date): \"1/4/2006\" is not written year-month-day: write 2006-04-01 (read as day/month/year, the UK order)\n" +
              csv + ":2:35: error: row 2, column F (Polarity): \"Higher is better\" is not a polarity: write higher_is_better\n" +
              csv + ":3:8: error: row 3, column C (Baseline): \"abc\" is not a plain number: write a number such as 12.1, or leave the cell empty\n");
    EXPECT_EQ(read_file(dir / "draft.json"), kDraft);
}

TEST(ImportCommand, IntoYaml) {
    TempDir dir;
    write_file(dir / "draft.yaml", "agreement:\n  kind: laa\n  area: Northmoor\n");
    write_file(dir / "targets.csv", "Id,Title\nind-9,Recycling\n");
    const RunResult run = run_draftcheck("import '" + (dir / "targets.csv").string() + "' --into '" + (dir / "draft.yaml").string() + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_file(dir / "draft.yaml"), "agreement:\n  kind: laa\n  area: Northmoor\nindicators:\n  - id: ind-9\n    title: Recycling\n");
}

// An officer's comments survive the rewrite, each placed as docs/draft-format.md says; a '#' inside
// a quoted or block value is text. Converting the result again changes nothing.
TEST(ImportCommand, KeepsYamlComments) {
    TempDir dir;
    write_file(dir / "draft.yaml",
               "# Northmoor LAA, second draft: kept by the policy team\n"
               "agreement:\n"
               "  kind: laa   # 2005 guidance\n"
               "  # agreed at the board on 3 May\n"
               "  area: Northmoor\n"
               "indicators:\n"
               "  - id: ind-1   # from the LPSA\n"
               "    # the title the board used\n"
               "    title: \"Recycling # household waste\"\n"
               "    notes: |\n"
               "      # not a comment: part of the text\n"
               "      second line\n"
               "  # before the second indicator\n"
               "  - id: ind-2\n"
               "    title: Litter\n"
               "  # end of the indicators\n"
               "# end of the draft\n");
    write_file(dir / "targets.csv", "Id,Title\nind-1,Recycling rate\nind-3,Composting\n");
    const RunResult run = run_draftcheck("import '" + (dir / "targets.csv").string() + "' --into '" + (dir / "draft.yaml").string() + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const std::string expected =
        "# Northmoor LAA, second draft: kept by the policy team\n"
        "agreement:\n"
        "  # 2005 guidance\n"
        "  kind: laa\n"
        "  # agreed at the board on 3 May\n"
        "  area: Northmoor\n"
        "indicators:\n"
        "  # from the LPSA\n"
        "  - id: ind-1\n"
        "    # the title the board used\n"
        "    title: Recycling rate\n"
        "    notes: \"# not a comment: part of the text\\nsecond line\\n\"\n"
        "  # before the second indicator\n"
        "  - id: ind-2\n"
        "    title: Litter\n"
        "  - id: ind-3\n"
        "    title: Composting\n"
        "# end of the indicators\n"
        "# end of the draft\n";
    EXPECT_EQ(read_file(dir / "draft.yaml"), expected);
    const RunResult again = run_draftcheck("convert '" + (dir / "draft.yaml").string() + "' --to yaml");
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, expected);
    const RunResult json_out = run_draftcheck("convert '" + (dir / "draft.yaml").string() + "' --to json");
    EXPECT_EQ(json_out.exit_code, 0);
    EXPECT_EQ(json_out.err, (dir / "draft.yaml").string() + ": note: JSON has no comments, so the 8 comments are not in the JSON\n");
    EXPECT_EQ(json::parse(json_out.out)["indicators"][0]["notes"], "# not a comment: part of the text\nsecond line\n");
}

}  // namespace
}  // namespace draftcheck
