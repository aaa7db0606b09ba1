#pragma once
// Paths a configuration's "ignore" list or --ignore leaves out of a batch, matched as .gitignore
// does in its simple cases: a glob with no "/" matches any file or folder name below its base
// folder ("archive", "*.old.json"); one with a "/" matches the path from the base folder
// ("2005/*.json"), and everything below a folder it matches. "*" also crosses "/".
#include <string>
#include <vector>

namespace draftcheck {

struct IgnoreGlob {
    std::string folder;  // the base: the configuration file's folder, or the working directory
    std::string glob;
};

// True when `path` (a file, relative to the working directory or absolute) matches one of `globs`.
bool is_ignored(const std::vector<IgnoreGlob>& globs, const std::string& path);

}  // namespace draftcheck
