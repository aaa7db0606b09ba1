#include "check/installation.h"

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "core/limits.h"

namespace draftcheck {

std::string default_home() {
    const char* env = std::getenv("DRAFTCHECK_HOME");
    return env && *env ? env : DRAFTCHECK_HOME;
}

Installation Installation::load(const std::string& home, const std::vector<std::string>& extra_rule_dirs) {
    std::vector<SourceDir> rule_dirs{{home + "/rules", "rules"}};
    for (const auto& dir : extra_rule_dirs) {
        if (!std::filesystem::is_directory(dir)) throw InputError({dir}, "--rules names a folder of rule files, and this is not one");
        rule_dirs.push_back({dir, std::filesystem::path(dir).lexically_normal().generic_string()});
    }
    LuaLimits limits{limits::rule_instruction_budget, limits::rule_memory_bytes};
    return Installation{SchemaChecker::load(home + "/schemas/draft.schema.json"),
                        RuleEngine(rule_dirs, Sections::load(home + "/rules/sections.json"),
                                   Parameters::load(home + "/rules/params", "rules/params"), limits)};
}

}  // namespace draftcheck
