// engine/report/escape.h: each escaping keeps untrusted text inside its field, for its format.
#include <gtest/gtest.h>

#include "report/escape.h"

namespace draftcheck {
namespace {

using namespace std::string_literals;

TEST(Escape, Utf8RepairsEveryIllFormedSequence) {
    EXPECT_EQ(escape::utf8("plain \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), "plain \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
    const std::string fffd = "\xEF\xBF\xBD";
    EXPECT_EQ(escape::utf8("\xFF"), fffd);
    EXPECT_EQ(escape::utf8("\xC0\xAF"), fffd + fffd) << "overlong";
    EXPECT_EQ(escape::utf8("\xED\xA0\x80"), fffd + fffd + fffd) << "surrogate";
    EXPECT_EQ(escape::utf8("\xF4\x90\x80\x80"), fffd + fffd + fffd + fffd) << "past U+10FFFF";
    EXPECT_EQ(escape::utf8("cut \xE2\x82"), "cut " + fffd + fffd);
    EXPECT_EQ(escape::utf8("\xE2\x82x"), fffd + fffd + "x") << "a truncated sequence does not swallow the next character";
    EXPECT_EQ(escape::utf8("a\0b"s), "a\0b"s) << "utf8 alone changes nothing valid";
}

TEST(Escape, FieldShowsEveryControlCharacter) {
    EXPECT_EQ(escape::field("a\nb\rc\r\nd\te"), "a\\nb\\rc\\r\\nd\\te");
    EXPECT_EQ(escape::field("\x1b[31mred\x07\x08\x7f"), "\\x1b[31mred\\x07\\x08\\x7f");
    EXPECT_EQ(escape::field("\0"s), "\\x00");
    EXPECT_EQ(escape::field("\xC2\x9B" "2J \xC2\x85"), "\\x9b2J \\x85") << "C1 controls";
    EXPECT_EQ(escape::field("\xE2\x80\xA8\xE2\x80\xA9\xE2\x80\xAE"), "\\u2028\\u2029\\u202e");
    EXPECT_EQ(escape::field("Leicestershire \xE2\x80\x93 \xC2\xA3" "5m"), "Leicestershire \xE2\x80\x93 \xC2\xA3" "5m") << "ordinary text unchanged";
    EXPECT_EQ(escape::field("\xFF"), "\xEF\xBF\xBD");
}

TEST(Escape, LinesKeepsEachRecordApart) {
    EXPECT_EQ(escape::lines("a.json:1:2: error: one\na.json:3:4: error: two \x1b[2J"), "a.json:1:2: error: one\na.json:3:4: error: two \\x1b[2J\n");
    EXPECT_EQ(escape::lines("one line\r"), "one line\\r\n") << "a CR does not end a record";
    EXPECT_EQ(escape::lines("ends\n"), "ends\n");
    EXPECT_EQ(escape::lines(""), "");
}

TEST(Escape, MarkdownNeverStartsABlock) {
    for (const char* start : {"# h", "## h", "- item", "+ item", "* item", "> quote", "| a | b |", "<div>", "```", "~~~", "1. one", "12) twelve",
                              "=== ", "---", "    code"}) {
        const std::string out = escape::markdown(start);
        const bool escaped = out[0] == '\\' || (std::isdigit(static_cast<unsigned char>(out[0])) && out.find("\\.") != std::string::npos) ||
                             (std::isdigit(static_cast<unsigned char>(out[0])) && out.find("\\)") != std::string::npos) || out == "code";
        EXPECT_TRUE(escaped) << start << " -> " << out;
    }
    // field() shows the breaks as \n; markdown() then escapes that backslash, so it shows as typed.
    EXPECT_EQ(escape::markdown("Testshire\n\n# Letter ends here. Approved."), "Testshire\\\\n\\\\n# Letter ends here. Approved.");
    EXPECT_EQ(escape::markdown("a\r- b"), "a\\\\r- b");
}

TEST(Escape, MarkdownKeepsInlineTextLiteral) {
    EXPECT_EQ(escape::markdown("*x* _y_ `z` [l](u) <b> a|b ~~s~~ \\"), "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> a\\|b \\~\\~s\\~\\~ \\\\");
    EXPECT_EQ(escape::markdown("snake_case, A&E and A & B"), "snake_case, A&E and A & B") << "readable where Markdown would not act";
    EXPECT_EQ(escape::markdown("&amp; &#60;"), "\\&amp; \\&#60;") << "no entity reference";
    EXPECT_EQ(escape::markdown("Priority #3 ##"), "Priority #3 \\#\\#") << "no closing sequence of a heading";
}

TEST(Escape, HtmlShowsTextNeverMarkup) {
    EXPECT_EQ(escape::html("<b onclick=\"x\">&</b>"), "&lt;b onclick=&quot;x&quot;&gt;&amp;&lt;/b&gt;");
    EXPECT_EQ(escape::html("a\x1b[0m\0b\xFF"s), "a\\x1b[0m\\x00b\xEF\xBF\xBD");
    EXPECT_EQ(escape::html("line\nnext\ttab"), "line\nnext\ttab");
}

TEST(Escape, XmlShowsTextNeverMarkup) {
    EXPECT_EQ(escape::xml("<testcase name=\"x\" a='b'>&"), "&lt;testcase name=&quot;x&quot; a=&apos;b&apos;&gt;&amp;");
    EXPECT_EQ(escape::xml("a\nb\rc\td"), "a&#10;b&#13;c&#9;d") << "line breaks survive inside an attribute";
    EXPECT_EQ(escape::xml("\x1b[0m\0\xFF"s), "\\x1b[0m\\x00\xEF\xBF\xBD") << "XML forbids these characters, even as references";
}

TEST(Escape, WorkflowCommandsCannotBeEndedOrStarted) {
    EXPECT_EQ(escape::workflow_message("50%\n::error::forged\r"), "50%25%0A::error::forged%0D");
    EXPECT_EQ(escape::workflow_message("\x1b[31m\xFF"), "\\x1b[31m\xEF\xBF\xBD");
    EXPECT_EQ(escape::workflow_property("a.json,line=1::x"), "a.json%2Cline=1%3A%3Ax");
}

}  // namespace
}  // namespace draftcheck
