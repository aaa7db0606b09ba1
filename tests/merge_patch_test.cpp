// A rule test case as a base draft plus a JSON merge patch: the examples of RFC 7386 Appendix A,
// through case_draft, the one place rule tests and `rules explain` apply a patch.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "rules/rule_tests.h"

namespace draftcheck {
namespace {

using nlohmann::json;

json patched(const char* target, const char* patch) {
    return case_draft(json::parse(target), json{{"patch", json::parse(patch)}});
}

TEST(MergePatch, TheExamplesOfRfc7386AppendixA) {
    EXPECT_EQ(patched(R"({"a":"b"})", R"({"a":"c"})"), json::parse(R"({"a":"c"})"));
    EXPECT_EQ(patched(R"({"a":"b"})", R"({"b":"c"})"), json::parse(R"({"a":"b","b":"c"})"));
    EXPECT_EQ(patched(R"({"a":"b"})", R"({"a":null})"), json::parse(R"({})"));
    EXPECT_EQ(patched(R"({"a":"b","b":"c"})", R"({"a":null})"), json::parse(R"({"b":"c"})"));
    EXPECT_EQ(patched(R"({"a":["b"]})", R"({"a":"c"})"), json::parse(R"({"a":"c"})"));
    EXPECT_EQ(patched(R"({"a":"c"})", R"({"a":["b"]})"), json::parse(R"({"a":["b"]})"));
    EXPECT_EQ(patched(R"({"a":{"b":"c"}})", R"({"a":{"b":"d","c":null}})"), json::parse(R"({"a":{"b":"d"}})"));
    EXPECT_EQ(patched(R"({"a":[{"b":"c"}]})", R"({"a":[1]})"), json::parse(R"({"a":[1]})"));
    EXPECT_EQ(patched(R"(["a","b"])", R"(["c","d"])"), json::parse(R"(["c","d"])"));
    EXPECT_EQ(patched(R"({"a":"b"})", R"(["c"])"), json::parse(R"(["c"])"));
    EXPECT_EQ(patched(R"({"a":"foo"})", "null"), json(nullptr));
    EXPECT_EQ(patched(R"({"a":"foo"})", R"("bar")"), json("bar"));
    EXPECT_EQ(patched(R"({"e":null})", R"({"a":1})"), json::parse(R"({"e":null,"a":1})"));
    EXPECT_EQ(patched(R"([1,2])", R"({"a":"b","c":null})"), json::parse(R"({"a":"b"})"));
    EXPECT_EQ(patched(R"({})", R"({"a":{"bb":{"ccc":null}}})"), json::parse(R"({"a":{"bb":{}}})"));
}

TEST(MergePatch, ACaseWithADraftIgnoresTheBase) {
    const json base = json::parse(R"({"agreement":{"kind":"laa"}})");
    EXPECT_EQ(case_draft(base, json::parse(R"({"draft":{"agreement":{"kind":"lpsa2"}}})")), json::parse(R"({"agreement":{"kind":"lpsa2"}})"));
    EXPECT_EQ(case_draft(base, json::parse(R"({"patch":{}})")), base);
}

TEST(MergePatch, KeepsTheKeyOrderOfAnOrderedDocument) {
    using ordered = nlohmann::ordered_json;
    const ordered draft = case_draft(ordered::parse(R"({"z":1,"a":2})"), ordered::parse(R"({"patch":{"m":3,"z":4}})"));
    EXPECT_EQ(draft.dump(), R"({"z":4,"a":2,"m":3})");
}

}  // namespace
}  // namespace draftcheck
