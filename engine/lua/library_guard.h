#pragma once
// Lua's C library loops where the instruction hook never fires: string.rep("", math.maxinteger)
// runs for ever while allocating nothing, and table.insert into a table whose length is 2^61
// shifts that many slots. These wrappers charge the loop's length to the rule's budget
// (lua/budget.h) before calling the real function, so such a call is refused up front.
#include <lua.hpp>

namespace draftcheck {

// Guards rep in the string library table at `index` (edited in place: strings' metatable reaches it).
void guard_string_work(lua_State* L, int index);

// Guards move, insert, remove, concat and sort in the table library table at `index`.
void guard_table_work(lua_State* L, int index);

}  // namespace draftcheck
