#pragma once
// What a rule file declares about itself, checked before the rule may run.
#include <lua.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/finding.h"
#include "rules/rule_files.h"
#include "rules/sections.h"

namespace draftcheck {

// One entry of a rule's `messages`: templates with {name} placeholders (rules/message_template.h).
struct RuleMessage {
    std::string message;
    std::string suggestion;  // "" when the entry gives none
};

struct RuleMeta {
    std::string id;
    std::string title;
    std::string section;
    Severity severity = Severity::error;
    std::vector<std::string> kinds;
    std::string guidance;
    std::string rationale;
    std::vector<std::string> params;
    std::map<std::string, RuleMessage> messages;  // by message id
    std::string file;  // shown name of the rule file

    bool applies_to(const std::string& kind) const;
};

// Reads the table a rule file returned (at `index`) into `out`. Returns what is wrong with it, in
// words for a rule editor; an empty list means the rule may run.
std::vector<std::string> read_rule_meta(lua_State* L, int index, const RuleFile& file, const Sections& sections, RuleMeta& out);

// The metadata as `rules list --format json` prints it, keys in that order.
nlohmann::ordered_json rule_meta_json(const RuleMeta& rule);

}  // namespace draftcheck
