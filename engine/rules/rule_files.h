#pragma once
// Where rules live: <dir>/<group>/<name>.lua is the rule <group>.<name>, with its tests in
// <name>.test.json beside it. lib/ holds helper libraries, params/ the parameters and templates/
// what `draftcheck rules new` copies: none of them are rules.
#include <string>
#include <vector>

#include "lua/sandbox.h"

namespace draftcheck {

struct RuleFile {
    std::string path;         // to open
    std::string shown;        // to name in messages: "rules/reward-targets/max-count.lua"
    std::string expected_id;  // "reward-targets.max-count"
    std::string test_path;    // the .test.json beside it, or "" if there is none
};

// lib, params or templates: a top-level folder of a rules directory that holds no rules.
bool is_reserved_folder(const std::string& name);

// Every rule file under `dirs`, sorted by shown name so that runs are repeatable.
std::vector<RuleFile> find_rule_files(const std::vector<SourceDir>& dirs);

}  // namespace draftcheck
