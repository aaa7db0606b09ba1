#pragma once
// draftcheck.json: how a reviewer shapes the rules without touching them (switch rules off or on,
// change a severity, override parameters, add rule folders, choose the kind when a draft does not
// say, set the Government Office profile, name a file of agreed exceptions, ignore paths).
// Validated against schemas/config.schema.json; every mistake is an InputError at its line and
// column. Which files apply to a draft is config_search.h's job; this file reads and combines them.
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/ignore.h"
#include "rules/parameters.h"
#include "rules/rule_settings.h"

namespace draftcheck {

struct Config {
    std::string file;                    // the nearest file it came from, "" for none
    std::vector<std::string> files;      // every file combined into it, outermost first
    std::optional<std::string> kind;
    std::vector<std::string> rule_dirs;  // resolved against each file's folder
    RuleSettings settings;
    nlohmann::json office = nullptr;     // the Government Office profile, or null
    std::string exceptions_file;         // resolved, or ""
    std::vector<IgnoreGlob> ignore;      // the "ignore" globs of every file combined
    bool root = false;                   // "root": true: folders above are not searched
    // The reviewer's choice (only read from --config or a --reviewer profile): false makes folder
    // configurations unable to weaken the rules, and the draft's own exceptions only claims.
    bool trust_local_config = true;
    std::set<std::string> raise_only;    // rule ids whose severity here may only raise the rule's own
    std::vector<std::string> not_trusted;  // what untrusted folder files said that is not applied
    nlohmann::json document = nullptr;   // the nearest file as written, for `config show`
};

// Reads and validates `path` against the schema in `home`/schemas. Rule ids are checked later,
// against the loaded rules (check_config_rules), since --rules can add some. A folder
// configuration (`reviewer` false) may not set trust_local_config.
Config load_config(const std::string& path, const std::string& home, bool reviewer);

// `inner` (nearer the draft) over `outer`: scalars replace, rule settings and parameters merge by
// key, rule folders and ignore globs add up.
Config merge_configs(Config outer, const Config& inner);

// What of a folder configuration applies when the reviewer does not trust it: switching rules on,
// raising severities (raise_only), the kind and "root". Switching rules off, parameters, rule
// folders, ignore globs, the office profile and the exceptions file are dropped and listed in
// not_trusted.
Config distrust(const Config& local);

// Every rule id the configuration names must exist: a typo is an error with a suggestion.
void check_config_rules(const Config& config, const std::vector<std::string>& known_ids);

// Every parameter the configuration sets must exist and have the shape its stock value has
// (Parameters::problem_with): a string where a number belongs would silently change findings.
void check_config_params(const Config& config, const Parameters& parameters);

}  // namespace draftcheck
