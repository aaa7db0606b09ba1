#pragma once
// Stops a rule stuck inside one C function. The instruction hook only runs between Lua
// instructions, so a C call that overruns (a sort, a long string operation) would hold the thread
// past its deadline; the watchdog, a thread of its own, watches the CPU time of the thread running
// the rule and, once it passes the deadline, marks the budget and sets the hook to fire at the next
// instruction (lua_sethook is safe to call from outside the running thread).
#include <lua.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "lua/budget.h"

namespace draftcheck {

class Watchdog {
public:
    Watchdog(lua_State* L, SandboxBudget* budget);
    ~Watchdog();  // stops and joins the thread
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    // Called by the thread about to run Lua: watch its CPU clock against budget->deadline_ns
    // (polled every 20 ms).
    void arm();
    // Called by the same thread once the call has returned, before it clears the hook.
    void disarm();

private:
    void watch();

    lua_State* L_;
    SandboxBudget* budget_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool armed_ = false;
    bool stop_ = false;
    clockid_t clock_{};
    std::int64_t deadline_ns_ = 0;
    std::thread thread_;
};

}  // namespace draftcheck
