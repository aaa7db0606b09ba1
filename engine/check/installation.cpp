#include "check/installation.h"

#include <cstdlib>
#include <filesystem>

#include "config/exceptions.h"
#include "core/error.h"
#include "core/limits.h"

namespace draftcheck {

std::string default_home() {
    const char* env = std::getenv("DRAFTCHECK_HOME");
    return env && *env ? env : DRAFTCHECK_HOME;
}

Installation Installation::load(const std::string& home, const std::vector<std::string>& extra_rule_dirs, Config config) {
    std::vector<SourceDir> rule_dirs{{home + "/rules", "rules"}};
    std::vector<std::string> dirs = config.rule_dirs;
    dirs.insert(dirs.end(), extra_rule_dirs.begin(), extra_rule_dirs.end());
    for (const auto& dir : dirs) {
        if (!std::filesystem::is_directory(dir)) throw InputError({dir}, "--rules names a folder of rule files, and this is not one");
        rule_dirs.push_back({dir, std::filesystem::path(dir).lexically_normal().generic_string()});
    }
    LuaLimits limits{limits::rule_instruction_budget, limits::rule_memory_bytes};
    RuleEngine rules(rule_dirs, Sections::load(home + "/rules/sections.json"), Parameters::load(home + "/rules/params", "rules/params"),
                     limits);
    std::vector<std::string> ids;
    for (const auto& file : rules.files()) ids.push_back(file.expected_id);
    check_config_rules(config, ids);
    rules.configure(config.settings);
    return Installation{home, SchemaChecker::load(home + "/schemas/draft.schema.json"), std::move(rules), std::move(config)};
}

Installation Installation::for_command(const std::string& config_option, const std::vector<std::string>& drafts,
                                       const std::vector<std::string>& extra_rule_dirs) {
    const std::string home = default_home();
    const std::string config_file = find_config(config_option, drafts);
    return load(home, extra_rule_dirs, config_file.empty() ? Config{} : load_config(config_file, home));
}

CheckOptions Installation::check_options(const std::string& kind_option) const {
    CheckOptions options;
    if (!kind_option.empty()) options.kind = kind_option;
    else if (config.kind) options.kind = config.kind;
    if (!config.exceptions_file.empty()) options.exceptions = load_exceptions_file(config.exceptions_file, home);
    return options;
}

}  // namespace draftcheck
