#pragma once
// One Lua state with every rule compiled once, reused for draft after draft by one thread. Each
// draft still starts clean: every rule file is re-run with fresh globals and helper libraries are
// loaded afresh, so nothing a rule does while checking one draft can change the next draft's
// findings, and `--jobs 1` and `--jobs 2` give the same bytes. Only each kind's parameters are kept
// from draft to draft, converted once: they are read-only to rules.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/finding.h"
#include "lua/sandbox.h"
#include "rules/rule_meta.h"

namespace draftcheck {

class RuleEngine;
struct RuleRunOptions;

class RuleSession {
public:
    // Compiles the engine's rule files; files that cannot be used are remembered and reported
    // with every draft. `engine` must outlive the session.
    explicit RuleSession(const RuleEngine& engine);
    RuleSession(const RuleSession&) = delete;
    RuleSession& operator=(const RuleSession&) = delete;

    std::vector<Finding> run(const nlohmann::json& draft, const std::string& kind, const std::string& stage,
                             const RuleRunOptions& options);

    // The metadata of every usable rule, in file order.
    std::vector<RuleMeta> rules() const;
    // engine.rule-failed findings for the files that could not be used.
    const std::vector<Finding>& load_failures() const { return load_failures_; }

private:
    struct CompiledRule {
        RuleMeta meta;
        int chunk_ref;  // registry reference to the compiled file
    };
    // Runs the rule file afresh and leaves its `check` function on the stack.
    LuaOutcome instantiate(const CompiledRule& rule);

    // The parameters of one kind, with the configuration's: as JSON, and as the read-only Lua table
    // rules read (a registry reference). They are the same for every draft of the kind, so each
    // kind's are converted once per session.
    struct KindParameters {
        nlohmann::json values;
        int ref;
    };
    nlohmann::json kind_parameters(const std::string& kind) const;
    const KindParameters& parameters_for(const std::string& kind);
    // Pushes `values` as a read-only table whose missing keys are an error naming the kind's file.
    void push_parameters(const nlohmann::json& values, const std::string& kind);

    const RuleEngine& engine_;
    LuaSandbox sandbox_;
    std::vector<CompiledRule> compiled_;
    std::vector<Finding> load_failures_;
    std::vector<std::string> load_failure_ids_;  // the rule each load failure stands for
    std::map<std::string, KindParameters> parameters_;  // by kind
};

}  // namespace draftcheck
