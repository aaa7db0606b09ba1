#pragma once
// Everything a check needs that does not change from draft to draft, loaded once per process:
// the schema, the sections, the parameters and the rule files.
#include <string>
#include <vector>

#include "check/check_options.h"

#include "config/config.h"
#include "rules/rule_engine.h"
#include "schema/schema_checker.h"

namespace draftcheck {

struct Installation {
    std::string home;
    SchemaChecker schema;
    RuleEngine rules;
    Config config;  // the draftcheck.json in force, if any

    // `home` holds schemas/ and rules/ (see default_home). `extra_rule_dirs` are added after
    // rules/ and the configuration's folders, as given on the command line. Throws InputError for
    // a broken data file or configuration, including a rule id the configuration misspells.
    static Installation load(const std::string& home, const std::vector<std::string>& extra_rule_dirs, Config config = {});

    // As the command line asks: the home from default_home(), the configuration from --config or
    // found beside the first draft or in the working directory (find_config).
    static Installation for_command(const std::string& config_option, const std::vector<std::string>& drafts,
                                    const std::vector<std::string>& extra_rule_dirs);

    // The check options the configuration implies: its kind and its agreed exceptions.
    CheckOptions check_options(const std::string& kind_option) const;
};

// $DRAFTCHECK_HOME if set, else the source tree the binary was built from, so that rules edited
// there take effect with no rebuild.
std::string default_home();

}  // namespace draftcheck
