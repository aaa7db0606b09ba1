#pragma once
// draftcheck.json: how a reviewer shapes the rules without touching them (switch rules off or on,
// change a severity, override parameters, add rule folders, choose the kind when a draft does not
// say, set the Government Office profile, name a file of agreed exceptions). Validated against
// schemas/config.schema.json; every mistake is an InputError at its line and column.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_settings.h"

namespace draftcheck {

struct Config {
    std::string file;                    // the file it came from, "" for none
    std::optional<std::string> kind;
    std::vector<std::string> rule_dirs;  // resolved against the file's folder
    RuleSettings settings;
    nlohmann::json office = nullptr;     // the Government Office profile, or null
    std::string exceptions_file;         // resolved, or ""
    nlohmann::json document = nullptr;   // as written, for `config show`
};

// The configuration to use: `explicit_path` if given, else draftcheck.json beside the first draft,
// else draftcheck.json in the working directory, else none (an empty path).
std::string find_config(const std::string& explicit_path, const std::vector<std::string>& drafts);

// Reads and validates `path` against the schema in `home`/schemas. Rule ids are checked later,
// against the loaded rules (check_config_rules), since --rules can add some.
Config load_config(const std::string& path, const std::string& home);

// Every rule id the configuration names must exist: a typo is an error with a suggestion.
void check_config_rules(const Config& config, const std::vector<std::string>& known_ids);

}  // namespace draftcheck
