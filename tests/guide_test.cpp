// docs/writing-rules.md as a reviewer follows it, so the guide cannot rot: every ```sh block is run,
// in order, in a scratch copy of rules/ and schemas/ (through DRAFTCHECK_HOME, so the real rules are
// never touched), with the edits its prose asks for made by hand in between. Each step states the
// exit code and key output; a ```text block after a command is what the guide says it prints, and
// its lines must appear in that order ("..." stands for any text).
#include <gtest/gtest.h>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

struct Block {
    std::string info;  // "sh", "text", "json"...
    std::string text;
};

std::vector<Block> fenced_blocks(const std::string& markdown) {
    std::vector<Block> blocks;
    std::istringstream in(markdown);
    std::string line;
    Block* open = nullptr;
    while (std::getline(in, line)) {
        if (!line.starts_with("```")) {
            if (open) open->text += line + "\n";
        } else if (open) {
            open = nullptr;
        } else {
            blocks.push_back({line.substr(3), ""});
            open = &blocks.back();
        }
    }
    return blocks;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// A line of a shown output against a printed line: equal, except that "..." matches any text.
bool line_matches(const std::string& shown, const std::string& printed) {
    std::vector<std::string> parts;
    for (std::size_t from = 0;;) {
        const auto dots = shown.find("...", from);
        parts.push_back(shown.substr(from, dots == std::string::npos ? std::string::npos : dots - from));
        if (dots == std::string::npos) break;
        from = dots + 3;
    }
    if (parts.size() == 1) return shown == printed;
    if (printed.size() < parts.front().size() + parts.back().size() || !printed.starts_with(parts.front()) || !printed.ends_with(parts.back()))
        return false;
    std::size_t at = parts.front().size();
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
        at = printed.find(parts[i], at);
        if (at == std::string::npos) return false;
        at += parts[i].size();
    }
    return at <= printed.size() - parts.back().size();
}

// The first line of `shown` (other than a line "...") that is not printed after the lines before it.
std::optional<std::string> first_unshown(const std::string& shown, const std::string& printed) {
    const auto out = lines_of(printed);
    std::size_t next = 0;
    for (const auto& line : lines_of(shown)) {
        if (line == "...") continue;
        while (next < out.size() && !line_matches(line, out[next])) ++next;
        if (next == out.size()) return line;
        ++next;
    }
    return std::nullopt;
}

// An edit the guide asks the reader to make by hand before a command.
struct Edit {
    std::string file;   // under the scratch folder
    std::string from;
    std::string to;
    std::string shown;  // text the guide must contain, so the edit made here is the one it describes
};

struct Step {
    std::vector<Edit> edits;
    std::string command;  // the ```sh block, exactly
    int exit_code;
    std::vector<std::string> key_output;
};

const Edit fewer_indicators{"rules/params/laa.json", "\"max_indicators_per_outcome\": {\n    \"value\": 4,",
                            "\"max_indicators_per_outcome\": {\n    \"value\": 3,", "\"max_indicators_per_outcome\": {\n    \"value\": 3,"};
const Edit reword{"rules/story/priority-cites-source.lua", "\"{subject} does not cite the strategy", "\"{subject} does not name the strategy",
                  "message = \"{subject} does not name the strategy or plan it comes from.\","};
const Edit reword_test{"rules/story/priority-cites-source.test.json", "'Supportive communities', does not cite the strategy",
                       "'Supportive communities', does not name the strategy",
                       "\"message_contains\": \"Priority pri-b, 'Supportive communities', does not name the strategy or plan it comes from.\""};
const Edit drop_comma{"rules/indicators/title-present.lua", "severity = \"warning\",", "severity = \"warning\" ",
                      "delete the comma at the end of the line `severity = \"warning\",`"};
const Edit restore_comma{"rules/indicators/title-present.lua", "severity = \"warning\" ", "severity = \"warning\",", "Put the comma back"};

const std::vector<Step> steps = {
    {{}, "build/draftcheck rules list --kind laa", 0,
     {"reward-targets.max-count\treward-targets\terror\tNo more reward targets than can attract reward grant\n"}},
    {{}, "build/draftcheck rules explain reward-targets.max-count", 0,
     {"  max_reward_targets: The most reward (stretch) targets an agreement may carry.\n    lpsa2, laa: 12\n",
      "  gives:\n    error at /reward_targets/12: Reward target 13, 'Reduce burglary'"}},
    {{fewer_indicators}, "build/draftcheck rules explain indicators.manageable-number", 0, {"    lpsa2, laa: 3\n    laa2008: 4\n"}},
    {{}, "build/draftcheck check --format list examples/leicestershire-laa-2nd-draft.json", 1,
     {"3 or fewer are usually enough to show whether an outcome is being achieved. [indicators.manageable-number]\n"}},
    {{}, "build/draftcheck rules test --rule indicators.manageable-number", 0, {"5 passed, 0 failed\n"}},
    {{reword}, "build/draftcheck check --format list examples/leicestershire-laa-2nd-draft.json", 1,
     {"'Supportive communities', does not name the strategy or plan it comes from. [story.priority-cites-source]\n"}},
    {{}, "build/draftcheck rules test --rule story.priority-cites-source", 1,
     {"FAIL story.priority-cites-source: case 1 ", "    missing:    /priorities/1 warning in telling-the-story [no-source] containing",
      "    unexpected: /priorities/1 warning in telling-the-story [story.priority-cites-source no-source]", "6 passed, 1 failed\n"}},
    {{reword_test}, "build/draftcheck rules test --rule story.priority-cites-source", 0, {"7 passed, 0 failed\n"}},
    {{}, "build/draftcheck rules new --rules rules indicators.title-present", 0,
     {"Created rules/indicators/title-present.lua and rules/indicators/title-present.test.json.\n", "2 passed, 0 failed\n"}},
    {{}, "build/draftcheck rules test", 0, {" passed, 0 failed\n"}},
    {{drop_comma}, "build/draftcheck rules test --rule indicators.title-present", 1,
     {"(rules/indicators/title-present.lua, line 18) did not run: '}' expected (to close '{' at line 13) near 'kinds'", "0 passed, 1 failed\n"}},
    {{restore_comma}, "build/draftcheck rules test --rule indicators.title-present", 0, {"2 passed, 0 failed\n"}},
    {{}, "build/draftcheck rules doc --output docs/rules.md", 0, {"Wrote the catalogue of "}},
    {{}, "cat > agreed-exceptions.json <<'EOF'\n{\n  \"exceptions\": [\n    {\n      \"rule\": \"funding.pooled-or-aligned\",\n"
         "      \"entity\": \"fs-sure-start\",\n      \"reason\": \"Sure Start stays with the PCT until the children's trust is set up\",\n"
         "      \"agreed_by\": \"GOEM area team\",\n      \"date\": \"2005-11-23\"\n    }\n  ]\n}\nEOF\n"
         "echo '{ \"exceptions_file\": \"agreed-exceptions.json\" }' > draftcheck.json\n"
         "build/draftcheck config show | grep exceptions",
     0, {"agreed exceptions file: agreed-exceptions.json (draftcheck.json)\n"}},
    {{}, "build/draftcheck check --format text examples/leicestershire-laa-2nd-draft.json", 1,
     {"  Agreed exceptions (not counted)\n", "accepted: Sure Start stays with the PCT until the children's trust is set up"}},
};

TEST(Guide, EveryCommandWorksAsWritten) {
    const std::string guide = read_file(fs::path(SOURCE_DIR) / "docs/writing-rules.md");
    const std::vector<Block> blocks = fenced_blocks(guide);

    // The reader's repository: a scratch copy of what the commands change, the rest linked.
    ScratchHome home;
    fs::create_directories(home / "build");
    fs::create_symlink(DRAFTCHECK_BIN, home / "build/draftcheck");
    fs::create_directory_symlink(fs::path(SOURCE_DIR) / "examples", home / "examples");
    fs::create_directories(home / "docs");
    fs::copy_file(fs::path(SOURCE_DIR) / "docs/rules.md", home / "docs/rules.md");
    TempDir scripts("guide");

    std::size_t step = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].info != "sh") continue;
        ASSERT_LT(step, steps.size()) << "the guide has a new command; add a step for it here:\n" << blocks[b].text;
        const Step& s = steps[step++];
        ASSERT_EQ(blocks[b].text, s.command + "\n") << "command " << step << " of the guide is not the one this test expects";
        for (const Edit& edit : s.edits) {
            EXPECT_NE(guide.find(edit.shown), std::string::npos) << "the guide no longer describes this edit:\n" << edit.shown;
            ASSERT_TRUE(replace_in_file(home / edit.file, edit.from, edit.to)) << edit.from << " is not in " << edit.file;
        }
        write_file(scripts / "block.sh", blocks[b].text);
        const RunResult run = run_shell("sh -e '" + (scripts / "block.sh").string() + "'", home.path(), home.env());
        const std::string printed = run.out + run.err;
        EXPECT_EQ(run.exit_code, s.exit_code) << s.command << "\n" << printed;
        for (const auto& key : s.key_output) EXPECT_NE(printed.find(key), std::string::npos) << s.command << ": no\n" << key << "\nin\n" << printed;
        if (b + 1 < blocks.size() && blocks[b + 1].info == "text") {
            const auto missing = first_unshown(blocks[b + 1].text, printed);
            EXPECT_FALSE(missing) << s.command << ": the guide shows the line\n" << *missing << "\nwhich it does not print (in that order):\n" << printed;
        }
    }
    EXPECT_EQ(step, steps.size()) << "a command this test expects is no longer in the guide";

    // Everything happened in the scratch copy.
    EXPECT_NE(read_file(home / "docs/rules.md").find("### `indicators.title-present`: Every indicator has a title\n"), std::string::npos);
    EXPECT_FALSE(fs::exists(fs::path(SOURCE_DIR) / "rules/indicators/title-present.lua"));
}

TEST(Guide, PointsToTheConfigurationGuideForAgreedExceptions) {
    const std::string guide = read_file(fs::path(SOURCE_DIR) / "docs/writing-rules.md");
    const auto section = guide.find("\n## Recording an agreed exception\n");
    ASSERT_NE(section, std::string::npos);
    EXPECT_NE(guide.find("(configuration.md)", section), std::string::npos);
}

TEST(Guide, ShownOutputIsMatchedLineByLine) {
    EXPECT_TRUE(line_matches("a ... c", "a b c"));
    EXPECT_TRUE(line_matches("Wrote ...", "Wrote 3 rules"));
    EXPECT_FALSE(line_matches("a ... c", "a b"));
    EXPECT_FALSE(line_matches("abc", "abcd"));
    EXPECT_FALSE(first_unshown("one\n...\nthree\n", "one\ntwo\nthree\n"));
    EXPECT_EQ(first_unshown("three\none\n", "one\ntwo\nthree\n"), "one");
}

}  // namespace
}  // namespace draftcheck
