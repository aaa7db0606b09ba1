// The real binary against the hostile-draft corpus in tests/bad-drafts/: the documented exit code,
// one FILE:LINE:COL: error: line on stderr, "checked": false in json, and the file left untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace std::string_literals;
using testing::read_file;
using testing::run_draftcheck;
using testing::RunResult;
using testing::TempDir;
using testing::write_file;

const fs::path kCorpus = fs::path(SOURCE_DIR) / "tests" / "bad-drafts";

struct Unusable {
    std::string file;     // as given on the command line (relative to SOURCE_DIR, or absolute)
    int line = 0;         // 0: the error has no position
    int column = 0;       // 0 with a line: the column is not checked here
    std::string message;  // a fragment of what follows "error: "
    std::size_t lines = 1;  // error lines: one per mistake explained
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string quoted(const std::string& path) { return "'" + path + "'"; }

fs::path on_disk(const std::string& file) { return fs::path(file).is_absolute() ? fs::path(file) : fs::path(SOURCE_DIR) / file; }

// Checks the stderr line "FILE:LINE:COL: error: ..." (or "FILE: error: ..."), returning the
// column found so a caller can judge it.
int expect_error_line(const std::string& line, const Unusable& c) {
    std::string prefix = c.file + ":";
    if (c.line > 0) prefix += std::to_string(c.line) + ":";
    EXPECT_EQ(line.rfind(prefix, 0), 0u) << line;
    if (line.rfind(prefix, 0) != 0) return 0;
    std::string rest = line.substr(prefix.size());
    int column = 0;
    if (c.line > 0) {
        const auto colon = rest.find(':');
        EXPECT_NE(colon, std::string::npos) << line;
        if (colon == std::string::npos) return 0;
        column = std::stoi(rest.substr(0, colon));
        rest = rest.substr(colon + 1);
        if (c.column > 0) {
            EXPECT_EQ(column, c.column) << line;
        }
    }
    EXPECT_EQ(rest.rfind(" error: ", 0), 0u) << line;
    EXPECT_NE(rest.find(c.message), std::string::npos) << "expected \"" << c.message << "\" in: " << line;
    return column;
}

// Runs `check` in both formats on an unusable draft; returns the column of the list-format error.
int expect_unusable(const Unusable& c) {
    SCOPED_TRACE(c.file);
    const fs::path path = on_disk(c.file);
    const bool exists = fs::exists(path);
    const std::string bytes_before = exists ? read_file(path) : "";
    const auto mtime_before = exists ? fs::last_write_time(path) : fs::file_time_type{};

    const RunResult list = run_draftcheck("check --format list " + quoted(c.file));
    EXPECT_EQ(list.exit_code, 2) << list.err;
    EXPECT_EQ(list.out, "");
    const auto err_lines = lines_of(list.err);
    EXPECT_EQ(err_lines.size(), c.lines) << list.err;
    EXPECT_TRUE(list.err.ends_with("\n")) << list.err;
    const int column = err_lines.empty() ? 0 : expect_error_line(err_lines.front(), c);

    const RunResult as_json = run_draftcheck("check --format json " + quoted(c.file));
    EXPECT_EQ(as_json.exit_code, 2) << as_json.err;
    EXPECT_EQ(as_json.err, "");
    json doc;
    EXPECT_NO_THROW(doc = json::parse(as_json.out)) << as_json.out;  // valid JSON, valid UTF-8
    if (doc.is_object() && doc.contains("results") && doc["results"].size() == 1) {
        const json& result = doc["results"][0];
        EXPECT_EQ(result["file"], c.file);
        EXPECT_EQ(result["checked"], false);
        EXPECT_EQ(result["kind"], nullptr);
        EXPECT_TRUE(result["error"].is_string()) << result.dump();
        if (result["error"].is_string()) {
            EXPECT_EQ(expect_error_line(result["error"].get<std::string>(), c), column);
        }
        EXPECT_EQ(result["findings"], json::array());
        EXPECT_EQ(result["summary"], json({{"error", 0}, {"warning", 0}, {"advice", 0}, {"accepted", 0}}));
    } else {
        ADD_FAILURE() << "expected one result: " << as_json.out;
    }

    if (exists) {
        EXPECT_EQ(read_file(path), bytes_before) << "the draft was modified";
        EXPECT_EQ(fs::last_write_time(path), mtime_before) << "the draft's mtime changed";
    }
    return column;
}

TEST(BadDrafts, CorpusIsPresent) {
    for (const char* name : {"empty.json", "not-json.txt", "truncated.json", "bom.json", "invalid-utf8.json", "nul-byte.json",
                             "duplicate-keys.json", "huge-number.json", "wrong-types.json", "unknown-kind.json", "no-kind.json",
                             "root-array.json"})
        EXPECT_TRUE(fs::is_regular_file(kCorpus / name)) << name;
    EXPECT_EQ(fs::file_size(kCorpus / "empty.json"), 0u);
    EXPECT_EQ(read_file(kCorpus / "not-json.txt"), "hello");
    EXPECT_TRUE(read_file(kCorpus / "bom.json").starts_with("\xEF\xBB\xBF{"));
    EXPECT_NE(read_file(kCorpus / "nul-byte.json").find('\0'), std::string::npos);
    EXPECT_NE(read_file(kCorpus / "invalid-utf8.json").find('\xFF'), std::string::npos);
}

TEST(BadDrafts, Empty) { expect_unusable({"tests/bad-drafts/empty.json", 1, 1, "not valid JSON: the file is empty"}); }

TEST(BadDrafts, NotJson) { expect_unusable({"tests/bad-drafts/not-json.txt", 1, 1, "not valid JSON: a draft is a JSON object, starting with {"}); }

TEST(BadDrafts, Truncated) {
    // Line 4 is `    "area": "Leices` and the file ends there: the text, then the two objects, are not closed.
    expect_unusable({"tests/bad-drafts/truncated.json", 4, 13, "this text is not closed", 3});
}

TEST(BadDrafts, InvalidUtf8) { expect_unusable({"tests/bad-drafts/invalid-utf8.json", 4, 18, "the byte 0xFF is not UTF-8"}); }

TEST(BadDrafts, NulByte) { expect_unusable({"tests/bad-drafts/nul-byte.json", 4, 18, "a NUL byte (character 0)"}); }

TEST(BadDrafts, DuplicateKeys) {
    expect_unusable({"tests/bad-drafts/duplicate-keys.json", 5, 5, "the key \"area\" appears twice in the same object; keep one"});
}

TEST(BadDrafts, HugeNumber) {
    // Line 4 is `    "pump_priming_offered": 1e400`: the number spans columns 29 to 33.
    const int column = expect_unusable({"tests/bad-drafts/huge-number.json", 4, 0, "number overflow parsing '1e400'"});
    // The number's start, not its last digit (see LoadParseJson.NumberTooLargeColumn).
    EXPECT_EQ(column, 29);
}

TEST(BadDrafts, UnknownKind) {
    expect_unusable({"tests/bad-drafts/unknown-kind.json", 1, 16, "\"LAA\" is not a kind of agreement draftcheck knows"});
}

TEST(BadDrafts, NoKind) {
    expect_unusable({"tests/bad-drafts/no-kind.json", 1, 2, "the draft does not say which kind of agreement it is"});
}

TEST(BadDrafts, RootArray) {
    expect_unusable({"tests/bad-drafts/root-array.json", 1, 1, "a draft is a JSON object { ... }, but this file holds a list"});
}

TEST(BadDrafts, MissingFileHasNoPosition) {
    const int column = expect_unusable({"tests/bad-drafts/does-not-exist.json", 0, 0, "no such file"});
    EXPECT_EQ(column, 0);
    EXPECT_FALSE(fs::exists(kCorpus / "does-not-exist.json"));
}

TEST(BadDrafts, AFolderWithNoDraftsHasNoPosition) {
    // A folder is a batch of drafts (every .json file below it); one with none is a clear error.
    TempDir dir("bad-drafts-empty-folder");
    fs::create_directories(dir / "empty");
    const RunResult run = run_draftcheck("check --format list " + quoted((dir / "empty").string()));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, (dir / "empty").string() + ": error: this folder holds no .json, .yaml or .yml drafts\n");
}

TEST(BadDrafts, DeepNestingGeneratedAtTestTime) {
    TempDir dir("bad-drafts-deep");
    const fs::path file = dir / "deep-nesting.json";
    write_file(file, std::string(100'000, '['));
    expect_unusable({file.string(), 1, 65, "nesting is deeper than 64 levels"});

    const fs::path objects = dir / "deep-objects.json";
    std::string text = "{\"agreement\": {\"kind\": \"laa\"},\n \"x\": ";
    for (int i = 0; i < 100'000; ++i) text += "{\"a\": ";
    write_file(objects, text);
    // The root is level 1; the n-th {"a": on line 2 is level n + 1, so the 64th is refused.
    expect_unusable({objects.string(), 2, 7 + 63 * 6, "nesting is deeper than 64 levels"});
}

TEST(BadDrafts, NulByteAfterTheDocumentHidesNothing) {
    // Regression: text after a NUL byte was ignored and the draft passed (see LoadParseJson.NulByteAfterTheDocument).
    TempDir dir("bad-drafts-nul-tail");
    const fs::path file = dir / "nul-tail.json";
    write_file(file, "{\"agreement\": {\"kind\": \"laa\"}}\n\0{\"hidden\": 1}\n"s);
    ASSERT_EQ(fs::file_size(file), 46u);
    const RunResult list = run_draftcheck("check --format list " + quoted(file.string()));
    expect_unusable({file.string(), 2, 1, "not valid JSON"});
}

TEST(BadDrafts, WrongTypesParsesButBreaksTheSchema) {
    const std::string file = "tests/bad-drafts/wrong-types.json";
    const fs::path path = on_disk(file);
    const std::string bytes_before = read_file(path);
    const auto mtime_before = fs::last_write_time(path);
    // Every top-level section but "agreement" has the wrong type; each is reported at its key.
    const std::vector<std::pair<std::string, int>> expected = {
        {"/format", 2},           {"/submission", 4},          {"/narrative", 5},     {"/priorities", 6},
        {"/blocks", 7},           {"/outcomes", 8},            {"/indicators", 9},    {"/reward_targets", 10},
        {"/funding_streams", 11}, {"/freedoms", 12},           {"/partners", 13},     {"/governance", 14},
        {"/performance_management", 15}, {"/financial_management", 16}, {"/risk_management", 17}, {"/statements", 18}};

    const RunResult as_json = run_draftcheck("check --format json " + quoted(file));
    EXPECT_EQ(as_json.exit_code, 1) << as_json.err;
    EXPECT_EQ(as_json.err, "");
    const json doc = json::parse(as_json.out);
    const json& result = doc["results"][0];
    EXPECT_EQ(result["checked"], true);
    EXPECT_EQ(result["error"], nullptr);
    EXPECT_EQ(result["kind"], "laa");
    std::vector<std::pair<std::string, int>> schema;
    for (const auto& f : result["findings"]) {
        if (f["rule"] != "schema") continue;  // rules may add their own; the schema's are fixed
        schema.emplace_back(f["pointer"].get<std::string>(), f["line"].get<int>());
        EXPECT_EQ(f["column"], 3) << f.dump();
        EXPECT_EQ(f["severity"], "error");
        EXPECT_EQ(f["section"], "structure");
        EXPECT_NE(f["message"].get<std::string>().find(" in the draft should be "), std::string::npos) << f.dump();
    }
    EXPECT_EQ(schema, expected);  // findings come sorted by line

    const RunResult list = run_draftcheck("check --format list " + quoted(file));
    EXPECT_EQ(list.exit_code, 1);
    EXPECT_EQ(list.err, "");
    std::vector<std::string> schema_lines;
    for (const auto& line : lines_of(list.out))
        if (line.ends_with(" [schema]")) schema_lines.push_back(line);
    ASSERT_EQ(schema_lines.size(), expected.size()) << list.out;
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(schema_lines[i].rfind(file + ":" + std::to_string(expected[i].second) + ":3: error: \"" + expected[i].first.substr(1) + "\" in the draft should be ", 0), 0u)
            << schema_lines[i];

    EXPECT_EQ(read_file(path), bytes_before);
    EXPECT_EQ(fs::last_write_time(path), mtime_before);
}

TEST(BadDrafts, ByteOrderMarkDraftIsChecked) {
    const std::string file = "tests/bad-drafts/bom.json";
    const fs::path path = on_disk(file);
    const std::string bytes_before = read_file(path);
    const auto mtime_before = fs::last_write_time(path);

    const RunResult as_json = run_draftcheck("check --format json " + quoted(file));
    EXPECT_TRUE(as_json.exit_code == 0 || as_json.exit_code == 1) << as_json.exit_code << as_json.err;
    EXPECT_EQ(as_json.err, "");
    const json doc = json::parse(as_json.out);
    const json& result = doc["results"][0];
    EXPECT_EQ(result["checked"], true);
    EXPECT_EQ(result["error"], nullptr);
    EXPECT_EQ(result["kind"], "laa");
    for (const auto& f : result["findings"]) EXPECT_NE(f["rule"], "schema") << f.dump();  // the draft is well formed

    const RunResult list = run_draftcheck("check --format list " + quoted(file));
    EXPECT_EQ(list.exit_code, as_json.exit_code);
    EXPECT_EQ(list.err, "");

    EXPECT_EQ(read_file(path), bytes_before);
    EXPECT_EQ(fs::last_write_time(path), mtime_before);
}

TEST(BadDrafts, ByteOrderMarkDoesNotShiftFindingColumns) {
    TempDir dir("bad-drafts-bom");
    const fs::path file = dir / "bom-tier.json";
    write_file(file, "\xEF\xBB\xBF{\"agreement\": {\"kind\": \"laa\", \"tier\": \"Country\"}}\n");
    const RunResult list = run_draftcheck("check --format list " + quoted(file.string()));
    EXPECT_EQ(list.exit_code, 1) << list.err;
    EXPECT_NE(list.out.find(file.string() + ":1:31: error: \"tier\" in the agreement is \"Country\""), std::string::npos) << list.out;
}

}  // namespace
}  // namespace draftcheck
