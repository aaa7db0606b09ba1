#pragma once
// Runs work on a thread with a large stack. valijson's `pattern` and `format` checks use
// std::regex, whose libstdc++ matcher recurses once per character and overflows a default stack.
#include <cstddef>
#include <functional>

namespace draftcheck {

void run_on_large_stack(std::size_t stack_bytes, const std::function<void()>& work);

}  // namespace draftcheck
