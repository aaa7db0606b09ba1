#include "lua/watchdog.h"

#include <pthread.h>

#include <chrono>

namespace draftcheck {

namespace {
constexpr auto kPollInterval = std::chrono::milliseconds(20);
}

Watchdog::Watchdog(lua_State* L, SandboxBudget* budget) : L_(L), budget_(budget), thread_([this] { watch(); }) {}

Watchdog::~Watchdog() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void Watchdog::arm() {
    clockid_t clock{};
    pthread_getcpuclockid(pthread_self(), &clock);
    {
        const std::lock_guard lock(mutex_);
        armed_ = true;
        clock_ = clock;
        deadline_ns_ = budget_->deadline_ns;
    }
}

void Watchdog::disarm() {
    const std::lock_guard lock(mutex_);
    armed_ = false;
}

void Watchdog::watch() {
    std::unique_lock lock(mutex_);
    // A steady poll rather than a wake-up per call: arming is then a lock and two stores, cheap
    // enough for the two calls of every rule on every draft.
    while (!stop_) {
        wake_.wait_for(lock, kPollInterval, [&] { return stop_; });
        // Under the lock, so the hook is never set after disarm() has returned.
        if (armed_ && cpu_time_ns(clock_) >= deadline_ns_ && !budget_->time_hit.exchange(true))
            lua_sethook(L_, count_hook, LUA_MASKCOUNT, 1);
    }
}

}  // namespace draftcheck
