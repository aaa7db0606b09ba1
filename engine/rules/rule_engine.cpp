#include "rules/rule_engine.h"

#include "core/error.h"
#include "core/limits.h"
#include "core/read_input.h"
#include "rules/rule_session.h"

namespace draftcheck {
namespace {

std::string read_rule_file(const RuleFile& file, std::string& error) {
    try {
        return read_input(file.path, limits::max_rule_file_bytes);
    } catch (const InputError& e) {
        error = e.what();
        return "";
    }
}

}  // namespace

Finding rule_failed(const std::string& rule_file, int line, const std::string& rule_id, const std::string& problem) {
    Finding f;
    f.rule = "engine.rule-failed";
    f.severity = Severity::error;
    f.section = "engine";
    // Cut as report messages are: the problem may quote a rule's error() of any length.
    const std::string shown = problem.size() > limits::max_message_bytes ? problem.substr(0, limits::max_message_bytes) + "..." : problem;
    f.message = "The rule \"" + rule_id + "\" (" + rule_file + (line > 0 ? ", line " + std::to_string(line) : "") +
                ") did not run: " + shown + ". Its findings are missing from this report.";
    f.suggestion = "Fix the rule file, or tell whoever maintains the rules; `draftcheck rules test` shows the same failure.";
    return f;
}

RuleEngine::RuleEngine(std::vector<SourceDir> rule_dirs, Sections sections, Parameters parameters, LuaLimits limits)
    : sections_(std::move(sections)), parameters_(std::move(parameters)), limits_(limits) {
    for (const auto& dir : rule_dirs) lib_dirs_.push_back({dir.path + "/lib", dir.shown + "/lib"});
    files_ = find_rule_files(rule_dirs);
    for (const auto& file : files_) {
        std::string error;
        codes_.push_back(read_rule_file(file, error));
        read_errors_.push_back(std::move(error));
    }
}

std::vector<Finding> RuleEngine::run(const nlohmann::json& draft, const std::string& kind, const std::string& stage,
                                     const RuleRunOptions& options) const {
    return RuleSession(*this).run(draft, kind, stage, options);
}

RuleListing RuleEngine::list() const {
    const RuleSession session(*this);
    RuleListing listing{{}, session.load_failures()};
    for (auto meta : session.rules()) {
        if (!settings_.enabled(meta.id)) continue;
        if (const auto it = settings_.rules.find(meta.id); it != settings_.rules.end() && it->second.severity)
            meta.severity = *it->second.severity;
        listing.rules.push_back(std::move(meta));
    }
    return listing;
}

}  // namespace draftcheck
