#pragma once
// What a configuration (draftcheck.json) changes about the rules, without touching their files.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/finding.h"

namespace draftcheck {

struct RuleSetting {
    std::optional<bool> enabled;        // false switches the rule off
    std::optional<Severity> severity;   // every finding of the rule gets this severity
    nlohmann::json params = nlohmann::json::object();  // parameter values for this rule only
    bool override_stock = false;  // a file with this id in another rule folder replaces the stock rule
};

struct RuleSettings {
    std::map<std::string, RuleSetting> rules;            // by rule id
    nlohmann::json kind_params = nlohmann::json::object();  // kind -> name -> value, for every rule

    bool enabled(const std::string& id) const {
        const auto it = rules.find(id);
        return it == rules.end() || it->second.enabled.value_or(true);
    }
};

}  // namespace draftcheck
