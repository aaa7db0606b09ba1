#pragma once
// Several problems found in one file, reported together so that an author can fix them in one go.
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace draftcheck {

// An InputError located at the first problem whose describe() gives one "FILE:LINE:COL: error:
// MESSAGE" line per problem, in the order given. `problems` must not be empty.
InputError error_list(const std::vector<std::pair<Location, std::string>>& problems);

}  // namespace draftcheck
