#include "lua/library_guard.h"

#include <cmath>

#include "lua/budget.h"

namespace draftcheck {
namespace {

// A byte copied costs far less than a Lua instruction: 16 of them count as one.
constexpr double kBytesPerUnit = 16;

// What a call will do, from its arguments, in instructions' worth.
struct Guard {
    double (*cost)(lua_State* L);
};

// Calls the real function (upvalue 1) after charging what the Guard (upvalue 2) says it will do.
int guarded(lua_State* L) {
    const auto* guard = static_cast<const Guard*>(lua_touserdata(L, lua_upvalueindex(2)));
    charge_work(L, guard->cost(L));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

double count(lua_Integer first, lua_Integer last) {
    return last < first ? 0 : static_cast<double>(last) - static_cast<double>(first) + 1;
}

// The length the real function will use: lua_len, as it does (a read-only table's is its shadow's).
lua_Integer length_of(lua_State* L, int index) {
    if (!lua_istable(L, index)) return 0;  // the real function raises the error
    return luaL_len(L, index);
}

double rep_cost(lua_State* L) {
    std::size_t text = 0, separator = 0;
    luaL_checklstring(L, 1, &text);
    const lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    if (n <= 0) return 1;
    // A result larger than the memory left fails at its allocation, before the loop starts.
    const double bytes = static_cast<double>(n) * static_cast<double>(text + separator);
    const SandboxBudget* budget = budget_of(L);
    if (budget->cap > budget->used && bytes > static_cast<double>(budget->cap - budget->used)) return 1;
    // Otherwise one pass of the loop per copy, even when the copies are empty.
    return static_cast<double>(n) + bytes / kBytesPerUnit;
}

double move_cost(lua_State* L) {
    return 1 + count(luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
}

double insert_cost(lua_State* L) {
    if (lua_gettop(L) != 3) return 1;  // appending
    return 1 + count(luaL_checkinteger(L, 2), length_of(L, 1));
}

double remove_cost(lua_State* L) {
    const lua_Integer size = length_of(L, 1);
    return 1 + count(luaL_optinteger(L, 2, size), size);
}

double concat_cost(lua_State* L) {
    const lua_Integer first = luaL_optinteger(L, 3, 1);
    const lua_Integer last = lua_isnoneornil(L, 4) ? length_of(L, 1) : luaL_checkinteger(L, 4);
    return 1 + count(first, last);
}

double sort_cost(lua_State* L) {
    const double n = static_cast<double>(length_of(L, 1));
    return 1 + (n > 1 ? n * std::log2(n) : 0);
}

const Guard kRep{rep_cost}, kMove{move_cost}, kInsert{insert_cost}, kRemove{remove_cost}, kConcat{concat_cost}, kSort{sort_cost};

void wrap(lua_State* L, int index, const char* name, const Guard& guard) {
    lua_getfield(L, index, name);
    lua_pushlightuserdata(L, const_cast<Guard*>(&guard));
    lua_pushcclosure(L, guarded, 2);
    lua_setfield(L, index, name);
}

}  // namespace

void guard_string_work(lua_State* L, int index) {
    wrap(L, lua_absindex(L, index), "rep", kRep);
}

void guard_table_work(lua_State* L, int index) {
    index = lua_absindex(L, index);
    wrap(L, index, "move", kMove);
    wrap(L, index, "insert", kInsert);
    wrap(L, index, "remove", kRemove);
    wrap(L, index, "concat", kConcat);
    wrap(L, index, "sort", kSort);
}

}  // namespace draftcheck
