#pragma once
// What the running rule may still spend, and the three places that spend it: Lua's allocator (memory),
// the instruction hook (Lua code and CPU time) and the guarded C functions (work Lua's C library does
// where the hook never fires). One SandboxBudget per Lua state, reached through lua_getallocf; only
// the thread running the state touches it, except `time_hit`, which the watchdog sets.
#include <lua.hpp>

#include <atomic>
#include <cstdint>
#include <ctime>
#include <limits>
#include <string>

namespace draftcheck {

struct SandboxBudget {
    static constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();

    // Memory: what Lua holds, plus what the engine holds for the running rule (its findings).
    std::size_t used = 0;
    std::size_t external = 0;
    std::size_t cap = unlimited;        // used + external may not pass it
    std::size_t allowance = unlimited;  // cap minus what was held when the rule began
    std::size_t collect_at = unlimited;
    std::size_t refused = 0;  // the size of the last refused request, 0 after any success
    bool memory_hit = false;

    // Work: Lua instructions, plus the instructions' worth charged by guarded C functions.
    std::uint64_t instructions_left = 0;
    bool instructions_hit = false;
    double pattern_steps_left = 0;  // estimated matcher steps, over every pattern call of the rule
    bool patterns_hit = false;

    // Time: the CPU time of the thread running the rule, against a deadline.
    clockid_t clock = CLOCK_THREAD_CPUTIME_ID;
    std::int64_t deadline_ns = std::numeric_limits<std::int64_t>::max();
    std::atomic<bool> time_hit{false};
    unsigned hooks_since_clock = 0;
    unsigned charges_since_clock = 0;

    // Where the innermost rule code was when an error was raised.
    std::string error_source;
    int error_line = 0;

    bool any_hit() const { return memory_hit || instructions_hit || patterns_hit || time_hit.load(std::memory_order_relaxed); }
};

SandboxBudget* budget_of(lua_State* L);

// The allocator given to lua_newstate, with the budget as its user data: refuses growth past `cap`.
void* limited_alloc(void* ud, void* ptr, std::size_t old_size, std::size_t new_size);

// The count hook: spends instructions, checks the clock, and once any limit is passed raises an
// error at every instruction, so pcall inside the rule cannot swallow it.
void count_hook(lua_State* L, lua_Debug* ar);
inline constexpr int kHookInterval = 1000;

// For C functions a rule calls. Each raises the limit's error (and makes the hook repeat it) when
// the charge would pass what is left, or when the rule's CPU time is up.
// `units` of work done in C, in instructions' worth (a byte copied or an element moved is about one).
void charge_work(lua_State* L, double units);
// Estimated pattern-matching steps.
void charge_pattern_steps(lua_State* L, double steps);
// Bytes the engine will hold for the rule once it returns (its findings).
void charge_memory(lua_State* L, std::size_t bytes);

// The CPU time the calling thread has used, in nanoseconds of `clock`.
std::int64_t cpu_time_ns(clockid_t clock);

}  // namespace draftcheck
