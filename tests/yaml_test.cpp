// YAML drafts: how scalars are typed, what is refused and where, positions, and the examples
// converted JSON -> YAML -> JSON byte for byte with the same findings at the YAML's lines.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "author/draft_writer.h"
#include "check/check_draft.h"
#include "check/installation.h"
#include "core/error.h"
#include "core/limits.h"
#include "load/document_builder.h"
#include "load/position_index.h"
#include "golden_file.h"
#include "source_installation.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using nlohmann::json;
using namespace draftcheck::testing;

json load_yaml(const std::string& text, int max_depth = limits::max_json_depth) {
    return parse_document(SourceText::from_string("draft.yaml", text), max_depth);
}

// "LINE:COL: message" of the InputError loading `text` throws; "accepted" if none.
std::string refusal(const std::string& text, int max_depth = limits::max_json_depth) {
    try {
        load_yaml(text, max_depth);
    } catch (const InputError& e) {
        EXPECT_EQ(e.where().file, "draft.yaml");
        return std::to_string(e.where().line) + ":" + std::to_string(e.where().column) + ": " + e.what();
    }
    return "accepted";
}

TEST(YamlLoad, ChoosesTheReaderByExtension) {
    EXPECT_EQ(syntax_of("a/draft.yaml"), Syntax::yaml);
    EXPECT_EQ(syntax_of("DRAFT.YML"), Syntax::yaml);
    EXPECT_EQ(syntax_of("draft.json"), Syntax::json);
    EXPECT_EQ(syntax_of("yaml"), Syntax::json);
}

// YAML 1.1's surprises stay text; only what JSON would write as a literal is typed.
TEST(YamlLoad, PlainScalarsAreTypedOnlyWhenWrittenAsJsonWouldWriteThem) {
    const json doc = load_yaml(
        "a: no\nb: yes\nc: on\nd: 017\ne: 1e3\nf: .inf\ng: ~\nh: 0x1F\ni: \"123\"\nj: 12\nk: true\nl: null\nm:\n"
        "n: 2006-04-01\no: 1.5\np: |\n  two\n  lines\nq: 'single'\nr: -3\ns: 123456789012345678901234567890\nt: True\n"
        "u: NULL\nv: +12\nw: 1_000\nx: \"true\"\ny: 'Reduce crime: by 10%'\n");
    const json expected = {{"a", "no"},   {"b", "yes"},  {"c", "on"},   {"d", "017"},         {"e", 1000.0},  {"f", ".inf"},
                           {"g", "~"},    {"h", "0x1F"}, {"i", "123"},  {"j", 12},            {"k", true},    {"l", nullptr},
                           {"m", nullptr}, {"n", "2006-04-01"}, {"o", 1.5}, {"p", "two\nlines\n"}, {"q", "single"}, {"r", -3},
                           {"s", 123456789012345678901234567890.0}, {"t", "True"}, {"u", "NULL"}, {"v", "+12"}, {"w", "1_000"},
                           {"x", "true"}, {"y", "Reduce crime: by 10%"}};
    EXPECT_EQ(doc, expected) << doc.dump(1);
    EXPECT_TRUE(doc["j"].is_number_integer());
    EXPECT_TRUE(doc["e"].is_number_float());
}

TEST(YamlLoad, CommentsAreIgnored) {
    EXPECT_EQ(load_yaml("# a draft\nagreement:  # who\n  kind: laa  # the kind\n"), json({{"agreement", {{"kind", "laa"}}}}));
}

TEST(YamlLoad, RefusesAnchorsAliasesAndTagsWhereTheyAre) {
    EXPECT_EQ(refusal("a: &x 1\nb: 2\n"), "1:4: YAML anchors (&name) are not accepted in a draft: write the value out in full where it is needed");
    EXPECT_EQ(refusal("a: 1\nb: *x\n"), "2:4: YAML aliases (*name) are not accepted in a draft: write the value out in full");
    EXPECT_EQ(refusal("a: !!str 1\n"), "1:4: YAML tags (!name) are not accepted in a draft: remove the tag, and quote the value if it is text");
    EXPECT_EQ(refusal("list:\n  - !local {k: v}\n"), "2:5: YAML tags (!name) are not accepted in a draft: remove the tag, and quote the value if it is text");
}

// Ten levels of nine aliases would be 10^9 strings if expanded; it is refused at the first anchor.
TEST(YamlLoad, RefusesBillionLaughsWithoutExpandingIt) {
    std::string bomb = "a0: &a0 [lol]\n";
    for (int level = 1; level < 10; ++level) {
        bomb += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int k = 0; k < 9; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(level - 1);
        bomb += "]\n";
    }
    EXPECT_EQ(refusal(bomb), "1:5: YAML anchors (&name) are not accepted in a draft: write the value out in full where it is needed");
    EXPECT_EQ(refusal("a: [1, *b]\n").substr(0, 5), "1:8: ");
}

TEST(YamlLoad, RefusesWhatTheLibraryWouldLetThroughOrMisread) {
    EXPECT_EQ(refusal("a: 1\nb: 2\na: 3\n"), "3:1: the key \"a\" appears twice in the same object; keep one");
    EXPECT_EQ(refusal("a: 1\n---\nb: 2\n"),
              "2:1: a draft file holds one YAML document; remove this \"---\" and what follows it, or split the file");
    EXPECT_EQ(refusal("a: \xA3" "5\nb: 2\n"), "1:4: not valid YAML: this byte is not UTF-8; save the file as UTF-8 (in Excel or Word: \"UTF-8\" encoding)");
    EXPECT_EQ(refusal(std::string("a: x\0y\n", 7)), "1:5: not valid YAML: a NUL byte (character 0); a draft is plain text");
    EXPECT_EQ(refusal("? [1, 2]\n: x\n"), "1:3: a key must be a name (plain or quoted text), not a list or a mapping");
    EXPECT_EQ(refusal("a: 1e999\n"), "1:4: not valid YAML: the number 1e999 is too large");
    EXPECT_EQ(refusal("a: \"hello\nb: 2\n"), "1:4: not valid YAML: wrongly indented double-quoted scalar");
    EXPECT_EQ(refusal("a:\n\tb: 1\n"), "2:1: not valid YAML: tab character may not be used as indentation");
}

TEST(YamlLoad, SameDepthLimitAsJson) {
    std::string deep;
    for (int i = 0; i < 5; ++i) deep += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
    deep += std::string(10, ' ') + "v: 1\n";
    EXPECT_NO_THROW(load_yaml(deep, 6));
    EXPECT_EQ(refusal(deep, 5), "6:11: nesting is deeper than 5 levels; a draft is far shallower");
    EXPECT_EQ(refusal(std::string(70, '[') + std::string(70, ']')).substr(0, 5), "1:65:");
}

// libfyaml places this error on the line after the text (found by fuzzing a truncated example);
// it is reported at the text's end instead, a place an editor can show.
TEST(YamlLoad, AnErrorPastTheEndIsLocatedAtTheEnd) {
    EXPECT_EQ(refusal("{\n  \"a\": [\n    \"b\"\n  ],\n  "), "5:3: not valid YAML: did not find expected node content");
}

TEST(YamlLoad, EmptyFileIsNull) { EXPECT_EQ(load_yaml("# nothing yet\n"), json(nullptr)); }

TEST(YamlPositions, PointAtKeysAndItems) {
    const auto source = SourceText::from_string("d.yaml",
        "agreement:\n  kind: laa\n  area: \"Hált\"\nblocks:\n  - id: b1\n    name: x\n  - {id: b2, name: y}\n  - plain\n");
    const auto at = locate_pointers(source, {"", "/agreement/kind", "/agreement/area", "/blocks/0", "/blocks/0/name", "/blocks/1/name", "/blocks/2", "/blocks/9"});
    const auto where = [&](const std::string& p) { return std::to_string(at.at(p).line) + ":" + std::to_string(at.at(p).column); };
    EXPECT_EQ(where(""), "1:1");
    EXPECT_EQ(where("/agreement/kind"), "2:3");
    EXPECT_EQ(where("/agreement/area"), "3:3");
    EXPECT_EQ(where("/blocks/0"), "5:5");
    EXPECT_EQ(where("/blocks/0/name"), "6:5");
    EXPECT_EQ(where("/blocks/1/name"), "7:14");
    EXPECT_EQ(where("/blocks/2"), "8:5");
    EXPECT_EQ(where("/blocks/9"), "4:1");  // no such item: its list
}

TEST(YamlWrite, QuotesWhatAnotherReaderWouldRetype) {
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(
        R"({"z": "no", "a": "017", "d": "2006-04-01", "t": "Reduce crime", "c": "a: b", "h": "x #y", "e": "", "n": null,
            "b": true, "f": 1.5, "i": -3, "l": [], "o": {}, "s": ["- x", "line\nbreak", {"k": 1, "m": [1, [2, 3]]}], "yes": "~"})");
    EXPECT_EQ(write_yaml(doc),
              "z: \"no\"\na: \"017\"\nd: \"2006-04-01\"\nt: Reduce crime\nc: \"a: b\"\nh: \"x #y\"\ne: \"\"\n\"n\": null\nb: true\nf: 1.5\ni: -3\n"
              "l: []\no: {}\ns:\n  - \"- x\"\n  - \"line\\nbreak\"\n  - k: 1\n    m:\n      - 1\n      - - 2\n        - 3\n\"yes\": \"~\"\n");
    EXPECT_EQ(parse_ordered_document(SourceText::from_string("d.yaml", write_yaml(doc)), 64), doc);
}

TEST(YamlWrite, CommentsAboveMembers) {
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(R"({"a": {"b": 1}, "l": [{"id": "x", "v": 2}]})");
    const YamlComments comments{[](const std::string& pointer) { return "at " + pointer + (pointer == "/a" ? "\nsecond line" : ""); },
                                [](const std::string& pointer) { return pointer == "/a" ? "end of /a" : ""; }};
    EXPECT_EQ(write_yaml(doc, comments),
              "# at /a\n# second line\na:\n  # at /a/b\n  b: 1\n  # end of /a\n# at /l\nl:\n  # at /l/0/id\n  - id: x\n    # at /l/0/v\n    v: 2\n");
}

std::vector<std::string> example_files() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "examples"))
        if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class ExampleAsYaml : public ::testing::TestWithParam<std::string> {};

TEST_P(ExampleAsYaml, ConvertsBackByteForByte) {
    const std::string original = read_file(fs::path(SOURCE_DIR) / "examples" / GetParam());
    const std::string yaml = write_yaml(parse_ordered_document(SourceText::from_string(GetParam(), original), limits::max_json_depth));
    const std::string back = write_json(parse_ordered_document(SourceText::from_string("draft.yaml", yaml), limits::max_json_depth));
    EXPECT_EQ(back, original);
}

// The same findings, each located at the YAML line of the member it names.
TEST_P(ExampleAsYaml, GivesTheSameFindingsAtTheYamlPositions) {
    const std::string original = read_file(fs::path(SOURCE_DIR) / "examples" / GetParam());
    const std::string yaml = write_yaml(parse_ordered_document(SourceText::from_string(GetParam(), original), limits::max_json_depth));
    const DraftReport from_json = check_source(source_installation(), SourceText::from_string("draft.json", original), {});
    const DraftReport from_yaml = check_source(source_installation(), SourceText::from_string("draft.yaml", yaml), {});
    ASSERT_TRUE(from_json.checked) << from_json.error;
    ASSERT_TRUE(from_yaml.checked) << from_yaml.error;
    const auto key = [](const Finding& f) { return f.rule + " " + f.pointer + " " + f.message + " " + f.suggestion + " " + f.fingerprint; };
    std::multiset<std::string> json_keys, yaml_keys;
    for (const auto& f : from_json.findings) json_keys.insert(key(f));
    for (const auto& f : from_yaml.findings) yaml_keys.insert(key(f));
    EXPECT_EQ(json_keys, yaml_keys);

    std::vector<std::string> lines;
    std::istringstream in(yaml);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (const auto& f : from_yaml.findings) {
        ASSERT_GE(f.line, 1);
        ASSERT_LE(f.line, static_cast<int>(lines.size()));
        const std::string here = lines[static_cast<std::size_t>(f.line - 1)].substr(static_cast<std::size_t>(f.column - 1));
        const std::string last = f.pointer.substr(f.pointer.rfind('/') + 1);
        if (f.pointer.empty()) EXPECT_EQ(f.line, 1);
        else if (!last.empty() && std::isdigit(static_cast<unsigned char>(last[0]))) continue;  // an item: its value or first key
        else EXPECT_TRUE(here.starts_with(last + ":") || here.starts_with("\"" + last + "\":")) << f.pointer << " at " << f.line << ":" << f.column << ": " << here;
    }
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleAsYaml, ::testing::ValuesIn(example_files()), [](const auto& info) {
    std::string name = info.param.substr(0, info.param.find('.'));
    for (auto& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
});

TEST(ConvertCommand, WritesYamlAndBack) {
    const RunResult yaml = run_draftcheck("convert examples/northmoor-laa2008.json --to yaml");
    EXPECT_EQ(yaml.exit_code, 0) << yaml.err;
    expect_golden("northmoor-laa2008.yaml.golden", yaml.out);
    TempDir dir;
    write_file(dir / "d.yaml", yaml.out);
    const RunResult back = run_draftcheck("convert '" + (dir / "d.yaml").string() + "' --to json");
    EXPECT_EQ(back.out, read_file(fs::path(SOURCE_DIR) / "examples/northmoor-laa2008.json"));
    const RunResult over = run_draftcheck("convert '" + (dir / "d.yaml").string() + "' --to json --output '" + (dir / "d.yaml").string() + "'");
    EXPECT_EQ(over.exit_code, 2);
    EXPECT_EQ(read_file(dir / "d.yaml"), yaml.out);
    const RunResult bad = run_draftcheck("convert tests/bad-drafts/duplicate-keys.json --to yaml");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("tests/bad-drafts/duplicate-keys.json:"), std::string::npos) << bad.err;
}

// A comment above or after a plain list item (an id in a list of sources) stays with that item, as
// docs/draft-format.md says, not moved to the end of the mapping.
TEST(ConvertCommand, KeepsCommentsWithPlainListItems) {
    TempDir dir;
    write_file(dir / "d.yaml",
               "priorities:\n"
               "  - id: pri-1\n"
               "    sources:\n"
               "      # the county's\n"
               "      - doc-cs\n"
               "      - doc-cyp   # since 2004\n"
               "      # the council's own\n"
               "      - doc-cp\n"
               "    title: Young people\n");
    const RunResult run = run_draftcheck("convert '" + (dir / "d.yaml").string() + "' --to yaml");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out,
              "priorities:\n"
              "  - id: pri-1\n"
              "    sources:\n"
              "      # the county's\n"
              "      - doc-cs\n"
              "      # since 2004\n"
              "      - doc-cyp\n"
              "      # the council's own\n"
              "      - doc-cp\n"
              "    title: Young people\n");
}

}  // namespace
}  // namespace draftcheck
