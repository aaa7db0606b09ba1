// The schema checker against the real schemas/draft.schema.json: which findings, where, and how
// they are worded.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/limits.h"
#include "schema/schema_checker.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using nlohmann::json;
using testing::TempDir;
using testing::write_file;

// (pointer, a fragment the message must contain)
using Expected = std::vector<std::pair<std::string, std::string>>;

std::string show(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings) out += "  [" + f.pointer + "] " + f.message.substr(0, 300) + "\n";
    return out.empty() ? "  (none)\n" : out;
}

class SchemaCheck : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        checker_ = std::make_unique<SchemaChecker>(SchemaChecker::load(std::string(SOURCE_DIR) + "/schemas/draft.schema.json"));
    }
    static void TearDownTestSuite() { checker_.reset(); }

    static std::vector<Finding> check(const json& draft) { return checker_->check(draft); }

    // The findings are exactly `expected`: one finding per entry, same pointer, message containing
    // the fragment; and every one is an error of rule "schema" in section "structure".
    static void expect_findings(const json& draft, const Expected& expected) {
        const auto findings = check(draft);
        SCOPED_TRACE("findings:\n" + show(findings));
        ASSERT_EQ(findings.size(), expected.size());
        std::vector<bool> used(findings.size(), false);
        for (const auto& [pointer, fragment] : expected) {
            bool matched = false;
            for (std::size_t i = 0; i < findings.size() && !matched; ++i) {
                if (used[i] || findings[i].pointer != pointer || findings[i].message.find(fragment) == std::string::npos) continue;
                used[i] = matched = true;
            }
            EXPECT_TRUE(matched) << "no finding at " << pointer << " saying: " << fragment;
        }
        for (const auto& f : findings) {
            EXPECT_EQ(f.rule, "schema");
            EXPECT_EQ(f.section, "structure");
            EXPECT_EQ(f.severity, Severity::error);
            EXPECT_EQ(f.line, 0);  // positions are resolved later, from the text
            EXPECT_FALSE(f.block.has_value());
        }
    }

    static Finding only_finding(const std::vector<Finding>& findings) {
        EXPECT_EQ(findings.size(), 1u) << show(findings);
        return findings.empty() ? Finding{} : findings.front();
    }

    static std::unique_ptr<SchemaChecker> checker_;
};

std::unique_ptr<SchemaChecker> SchemaCheck::checker_;

json minimal() { return json::parse(R"({"agreement": {"kind": "laa"}})"); }

TEST_F(SchemaCheck, MinimalDraftIsValid) { expect_findings(minimal(), {}); }

TEST_F(SchemaCheck, FullerValidDraftHasNoFindings) {
    const json draft = json::parse(R"({
      "format": "draftcheck/1",
      "agreement": {"kind": "laa", "area": "Derby", "tier": "unitary", "government_office": "GOEM",
                    "period": {"start": "2006-04-01", "end": "2009-03-31"},
                    "net_budget_requirement": {"value": 1000000, "year": "2006/07"}},
      "submission": {"stage": "second", "number": 2, "date": "2006-01-20"},
      "narrative": {"context": "text"},
      "outcomes": [{"id": "o1", "title": "Safer streets", "priorities": ["p1"]}],
      "indicators": [{"id": "i.2_b-3", "outcomes": ["o1"], "polarity": "lower_is_better",
                      "baseline": {"status": "known", "value": 12.5, "period": "2004/05", "by": "2006-12-01"},
                      "targets": [{"year": "2006/07", "value": 11}, {"year": "2007/08", "value": 10}],
                      "ni_code": "NI 30"}],
      "funding_streams": [{"id": "f1", "amounts": [{"year": "2006/07", "value": 0, "type": "revenue"}]}],
      "risk_management": {"risk_log": true}
    })");
    expect_findings(draft, {});
}

TEST_F(SchemaCheck, WrongTypeNamesTheEntityAndTheValue) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"},
      "indicators": [{"id": "i1"}, {"id": "i2", "baseline": {"value": "12%"}}]})");
    expect_findings(draft, {{"/indicators/1/baseline/value",
                             "\"value\" in the baseline of indicator \"i2\" should be a number, not \"12%\"."}});
    EXPECT_EQ(only_finding(check(draft)).suggestion, "Write a number here: the baseline value, in the indicator's unit.");
}

TEST_F(SchemaCheck, WrongTypeOfATopLevelSection) {
    json draft = minimal();
    draft["indicators"] = {{"id", "i1"}};
    draft["governance"] = "the board";
    expect_findings(draft, {{"/indicators", "\"indicators\" in the draft should be a list [ ... ], not an object."},
                            {"/governance", "\"governance\" in the draft should be an object { ... }, not \"the board\"."}});
}

TEST_F(SchemaCheck, EnumTypoSuggestsTheNearestValue) {
    const json draft = json::parse(R"({"agreement": {"kind": "LAA", "tier": "Country"}})");
    expect_findings(draft, {{"/agreement/kind", "\"kind\" in the agreement is \"LAA\", which is not one of the allowed values."},
                            {"/agreement/tier", "\"tier\" in the agreement is \"Country\", which is not one of the allowed values."}});
    for (const auto& f : check(draft)) {
        if (f.pointer == "/agreement/kind")
            EXPECT_EQ(f.suggestion, "Did you mean \"laa\"? Use one of: \"lpsa2\", \"laa\", \"laa2008\".");
        else
            EXPECT_EQ(f.suggestion.rfind("Did you mean \"county\"? Use one of: \"county\"", 0), 0u) << f.suggestion;
    }
}

TEST_F(SchemaCheck, EnumValueFarFromAnyChoiceHasNoGuess) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa", "government_office": "Whitehall"}})");
    const Finding f = only_finding(check(draft));
    EXPECT_EQ(f.pointer, "/agreement/government_office");
    EXPECT_EQ(f.suggestion.find("Did you mean"), std::string::npos) << f.suggestion;
    EXPECT_EQ(f.suggestion.rfind("Use one of: \"GOEM\"", 0), 0u) << f.suggestion;
}

TEST_F(SchemaCheck, UnknownFieldAndDeeperTypeErrorInOneIndicatorAreBothReported) {
    // Regression: the unknown field must not hide the type error below it, nor the reverse.
    const json draft = json::parse(R"({"agreement": {"kind": "laa"},
      "indicators": [{"id": "i1", "colour": "red", "baseline": {"value": "x"}}]})");
    expect_findings(draft, {{"/indicators/0/colour", "\"colour\" is not a field of indicator \"i1\"."},
                            {"/indicators/0/baseline/value", "\"value\" in the baseline of indicator \"i1\" should be a number, not \"x\"."}});
}

TEST_F(SchemaCheck, UnknownFieldCloseToAKnownOneSuggestsIt) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"},
      "indicators": [{"id": "i2", "baseline": {"value": 1, "stat": "known"}}]})");
    expect_findings(draft, {{"/indicators/0/baseline/stat", "\"stat\" is not a field of the baseline of indicator \"i2\"."}});
    EXPECT_EQ(only_finding(check(draft)).suggestion, "Did you mean \"status\"?");
}

TEST_F(SchemaCheck, UnknownTopLevelFieldListsTheAllowedOnes) {
    json draft = minimal();
    draft["zzzzzzzz"] = 1;
    expect_findings(draft, {{"/zzzzzzzz", "\"zzzzzzzz\" is not a field of the draft."}});
    EXPECT_NE(only_finding(check(draft)).suggestion.find("\"indicators\""), std::string::npos);
}

TEST_F(SchemaCheck, MissingRequiredIdPointsAtTheIndicator) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "i1"}, {"title": "Crime"}]})");
    expect_findings(draft, {{"/indicators/1", "indicator 2 has no \"id\", which is required."}});
    EXPECT_EQ(only_finding(check(draft)).suggestion.rfind("Add \"id\". A stable identifier", 0), 0u);
}

TEST_F(SchemaCheck, MissingAgreementPointsAtTheRoot) {
    expect_findings(json::object(), {{"", "the draft has no \"agreement\", which is required."}});
}

TEST_F(SchemaCheck, IdWithSpacesFailsThePattern) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "my id"}]})");
    expect_findings(draft, {{"/indicators/0/id", "\"id\" in indicator \"my id\" is \"my id\", which is not in the expected form."}});
}

TEST_F(SchemaCheck, YearWrittenWithADashFailsThePattern) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"},
      "indicators": [{"id": "i1", "targets": [{"year": "2006/07"}, {"year": "2006-07", "value": 1}]}]})");
    expect_findings(draft, {{"/indicators/0/targets/1/year", "\"year\" in target 2 is \"2006-07\", which is not in the expected form."}});
    EXPECT_EQ(only_finding(check(draft)).suggestion, "A financial year written YYYY/YY, for example 2006/07.");
}

TEST_F(SchemaCheck, InvalidDate) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa", "period": {"start": "2006-13-01", "end": "2009-03-31"}}})");
    expect_findings(draft, {{"/agreement/period/start", "\"start\" in the agreement's period is \"2006-13-01\", which is not in the expected form."}});
    EXPECT_EQ(only_finding(check(draft)).suggestion, "A date written YYYY-MM-DD.");
}

TEST_F(SchemaCheck, DatesAcceptWhatValijsonsDateFormatAccepts) {
    // Dates are checked by a pattern (schema_checker.cpp) standing in for valijson's "format".
    const auto start_findings = [&](const std::string& date) {
        json draft = json::parse(R"({"agreement": {"kind": "laa", "period": {"end": "2009-03-31"}}})");
        draft["agreement"]["period"]["start"] = date;
        return check(draft).size();
    };
    for (const char* good : {"2006-04-01", "2006-01-31", "2006-04-30", "2006-12-31", "2008-02-29", "2006-02-29", "12006-07-15"})
        EXPECT_EQ(start_findings(good), 0u) << good;
    for (const char* bad : {"2006-04-31", "2006-02-30", "2006-11-31", "2006-00-10", "2006-13-01", "2006-01-00", "2006-1-01",
                            "2006-01-1", "06-01-01x", "2006/01/01", " 2006-01-01", "2006-01-01 ", "", "-01-01"})
        EXPECT_EQ(start_findings(bad), 1u) << bad;
}

TEST_F(SchemaCheck, HugeIdDoesNotCrashAndIsReportedTooLong) {
    json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "x"}]})");
    draft["indicators"][0]["id"] = std::string(50'000, 'a');
    expect_findings(draft, {{"/indicators/0/id", "string should be no more than 64 characters in length."}});
}

TEST_F(SchemaCheck, HugeIdOfSpacesIsReportedOnlyAtTheId) {
    json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "x"}]})");
    draft["indicators"][0]["id"] = std::string(50'000, ' ');
    // Too long, and not in the form of an id: both are true, both at the id, nothing elsewhere.
    expect_findings(draft, {{"/indicators/0/id", "no more than 64 characters"}, {"/indicators/0/id", "which is not in the expected form."}});
}

TEST_F(SchemaCheck, HugeIdMessageStaysShort) {
    // Regression: the entity was named by its whole id, making a 50 KB message.
    json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "x"}]})");
    draft["indicators"][0]["id"] = std::string(50'000, 'a');
    const Finding f = only_finding(check(draft));
    EXPECT_LE(f.message.size(), limits::max_message_bytes);
}

TEST_F(SchemaCheck, FiveMegabyteNarrativeIsFine) {
    json draft = minimal();
    draft["narrative"]["context"] = std::string(5u << 20, 'n');
    expect_findings(draft, {});
}

TEST_F(SchemaCheck, LongStringNextToARealErrorStillFindsTheError) {
    json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "i9", "baseline": {"by": "2006-13-01"}}]})");
    draft["indicators"][0]["definition"] = std::string(100'000, 'd');
    expect_findings(draft, {{"/indicators/0/baseline/by", "\"by\" in the baseline of indicator \"i9\" is \"2006-13-01\""}});
}

TEST_F(SchemaCheck, MessagesNameTheEntity) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa", "period": {"start": 5}},
      "indicators": [{"id": "i1"}, {"id": "i2", "baseline": {"value": true}, "polarity": "up"}, {"unit": 3}],
      "reward_targets": [{"id": "rt1", "measures": [{"id": "m1", "baseline": {"value": "n/a"}}]}],
      "submission": {"stage": "second", "number": 0}})");
    expect_findings(draft, {{"/agreement/period/start", "\"start\" in the agreement's period should be text in quotes, not 5."},
                            {"/indicators/1/baseline/value", "\"value\" in the baseline of indicator \"i2\" should be a number, not true."},
                            {"/indicators/1/polarity", "\"polarity\" in indicator \"i2\" is \"up\", which is not one of the allowed values."},
                            {"/indicators/2", "indicator 3 has no \"id\", which is required."},
                            {"/indicators/2/unit", "\"unit\" in indicator 3 should be text in quotes, not 3."},
                            {"/reward_targets/0/measures/0/baseline/value",
                             "\"value\" in the baseline of measure \"m1\" should be a number, not \"n/a\"."},
                            {"/submission/number", "\"number\" in the submission is 0: "}});
}

TEST_F(SchemaCheck, WrongTypeIsOneFindingNotAlsoAFormatFailure) {
    // A number where a date belongs fails both "type" and "format"; only the type is reported.
    const json draft = json::parse(R"({"agreement": {"kind": "laa"},
      "indicators": [{"id": "i2", "baseline": {"by": 5}}, {"id": 7}]})");
    expect_findings(draft, {{"/indicators/0/baseline/by", "\"by\" in the baseline of indicator \"i2\" should be text in quotes, not 5."},
                            {"/indicators/1/id", "\"id\" in indicator 2 should be text in quotes, not 7."}});
}

TEST_F(SchemaCheck, NoDuplicateFindings) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa", "tier": "Country", "zz": 1},
      "indicators": [{"id": "a b", "zz": 1, "baseline": {"value": "1", "by": 3}, "targets": [{"year": "06/07"}, {}]},
                     {"id": "a b", "zz": 1, "baseline": {"value": "1", "by": 3}, "targets": [{"year": "06/07"}, {}]}],
      "blocks": [{"id": "CYP", "code": "cyp"}, {"code": "CYP"}, 5]})");
    const auto findings = check(draft);
    SCOPED_TRACE(show(findings));
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& f : findings) EXPECT_TRUE(seen.insert({f.pointer, f.message}).second) << "repeated: " << f.pointer << " " << f.message;
    // One finding per place here: each value breaks one thing.
    std::set<std::string> pointers;
    for (const auto& f : findings) EXPECT_TRUE(pointers.insert(f.pointer).second) << "two findings at " << f.pointer;
    EXPECT_EQ(findings.size(), 17u);
}

TEST_F(SchemaCheck, SameDraftGivesTheSameFindingsEveryRun) {
    const json draft = json::parse(R"({"agreement": {"kind": "LAA", "tier": "Country", "zz": 1, "period": {"start": "2006-13-01"}},
      "indicators": [{"id": "my id", "colour": "red", "baseline": {"value": "12%"}, "targets": [{"year": "2006-07"}]},
                     {"title": "no id"}],
      "partners": [{"id": "p1", "type": "Police"}], "zz": true})");
    const auto first = check(draft);
    const auto second = check(draft);
    ASSERT_EQ(first.size(), second.size());
    EXPECT_EQ(first.size(), 11u) << show(first);
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].pointer, second[i].pointer) << i;
        EXPECT_EQ(first[i].message, second[i].message) << i;
        EXPECT_EQ(first[i].suggestion, second[i].suggestion) << i;
    }
}

TEST_F(SchemaCheck, ConcurrentChecksAgree) {
    const json draft = json::parse(R"({"agreement": {"kind": "laa"}, "indicators": [{"id": "my id", "targets": [{"year": "2006-07"}]}]})");
    const auto expected = check(draft);
    ASSERT_EQ(expected.size(), 2u) << show(expected);
    std::vector<std::vector<Finding>> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results) threads.emplace_back([&r, &draft] { r = check(draft); });
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
        ASSERT_EQ(r.size(), expected.size());
        for (std::size_t i = 0; i < r.size(); ++i) EXPECT_EQ(r[i].message, expected[i].message);
    }
}

TEST_F(SchemaCheck, RootOfTheWrongTypeIsWordedOnce) {
    // Regression: the root was worded "the draft in the draft should be ...".
    const Finding f = only_finding(check(json::array()));
    EXPECT_EQ(f.pointer, "");
    ASSERT_NE(f.message.find("should be an object { ... }, not a list."), std::string::npos) << f.message;
    EXPECT_EQ(f.message, "the draft should be an object { ... }, not a list.");
}

// ---------------------------------------------------------------- loading schemas

InputError load_failure(const std::string& path) {
    try {
        SchemaChecker::load(path);
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "SchemaChecker::load accepted " << path;
    return InputError({"<accepted>"}, "<accepted>");
}

TEST(SchemaLoad, RefusesANewerDialect) {
    TempDir dir("schema-dialect");
    const std::string path = (dir / "new.schema.json").string();
    write_file(path, R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"})");
    const InputError e = load_failure(path);
    EXPECT_EQ(e.where().file, path);
    EXPECT_EQ(e.where().line, 0);
    EXPECT_NE(std::string(e.what()).find("draft-07"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("declares https://json-schema.org/draft/2020-12/schema"), std::string::npos) << e.what();
}

TEST(SchemaLoad, MalformedSchemaGivesLineAndColumn) {
    TempDir dir("schema-malformed");
    const std::string path = (dir / "bad.schema.json").string();
    write_file(path, "{\n  \"type\": \"object\",\n  \"properties\": {\"a\": {\"type\": \"string\"},}\n}\n");
    const InputError e = load_failure(path);
    EXPECT_EQ(e.where().file, path);
    EXPECT_EQ(e.where().line, 3);
    EXPECT_EQ(e.where().column, 42);  // the '}' after the trailing comma
    EXPECT_EQ(e.describe().rfind(path + ":3:42: error: not valid JSON", 0), 0u) << e.describe();
}

TEST(SchemaLoad, MissingSchemaFile) {
    TempDir dir("schema-missing");
    const std::string path = (dir / "none.json").string();
    EXPECT_EQ(load_failure(path).describe(), path + ": error: no such file");
}

TEST(SchemaLoad, ADraft07SchemaIsUsable) {
    TempDir dir("schema-ok");
    const std::string path = (dir / "ok.schema.json").string();
    write_file(path, R"({"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                         "properties": {"n": {"title": "n", "type": "number"}}})");
    const SchemaChecker checker = SchemaChecker::load(path);
    EXPECT_TRUE(checker.check(json::parse(R"({"n": 1})")).empty());
    const auto findings = checker.check(json::parse(R"({"n": "one"})"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].pointer, "/n");
    EXPECT_EQ(findings[0].message, "\"n\" in the draft should be a number, not \"one\".");
}

// The page's form labels each field with its title and explains it with its description
// (web/form.js), so every field needs both, in words an officer uses: not a key name. A field that
// is a shared object (a baseline, the agreement) takes both from that object's definition, as the
// form and the schema messages do.
TEST(SchemaWording, EveryFieldHasATitleAndADescription) {
    const json schema = json::parse(testing::read_file(std::string(SOURCE_DIR) + "/schemas/draft.schema.json"));
    const json& definitions = schema["definitions"];
    std::vector<std::string> lacking;
    const auto worded = [](const json& node, const char* key) {
        return node.contains(key) && node[key].is_string() && !node[key].get<std::string>().empty() &&
               node[key].get<std::string>().find('_') == std::string::npos;
    };
    std::function<void(const json&, const std::string&)> visit = [&](const json& node, const std::string& where) {
        if (!node.is_object()) return;
        if (node.contains("properties"))
            for (const auto& [key, property] : node["properties"].items()) {
                const json* wording = &property;
                if (property.contains("$ref")) {
                    const json& shared = definitions[property["$ref"].get<std::string>().substr(std::string("#/definitions/").size())];
                    if (shared.value("type", "") == "object" || shared.contains("properties")) wording = &shared;
                }
                if (!worded(*wording, "title")) lacking.push_back(where + "/" + key + ": no title, or a key name for one");
                if (!wording->contains("description") || !(*wording)["description"].is_string() || (*wording)["description"].empty())
                    lacking.push_back(where + "/" + key + ": no description");
                visit(property, where + "/" + key);
            }
        for (const char* key : {"items", "additionalProperties"})
            if (node.contains(key)) visit(node[key], where + "/*");
        for (const char* key : {"oneOf", "anyOf", "allOf"})
            if (node.contains(key))
                for (const auto& choice : node[key]) visit(choice, where);
    };
    visit(schema, "");
    for (const auto& [name, definition] : definitions.items()) visit(definition, "definitions/" + name);
    EXPECT_TRUE(lacking.empty()) << ::testing::PrintToString(lacking);
}

}  // namespace
}  // namespace draftcheck
