#pragma once
// Rules see the draft through read-only proxies over the parsed JSON: nothing is copied up front,
// no rule can change what the next one sees, and every object knows its JSON pointer.
#include <lua.hpp>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

namespace draftcheck {

// One draft as rules see it. The JSON must outlive every Lua call made while this view is current.
class DraftView {
public:
    explicit DraftView(const nlohmann::json& root) : root_(root) {}
    const nlohmann::json& root() const { return root_; }
    // The RFC 6901 pointer of a node inside this draft ("" for the root).
    const std::string& pointer_of(const nlohmann::json* node);

private:
    const nlohmann::json& root_;
    std::unordered_map<const nlohmann::json*, std::string> pointers_;  // built on first use
};

// Pushes a read-only `json` helper table: json.null, json.isnull, json.type, json.pointer.
void push_json_helpers(lua_State* L);

// Makes `view` the draft that proxies read; proxies into any earlier draft stop working, so a rule
// that hid one away cannot reach freed memory.
void set_current_draft(lua_State* L, DraftView* view);
DraftView* current_draft(lua_State* L);

// Pushes a node: objects and arrays as proxies, scalars as Lua values, null as json.null.
void push_node(lua_State* L, const nlohmann::json* node);

// The node behind the proxy at `index`, or null if the value is not a live proxy.
const nlohmann::json* to_node(lua_State* L, int index);

}  // namespace draftcheck
