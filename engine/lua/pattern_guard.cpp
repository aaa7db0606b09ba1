#include "lua/pattern_guard.h"

#include <algorithm>
#include <string>

namespace draftcheck {
namespace {

int guarded_match(lua_State* L) {
    const double budget = lua_tonumber(L, lua_upvalueindex(2));
    const bool plain_find = lua_toboolean(L, lua_upvalueindex(3)) && lua_toboolean(L, 4);
    if (!plain_find && lua_type(L, 1) == LUA_TSTRING && lua_type(L, 2) == LUA_TSTRING) {
        std::size_t text_length = 0, pattern_length = 0;
        lua_tolstring(L, 1, &text_length);
        const char* pattern = lua_tolstring(L, 2, &pattern_length);
        if (pattern_work_estimate(pattern, pattern_length, text_length) > budget) {
            const std::string shown(pattern, std::min<std::size_t>(pattern_length, 40));
            return luaL_error(L, "the pattern '%s' is too complex for a text of %d characters (matching could run for hours); "
                                 "use fewer repetitions (*, +, -, ?) or anchor it with ^",
                              shown.c_str(), static_cast<int>(text_length));
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

}  // namespace

double pattern_work_estimate(const char* p, std::size_t n, std::size_t length) {
    int quantifiers = 0;
    bool in_set = false;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '%') {
            i += (i + 1 < n && p[i + 1] == 'b') ? 3 : 1;  // %bxy takes two more characters
            continue;
        }
        if (in_set) {
            in_set = c != ']';
            continue;
        }
        if (c == '[') {
            in_set = true;
            if (i + 1 < n && p[i + 1] == '^') ++i;
            if (i + 1 < n && p[i + 1] == ']') ++i;  // a leading ] is a literal
            continue;
        }
        if (i > 0 && (c == '*' || c == '+' || c == '-' || c == '?')) ++quantifiers;
    }
    // Ways to share the text among the quantifiers, C(length + q, q), tried at every start
    // position unless the pattern is anchored.
    double work = 1;
    for (int k = 1; k <= quantifiers; ++k) work *= static_cast<double>(length + k) / k;
    if (n == 0 || p[0] != '^') work *= static_cast<double>(length + 1);
    return work;
}

void guard_string_patterns(lua_State* L, int index, double step_budget) {
    index = lua_absindex(L, index);
    for (const char* name : {"find", "match", "gmatch", "gsub"}) {
        lua_getfield(L, index, name);
        lua_pushnumber(L, step_budget);
        lua_pushboolean(L, std::string(name) == "find");
        lua_pushcclosure(L, guarded_match, 3);
        lua_setfield(L, index, name);
    }
}

}  // namespace draftcheck
