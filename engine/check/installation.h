#pragma once
// Everything a check needs that does not change from draft to draft, loaded once per process:
// the schema, the sections, the parameters and the rule files.
#include <string>
#include <vector>

#include "rules/rule_engine.h"
#include "schema/schema_checker.h"

namespace draftcheck {

struct Installation {
    SchemaChecker schema;
    RuleEngine rules;

    // `home` holds schemas/ and rules/ (see default_home). `extra_rule_dirs` are added after
    // rules/, as given on the command line. Throws InputError for a broken data file.
    static Installation load(const std::string& home, const std::vector<std::string>& extra_rule_dirs);
};

// $DRAFTCHECK_HOME if set, else the source tree the binary was built from, so that rules edited
// there take effect with no rebuild.
std::string default_home();

}  // namespace draftcheck
