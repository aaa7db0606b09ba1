#pragma once
// Lua's pattern matcher runs in C, where the instruction hook never fires: a pattern with several
// quantifiers on a long text can backtrack for hours. These wrappers refuse such calls up front.
#include <lua.hpp>

#include <cstddef>

namespace draftcheck {

// Replaces find, match, gmatch and gsub in the string library table at `index` with guarded
// versions that estimate the matching work, raise an error above `step_budget` for one call, and
// charge it to the rule's pattern budget over all its calls (lua/budget.h).
void guard_string_patterns(lua_State* L, int index, double step_budget);

// The estimate itself: an upper bound on match steps for `pattern` over a text of `length` bytes.
double pattern_work_estimate(const char* pattern, std::size_t pattern_length, std::size_t length);
// The same for a plain search (find with plain = true, or a pattern with no special characters).
double plain_search_estimate(std::size_t needle_length, std::size_t length);

}  // namespace draftcheck
