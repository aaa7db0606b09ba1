#include "check/installation.h"

#include <filesystem>

#include "config/exceptions.h"
#include "core/error.h"
#include "core/home.h"
#include "core/limits.h"

namespace draftcheck {

Installation Installation::load(const std::string& home, const std::vector<std::string>& extra_rule_dirs, Config config) {
    std::vector<SourceDir> rule_dirs{{home + "/rules", "rules"}};
    std::vector<std::string> dirs = config.rule_dirs;
    dirs.insert(dirs.end(), extra_rule_dirs.begin(), extra_rule_dirs.end());
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) throw InputError({dir}, "--rules names a folder of rule files, and this is not one");
        // Every .lua file below it would be a rule: the whole file system, devices and /proc included.
        if (std::filesystem::canonical(dir, ec) == "/")
            throw InputError({dir}, "is the root of the file system; name the folder that holds the rule files");
        rule_dirs.push_back({dir, std::filesystem::path(dir).lexically_normal().generic_string()});
    }
    LuaLimits limits{limits::rule_instruction_budget, limits::rule_memory_bytes};
    RuleEngine rules(rule_dirs, Sections::load(home + "/rules/sections.json"), Parameters::load(home + "/rules/params", "rules/params"),
                     limits);
    std::vector<std::string> ids;
    for (const auto& file : rules.files()) ids.push_back(file.expected_id);
    check_config_rules(config, ids);
    if (!config.raise_only.empty())
        for (const auto& rule : rules.list().rules) {  // not yet configured: each rule's own severity
            const auto it = config.settings.rules.find(rule.id);
            if (!config.raise_only.contains(rule.id) || it == config.settings.rules.end() || !it->second.severity ||
                *it->second.severity >= rule.severity)
                continue;
            config.not_trusted.push_back("rule " + rule.id + " severity lowered to " + std::string(severity_name(*it->second.severity)));
            it->second.severity.reset();
        }
    check_config_params(config, rules.parameters());
    rules.configure(config.settings);
    return Installation{home, SchemaChecker::load(home + "/schemas/draft.schema.json"), std::move(rules), std::move(config)};
}

Installation Installation::for_command(const ConfigChoice& choice, const std::string& path, const std::vector<std::string>& extra_rule_dirs) {
    const std::string home = draftcheck_home().path;
    ConfigResolver resolver(choice, home);
    return load(home, extra_rule_dirs, resolver.for_path(path.empty() ? "." : path));
}

CheckOptions Installation::check_options(const std::string& kind_option) const {
    CheckOptions options;
    if (!kind_option.empty()) options.kind = kind_option;
    else if (config.kind) options.kind = config.kind;
    if (!config.exceptions_file.empty()) options.exceptions = load_exceptions_file(config.exceptions_file, home);
    options.trust_draft_exceptions = config.trust_local_config;
    return options;
}

std::vector<std::string> Installation::files_read(const std::vector<std::string>& extra_rule_dirs) const {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& file : {config.file, config.exceptions_file})
        if (!file.empty()) files.push_back(file);
    std::vector<std::string> dirs = {home + "/rules", home + "/schemas", home + "/letter"};
    dirs.insert(dirs.end(), config.rule_dirs.begin(), config.rule_dirs.end());
    dirs.insert(dirs.end(), extra_rule_dirs.begin(), extra_rule_dirs.end());
    for (const auto& dir : dirs) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code entry_ec;
            if (it->is_regular_file(entry_ec)) files.push_back(it->path().string());
        }
    }
    return files;
}

}  // namespace draftcheck
