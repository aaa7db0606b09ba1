#include "server/check_pool.h"

#include <optional>

namespace draftcheck {

CheckPool::CheckPool(const Installation& installation, unsigned workers, std::size_t queue_capacity)
    : installation_(installation), capacity_(queue_capacity) {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

CheckPool::~CheckPool() {
    {
        const std::lock_guard<std::mutex> hold(lock_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& thread : threads_) thread.join();
}

bool CheckPool::try_submit(Job job) {
    {
        const std::lock_guard<std::mutex> hold(lock_);
        if (queue_.size() >= capacity_) return false;
        queue_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
}

void CheckPool::work() {
    std::optional<RuleSession> session;  // compiled when this worker takes its first job
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> hold(lock_);
            wake_.wait(hold, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, and nothing left to finish
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        if (!session) session.emplace(installation_.rules);
        job(*session);
    }
}

}  // namespace draftcheck
