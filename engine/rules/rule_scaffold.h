#pragma once
// `draftcheck rules new ID`: a new rule file and its test file, copied from the templates in
// rules/templates/, so that the new rule runs and its tests pass before the author changes anything.
#include <string>
#include <vector>

#include "rules/rule_files.h"

namespace draftcheck {

struct ScaffoldPlace {
    std::string dir;        // the rules folder to create in
    std::string shown_dir;  // how messages name it: "rules", or the folder given with --dir
};

struct Scaffolded {
    std::string rule_shown;  // "rules/indicators/title-present.lua"
    std::string test_shown;
};

// Creates <dir>/<group>/<name>.lua and <name>.test.json for the id "<group>.<name>" from
// rule.lua.in and rule.test.json.in in `templates_dir`. Throws InputError, writing nothing, for an
// id that is malformed or used by one of `existing` rule files, or whose files already exist.
Scaffolded scaffold_rule(const std::string& id, const ScaffoldPlace& place, const std::string& templates_dir,
                         const std::vector<RuleFile>& existing);

}  // namespace draftcheck
