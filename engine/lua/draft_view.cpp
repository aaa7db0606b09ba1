#include "lua/draft_view.h"

#include <cstdint>

#include "core/json_pointer.h"
#include "lua/read_only.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Pushes metatable field `field` of the draft node at `index` and returns its type; LUA_TNIL
// (pushing nothing) when the value is not a draft node.
int push_node_field(lua_State* L, int index, const char* field) {
    if (!lua_istable(L, index) || !lua_getmetatable(L, index)) return LUA_TNIL;
    const int type = lua_getfield(L, -1, field);
    lua_remove(L, -2);
    if (type == LUA_TNIL) lua_pop(L, 1);
    return type;
}

int node_write(lua_State* L) {
    return luaL_error(L, "the draft is read-only: rules cannot change it");
}

int node_tostring(lua_State* L) {
    push_node_field(L, 1, "__jsontype");
    push_node_field(L, 1, "__pointer");
    lua_pushfstring(L, "draft %s at '%s'", lua_tostring(L, -2), lua_tostring(L, -1));
    return 1;
}

void push_scalar(lua_State* L, const json& node) {
    switch (node.type()) {
        case json::value_t::string: {
            const auto& s = node.get_ref<const std::string&>();
            lua_pushlstring(L, s.data(), s.size());
            return;
        }
        case json::value_t::number_integer: lua_pushinteger(L, node.get<lua_Integer>()); return;
        case json::value_t::number_unsigned: {
            const auto u = node.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(LUA_MAXINTEGER)) lua_pushinteger(L, static_cast<lua_Integer>(u));
            else lua_pushnumber(L, static_cast<lua_Number>(u));
            return;
        }
        case json::value_t::number_float: lua_pushnumber(L, node.get<double>()); return;
        case json::value_t::boolean: lua_pushboolean(L, node.get<bool>()); return;
        default: lua_pushlightuserdata(L, nullptr); return;  // null (and binary, which JSON text cannot hold)
    }
}

// `pointer` is the node's own pointer; it is extended for each child and restored after.
void push_node(lua_State* L, const json& node, std::string& pointer) {
    if (!node.is_structured()) return push_scalar(L, node);
    luaL_checkstack(L, 8, "the draft is nested too deeply");
    const bool object = node.is_object();
    lua_createtable(L, 0, 8);  // these 3 fields and wrap_shadow's 5: one hash of 8 slots per node
    lua_pushstring(L, object ? "object" : "array");
    lua_setfield(L, -2, "__jsontype");
    lua_pushlstring(L, pointer.data(), pointer.size());
    lua_setfield(L, -2, "__pointer");
    lua_pushcfunction(L, node_tostring);
    lua_setfield(L, -2, "__tostring");
    const std::size_t length = pointer.size();
    if (object) {
        lua_createtable(L, 0, static_cast<int>(node.size()));
        for (const auto& [key, value] : node.items()) {
            lua_pushlstring(L, key.data(), key.size());  // a key may hold "\u0000"
            pointer += '/';
            pointer += pointer_token(key);
            push_node(L, value, pointer);
            pointer.resize(length);
            lua_rawset(L, -3);
        }
    } else {
        lua_createtable(L, static_cast<int>(node.size()), 0);
        for (std::size_t i = 0; i < node.size(); ++i) {
            pointer += '/';
            pointer += std::to_string(i);
            push_node(L, node[i], pointer);
            pointer.resize(length);
            lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
        }
    }
    // Objects walk in key order, as the JSON object (a std::map) holds them.
    wrap_shadow(L, node_write, object ? KeyOrder::sorted : KeyOrder::as_kept);
}

int json_isnull(lua_State* L) {
    lua_pushboolean(L, lua_islightuserdata(L, 1) && lua_touserdata(L, 1) == nullptr);
    return 1;
}

int json_type(lua_State* L) {
    switch (lua_type(L, 1)) {
        case LUA_TSTRING: lua_pushliteral(L, "string"); break;
        case LUA_TNUMBER: lua_pushliteral(L, "number"); break;
        case LUA_TBOOLEAN: lua_pushliteral(L, "boolean"); break;
        case LUA_TLIGHTUSERDATA: lua_pushstring(L, lua_touserdata(L, 1) == nullptr ? "null" : "nil"); break;
        case LUA_TTABLE:
            if (push_node_field(L, 1, "__jsontype") == LUA_TSTRING) break;
            [[fallthrough]];
        default: lua_pushliteral(L, "nil"); break;
    }
    return 1;
}

int json_pointer(lua_State* L) {
    if (push_node_field(L, 1, "__pointer") != LUA_TSTRING)
        return luaL_error(L, "json.pointer: expected an object or list of the draft, not a %s", luaL_typename(L, 1));
    return 1;
}

}  // namespace

void push_json_helpers(lua_State* L) {
    const luaL_Reg helpers[] = {{"isnull", json_isnull}, {"type", json_type}, {"pointer", json_pointer}, {nullptr, nullptr}};
    luaL_newlib(L, helpers);
    lua_pushlightuserdata(L, nullptr);
    lua_setfield(L, -2, "null");
}

void push_draft(lua_State* L, const json& root) {
    // Nothing built here is garbage until the draft is done, so collecting while building is waste.
    lua_gc(L, LUA_GCSTOP);
    std::string pointer;
    push_node(L, root, pointer);
    lua_gc(L, LUA_GCRESTART);
}

std::optional<std::string> draft_pointer(lua_State* L, int index) {
    if (push_node_field(L, index, "__pointer") != LUA_TSTRING) return std::nullopt;
    std::string pointer = lua_tostring(L, -1);
    lua_pop(L, 1);
    return pointer;
}

}  // namespace draftcheck
