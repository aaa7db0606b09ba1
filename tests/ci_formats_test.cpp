// The formats for CI: GitHub Actions annotations and JUnit XML. Exact output for a small batch (a
// draft with findings of each severity, a draft with none, one that could not be checked), and text
// from a draft that tries to end an annotation, start a workflow command or break the XML.
#include <gtest/gtest.h>

#include <sstream>

#include "report/render.h"
#include "test_support.h"

namespace draftcheck {
namespace {

Finding finding(const std::string& rule, Severity severity, int line, const std::string& message, const std::string& suggestion) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.section = "indicators";
    f.pointer = "/indicators/0";
    f.line = line;
    f.column = 5;
    f.message = message;
    f.suggestion = suggestion;
    return f;
}

std::vector<DraftReport> batch() {
    DraftReport hostile;
    hostile.file = "drafts/a,b:c%.json";
    hostile.checked = true;
    hostile.findings = {
        finding("indicators.smart", Severity::error, 3, "Target 'x\n::error file=evil::pwned' <b>&\"'\x01", "Give a number, then: 100% of it"),
        finding("indicators.definition-present", Severity::warning, 9, "No definition.", ""),
        finding("story.inequalities-measured", Severity::advice, 12, "Break it down.", "By ward."),
    };
    DraftReport clean;
    clean.file = "drafts/clean.json";
    clean.checked = true;
    DraftReport broken;
    broken.file = "drafts/broken.json";
    broken.error = "drafts/broken.json:2:1: error: the file ends inside an object";
    return {hostile, clean, broken};
}

TEST(GithubFormat, OneAnnotationPerFindingEscapedAsTheToolkitDoes) {
    std::ostringstream out;
    render_github(batch(), out);
    EXPECT_EQ(out.str(),
              "::error file=drafts/a%2Cb%3Ac%25.json,line=3,col=5,title=indicators.smart::Target 'x%0A::error file=evil::pwned' "
              "<b>&\"'\\x01%0AGive a number, then: 100%25 of it\n"
              "::warning file=drafts/a%2Cb%3Ac%25.json,line=9,col=5,title=indicators.definition-present::No definition.\n"
              "::notice file=drafts/a%2Cb%3Ac%25.json,line=12,col=5,title=story.inequalities-measured::Break it down.%0ABy ward.\n"
              "::error file=drafts/broken.json,title=draftcheck::drafts/broken.json:2:1: error: the file ends inside an object\n");
}

TEST(JunitFormat, ASuitePerDraftAndAFailurePerErrorOrWarning) {
    std::ostringstream out;
    render_junit(batch(), out);
    EXPECT_EQ(out.str(),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<testsuites name=\"draftcheck\" tests=\"5\" failures=\"2\" errors=\"1\">\n"
              "  <testsuite name=\"drafts/a,b:c%.json\" tests=\"3\" failures=\"2\" errors=\"0\">\n"
              "    <testcase classname=\"drafts/a,b:c%.json\" name=\"indicators.smart at drafts/a,b:c%.json:3:5\">\n"
              "      <failure type=\"error\" message=\"Target &apos;x&#10;::error file=evil::pwned&apos; &lt;b&gt;&amp;&quot;&apos;\\x01\">"
              "drafts/a,b:c%.json:3:5: error: Target &apos;x&#10;::error file=evil::pwned&apos; &lt;b&gt;&amp;&quot;&apos;\\x01 "
              "[indicators.smart]&#10;Give a number, then: 100% of it</failure>\n"
              "    </testcase>\n"
              "    <testcase classname=\"drafts/a,b:c%.json\" name=\"indicators.definition-present at drafts/a,b:c%.json:9:5\">\n"
              "      <failure type=\"warning\" message=\"No definition.\">drafts/a,b:c%.json:9:5: warning: No definition. "
              "[indicators.definition-present]</failure>\n"
              "    </testcase>\n"
              "    <testcase classname=\"drafts/a,b:c%.json\" name=\"story.inequalities-measured at drafts/a,b:c%.json:12:5\">\n"
              "      <system-out>drafts/a,b:c%.json:12:5: advice: Break it down. [story.inequalities-measured]&#10;By ward.</system-out>\n"
              "    </testcase>\n"
              "  </testsuite>\n"
              "  <testsuite name=\"drafts/clean.json\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
              "    <testcase classname=\"drafts/clean.json\" name=\"check\"/>\n"
              "  </testsuite>\n"
              "  <testsuite name=\"drafts/broken.json\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
              "    <testcase classname=\"drafts/broken.json\" name=\"check\">\n"
              "      <error message=\"drafts/broken.json:2:1: error: the file ends inside an object\"/>\n"
              "    </testcase>\n"
              "  </testsuite>\n"
              "</testsuites>\n");
}

TEST(CiFormats, TheCommandLineOffersThemAndExitsAsForAnyFormat) {
    using namespace draftcheck::testing;
    for (const std::string format : {"junit", "github"}) {
        const RunResult run = run_draftcheck("check --format " + format + " examples/halton-lpsa2-draft.json");
        EXPECT_EQ(run.exit_code, 1) << format << "\n" << run.err;
        EXPECT_FALSE(run.out.empty()) << format;
    }
}

}  // namespace
}  // namespace draftcheck
