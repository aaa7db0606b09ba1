// Installing as a user would: `cmake --install` to a prefix, and the .deb CPack builds unpacked
// into a scratch root. Either way the installed binary, run from another folder, reads the rules,
// schemas and letter installed with it, and gives the same findings as the build tree's.
#include <gtest/gtest.h>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

const std::string example = "northmoor-laa-final";

// The golden list output of the example, as checked from a folder holding examples/.
std::string expected_list() { return read_file(fs::path(SOURCE_DIR) / "tests/golden" / (example + ".list.golden")); }

// Copies the example into `dir`/examples and checks it there with `binary`, as the golden file was made.
RunResult check_copy(const fs::path& binary, const fs::path& dir) {
    fs::create_directories(dir / "examples");
    fs::copy_file(fs::path(SOURCE_DIR) / "examples" / (example + ".json"), dir / "examples" / (example + ".json"));
    RunResult run = run_shell("'" + binary.string() + "' check --format list examples/" + example + ".json", dir);
    run.out += "exit " + std::to_string(run.exit_code) + "\n";
    return run;
}

TEST(Install, CmakeInstallGivesABinaryThatWorksFromAnywhere) {
    TempDir prefix("prefix");
    const RunResult install = run_shell("cmake --install '" + std::string(BUILD_DIR) + "' --prefix '" + prefix.path().string() + "'", "/");
    ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
    for (const char* file : {"bin/draftcheck", "share/draftcheck/rules/sections.json", "share/draftcheck/rules/templates/rule.lua.in",
                             "share/draftcheck/schemas/draft.schema.json", "share/draftcheck/letter/templates.json", "share/man/man1/draftcheck.1",
                             "share/bash-completion/completions/draftcheck"})
        EXPECT_TRUE(fs::is_regular_file(prefix / file)) << file;

    const fs::path binary = prefix / "bin/draftcheck";
    // From /, with DRAFTCHECK_HOME pointing elsewhere: the installed files win.
    const RunResult version = run_shell("'" + binary.string() + "' --version", "/", "DRAFTCHECK_HOME=/nonexistent");
    EXPECT_EQ(version.out, std::string("draftcheck ") + DRAFTCHECK_VERSION + "\nhome: " + (prefix / "share/draftcheck").string() +
                               " (installed beside " + binary.string() + ")\n");
    const std::string draft = std::string(SOURCE_DIR) + "/examples/" + example + ".json";
    const RunResult letter = run_shell("'" + binary.string() + "' check '" + draft + "'", "/");
    EXPECT_EQ(letter.err, "");
    EXPECT_EQ(letter.exit_code, 0);
    EXPECT_NE(letter.out.find("response"), std::string::npos) << letter.out.substr(0, 300);

    TempDir elsewhere("elsewhere");
    const RunResult listed = check_copy(binary, elsewhere.path());
    EXPECT_EQ(listed.err, "");
    EXPECT_EQ(listed.out, expected_list());
}

TEST(Install, TheDebInstallsIntoAScratchRootAndRuns) {
    TempDir work("deb");
    const RunResult pack = run_shell("cpack -G DEB --config '" + std::string(BUILD_DIR) + "/CPackConfig.cmake' -B '" + (work / "out").string() + "'", "/");
    ASSERT_EQ(pack.exit_code, 0) << pack.out << pack.err;
    const RunResult deb = run_shell("ls '" + (work / "out").string() + "'/draftcheck_*.deb", "/");
    ASSERT_EQ(deb.exit_code, 0);
    const std::string file = deb.out.substr(0, deb.out.find('\n'));

    const RunResult depends = run_shell("dpkg-deb -f '" + file + "' Depends", "/");
    EXPECT_NE(depends.out.find("liblua5.4-0"), std::string::npos) << depends.out;
    EXPECT_NE(depends.out.find("libstdc++6"), std::string::npos) << depends.out;
    // What the serve page loads from /usr/share/javascript, which no library link reveals.
    EXPECT_NE(depends.out.find("libjs-json-editor"), std::string::npos) << depends.out;
    EXPECT_NE(depends.out.find("libjs-codemirror"), std::string::npos) << depends.out;

    const fs::path root = work / "root";
    ASSERT_EQ(run_shell("dpkg-deb -x '" + file + "' '" + root.string() + "'", "/").exit_code, 0);
    EXPECT_TRUE(fs::is_regular_file(root / "usr/share/man/man1/draftcheck.1"));
    EXPECT_TRUE(fs::is_regular_file(root / "usr/share/bash-completion/completions/draftcheck"));
    const RunResult listed = check_copy(root / "usr/bin/draftcheck", work / "elsewhere");
    EXPECT_EQ(listed.err, "");
    EXPECT_EQ(listed.out, expected_list());
}

}  // namespace
}  // namespace draftcheck
