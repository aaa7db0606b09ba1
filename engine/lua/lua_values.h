#pragma once
// Copies small JSON values (parameters, test expectations) into plain Lua values.
#include <lua.hpp>

#include <nlohmann/json.hpp>

namespace draftcheck {

// Objects become tables with string keys, arrays 1-based sequences, null becomes json.null's
// value (a NULL light userdata). Only for small, trusted data: drafts go through draft_view.h.
void push_json_value(lua_State* L, const nlohmann::json& value);

}  // namespace draftcheck
