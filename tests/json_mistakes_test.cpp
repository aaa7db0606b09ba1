// Hand-editing mistakes in JSON drafts, explained in plain words at the mistake: one broken file per
// mistake in tests/bad-drafts/json-mistakes/, each with its expected error lines (golden files in
// tests/golden/json-mistakes/), and up to ten mistakes listed at once.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/limits.h"
#include "load/document_builder.h"
#include "load/json_mistakes.h"
#include "golden_file.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

const fs::path kMistakes = fs::path(SOURCE_DIR) / "tests/bad-drafts/json-mistakes";

std::vector<std::string> mistake_files() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(kMistakes)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// "LINE:COL message" for each mistake explained in `text`.
std::vector<std::string> explained(const std::string& text) {
    const SourceText source = SourceText::from_string("d.json", text);
    std::vector<std::string> out;
    for (const auto& m : explain_json_mistakes(source)) {
        const LineColumn at = source.position(m.offset);
        out.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + " " + m.message);
    }
    return out;
}

TEST(JsonMistakes, CorpusHasAtLeastFifteen) { EXPECT_GE(mistake_files().size(), 15u); }

class JsonMistakeFile : public ::testing::TestWithParam<std::string> {};

// The command line's error lines, the exit code (2) and an untouched file.
TEST_P(JsonMistakeFile, ExplainedAtTheMistake) {
    const fs::path file = kMistakes / GetParam();
    const std::string before = read_file(file);
    const RunResult run = run_draftcheck("check --format list 'tests/bad-drafts/json-mistakes/" + GetParam() + "'");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(read_file(file), before);
    expect_golden("json-mistakes/" + GetParam().substr(0, GetParam().rfind('.')) + ".golden", run.err + "exit " + std::to_string(run.exit_code) + "\n");
}

// convert, which an officer runs to leave hand-written JSON for YAML, explains the same mistakes.
TEST_P(JsonMistakeFile, ConvertExplainsThemAlike) {
    const std::string file = "'tests/bad-drafts/json-mistakes/" + GetParam() + "'";
    const RunResult check = run_draftcheck("check --format list " + file);
    const RunResult convert = run_draftcheck("convert " + file + " --to yaml");
    EXPECT_EQ(convert.exit_code, 2);
    EXPECT_EQ(convert.out, "");
    EXPECT_EQ(convert.err, check.err);
}

INSTANTIATE_TEST_SUITE_P(Corpus, JsonMistakeFile, ::testing::ValuesIn(mistake_files()), [](const auto& info) {
    std::string name = info.param.substr(0, info.param.rfind('.'));
    for (auto& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
});

TEST(JsonMistakes, TrailingCommaNamesWhatItFollows) {
    EXPECT_EQ(explained("{\"a\": 1,\n}"), std::vector<std::string>{"1:8 remove the comma after the value of \"a\": JSON allows no comma before }"});
    EXPECT_EQ(explained("[1, 2, ]"), std::vector<std::string>{"1:6 remove the comma after the last item: JSON allows no comma before ]"});
}

TEST(JsonMistakes, MissingCommaPointsAtTheEndOfThePreviousValue) {
    EXPECT_EQ(explained("{\"a\": \"x\"\n \"b\": 2}"), std::vector<std::string>{"1:10 a comma is missing after the value of \"a\""});
}

TEST(JsonMistakes, UnclosedBracketNamesWhereItOpened) {
    EXPECT_EQ(explained("{\"blocks\": [1, 2\n}"),
              std::vector<std::string>{"1:12 the [ of \"blocks\" that opens here is never closed: add a ] before the } on line 2"});
    EXPECT_EQ(explained("{\"a\": [1}]}"), (std::vector<std::string>{"1:7 the [ of \"a\" that opens here is never closed: add a ] before the } on line 1",
                                                                  "1:10 there is more text after the end of the draft: remove it, or check that no bracket closes the draft early"}));
    EXPECT_EQ(explained("[{\"a\": 1]]"), (std::vector<std::string>{"1:2 the { that opens here is never closed: add a } before the ] on line 1",
                                                                  "1:10 there is more text after the end of the draft: remove it, or check that no bracket closes the draft early"}));
    EXPECT_EQ(explained("{\"a\": {\"b\": 1]}"), std::vector<std::string>{"1:14 this ] does not match { of \"a\" that opens here (line 1): write }"});
    EXPECT_EQ(explained("{\"a\": {\"b\": 1}"), std::vector<std::string>{"1:1 the { that opens here is never closed: add a } where it should end"});
}

TEST(JsonMistakes, ListsAtMostTen) {
    std::string many = "{";
    for (int i = 0; i < 30; ++i) many += "'k" + std::to_string(i) + "': 1, ";
    many += "}";
    EXPECT_EQ(explained(many).size(), max_json_mistakes);
}

// The draft loader's error carries every mistake; a file with none of the known mistakes keeps the parser's words.
TEST(JsonMistakes, LoaderReportsAllAndFallsBack) {
    try {
        parse_document(SourceText::from_string("d.json", "{'a': 1, b: 2}"), limits::max_json_depth);
        ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.describe(),
                  "d.json:1:2: error: not valid JSON: use double quotes \" around text: JSON does not accept single quotes '\n"
                  "d.json:1:10: error: not valid JSON: put the name in double quotes: \"b\"");
    }
    EXPECT_TRUE(explained("{\"a\": \"\\u12\"}").empty());
}

TEST(JsonMistakes, DeepNestingIsNotFollowed) {
    EXPECT_TRUE(explained(std::string(100000, '[') + "'x'").empty());
}

}  // namespace
}  // namespace draftcheck
