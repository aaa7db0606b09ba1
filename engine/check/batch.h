#pragma once
// Checks many drafts on several threads. Each thread keeps one RuleSession (one Lua state with the
// rules compiled once) for all the drafts it takes; the reports come back in input order whatever
// the scheduling, so the output does not depend on --jobs.
#include <functional>
#include <string>
#include <vector>

#include "check/check_draft.h"

namespace draftcheck {

using Progress = std::function<void(std::size_t done, std::size_t total)>;

std::vector<DraftReport> check_files(const Installation& installation, const std::vector<std::string>& files,
                                     const CheckOptions& options, unsigned jobs, const Progress& progress = {});

// Files as given, with each folder replaced by the .json, .yaml and .yml files below it in name order, leaving
// out those `skip` says are not drafts. Throws InputError for a folder that holds none.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       const std::function<bool(const std::string&)>& skip = {});

}  // namespace draftcheck
