#include "lua/pattern_guard.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "lua/budget.h"

namespace draftcheck {
namespace {

// Whether Lua's find would search for `p` as plain text (lstrlib.c's nospecials).
bool has_no_specials(const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (std::strchr("^$*+?.([%-", p[i])) return false;
    return true;
}

int guarded_match(lua_State* L) {
    const double budget = lua_tonumber(L, lua_upvalueindex(2));
    const bool find = lua_toboolean(L, lua_upvalueindex(3));
    if (lua_type(L, 1) == LUA_TSTRING && lua_type(L, 2) == LUA_TSTRING) {
        std::size_t text_length = 0, pattern_length = 0;
        lua_tolstring(L, 1, &text_length);
        const char* pattern = lua_tolstring(L, 2, &pattern_length);
        const bool plain = find && (lua_toboolean(L, 4) || has_no_specials(pattern, pattern_length));
        const double work = plain ? plain_search_estimate(pattern_length, text_length)
                                  : pattern_work_estimate(pattern, pattern_length, text_length);
        if (work > budget) {
            const std::string shown(pattern, std::min<std::size_t>(pattern_length, 40));
            return luaL_error(L, "the pattern '%s' is too complex for a text of %d characters (matching could run for hours); "
                                 "use fewer repetitions (*, +, -, ?) or anchor it with ^",
                              shown.c_str(), static_cast<int>(text_length));
        }
        charge_pattern_steps(L, work);  // and over all the rule's calls together
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

}  // namespace

double pattern_work_estimate(const char* p, std::size_t n, std::size_t length) {
    // Items that can each scan the rest of the text: the repetitions *, +, - and ?, %b (which
    // walks to the balancing character) and back-references %1-%9 (which compare a capture).
    int scanning = 0;
    // Single-character items: a start position may compare up to this many (a literal pattern
    // costs its length at every position, as Lua's matcher compares it character by character).
    double items = 0;
    bool in_set = false;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (in_set) {
            if (c == '%') ++i;
            else in_set = c != ']';
            continue;
        }
        if (c == '%') {
            const char next = i + 1 < n ? p[i + 1] : '\0';
            if (next == 'b') {
                ++scanning;
                i += 3;  // %bxy takes two more characters
            } else {
                if (next >= '1' && next <= '9') ++scanning;
                ++i;
            }
            ++items;
            continue;
        }
        if (c == '[') {
            in_set = true;
            ++items;
            if (i + 1 < n && p[i + 1] == '^') ++i;
            if (i + 1 < n && p[i + 1] == ']') ++i;  // a leading ] is a literal
            continue;
        }
        if (i > 0 && (c == '*' || c == '+' || c == '-' || c == '?')) ++scanning;
        // Anchors and capture brackets compare no character.
        else if (!(i == 0 && c == '^') && !(i + 1 == n && c == '$') && c != '(' && c != ')') ++items;
    }
    // Ways to place the match, times the items compared at each: the scanning items share the text
    // C(length + q, q) ways; unanchored, the start position is one more share, C(length + q + 1, q + 1).
    const bool anchored = n > 0 && p[0] == '^';
    const int shares = scanning + (anchored ? 0 : 1);
    double work = std::max(items, 1.0);
    for (int k = 1; k <= shares; ++k) work *= static_cast<double>(length + k) / k;
    return work;
}

double plain_search_estimate(std::size_t needle_length, std::size_t length) {
    // memchr finds each candidate, then memcmp compares up to the whole needle.
    if (needle_length > length) return 1;
    return static_cast<double>(length - needle_length + 1) * std::max<double>(static_cast<double>(needle_length), 1);
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
