#pragma once
// The rule files of an installation, read from disk once. Rules run in a RuleSession (one per
// thread, reused across drafts); run() here makes a session for a single draft.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "lua/sandbox.h"
#include "rules/parameters.h"
#include "rules/rule_files.h"
#include "rules/rule_meta.h"
#include "rules/rule_settings.h"
#include "rules/sections.h"

namespace draftcheck {

struct RuleRunOptions {
    std::optional<std::string> only_rule;       // run just this rule (rule tests)
    nlohmann::json param_overrides = nullptr;   // name -> value, over the kind's parameters
};

struct RuleListing {
    std::vector<RuleMeta> rules;
    std::vector<Finding> failures;  // engine.rule-failed for files that cannot be loaded
};

class RuleEngine {
public:
    RuleEngine(std::vector<SourceDir> rule_dirs, Sections sections, Parameters parameters, LuaLimits limits);

    // Findings of every rule that applies to `kind`. A rule that fails to load, errors or
    // exceeds a limit yields one engine.rule-failed finding instead; the others still run.
    std::vector<Finding> run(const nlohmann::json& draft, const std::string& kind, const std::string& stage,
                             const RuleRunOptions& options = {}) const;

    // Applies a configuration's rule settings to every later run and listing.
    void configure(RuleSettings settings) { settings_ = std::move(settings); }
    const RuleSettings& settings() const { return settings_; }

    // Every usable rule with its effective severity; rules switched off are left out.
    RuleListing list() const;
    const Sections& sections() const { return sections_; }
    const Parameters& parameters() const { return parameters_; }
    const std::vector<RuleFile>& files() const { return files_; }

private:
    friend class RuleSession;

    std::vector<SourceDir> lib_dirs_;
    std::vector<RuleFile> files_;
    std::vector<std::string> codes_;  // file contents, read once
    std::vector<std::string> read_errors_;
    Sections sections_;
    Parameters parameters_;
    LuaLimits limits_;
    RuleSettings settings_;
};

// The finding that stands in for a rule that could not run.
Finding rule_failed(const std::string& rule_file, int line, const std::string& rule_id, const std::string& problem);

}  // namespace draftcheck
