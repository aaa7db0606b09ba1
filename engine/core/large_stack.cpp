#include "core/large_stack.h"

#include <pthread.h>

#include <exception>
#include <stdexcept>

namespace draftcheck {
namespace {

struct Job {
    const std::function<void()>* work;
    std::exception_ptr failure;
};

void* run_job(void* arg) {
    auto* job = static_cast<Job*>(arg);
    try {
        (*job->work)();
    } catch (...) {
        job->failure = std::current_exception();
    }
    return nullptr;
}

}  // namespace

void run_on_large_stack(std::size_t stack_bytes, const std::function<void()>& work) {
    Job job{&work, nullptr};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_bytes);
    pthread_t thread;
    const int rc = pthread_create(&thread, &attr, run_job, &job);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        work();  // no thread to be had: run here rather than not at all
        return;
    }
    pthread_join(thread, nullptr);
    if (job.failure) std::rethrow_exception(job.failure);
}

}  // namespace draftcheck
