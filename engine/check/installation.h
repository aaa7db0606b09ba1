#pragma once
// Everything a check needs that does not change from draft to draft, loaded once per
// configuration: the schema, the sections, the parameters and the rule files.
#include <string>
#include <vector>

#include "check/check_options.h"

#include "config/config.h"
#include "config/config_search.h"
#include "rules/rule_engine.h"
#include "schema/schema_checker.h"

namespace draftcheck {

struct Installation {
    std::string home;
    SchemaChecker schema;
    RuleEngine rules;
    Config config;  // the configuration in force (config_search.h), possibly none

    // `home` holds schemas/ and rules/ (see draftcheck_home in core/home.h). `extra_rule_dirs` are
    // added after rules/ and the configuration's folders, as given on the command line. Throws
    // InputError for a broken data file or configuration, including a rule id the configuration
    // misspells. Severities in config.raise_only below the rule's own are not applied (and are
    // added to config.not_trusted).
    static Installation load(const std::string& home, const std::vector<std::string>& extra_rule_dirs, Config config = {});

    // As the command line asks: the home from draftcheck_home(), the configuration that `choice`
    // gives for the draft or folder at `path` ("" for the working directory).
    static Installation for_command(const ConfigChoice& choice, const std::string& path, const std::vector<std::string>& extra_rule_dirs);

    // The check options the configuration implies: its kind, its agreed exceptions, and whether
    // the draft's own exceptions are trusted.
    CheckOptions check_options(const std::string& kind_option) const;

    // Every file a check may read besides the drafts: the configuration in force and its
    // exceptions file, and everything below rules/, schemas/ and letter/ and below each rule folder
    // (rule files, helper libraries, parameters, templates). --output may be none of them.
    std::vector<std::string> files_read(const std::vector<std::string>& extra_rule_dirs) const;
};

}  // namespace draftcheck
