#pragma once
// Which configuration applies to each draft, found as ruff and ESLint find theirs: every
// draftcheck.json from the draft's folder upwards, nearest winning, unless --config names one for
// all drafts; a reviewer's profile on top, which may decline to trust the folders' files.
#include <map>
#include <string>
#include <vector>

#include "config/config.h"

namespace draftcheck {

struct ConfigChoice {
    std::string config;    // --config FILE: the one configuration for every draft ("" for none)
    std::string reviewer;  // --reviewer NAME: $XDG_CONFIG_HOME/draftcheck/NAME.json ("" for none)
};

// draftcheck.json in `folder` and in each folder above it, outermost first. The search stops at
// a folder holding .git, .hg or .svn (a repository's root), or at a draftcheck.json whose "root"
// is true. Paths are shown as given: relative when `folder` is relative.
std::vector<std::string> folder_config_files(const std::string& folder);

// The file of the reviewer profile NAME: $XDG_CONFIG_HOME/draftcheck/NAME.json, with
// XDG_CONFIG_HOME defaulting to ~/.config. Throws InputError when there is no such file.
std::string reviewer_profile_file(const std::string& name);

// Resolves and caches configurations for one run. Not thread-safe: use it before a batch starts.
class ConfigResolver {
public:
    ConfigResolver(ConfigChoice choice, std::string home);

    // The configuration for the draft (or folder) at `path`. Throws InputError for a broken file.
    const Config& for_path(const std::string& path);

private:
    const Config& loaded(const std::string& file, bool reviewer);

    ConfigChoice choice_;
    std::string home_;
    std::map<std::string, Config> files_;     // by file and whether it was read as the reviewer's
    std::map<std::string, Config> combined_;  // by folder
};

}  // namespace draftcheck
