#pragma once
// A few worker threads that run checks, each with its own RuleSession (rule sessions are not
// thread-safe), fed from a bounded queue. A request that finds the queue full is refused at once
// (the server answers 503) instead of waiting behind an unbounded backlog, so one slow or flooding
// client cannot make every later check wait.
//
// Thread safety: try_submit may be called from any thread. The pool owns its threads; the
// destructor finishes the jobs already queued, then joins them. `installation` must outlive the pool.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "check/installation.h"
#include "rules/rule_session.h"

namespace draftcheck {

class CheckPool {
public:
    using Job = std::function<void(RuleSession& session)>;

    CheckPool(const Installation& installation, unsigned workers, std::size_t queue_capacity);
    ~CheckPool();
    CheckPool(const CheckPool&) = delete;
    CheckPool& operator=(const CheckPool&) = delete;

    // Queues `job` to run on a worker with that worker's session. False, and the job is dropped,
    // when `queue_capacity` jobs are already waiting. A job must not throw.
    bool try_submit(Job job);

private:
    void work();

    const Installation& installation_;
    const std::size_t capacity_;
    std::mutex lock_;
    std::condition_variable wake_;
    std::deque<Job> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace draftcheck
