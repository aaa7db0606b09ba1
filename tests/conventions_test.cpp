// The command-line conventions users bring from other linters: did-you-mean, --help with examples
// and exit codes, standard input, --quiet, --max-warnings, colour, diff's exit code, and the man
// page and completion generated from the command-line definition.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

const std::string northmoor = "examples/northmoor-laa-final.json";
const std::string warnings_only = "tests/fixtures/first-draft-undecided-funding.json";

TEST(DidYouMean, AMistypedCommandIsNamedWithTheNearestOne) {
    const RunResult run = run_draftcheck("chek " + northmoor);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "error: draftcheck has no command \"chek\"; did you mean \"check\"? (draftcheck --help lists them)\n");
    const RunResult nested = run_draftcheck("rules lst");
    EXPECT_EQ(nested.exit_code, 2);
    EXPECT_EQ(nested.err, "error: draftcheck rules has no command \"lst\"; did you mean \"list\"? (draftcheck rules --help lists them)\n");
    const RunResult far = run_draftcheck("frobnicate");
    EXPECT_EQ(far.exit_code, 2);
    EXPECT_EQ(far.err, "error: draftcheck has no command \"frobnicate\" (draftcheck --help lists them)\n");
}

TEST(DidYouMean, AMistypedOptionIsNamedWithTheNearestOne) {
    const RunResult run = run_draftcheck("check --fromat list " + northmoor);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "error: draftcheck check has no option --fromat; did you mean \"--format\"? (draftcheck check --help lists them)\n");
    // An option's value is not mistaken for a command.
    const RunResult valued = run_draftcheck("check --format list --max-warning 3 " + northmoor);
    EXPECT_EQ(valued.exit_code, 2);
    EXPECT_EQ(valued.err,
              "error: draftcheck check has no option --max-warning; did you mean \"--max-warnings\"? (draftcheck check --help lists them)\n");
}

TEST(Help, ShowsExamplesAndTheExitCodes) {
    const RunResult run = run_draftcheck("--help");
    EXPECT_EQ(run.exit_code, 0);
    const auto examples = run.out.find("Examples:\n  draftcheck check examples/halton-lpsa2-draft.json  ");
    const auto codes = run.out.find("\nExit codes:\n  0  no finding at or above --fail-on");
    ASSERT_NE(examples, std::string::npos) << run.out;
    ASSERT_NE(codes, std::string::npos) << run.out;
    EXPECT_LT(examples, codes);
    EXPECT_NE(run.out.find("\n  2  a draft could not be checked, or the command line, a configuration or a data file is wrong\n"),
              std::string::npos);
}

TEST(Version, SaysWhichHomeIsInUse) {
    EXPECT_EQ(run_draftcheck("--version").out,
              std::string("draftcheck ") + DRAFTCHECK_VERSION + "\nhome: " + SOURCE_DIR + " (the source tree draftcheck was built from)\n");
    const ScratchHome home;
    EXPECT_EQ(home.run("--version").out, std::string("draftcheck ") + DRAFTCHECK_VERSION + "\nhome: " + home.path().string() + " (DRAFTCHECK_HOME)\n");
}

TEST(StandardInput, DashReadsTheDraftAndStdinFilenameNamesIt) {
    const RunResult file = run_draftcheck("check --format list " + warnings_only);
    const RunResult piped = run_draftcheck("check --format list --stdin-filename " + warnings_only + " - < " + warnings_only);
    EXPECT_EQ(piped.exit_code, file.exit_code);
    EXPECT_EQ(piped.err, "");
    EXPECT_EQ(piped.out, file.out);
    ASSERT_FALSE(file.out.empty());

    const RunResult unnamed = run_draftcheck("check --format list - < " + warnings_only);
    EXPECT_EQ(unnamed.out.rfind("<stdin>:", 0), 0u) << unnamed.out;
    const RunResult broken = run_draftcheck("check --format list - < tests/bad-drafts/truncated.json");
    EXPECT_EQ(broken.exit_code, 2);
    EXPECT_EQ(broken.err.rfind("<stdin>:", 0), 0u) << broken.err;
}

int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(Quiet, ShowsAndCountsErrorsOnly) {
    const std::string draft = "examples/leicestershire-laa-2nd-draft.json";
    const auto all = nlohmann::json::parse(run_draftcheck("check --format json " + draft).out)["results"][0]["summary"];
    ASSERT_GT(all["warning"].get<int>(), 0);
    const RunResult quiet = run_draftcheck("check --quiet --format list " + draft);
    EXPECT_EQ(quiet.exit_code, 1);
    EXPECT_EQ(count_of(quiet.out, "\n"), all["error"].get<int>());
    EXPECT_EQ(count_of(quiet.out, ": error: "), all["error"].get<int>());
    EXPECT_EQ(run_draftcheck("check --quiet --fail-on warning " + warnings_only).exit_code, 0);
    EXPECT_EQ(run_draftcheck("check --quiet --format list " + warnings_only).out, "");
}

TEST(MaxWarnings, MoreThanNWarningsExitsOne) {
    const auto summary = nlohmann::json::parse(run_draftcheck("check --format json " + warnings_only).out)["results"][0]["summary"];
    const int warnings = summary["warning"];
    ASSERT_GT(warnings, 0);
    const RunResult over = run_draftcheck("check --format list --max-warnings " + std::to_string(warnings - 1) + " " + warnings_only);
    EXPECT_EQ(over.exit_code, 1);
    EXPECT_EQ(over.err, "draftcheck: " + std::to_string(warnings) + " warnings, more than --max-warnings " + std::to_string(warnings - 1) + "\n");
    EXPECT_EQ(run_draftcheck("check --max-warnings " + std::to_string(warnings) + " " + warnings_only).exit_code, 0);
    EXPECT_EQ(run_draftcheck("check --max-warnings -1 " + warnings_only).exit_code, 2);
}

TEST(Colour, AlwaysNeverAndAutoOffAPipe) {
    const RunResult plain = run_draftcheck("check --format list " + warnings_only);
    const RunResult always = run_draftcheck("check --format list --color always " + warnings_only);
    EXPECT_EQ(run_draftcheck("check --format list --color never " + warnings_only).out, plain.out);
    EXPECT_EQ(run_draftcheck("check --format list --color auto " + warnings_only).out, plain.out);  // a pipe is no terminal
    EXPECT_EQ(plain.out.find('\033'), std::string::npos);
    const std::string first = plain.out.substr(0, plain.out.find('\n'));
    const auto colon = first.find(": warning: ");
    ASSERT_NE(colon, std::string::npos) << first;
    EXPECT_EQ(always.out.substr(0, always.out.find('\n')),
              "\033[1m" + first.substr(0, colon + 1) + "\033[0m \033[33mwarning\033[0m: " + first.substr(colon + 11));
    const RunResult text = run_draftcheck("check --format text --color always " + warnings_only);
    EXPECT_NE(text.out.find("\033[33mwarning\033[0m  "), std::string::npos) << text.out;
    EXPECT_EQ(text.out.rfind("\033[1m" + warnings_only + "\033[0m (", 0), 0u) << text.out;
}

TEST(Diff, ExitsOneForNewFindingsAtOrAboveFailOn) {
    const std::string pair = "tests/fixtures/diff/before.json tests/fixtures/diff/after.json";
    const auto diff = nlohmann::json::parse(run_draftcheck("diff --format json " + pair).out);
    bool new_error = false, new_any = !diff["new"].empty();
    for (const auto& f : diff["new"]) new_error = new_error || f["severity"] == "error";
    ASSERT_TRUE(new_any);
    EXPECT_EQ(run_draftcheck("diff " + pair).exit_code, new_error ? 1 : 0);
    EXPECT_EQ(run_draftcheck("diff --fail-on advice " + pair).exit_code, 1);
    // Going back resolves the new ones: nothing new at or above error... unless the old draft had some of its own.
    const auto back = nlohmann::json::parse(run_draftcheck("diff --format json tests/fixtures/diff/after.json tests/fixtures/diff/before.json").out);
    EXPECT_EQ(run_draftcheck("diff --fail-on advice tests/fixtures/diff/after.json tests/fixtures/diff/before.json").exit_code,
              back["new"].empty() ? 0 : 1);
    EXPECT_EQ(run_draftcheck("diff " + northmoor + " " + northmoor).exit_code, 0);
    EXPECT_EQ(run_draftcheck("diff --fail-on advice " + northmoor + " " + northmoor).exit_code, 0);
}

TEST(Generated, TheManPageComesFromTheCommandLine) {
    const RunResult man = run_draftcheck("generate man");
    EXPECT_EQ(man.exit_code, 0);
    EXPECT_EQ(man.out.find(".TH DRAFTCHECK 1"), man.out.find('\n') + 1) << man.out.substr(0, 200);
    for (const char* part : {".SS \"draftcheck check\"\n", "\\fB\\-\\-max\\-warnings\\fR \\fIVALUE\\fR\n", ".SS \"draftcheck rules new\"\n",
                             ".SH EXIT STATUS\n.TP\n\\fB0\\fR\n", ".SH EXAMPLES\n"})
        EXPECT_NE(man.out.find(part), std::string::npos) << part;
}

TEST(Generated, BashCompletesCommandsAndOptions) {
    const std::string script = "source <('" + std::string(DRAFTCHECK_BIN) + "' generate completion); complete() { :; }; ";
    const auto complete = [&](const std::string& words, int word) {
        return run_shell("bash -c \"" + script + "COMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(word) +
                             "; _draftcheck; echo \\${COMPREPLY[*]}\"",
                         SOURCE_DIR)
            .out;
    };
    EXPECT_EQ(complete("draftcheck ch", 1), "check\n");
    EXPECT_EQ(complete("draftcheck check --max", 2), "--max-warnings\n");
    EXPECT_EQ(complete("draftcheck rules ''", 2), "list explain test new doc\n");
    EXPECT_EQ(complete("draftcheck check ''", 2), "\n");  // a draft: bash falls back to file names
}

}  // namespace
}  // namespace draftcheck
