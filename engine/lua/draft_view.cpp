#include "lua/draft_view.h"

#include <vector>

#include "core/json_pointer.h"

namespace draftcheck {
namespace {

using nlohmann::json;

constexpr const char* kNodeMeta = "draftcheck.node";
char kViewKey;
char kGenerationKey;

struct NodeRef {
    const json* node;
    lua_Integer generation;
};

lua_Integer current_generation(lua_State* L) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &kGenerationKey);
    const lua_Integer g = lua_tointeger(L, -1);
    lua_pop(L, 1);
    return g;
}

const json& checked_node(lua_State* L, int index) {
    const json* node = to_node(L, index);
    if (!node) luaL_error(L, "this part of the draft belongs to a draft that is no longer being checked");
    return *node;
}

int node_index(lua_State* L) {
    const json& node = checked_node(L, 1);
    if (node.is_object() && lua_type(L, 2) == LUA_TSTRING) {
        const auto it = node.find(lua_tostring(L, 2));
        if (it != node.end()) return push_node(L, &*it), 1;
    } else if (node.is_array() && lua_isinteger(L, 2)) {
        const lua_Integer i = lua_tointeger(L, 2);
        if (i >= 1 && static_cast<std::size_t>(i) <= node.size()) return push_node(L, &node[static_cast<std::size_t>(i - 1)]), 1;
    }
    lua_pushnil(L);
    return 1;
}

int node_write(lua_State* L) {
    return luaL_error(L, "the draft is read-only: rules cannot change it");
}

int node_len(lua_State* L) {
    const json& node = checked_node(L, 1);
    lua_pushinteger(L, node.is_array() ? static_cast<lua_Integer>(node.size()) : 0);
    return 1;
}

// Stateless like `next`: arrays continue from the previous index, objects from the previous key.
int node_next(lua_State* L) {
    const json& node = checked_node(L, 1);
    if (node.is_array()) {
        const lua_Integer i = lua_isnil(L, 2) ? 1 : luaL_checkinteger(L, 2) + 1;
        if (i < 1 || static_cast<std::size_t>(i) > node.size()) return 0;
        lua_pushinteger(L, i);
        push_node(L, &node[static_cast<std::size_t>(i - 1)]);
        return 2;
    }
    auto it = node.begin();
    if (!lua_isnil(L, 2)) {
        it = node.find(luaL_checkstring(L, 2));
        if (it != node.end()) ++it;
    }
    if (it == node.end()) return 0;
    lua_pushlstring(L, it.key().data(), it.key().size());
    push_node(L, &*it);
    return 2;
}

int node_pairs(lua_State* L) {
    checked_node(L, 1);
    lua_pushcfunction(L, node_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

int node_tostring(lua_State* L) {
    const json& node = checked_node(L, 1);
    const std::string& pointer = current_draft(L)->pointer_of(&node);
    lua_pushfstring(L, "draft %s at '%s'", node.is_array() ? "list" : "object", pointer.c_str());
    return 1;
}

int node_equal(lua_State* L) {
    lua_pushboolean(L, to_node(L, 1) && to_node(L, 1) == to_node(L, 2));
    return 1;
}

int json_isnull(lua_State* L) {
    lua_pushboolean(L, lua_islightuserdata(L, 1) && lua_touserdata(L, 1) == nullptr);
    return 1;
}

int json_type(lua_State* L) {
    const char* name = "nil";
    switch (lua_type(L, 1)) {
        case LUA_TSTRING: name = "string"; break;
        case LUA_TNUMBER: name = "number"; break;
        case LUA_TBOOLEAN: name = "boolean"; break;
        case LUA_TLIGHTUSERDATA: name = lua_touserdata(L, 1) == nullptr ? "null" : "nil"; break;
        case LUA_TUSERDATA:
            if (const json* node = to_node(L, 1)) name = node->is_array() ? "array" : "object";
            break;
        default: break;
    }
    lua_pushstring(L, name);
    return 1;
}

int json_pointer(lua_State* L) {
    const json& node = checked_node(L, 1);
    lua_pushstring(L, current_draft(L)->pointer_of(&node).c_str());
    return 1;
}

void register_node_metatable(lua_State* L) {
    if (luaL_newmetatable(L, kNodeMeta)) {
        const luaL_Reg methods[] = {{"__index", node_index},       {"__newindex", node_write}, {"__len", node_len},
                                    {"__pairs", node_pairs},       {"__tostring", node_tostring}, {"__eq", node_equal},
                                    {nullptr, nullptr}};
        luaL_setfuncs(L, methods, 0);
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
}

void index_pointers(const json& node, const std::string& pointer, std::unordered_map<const json*, std::string>& out) {
    if (!node.is_structured()) return;
    out.emplace(&node, pointer);
    if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) index_pointers(node[i], pointer + "/" + std::to_string(i), out);
        return;
    }
    for (const auto& item : node.items()) index_pointers(item.value(), pointer + "/" + pointer_token(item.key()), out);
}

}  // namespace

const std::string& DraftView::pointer_of(const json* node) {
    if (pointers_.empty()) index_pointers(root_, "", pointers_);
    static const std::string unknown;
    const auto it = pointers_.find(node);
    return it == pointers_.end() ? unknown : it->second;
}

void push_json_helpers(lua_State* L) {
    register_node_metatable(L);
    const luaL_Reg helpers[] = {{"isnull", json_isnull}, {"type", json_type}, {"pointer", json_pointer}, {nullptr, nullptr}};
    luaL_newlib(L, helpers);
    lua_pushlightuserdata(L, nullptr);
    lua_setfield(L, -2, "null");
}

void set_current_draft(lua_State* L, DraftView* view) {
    lua_pushlightuserdata(L, view);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &kViewKey);
    lua_pushinteger(L, current_generation(L) + 1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &kGenerationKey);
}

DraftView* current_draft(lua_State* L) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &kViewKey);
    auto* view = static_cast<DraftView*>(lua_touserdata(L, -1));
    lua_pop(L, 1);
    return view;
}

void push_node(lua_State* L, const json* node) {
    switch (node->type()) {
        case json::value_t::object:
        case json::value_t::array: {
            auto* ref = static_cast<NodeRef*>(lua_newuserdatauv(L, sizeof(NodeRef), 0));
            *ref = {node, current_generation(L)};
            luaL_setmetatable(L, kNodeMeta);
            return;
        }
        case json::value_t::string: {
            const auto& s = node->get_ref<const std::string&>();
            lua_pushlstring(L, s.data(), s.size());
            return;
        }
        case json::value_t::number_integer: lua_pushinteger(L, node->get<lua_Integer>()); return;
        case json::value_t::number_unsigned: {
            const auto u = node->get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(LUA_MAXINTEGER)) lua_pushinteger(L, static_cast<lua_Integer>(u));
            else lua_pushnumber(L, static_cast<lua_Number>(u));
            return;
        }
        case json::value_t::number_float: lua_pushnumber(L, node->get<double>()); return;
        case json::value_t::boolean: lua_pushboolean(L, node->get<bool>()); return;
        default: lua_pushlightuserdata(L, nullptr); return;  // null (and binary, which JSON text cannot hold)
    }
}

const json* to_node(lua_State* L, int index) {
    auto* ref = static_cast<NodeRef*>(luaL_testudata(L, index, kNodeMeta));
    if (!ref || ref->generation != current_generation(L) || !current_draft(L)) return nullptr;
    return ref->node;
}

}  // namespace draftcheck
