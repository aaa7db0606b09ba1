#pragma once
// A batch whose drafts each use the configuration found for them (config/config_search.h), so a
// batch over several areas' folders checks each with its own: drafts sharing a configuration are
// checked together on one Installation, and the reports come back in input order.
#include <memory>
#include <string>
#include <vector>

#include "check/batch.h"
#include "config/config_search.h"

namespace draftcheck {

struct BatchRequest {
    std::vector<std::string> paths;            // files, folders, or "-" for standard input
    ConfigChoice choice;                       // --config, --reviewer
    std::vector<std::string> extra_rule_dirs;  // --rules
    std::vector<std::string> ignore;           // --ignore globs, from the working directory
    std::string stdin_name;                    // --stdin-filename: where "-" is found, for its configuration
};

struct ConfiguredBatch {
    std::vector<std::string> files;  // folders expanded, leaving out configuration and exceptions files (config/side_files.h) and ignored paths
    std::vector<std::unique_ptr<Installation>> installations;  // one per distinct configuration, in order of first use
    std::vector<std::size_t> installation_of;                  // per file, an index into installations
};

// Finds each draft's configuration and loads one Installation for each distinct one. Throws
// InputError for a broken configuration, or a folder that holds no drafts.
ConfiguredBatch plan_batch(const BatchRequest& request, const std::string& home);

// Checks every file of `batch` with its installation's options (its kind over `kind_option`'s
// absence, its exceptions, its trust) and `standard_input` as the draft "-".
std::vector<DraftReport> check_batch(const ConfiguredBatch& batch, const std::string& kind_option, const SourceText* standard_input,
                                     unsigned jobs, const Progress& progress = {});

}  // namespace draftcheck
