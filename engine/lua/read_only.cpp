#include "lua/read_only.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace draftcheck {
namespace {

int read_only_write(lua_State* L) {
    return luaL_error(L, "this table is read-only: rules cannot change shared data");
}

// The shadow's own metatable for a table whose missing keys are an error (parameters).
int missing_key(lua_State* L) {
    return luaL_error(L, lua_tostring(L, lua_upvalueindex(1)), lua_tostring(L, 2) ? lua_tostring(L, 2) : "?");
}

int read_only_len(lua_State* L) {
    push_shadow(L, 1);
    lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
    return 1;
}

// The keys of a shadow (a draft object's: all strings, anchored by the shadow) in byte order, the
// order of the JSON object (std::map), whatever order Lua's seeded hash keeps them in.
std::vector<std::string_view> sorted_keys(lua_State* L, int shadow) {
    std::vector<std::string_view> keys;
    lua_pushnil(L);
    while (lua_next(L, shadow)) {
        lua_pop(L, 1);
        std::size_t length = 0;
        const char* key = lua_tolstring(L, -1, &length);
        if (key) keys.emplace_back(key, length);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The keys in order and their positions, kept in the metatable once a walk has begun.
void push_ordered_keys(lua_State* L, int meta, int shadow) {
    if (lua_getfield(L, meta, "__keys") == LUA_TTABLE) return;
    lua_pop(L, 1);
    const std::vector<std::string_view> keys = sorted_keys(L, shadow);
    lua_createtable(L, 0, static_cast<int>(keys.size()));  // key -> position
    lua_createtable(L, static_cast<int>(keys.size()), 0);  // position -> key
    for (std::size_t i = 0; i < keys.size(); ++i) {
        lua_pushlstring(L, keys[i].data(), keys[i].size());
        lua_pushvalue(L, -1);
        lua_rawseti(L, -3, static_cast<lua_Integer>(i + 1));
        lua_pushinteger(L, static_cast<lua_Integer>(i + 1));
        lua_rawset(L, -4);
    }
    lua_setfield(L, meta, "__keys");
    lua_setfield(L, meta, "__positions");
    lua_getfield(L, meta, "__keys");
}

// next(proxy, key) in byte order of the keys.
int sorted_next(lua_State* L) {
    lua_settop(L, 2);
    if (!push_shadow(L, 1)) return luaL_error(L, "next: not a read-only table");
    const int shadow = lua_gettop(L);
    if (lua_isnil(L, 2)) {  // next(object) == nil, the usual test for an empty object, needs no sort
        lua_pushnil(L);
        if (!lua_next(L, shadow)) return lua_pushnil(L), 1;
        lua_pop(L, 2);
    }
    // Sorted once per object, then O(1) a step: next(object) over and over costs no more than a walk.
    lua_getmetatable(L, 1);
    const int meta = lua_gettop(L);
    push_ordered_keys(L, meta, shadow);
    const int keys = lua_gettop(L);
    lua_Integer position = 1;
    if (!lua_isnil(L, 2)) {
        lua_getfield(L, meta, "__positions");
        lua_pushvalue(L, 2);
        if (lua_rawget(L, -2) != LUA_TNUMBER) return luaL_error(L, "invalid key to 'next'");
        position = lua_tointeger(L, -1) + 1;
    }
    if (lua_rawgeti(L, keys, position) == LUA_TNIL) return lua_pushnil(L), 1;
    lua_pushvalue(L, -1);
    lua_rawget(L, shadow);
    return 2;
}

// next(proxy, key) in the order Lua keeps the keys.
int hash_next(lua_State* L) {
    lua_settop(L, 2);
    if (!push_shadow(L, 1)) return luaL_error(L, "next: not a read-only table");
    lua_pushvalue(L, 2);
    if (!lua_next(L, 3)) return lua_pushnil(L), 1;
    return 2;
}

int hash_pairs(lua_State* L) {
    lua_pushcfunction(L, hash_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

int sorted_pairs(lua_State* L) {
    lua_pushcfunction(L, sorted_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

// Deeper than any draft (64 levels) or parameter file, and far short of the C stack: a table a
// rule nests 240,000 levels deep is refused, not followed until the process crashes.
constexpr int kMaxCopyDepth = 200;

// The read-only copy of the table at `source`; `seen` maps tables already copied to their copies.
void copy_read_only(lua_State* L, int source, int seen, int depth = 1) {
    if (depth > kMaxCopyDepth) luaL_error(L, "freeze: tables nested more than %d levels deep cannot be made read-only", kMaxCopyDepth);
    luaL_checkstack(L, 6, "tables nested too deeply");
    if (push_shadow(L, source)) {  // already read-only (a draft node, a parameter): shared as it is
        lua_pop(L, 1);
        lua_pushvalue(L, source);
        return;
    }
    lua_pushvalue(L, source);
    if (lua_rawget(L, seen) != LUA_TNIL) return;
    lua_pop(L, 1);
    lua_newtable(L);  // metatable
    lua_newtable(L);  // shadow
    wrap_shadow(L);   // the proxy exists before its contents, so a cycle back to it finds it
    const int proxy = lua_gettop(L);
    lua_pushvalue(L, source);
    lua_pushvalue(L, proxy);
    lua_rawset(L, seen);
    push_shadow(L, proxy);
    const int shadow = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, source)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            copy_read_only(L, lua_gettop(L), seen, depth + 1);
            lua_replace(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, shadow);
    }
    lua_pop(L, 1);
}

}  // namespace

void wrap_shadow(lua_State* L, lua_CFunction refuse_write, KeyOrder order) {
    const int shadow = lua_gettop(L);
    const int meta = shadow - 1;
    lua_pushvalue(L, shadow);
    lua_setfield(L, meta, "__index");
    lua_pushcfunction(L, refuse_write ? refuse_write : read_only_write);
    lua_setfield(L, meta, "__newindex");
    lua_pushcfunction(L, read_only_len);
    lua_setfield(L, meta, "__len");
    lua_pushcfunction(L, order == KeyOrder::sorted ? sorted_pairs : hash_pairs);
    lua_setfield(L, meta, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, meta, "__metatable");
    lua_pop(L, 1);
    lua_createtable(L, 0, 0);  // the proxy: always empty, so every write reaches __newindex
    lua_insert(L, meta);
    lua_setmetatable(L, meta);
}

bool push_shadow(lua_State* L, int index) {
    if (!lua_istable(L, index) || !lua_getmetatable(L, index)) return false;
    // __len is always ours; __newindex may be the owner's.
    if (lua_getfield(L, -1, "__len") != LUA_TFUNCTION || lua_tocfunction(L, -1) != read_only_len) {
        lua_pop(L, 2);
        return false;
    }
    lua_getfield(L, -2, "__index");
    lua_replace(L, -3);
    lua_pop(L, 1);
    return true;
}

int read_only_aware_next(lua_State* L) {
    if (push_shadow(L, 1)) {
        lua_pop(L, 1);
        lua_getmetatable(L, 1);
        lua_getfield(L, -1, "__pairs");
        const bool sorted = lua_tocfunction(L, -1) == sorted_pairs;
        lua_pop(L, 2);
        return sorted ? sorted_next(L) : hash_next(L);
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_next(L, 1)) return 2;
    lua_pushnil(L);
    return 1;
}

int freeze(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    push_read_only_copy(L);
    return 1;
}

void push_read_only_copy(lua_State* L, const char* missing_key_error) {
    if (lua_type(L, -1) != LUA_TTABLE) return;
    const int source = lua_gettop(L);
    lua_newtable(L);
    const int seen = lua_gettop(L);
    copy_read_only(L, source, seen);
    if (missing_key_error) {
        push_shadow(L, -1);
        lua_createtable(L, 0, 1);
        lua_pushstring(L, missing_key_error);
        lua_pushcclosure(L, missing_key, 1);
        lua_setfield(L, -2, "__index");
        lua_setmetatable(L, -2);
        lua_pop(L, 1);
    }
    lua_replace(L, source);
    lua_settop(L, source);
}

}  // namespace draftcheck
