#pragma once
// "Did you mean ...?" for a name someone typed: the known name closest to it, if any is close.
#include <optional>
#include <string>
#include <vector>

namespace draftcheck {

// The entry of `known` nearest to `given` by edit distance (ignoring case), when the distance is
// small for the length of the name (a slip, not a different name); an entry ending in "." + `given`
// (a rule id typed without its group) is preferred.
std::optional<std::string> nearest_name(const std::string& given, const std::vector<std::string>& known);

}  // namespace draftcheck
