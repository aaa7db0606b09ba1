#pragma once
// Read-only tables for rules. A read-only table is an empty proxy whose metatable sends reads to a
// private shadow table (as a table, not a function, so a read costs what an ordinary table read
// costs) and writes to an error. The shadow is reachable from C only: `pairs` and `next` walk it
// through functions that keep it in an upvalue or behind the metatable, which rules cannot read.
#include <lua.hpp>

namespace draftcheck {

// Replaces the table at the top of the stack with a read-only copy; nested tables are copied
// read-only in turn (a table met twice gives one copy, so cycles and sharing survive); tables that
// are read-only already are kept, not copied. Anything else is left as it is. With `missing_key_error` (a format with one %s for the key), reading a
// key the top-level table lacks is an error too.
void push_read_only_copy(lua_State* L, const char* missing_key_error = nullptr);

enum class KeyOrder { as_kept, sorted };

// Pops a shadow table (whose values are already what rules may see) and a metatable under it that
// holds any extra fields its owner needs, and pushes the read-only proxy over them. `refuse_write`
// raises the error a write gets (a general one when null); with KeyOrder::sorted, `pairs` and `next`
// walk the keys in byte order, so walks give the same order on every run.
void wrap_shadow(lua_State* L, lua_CFunction refuse_write = nullptr, KeyOrder order = KeyOrder::as_kept);

// The shadow behind the read-only proxy at `index`, pushed; returns false (pushing nothing) when
// the value is not a read-only proxy.
bool push_shadow(lua_State* L, int index);

// freeze(t) for rules and helper libraries: a read-only copy of t, as push_read_only_copy makes;
// what a library works out once per draft can then be shared by every rule without one rule
// changing what the next sees.
int freeze(lua_State* L);

// `next` for rules: like Lua's, but walks what a read-only proxy shows.
int read_only_aware_next(lua_State* L);

}  // namespace draftcheck
