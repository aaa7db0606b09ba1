// Untrusted text cannot change the structure of any output: the drafts in tests/bad-drafts/forge-*
// and the rules in tests/hostile-rules/forge/ put line breaks, Markdown, HTML, terminal sequences,
// invalid UTF-8 and NUL bytes into every field they reach, marked FORGED, and every format still
// has the lines, records and tags it would have without them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "report/escape.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using nlohmann::json;

const std::string kDrafts =
    "tests/bad-drafts/forge-markdown-blocks.json tests/bad-drafts/forge-list-records.json tests/bad-drafts/forge-terminal-controls.json";

RunResult run_format(const std::string& format, const std::string& extra = "") {
    return run_draftcheck("check --rules tests/hostile-rules/forge " + format + " " + extra + " " + kDrafts);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Valid UTF-8 with no control character but LF (and TAB where `tab` allows), and none of the
// Unicode characters that end a line or reorder text on a terminal.
void expect_plain_lines(const std::string& out, bool tab = false) {
    EXPECT_EQ(escape::utf8(out), out) << "not valid UTF-8";
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x20 && c != '\n' && !(tab && c == '\t')) ADD_FAILURE() << "control byte " << int(c) << " at " << i << ": " << out.substr(i < 40 ? 0 : i - 40, 80);
        if (c == 0x7F) ADD_FAILURE() << "DEL at " << i;
    }
    for (const char* raw : {"\xC2\x85", "\xC2\x9B", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAE"})
        EXPECT_EQ(out.find(raw), std::string::npos) << "raw U+" << std::hex << int(static_cast<unsigned char>(raw[1]));
}

TEST(ForgedOutput, TheAttacksAreThere) {
    EXPECT_NE(read_file(fs::path(SOURCE_DIR) / "tests/bad-drafts/forge-list-records.json").find("\\nforged.json:9:9: advice:"), std::string::npos);
    EXPECT_TRUE(fs::is_regular_file(fs::path(SOURCE_DIR) / "tests/hostile-rules/forge/records-and-controls.lua"));
}

TEST(ForgedOutput, NoDraftTextStartsAMarkdownLine) {
    const RunResult run = run_format("--format letter");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    expect_plain_lines(run.out);
    // Whatever Markdown could take as the start of a block, then the marker: none may begin a line.
    const std::regex forged_block(R"(^[\s#>|<*+=~`\-0-9.)\[\]!]*FORGED)");
    std::size_t forged = 0;
    for (const auto& line : lines_of(run.out)) {
        EXPECT_FALSE(std::regex_search(line, forged_block)) << line;
        if (line.find("FORGED") != std::string::npos) ++forged;
    }
    EXPECT_GT(forged, 5u) << "the forged text is shown, escaped, not dropped";
    EXPECT_NE(run.out.find("\\<div\\>FORGED html\\</div\\>"), std::string::npos);
}

TEST(ForgedOutput, NoTextForgesAListRecord) {
    const RunResult run = run_format("--format list");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    expect_plain_lines(run.out);
    const std::regex record(R"(^tests/bad-drafts/forge-[a-z-]+\.json:\d+:\d+: (error|warning|advice): .* \[[a-z0-9.-]+\]$)");
    const auto lines = lines_of(run.out);
    EXPECT_GT(lines.size(), 10u);
    for (const auto& line : lines) EXPECT_TRUE(std::regex_match(line, record)) << line;
    EXPECT_NE(run.out.find("Sure Start\\nforged.json:9:9: advice: FORGED"), std::string::npos) << "shown as \\n, on its own record";
}

TEST(ForgedOutput, AFileNameForgesNoRecord) {
    TempDir dir("forged-name");
    const fs::path file = dir / "x.json:1:1: error: FORGED [y]\nforged.json";
    fs::copy_file(fs::path(SOURCE_DIR) / "tests/fixtures/final-draft-undecided-funding.json", file);
    const RunResult run = run_draftcheck("check --format list '" + file.string() + "'");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    for (const auto& line : lines_of(run.out)) EXPECT_EQ(line.rfind(dir.path().string() + "/x.json:1:1: error: FORGED [y]\\nforged.json:", 0), 0u) << line;
}

TEST(ForgedOutput, NoTextEmitsATerminalSequenceInText) {
    const RunResult run = run_format("--format text");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    expect_plain_lines(run.out);
    for (const auto& line : lines_of(run.out)) {
        const auto start = line.find_first_not_of(' ');
        if (start != std::string::npos) {
            EXPECT_NE(line.substr(start, 6), "FORGED") << line;
        }
        EXPECT_NE(line.rfind("forged.json", 0), 0u) << line;
    }
    EXPECT_NE(run.out.find("\\x1b[31mFORGED red\\x1b[0m\\x07\\rFORGED overwrite"), std::string::npos) << "shown, not sent";
    EXPECT_NE(run.out.find("\\x9b2J\\u2028FORGED\\u202e"), std::string::npos);
}

TEST(ForgedOutput, TheSummaryKeepsOneRowPerDraft) {
    const RunResult run = run_format("--summary");
    expect_plain_lines(run.out);
    EXPECT_EQ(lines_of(run.out).size(), 5u) << run.out;  // the header, three drafts and the totals
}

std::size_t findings_in_json() {
    std::size_t count = 0;
    const json report = json::parse(run_format("--format json").out);  // kept: the loop reads inside it
    for (const auto& result : report["results"]) count += result["findings"].size();
    return count;
}

TEST(ForgedOutput, GithubAnnotationsStayOnePerFinding) {
    const RunResult run = run_format("--format github");
    expect_plain_lines(run.out);
    const std::regex command(R"(^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[^,:]+::.*$)");
    const auto lines = lines_of(run.out);
    for (const auto& line : lines) EXPECT_TRUE(std::regex_match(line, command)) << line;
    EXPECT_EQ(lines.size(), findings_in_json());
    EXPECT_NE(run.out.find("Sure Start%0Aforged.json:9:9: advice: FORGED"), std::string::npos);
}

TEST(ForgedOutput, JunitHasOnlyItsOwnElements) {
    const RunResult run = run_format("--format junit");
    expect_plain_lines(run.out);
    const std::set<std::string> allowed = {"?xml", "testsuites", "testsuite", "testcase", "failure", "error", "system-out"};
    const std::regex tag(R"(<(/?)([?A-Za-z][A-Za-z0-9-]*))");
    std::size_t testcases = 0;
    for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), tag); it != std::sregex_iterator(); ++it) {
        EXPECT_TRUE(allowed.count((*it)[2])) << (*it)[0];
        if ((*it)[1].length() == 0 && (*it)[2] == "testcase") ++testcases;
    }
    EXPECT_EQ(testcases, findings_in_json());
}

TEST(ForgedOutput, HtmlHasOnlyItsOwnTags) {
    const RunResult run = run_format("--format html");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    expect_plain_lines(run.out);
    const std::set<std::string> allowed = {"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "article", "h1", "h2", "h3", "h4",
                                           "h5", "h6", "p", "ul", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "code", "br",
                                           "header", "div", "section"};
    const std::regex tag(R"(<(/?)(!?[A-Za-z0-9]+))");
    for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), tag); it != std::sregex_iterator(); ++it)
        EXPECT_TRUE(allowed.count((*it)[2])) << (*it)[0];
    EXPECT_NE(run.out.find("&lt;script&gt;FORGED&lt;/script&gt;"), std::string::npos);
}

TEST(ForgedOutput, JsonAndSarifCarryEveryByteAsText) {
    for (const char* format : {"json", "sarif"}) {
        SCOPED_TRACE(format);
        const RunResult run = run_format(std::string("--format ") + format);
        EXPECT_EQ(escape::utf8(run.out), run.out);
        json doc;
        ASSERT_NO_THROW(doc = json::parse(run.out));
    }
    const json doc = json::parse(run_format("--format json").out);
    std::set<std::string> messages;
    for (const auto& f : doc["results"][0]["findings"]) messages.insert(f["message"].get<std::string>());
    EXPECT_TRUE(messages.count(std::string("\0", 1))) << "a NUL message is present, and is what it is";
    EXPECT_TRUE(messages.count(std::string("before\0FORGED after the NUL", 27)));
}

TEST(ForgedOutput, TheSameBytesForAnyJobs) {
    for (const char* format : {"letter", "list", "text", "html", "junit", "github"}) {
        SCOPED_TRACE(format);
        EXPECT_EQ(run_format(std::string("--format ") + format, "--jobs 1").out, run_format(std::string("--format ") + format, "--jobs 2").out);
    }
}

}  // namespace
}  // namespace draftcheck
