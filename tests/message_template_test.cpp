// Rule messages as templates with named placeholders (rules/message_template.h).
#include <gtest/gtest.h>

#include <map>

#include "rules/message_template.h"

namespace draftcheck {
namespace {

std::optional<std::string> fill_from(const std::string& text, const std::map<std::string, std::string>& data, std::string& missing) {
    return fill_template(text, [&](std::string_view name) -> std::optional<std::string> {
        const auto it = data.find(std::string(name));
        if (it == data.end()) return std::nullopt;
        return it->second;
    }, missing);
}

TEST(MessageTemplate, FillsEveryPlaceholderAndLeavesTheRest) {
    std::string missing;
    EXPECT_EQ(fill_from("{subject} is one of {count} targets, more than {max}.", {{"subject", "Target 13"}, {"count", "13"}, {"max", "12"}}, missing),
              "Target 13 is one of 13 targets, more than 12.");
    EXPECT_EQ(fill_from("no placeholders", std::map<std::string, std::string>{}, missing), "no placeholders");
    EXPECT_EQ(fill_from("{a}{a}", {{"a", "x"}}, missing), "xx");
    // A value is not itself a template: braces in the draft's words stay as they are.
    EXPECT_EQ(fill_from("'{title}'", {{"title", "{count} and {"}}, missing), "'{count} and {'");
}

TEST(MessageTemplate, NamesThePlaceholderNoValueIsGivenFor) {
    std::string missing;
    EXPECT_EQ(fill_from("{subject} has {cuont} measures", {{"subject", "Target 1"}, {"count", "4"}}, missing), std::nullopt);
    EXPECT_EQ(missing, "cuont");
}

TEST(MessageTemplate, ABraceThatOpensNoPlaceholderIsAProblem) {
    EXPECT_EQ(template_problem("{subject} has {count_2} measures"), "");
    EXPECT_NE(template_problem("{ subject} has no title"), "");
    EXPECT_NE(template_problem("{subject has no title"), "");
    EXPECT_NE(template_problem("{} has no title"), "");
    EXPECT_NE(template_problem("{2count} targets"), "");
    EXPECT_NE(template_problem("subject} has no title"), "");
}

TEST(MessageTemplate, MessageIdsNameAKindOfFinding) {
    for (const char* id : {"missing-baseline", "no-title", "too-many-targets", "ni2"}) EXPECT_TRUE(is_message_id(id)) << id;
    for (const char* id : {"", "Missing", "missing_baseline", "-x", "x-", "a--b", "2x", "has space"}) EXPECT_FALSE(is_message_id(id)) << id;
}

}  // namespace
}  // namespace draftcheck
