#include "rules/rule_parameters.h"

#include <algorithm>

namespace draftcheck {
namespace {

// Longer values (word lists, reference tables) are summarised: the params file has them in full.
constexpr std::size_t max_literal_chars = 60;

ParameterValue describe_value(const nlohmann::json* entry) {
    if (!entry || !entry->contains("value")) return {{}, "not set", false, ""};
    const nlohmann::json& value = (*entry)["value"];
    std::string full = value.dump();
    if (full.size() <= max_literal_chars) return {{}, full, true, full};
    if (value.is_array()) return {{}, "a list of " + std::to_string(value.size()) + " entries", false, full};
    if (value.is_object()) return {{}, "a table of " + std::to_string(value.size()) + " entries", false, full};
    std::size_t cut = max_literal_chars;
    while (cut > 0 && (static_cast<unsigned char>(full[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return {{}, full.substr(0, cut) + "...", false, full};
}

}  // namespace

std::vector<RuleParameter> rule_parameters(const RuleMeta& rule, const Parameters& parameters) {
    std::vector<RuleParameter> out;
    for (const auto& name : rule.params) {
        RuleParameter param{name, "", {}};
        for (const auto& kind : rule.kinds) {
            const nlohmann::json* entry = parameters.entry(kind, name);
            if (entry && param.description.empty()) param.description = entry->value("description", "");
            ParameterValue value = describe_value(entry);
            auto same = std::find_if(param.values.begin(), param.values.end(), [&](const ParameterValue& v) { return v.full == value.full; });
            if (same == param.values.end()) same = param.values.insert(param.values.end(), std::move(value));
            same->kinds.push_back(kind);
        }
        out.push_back(std::move(param));
    }
    return out;
}

std::string join_kinds(const std::vector<std::string>& kinds) {
    std::string out;
    for (const auto& kind : kinds) out += (out.empty() ? "" : ", ") + kind;
    return out;
}

}  // namespace draftcheck
