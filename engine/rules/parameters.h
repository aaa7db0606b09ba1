#pragma once
// Thresholds and reference data per agreement kind, from rules/params/<kind>.json, so a reviewer
// changes "12" without touching a rule or the engine.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace draftcheck {

inline const std::vector<std::string> kAgreementKinds = {"lpsa2", "laa", "laa2008"};

class Parameters {
public:
    // Reads <dir>/common.json (entries shared by every kind, such as the wording rules read prose
    // with), then <dir>/<kind>.json for every kind, whose entries win over common ones of the same
    // name. Each entry is {"value": ..., "description": "...", "source": "...", "confidence": "..."};
    // a malformed file is an InputError at its line and column.
    static Parameters load(const std::string& dir, const std::string& shown_dir);
    // name -> value for one kind (empty if the kind has no file).
    const nlohmann::json& values(const std::string& kind) const;
    // The whole entry, with description and source, or null.
    const nlohmann::json* entry(const std::string& kind, const std::string& name) const;
    // Why `value` cannot stand for the parameter `name` of `kind` (any kind when empty), or "" if
    // it can. Each parameter's schema is the shape of its value in rules/params: the same JSON type
    // (a whole number where it is one), and for lists and objects the same shape for each element
    // and known member. An unknown name is a problem too.
    std::string problem_with(const std::string& kind, const std::string& name, const nlohmann::json& value) const;
    // The file a kind's own parameters come from, as messages name it.
    std::string file_for(const std::string& kind) const { return shown_dir_ + "/" + kind + ".json"; }

private:
    std::map<std::string, nlohmann::json> entries_;  // kind -> name -> entry (common ones included)
    std::map<std::string, nlohmann::json> values_;   // kind -> name -> value
    std::string shown_dir_;
};

}  // namespace draftcheck
