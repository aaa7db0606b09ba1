#pragma once
// The draft as rules see it: a tree of read-only Lua tables built once per draft, so a rule reads
// a field at the speed of a table read, no rule can change what the next one sees, and every
// object and array knows its JSON pointer.
#include <lua.hpp>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace draftcheck {

// Pushes a read-only `json` helper table: json.null, json.isnull, json.type, json.pointer.
void push_json_helpers(lua_State* L);

// Pushes `root` as rules see it: objects and arrays as read-only tables (one per node, so `==`
// is true exactly for the same part of the draft), scalars as Lua values, null as json.null.
// Objects are walked by `pairs` and `next` in key order.
void push_draft(lua_State* L, const nlohmann::json& root);

// The RFC 6901 pointer of the draft object or array at `index`, or nothing if it is not one.
std::optional<std::string> draft_pointer(lua_State* L, int index);

}  // namespace draftcheck
