#include "core/error_list.h"

namespace draftcheck {

InputError error_list(const std::vector<std::pair<Location, std::string>>& problems) {
    // describe() prefixes the first line; the others carry their own place.
    std::string message = problems.front().second;
    for (std::size_t i = 1; i < problems.size(); ++i) {
        message += '\n';
        message += InputError(problems[i].first, problems[i].second).describe();
    }
    return InputError(problems.front().first, message);
}

}  // namespace draftcheck
