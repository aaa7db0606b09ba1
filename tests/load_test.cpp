// Loading drafts: byte offsets to line and column, the JSON loader's refusals and where it points,
// reading files, and finding where JSON pointers sit in the text.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/limits.h"
#include "load/json_loader.h"
#include "load/position_index.h"
#include "load/source_text.h"
#include "test_support.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace std::string_literals;
using testing::TempDir;
using testing::write_file;

// The InputError parse_json throws for `text`; fails the test if it throws nothing.
InputError parse_failure(const std::string& text, int max_depth = limits::max_json_depth) {
    const SourceText source = SourceText::from_string("draft.json", text);
    try {
        parse_json(source, max_depth);
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "parse_json accepted: " << text.substr(0, 200);
    return InputError({"<accepted>"}, "<accepted>");
}

InputError read_failure(const std::string& path, std::size_t max_bytes) {
    try {
        SourceText::read(path, max_bytes);
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "SourceText::read accepted " << path;
    return InputError({"<accepted>"}, "<accepted>");
}

std::string where(const LineColumn& at) { return std::to_string(at.line) + ":" + std::to_string(at.column); }
std::string where(const InputError& e) { return std::to_string(e.where().line) + ":" + std::to_string(e.where().column); }

// ---------------------------------------------------------------- SourceText::position

TEST(PositionSourceText, MultiLineOffsets) {
    const auto source = SourceText::from_string("t", "ab\ncd\n\nef");
    EXPECT_EQ(where(source.position(0)), "1:1");
    EXPECT_EQ(where(source.position(1)), "1:2");
    EXPECT_EQ(where(source.position(2)), "1:3");  // the newline ends line 1
    EXPECT_EQ(where(source.position(3)), "2:1");
    EXPECT_EQ(where(source.position(4)), "2:2");
    EXPECT_EQ(where(source.position(6)), "3:1");  // the empty line
    EXPECT_EQ(where(source.position(7)), "4:1");
    EXPECT_EQ(where(source.position(8)), "4:2");
    EXPECT_EQ(where(source.position(9)), "4:3");    // just past the end
    EXPECT_EQ(where(source.position(500)), "4:3");  // beyond the end clamps to it
}

TEST(PositionSourceText, CrLfLineEndsCountAsOneLine) {
    const auto source = SourceText::from_string("t", "{\r\n  \"a\": 1\r\n}");
    EXPECT_EQ(where(source.position(5)), "2:3");   // the key's quote
    EXPECT_EQ(where(source.position(13)), "3:1");  // the closing brace
}

TEST(PositionSourceText, ColumnsCountCodePointsNotBytes) {
    // "café € 😀" : é is 2 bytes, € 3, 😀 4.
    const std::string line = "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\": 1";
    const auto source = SourceText::from_string("t", line + "\nx\xC3\xA9\xC3\xA9z");
    EXPECT_EQ(where(source.position(4)), "1:5");    // é
    EXPECT_EQ(where(source.position(6)), "1:6");    // the space after é
    EXPECT_EQ(where(source.position(10)), "1:8");   // the space after €
    EXPECT_EQ(where(source.position(11)), "1:9");   // 😀
    EXPECT_EQ(where(source.position(15)), "1:10");  // the closing quote
    EXPECT_EQ(where(source.position(16)), "1:11");  // the colon
    EXPECT_EQ(where(source.position(line.size() + 1 + 5)), "2:4");  // z after x é é
}

TEST(PositionSourceText, ByteOrderMarkIsDroppedSoPositionsMatchEditors) {
    const auto source = SourceText::from_string("t", "\xEF\xBB\xBF{\n  \"a\": 1}");
    EXPECT_EQ(source.text(), "{\n  \"a\": 1}");
    EXPECT_EQ(where(source.position(0)), "1:1");  // the brace, not the mark
    EXPECT_EQ(where(source.position(4)), "2:3");  // "a"
    // Only a leading mark is a BOM; one later on is text.
    const auto later = SourceText::from_string("t", "[\"\xEF\xBB\xBF\"]");
    EXPECT_EQ(later.text().size(), 7u);
}

TEST(PositionSourceText, ByteOrderMarkInAFileIsDroppedAndTheDraftParses) {
    TempDir dir("load-bom");
    const fs::path file = dir / "bom.json";
    write_file(file, "\xEF\xBB\xBF{\"agreement\": {\"kind\": \"laa\"}}");
    const SourceText source = SourceText::read(file.string(), 1000);
    EXPECT_EQ(source.text().front(), '{');
    EXPECT_EQ(source.name(), file.string());
    const json doc = parse_json(source, limits::max_json_depth);
    EXPECT_EQ(doc["agreement"]["kind"], "laa");
    const auto at = locate_pointers(source, {"/agreement/kind"});
    EXPECT_EQ(where(at.at("/agreement/kind")), "1:16");
}

// ---------------------------------------------------------------- parse_json errors

TEST(LoadParseJson, AcceptsAValidDraft) {
    const json doc = parse_json(SourceText::from_string("d", "{\"agreement\": {\"kind\": \"laa\"}, \"n\": [1, 2.5, -3]}"),
                                limits::max_json_depth);
    EXPECT_EQ(doc["agreement"]["kind"], "laa");
    EXPECT_EQ(doc["n"], json({1, 2.5, -3}));
}

TEST(LoadParseJson, EmptyText) {
    const InputError e = parse_failure("");
    EXPECT_EQ(e.where().file, "draft.json");
    EXPECT_EQ(where(e), "1:1");
    EXPECT_NE(std::string(e.what()).find("not valid JSON"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("unexpected end of input"), std::string::npos) << e.what();
    EXPECT_EQ(e.describe().rfind("draft.json:1:1: error: not valid JSON", 0), 0u) << e.describe();
}

TEST(LoadParseJson, OnlyWhiteSpace) {
    const InputError e = parse_failure("\n\n   ");
    EXPECT_EQ(where(e), "3:4");  // the end of the text
    EXPECT_NE(std::string(e.what()).find("unexpected end of input"), std::string::npos) << e.what();
}

TEST(LoadParseJson, NotJsonAtAll) {
    const InputError e = parse_failure("hello");
    EXPECT_EQ(where(e), "1:1");
    EXPECT_NE(std::string(e.what()).find("invalid literal"), std::string::npos) << e.what();
    const InputError indented = parse_failure("\n  Dear Sir,");
    EXPECT_EQ(where(indented), "2:3");
}

TEST(LoadParseJson, TruncatedPointsAtTheEnd) {
    const InputError e = parse_failure("{\n  \"a\": [1, 2");
    EXPECT_EQ(where(e), "2:13");  // just past the final "2"
    EXPECT_NE(std::string(e.what()).find("unexpected end of input"), std::string::npos) << e.what();

    const InputError in_string = parse_failure("{\n  \"area\": \"Leices");
    EXPECT_EQ(where(in_string), "2:18");
    EXPECT_NE(std::string(in_string.what()).find("missing closing quote"), std::string::npos) << in_string.what();
}

TEST(LoadParseJson, TrailingCommaInObject) {
    const InputError e = parse_failure("{\n  \"a\": 1,\n}");
    EXPECT_EQ(where(e), "3:1");  // the brace that came instead of a key
    EXPECT_NE(std::string(e.what()).find("unexpected '}'; expected string literal"), std::string::npos) << e.what();
}

TEST(LoadParseJson, TrailingCommaInArray) {
    const InputError e = parse_failure("{\"a\": [1, 2,]}");
    EXPECT_EQ(where(e), "1:13");  // the ']'
    EXPECT_NE(std::string(e.what()).find("unexpected ']'"), std::string::npos) << e.what();
}

TEST(LoadParseJson, MissingCommaBetweenArrayNumbers) {
    const InputError e = parse_failure("{\n  \"n\": [1, 2 3]\n}");
    EXPECT_EQ(where(e), "2:14");  // the "3"
    EXPECT_NE(std::string(e.what()).find("unexpected number literal; expected ']'"), std::string::npos) << e.what();
}

TEST(LoadParseJson, MissingCommaBetweenMembersLine) {
    const InputError e = parse_failure("{\n  \"agreement\": {\"kind\": \"laa\"}\n  \"format\": \"draftcheck/1\"\n}");
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(std::string(e.what()).find("unexpected string literal; expected '}'"), std::string::npos) << e.what();
}

TEST(LoadParseJson, MissingCommaBetweenMembersColumn) {
    // Regression: the error pointed at the end of the unexpected token (3:10), not its start.
    const InputError e = parse_failure("{\n  \"agreement\": {\"kind\": \"laa\"}\n  \"format\": \"draftcheck/1\"\n}");
    ASSERT_EQ(e.where().line, 3);
    EXPECT_EQ(where(e), "3:3");
}

TEST(LoadParseJson, InvalidUtf8InAString) {
    const InputError e = parse_failure("{\"a\": \"x\xFFy\"}");
    EXPECT_EQ(where(e), "1:9");  // the bad byte
    EXPECT_NE(std::string(e.what()).find("ill-formed UTF-8"), std::string::npos) << e.what();

    const InputError later = parse_failure("{\n  \"area\": \"Leic\xC3\"\n}");  // a lead byte with no continuation
    EXPECT_EQ(later.where().line, 2);
    EXPECT_NE(std::string(later.what()).find("ill-formed UTF-8"), std::string::npos) << later.what();
}

TEST(LoadParseJson, OverlongAndSurrogateUtf8AreRefused) {
    EXPECT_NE(std::string(parse_failure("[\"\xC0\xAF\"]").what()).find("ill-formed UTF-8"), std::string::npos);
    EXPECT_NE(std::string(parse_failure("[\"\xED\xA0\x80\"]").what()).find("ill-formed UTF-8"), std::string::npos);
}

TEST(LoadParseJson, NulByteInAString) {
    const InputError e = parse_failure("{\"a\": \"x\0y\"}"s);
    EXPECT_EQ(where(e), "1:9");
    EXPECT_NE(std::string(e.what()).find("a NUL byte"), std::string::npos) << e.what();
}

TEST(LoadParseJson, NulByteBetweenTokens) {
    const InputError e = parse_failure("{\"a\": 1,\0 \"b\": 2}"s);
    EXPECT_EQ(where(e), "1:9");  // the NUL
    EXPECT_NE(std::string(e.what()).find("not valid JSON"), std::string::npos) << e.what();
}

TEST(LoadParseJson, NulByteAfterTheDocument) {
    // Regression: nlohmann's lexer takes a NUL for the end of input, so text after it was ignored.
    const std::string text = "{}\0{\"hidden\": 1}"s;
    try {
        parse_json(SourceText::from_string("draft.json", text), limits::max_json_depth);
    } catch (const InputError& e) {
        EXPECT_EQ(where(e), "1:3");
        return;
    }
    ADD_FAILURE() << "text after a NUL byte was accepted";
}

TEST(LoadParseJson, TextAfterTheDocument) {
    const InputError e = parse_failure("{}\n{}");
    EXPECT_EQ(where(e), "2:1");
    EXPECT_NE(std::string(e.what()).find("expected end of input"), std::string::npos) << e.what();
}

TEST(LoadParseJson, NumberTooLargeLineAndMessage) {
    const InputError e = parse_failure("{\n  \"value\": 1e400\n}");
    EXPECT_EQ(e.where().line, 2);
    EXPECT_NE(std::string(e.what()).find("number overflow parsing '1e400'"), std::string::npos) << e.what();
    const InputError negative = parse_failure("[-1e400]");
    EXPECT_NE(std::string(negative.what()).find("number overflow parsing '-1e400'"), std::string::npos) << negative.what();
}

TEST(LoadParseJson, NumberTooLargeColumn) {
    // Regression: the column was the number's last digit (2:16), not its start.
    const InputError e = parse_failure("{\n  \"value\": 1e400\n}");
    ASSERT_EQ(e.where().line, 2);
    EXPECT_EQ(where(e), "2:12");
}

TEST(LoadParseJson, LargeButFiniteNumbersAreAccepted) {
    const json doc = parse_json(SourceText::from_string("d", "[1e300, 123456789012345678901234567890, -9223372036854775808]"),
                                limits::max_json_depth);
    EXPECT_DOUBLE_EQ(doc[0].get<double>(), 1e300);
    EXPECT_TRUE(doc[1].is_number_float());
    EXPECT_EQ(doc[2].get<std::int64_t>(), INT64_MIN);
}

TEST(LoadParseJson, DuplicateKeyPointsAtTheSecondKey) {
    const InputError e = parse_failure("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}");
    EXPECT_EQ(where(e), "4:3");
    EXPECT_EQ(std::string(e.what()), "the key \"a\" appears twice in the same object; keep one");
}

TEST(LoadParseJson, DuplicateKeyInANestedObjectAfterANumber) {
    // The lexer has already read the ',' after 1 when the second key arrives.
    const InputError e = parse_failure("{\"x\": {\"k\": 1,\"k\": 2}}");
    EXPECT_EQ(where(e), "1:15");
    EXPECT_NE(std::string(e.what()).find("\"k\" appears twice"), std::string::npos) << e.what();
}

TEST(LoadParseJson, DuplicateKeyAfterMultiByteText) {
    const InputError e = parse_failure("{\"\xC3\xA9\": \"\xE2\x82\xAC\", \"\xC3\xA9\": 2}");
    EXPECT_EQ(where(e), "1:12");  // { "é" : sp "€" , sp -> the second "é" at code point 12
}

TEST(LoadParseJson, SameKeyInDifferentObjectsIsFine) {
    const json doc = parse_json(
        SourceText::from_string("d", "{\"a\": {\"id\": 1}, \"b\": {\"id\": 2}, \"list\": [{\"id\": \"x\"}, {\"id\": \"x\"}]}"),
        limits::max_json_depth);
    EXPECT_EQ(doc["a"]["id"], 1);
    EXPECT_EQ(doc["b"]["id"], 2);
    EXPECT_EQ(doc["list"][1]["id"], "x");
}

TEST(LoadParseJson, DeepArrayNestingIsRefusedWithoutCrashing) {
    const std::string text(100'000, '[');
    const InputError e = parse_failure(text);
    EXPECT_EQ(where(e), "1:65");  // the first '[' beyond the 64 allowed
    EXPECT_EQ(std::string(e.what()), "nesting is deeper than 64 levels; a draft is far shallower");
}

TEST(LoadParseJson, DeepObjectNestingIsRefusedWithoutCrashing) {
    std::string text;
    for (int i = 0; i < 100'000; ++i) text += "{\"a\":";
    const InputError e = parse_failure(text);
    EXPECT_EQ(where(e), "1:321");  // the 65th '{' is at byte 64 * 5
    EXPECT_NE(std::string(e.what()).find("nesting is deeper than 64 levels"), std::string::npos) << e.what();
}

TEST(LoadParseJson, NestingAtExactlyTheLimitIsAccepted) {
    const int limit = limits::max_json_depth;
    const std::string at_limit = std::string(limit, '[') + "1" + std::string(limit, ']');
    json doc = parse_json(SourceText::from_string("d", at_limit), limit);
    for (int i = 0; i < limit; ++i) {
        ASSERT_TRUE(doc.is_array()) << i;
        json inner = doc[0];
        doc = std::move(inner);
    }
    EXPECT_EQ(doc, 1);

    const std::string over = std::string(limit + 1, '[') + "1" + std::string(limit + 1, ']');
    EXPECT_EQ(where(parse_failure(over, limit)), "1:" + std::to_string(limit + 1));
}

TEST(LoadParseJson, ASmallerDepthLimitIsHonoured) {
    EXPECT_NO_THROW(parse_json(SourceText::from_string("d", "{\"a\": [{}]}"), 3));
    const InputError e = parse_failure("{\"a\": [{\"b\": []}]}", 3);
    EXPECT_EQ(where(e), "1:14");
    EXPECT_EQ(std::string(e.what()), "nesting is deeper than 3 levels; a draft is far shallower");
}

// ---------------------------------------------------------------- SourceText::read

TEST(LoadReadFile, MissingFile) {
    TempDir dir("load-missing");
    const std::string path = (dir / "absent.json").string();
    const InputError e = read_failure(path, 1000);
    EXPECT_EQ(e.where().file, path);
    EXPECT_EQ(e.where().line, 0);
    EXPECT_EQ(e.describe(), path + ": error: no such file");
}

TEST(LoadReadFile, Directory) {
    TempDir dir("load-dir");
    const std::string path = dir.path().string();
    const InputError e = read_failure(path, 1000);
    EXPECT_EQ(e.where().file, path);
    EXPECT_EQ(e.where().line, 0);
    EXPECT_EQ(e.describe(), path + ": error: is a directory, not a file");
}

TEST(LoadReadFile, LargerThanTheLimit) {
    TempDir dir("load-large");
    const fs::path file = dir / "big.json";
    write_file(file, std::string(100, ' '));
    const InputError e = read_failure(file.string(), 99);
    EXPECT_EQ(e.where().file, file.string());
    EXPECT_EQ(e.where().line, 0);
    EXPECT_EQ(e.describe(), file.string() + ": error: the file is 100 bytes; files larger than 99 bytes are refused");
}

TEST(LoadReadFile, ExactlyTheLimitIsRead) {
    TempDir dir("load-limit");
    const fs::path file = dir / "ok.json";
    write_file(file, "[1, 2, 3]\n");
    const SourceText source = SourceText::read(file.string(), 10);
    EXPECT_EQ(source.text(), "[1, 2, 3]\n");
    EXPECT_EQ(source.name(), file.string());
}

TEST(LoadReadFile, BytesAreKeptExactly) {
    TempDir dir("load-bytes");
    const fs::path file = dir / "bytes.json";
    const std::string bytes = "{\"a\":\r\n\"\xC3\xA9\0\xFF\"}"s;
    ASSERT_EQ(bytes.size(), 14u);
    write_file(file, bytes);
    EXPECT_EQ(SourceText::read(file.string(), 1000).text(), bytes);
}

// ---------------------------------------------------------------- locate_pointers

const char* const kDraft =
    "{\n"
    "  \"agreement\": {\"kind\": \"laa\", \"area\": \"Derby\"},\n"
    "  \"indicators\": [\n"
    "    {\"id\": \"i1\", \"baseline\": {\"value\": 12}},\n"
    "    {\"id\": \"i2\", \"targets\": [{\"year\": \"2006/07\", \"value\": 3}]}\n"
    "  ],\n"
    "  \"a/b\": 1,\n"
    "  \"m~n\": {\"~1\": 2},\n"
    "  \"caf\\u00e9\": 3,\n"
    "  \"\\u0041x\": \"say \\\"hi\\\"\", \"after\": true\n"
    "}\n";

std::map<std::string, LineColumn> locate(const std::string& text, const std::vector<std::string>& pointers) {
    const auto source = SourceText::from_string("d", text);
    parse_json(source, limits::max_json_depth);  // locate_pointers expects text that parsed
    return locate_pointers(source, pointers);
}

TEST(PositionLocate, RootIsAtItsFirstCharacter) {
    EXPECT_EQ(where(locate(kDraft, {""}).at("")), "1:1");
    EXPECT_EQ(where(locate("\n\n  {\"a\": 1}", {""}).at("")), "3:3");
    EXPECT_EQ(where(locate("  42", {""}).at("")), "1:3");
}

TEST(PositionLocate, ObjectMembersPointAtTheirKey) {
    const auto at = locate(kDraft, {"/agreement", "/agreement/kind", "/agreement/area", "/indicators",
                                    "/indicators/0/baseline", "/indicators/0/baseline/value"});
    EXPECT_EQ(where(at.at("/agreement")), "2:3");
    EXPECT_EQ(where(at.at("/agreement/kind")), "2:17");
    EXPECT_EQ(where(at.at("/agreement/area")), "2:32");
    EXPECT_EQ(where(at.at("/indicators")), "3:3");
    EXPECT_EQ(where(at.at("/indicators/0/baseline")), "4:18");
    EXPECT_EQ(where(at.at("/indicators/0/baseline/value")), "4:31");
}

TEST(PositionLocate, ArrayElementsPointAtTheValue) {
    const auto at = locate(kDraft, {"/indicators/0", "/indicators/1", "/indicators/1/targets/0", "/indicators/1/targets/0/value"});
    EXPECT_EQ(where(at.at("/indicators/0")), "4:5");
    EXPECT_EQ(where(at.at("/indicators/1")), "5:5");
    EXPECT_EQ(where(at.at("/indicators/1/targets/0")), "5:30");
    EXPECT_EQ(where(at.at("/indicators/1/targets/0/value")), "5:50");
}

TEST(PositionLocate, KeysWithSlashAndTildeUseEscapedPointers) {
    const auto at = locate(kDraft, {"/a~1b", "/m~0n", "/m~0n/~01"});
    EXPECT_EQ(where(at.at("/a~1b")), "7:3");
    EXPECT_EQ(where(at.at("/m~0n")), "8:3");
    EXPECT_EQ(where(at.at("/m~0n/~01")), "8:11");  // the key "~1" inside "m~n"
}

TEST(PositionLocate, KeysWrittenWithUnicodeEscapes) {
    const auto at = locate(kDraft, {"/caf\xC3\xA9", "/Ax", "/after"});
    EXPECT_EQ(where(at.at("/caf\xC3\xA9")), "9:3");
    EXPECT_EQ(where(at.at("/Ax")), "10:3");
    // after a string value with escaped quotes: "\u0041x": "say \"hi\"", "after"
    EXPECT_EQ(where(at.at("/after")), "10:28");
}

TEST(PositionLocate, MissingMemberFallsBackToNearestExistingAncestor) {
    const auto at = locate(kDraft, {"/indicators/0/baseline/status", "/indicators/7", "/indicators/7/id", "/nothing",
                                    "/agreement/kind/extra", "/agreement/period/start"});
    EXPECT_EQ(where(at.at("/indicators/0/baseline/status")), "4:18");
    EXPECT_EQ(where(at.at("/indicators/7")), "3:3");
    EXPECT_EQ(where(at.at("/indicators/7/id")), "3:3");
    EXPECT_EQ(where(at.at("/nothing")), "1:1");
    EXPECT_EQ(where(at.at("/agreement/kind/extra")), "2:17");
    EXPECT_EQ(where(at.at("/agreement/period/start")), "2:3");
}

TEST(PositionLocate, NumbersFollowedDirectlyByClosingBrackets) {
    // The lexer reads one byte past a number; positions after it must not shift.
    const std::string text = "{\"a\":1,\"b\":{\"c\":2},\"d\":[3,4],\"e\":5}";
    const auto at = locate(text, {"/a", "/b", "/b/c", "/d", "/d/0", "/d/1", "/e"});
    EXPECT_EQ(where(at.at("/a")), "1:2");
    EXPECT_EQ(where(at.at("/b")), "1:8");
    EXPECT_EQ(where(at.at("/b/c")), "1:13");
    EXPECT_EQ(where(at.at("/d")), "1:20");
    EXPECT_EQ(where(at.at("/d/0")), "1:25");
    EXPECT_EQ(where(at.at("/d/1")), "1:27");
    EXPECT_EQ(where(at.at("/e")), "1:30");

    const auto nested = locate("[[1],[2,[3]],4]", {"/0/0", "/1", "/1/1", "/1/1/0", "/2"});
    EXPECT_EQ(where(nested.at("/0/0")), "1:3");
    EXPECT_EQ(where(nested.at("/1")), "1:6");
    EXPECT_EQ(where(nested.at("/1/1")), "1:9");
    EXPECT_EQ(where(nested.at("/1/1/0")), "1:10");
    EXPECT_EQ(where(nested.at("/2")), "1:14");
}

TEST(PositionLocate, NumbersAtLineEndsBeforeClosingBrackets) {
    const std::string text = "{\n  \"a\": [\n    10\n  ],\n  \"b\": 2.5\n}";
    const auto at = locate(text, {"/a/0", "/b"});
    EXPECT_EQ(where(at.at("/a/0")), "3:5");
    EXPECT_EQ(where(at.at("/b")), "5:3");
}

TEST(PositionLocate, MultiByteTextBeforeAKey) {
    const auto at = locate("{\"\xC3\xA9\": 1, \"b\": 2}", {"/\xC3\xA9", "/b"});
    EXPECT_EQ(where(at.at("/\xC3\xA9")), "1:2");
    EXPECT_EQ(where(at.at("/b")), "1:10");
}

TEST(PositionLocate, ByteOrderMarkDoesNotShiftPositions) {
    const auto at = locate("\xEF\xBB\xBF{\"a\": {\"b\": 1}}", {"", "/a", "/a/b"});
    EXPECT_EQ(where(at.at("")), "1:1");
    EXPECT_EQ(where(at.at("/a")), "1:2");
    EXPECT_EQ(where(at.at("/a/b")), "1:8");
}

TEST(PositionLocate, ManyPointersAtOnce) {
    constexpr int count = 2000;
    std::string text = "{\"items\": [\n";
    for (int i = 0; i < count; ++i) text += "  {\"id\": \"x" + std::to_string(i) + "\", \"n\": " + std::to_string(i) + "}" + (i + 1 < count ? ",\n" : "\n");
    text += "]}";
    std::vector<std::string> pointers;
    for (int i = 0; i < count; ++i) {
        pointers.push_back("/items/" + std::to_string(i));
        pointers.push_back("/items/" + std::to_string(i) + "/n");
    }
    const auto at = locate(text, pointers);
    ASSERT_EQ(at.size(), static_cast<std::size_t>(2 * count));
    for (int i = 0; i < count; ++i) {
        const std::string line = std::to_string(i + 2);
        const int n_column = 3 + static_cast<int>(std::string("{\"id\": \"x\", ").size() + std::to_string(i).size());
        ASSERT_EQ(where(at.at("/items/" + std::to_string(i))), line + ":3") << i;
        ASSERT_EQ(where(at.at("/items/" + std::to_string(i) + "/n")), line + ":" + std::to_string(n_column)) << i;
    }
}

TEST(PositionLocate, RepeatedPointersAndNoPointers) {
    EXPECT_TRUE(locate(kDraft, {}).empty());
    const auto at = locate(kDraft, {"/agreement", "/agreement"});
    ASSERT_EQ(at.size(), 1u);
    EXPECT_EQ(where(at.at("/agreement")), "2:3");
}

}  // namespace
}  // namespace draftcheck
