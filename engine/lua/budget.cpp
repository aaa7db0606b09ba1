#include "lua/budget.h"

#include <algorithm>
#include <cstdlib>

namespace draftcheck {
namespace {

// Reading a thread's CPU clock is a system call, so it is read at every 16th hook (16,000
// instructions, some tens of microseconds) and every 256th charge by a C function; the watchdog
// covers what happens in between.
constexpr unsigned kHooksPerClockRead = 16;
constexpr unsigned kChargesPerClockRead = 256;

// The collector runs when the heap has doubled (or more), which on a large draft lets garbage
// alone pass the cap; so a rule halfway to its cap gets a full collection first, and again each
// time it has used half of what is left (at least 1 MiB apart).
void collect_if_near_cap(lua_State* L, SandboxBudget* budget) {
    if (budget->used <= budget->collect_at) return;
    lua_gc(L, LUA_GCCOLLECT);
    const std::size_t held = budget->used + budget->external;
    const std::size_t headroom = budget->cap > held ? budget->cap - held : 0;
    budget->collect_at = budget->used + std::max<std::size_t>(headroom / 2, 1u << 20);
}

// Whether the deadline has passed, reading the clock once in `every` calls counted by `since`.
bool out_of_time(SandboxBudget* budget, unsigned& since, unsigned every) {
    if (budget->time_hit.load(std::memory_order_relaxed)) return true;
    if (++since < every) return false;
    since = 0;
    if (cpu_time_ns(budget->clock) < budget->deadline_ns) return false;
    budget->time_hit = true;
    return true;
}

// From now on fail at every instruction, so a pcall inside the rule cannot swallow the limit.
[[noreturn]] void fail(lua_State* L, const char* what) {
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "%s", what);
    std::abort();  // luaL_error does not return
}

}  // namespace

SandboxBudget* budget_of(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<SandboxBudget*>(ud);
}

std::int64_t cpu_time_ns(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Counts every byte Lua holds and refuses growth past the cap; shrinking and freeing always work.
void* limited_alloc(void* ud, void* ptr, std::size_t old_size, std::size_t new_size) {
    auto* budget = static_cast<SandboxBudget*>(ud);
    const std::size_t held = ptr ? old_size : 0;  // without ptr, old_size is a type tag
    if (new_size == 0) {
        std::free(ptr);
        budget->used -= held;
        return nullptr;
    }
    if (new_size > held && budget->used + budget->external - held + new_size > budget->cap) {
        // Lua answers a refusal with an emergency full collection and asks again, so garbage not
        // yet collected is not held against the rule: only a second refusal of the same request,
        // or a request larger than the whole allowance, means the rule has really passed the cap.
        if (budget->refused == new_size || new_size - held > budget->allowance) budget->memory_hit = true;
        budget->refused = new_size;
        return nullptr;
    }
    void* moved = std::realloc(ptr, new_size);
    if (moved) {
        budget->used = budget->used - held + new_size;
        budget->refused = 0;
    }
    return moved;
}

void count_hook(lua_State* L, lua_Debug*) {
    SandboxBudget* budget = budget_of(L);
    collect_if_near_cap(L, budget);
    out_of_time(budget, budget->hooks_since_clock, kHooksPerClockRead);
    if (!budget->any_hit() && budget->instructions_left > kHookInterval) {
        budget->instructions_left -= kHookInterval;
        return;
    }
    budget->instructions_hit = budget->instructions_hit || !budget->any_hit();
    fail(L, "a limit was reached");
}

void charge_work(lua_State* L, double units) {
    SandboxBudget* budget = budget_of(L);
    if (budget->any_hit() || out_of_time(budget, budget->charges_since_clock, kChargesPerClockRead)) fail(L, "a limit was reached");
    if (units >= static_cast<double>(budget->instructions_left)) {
        budget->instructions_hit = true;
        fail(L, "the work in a library function would pass the instruction budget");
    }
    budget->instructions_left -= static_cast<std::uint64_t>(units);
}

void charge_pattern_steps(lua_State* L, double steps) {
    SandboxBudget* budget = budget_of(L);
    if (budget->any_hit() || out_of_time(budget, budget->charges_since_clock, kChargesPerClockRead)) fail(L, "a limit was reached");
    if (steps > budget->pattern_steps_left) {
        budget->patterns_hit = true;
        fail(L, "the patterns' work would pass the pattern budget");
    }
    budget->pattern_steps_left -= steps;
}

void charge_memory(lua_State* L, std::size_t bytes) {
    SandboxBudget* budget = budget_of(L);
    budget->external += bytes;
    if (budget->used + budget->external > budget->cap) {
        budget->memory_hit = true;
        fail(L, "the rule's findings would pass its memory cap");
    }
}

}  // namespace draftcheck
