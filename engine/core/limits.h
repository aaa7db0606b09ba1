#pragma once
// Defaults for every limit the engine enforces, in one place so docs/security.md can cite them.
#include <cstddef>
#include <cstdint>

namespace draftcheck::limits {

inline constexpr std::size_t max_draft_bytes = 64u << 20;        // larger drafts are refused before parsing
inline constexpr int max_json_depth = 64;                        // drafts are about 6 levels deep
inline constexpr std::size_t max_schema_string_bytes = 16u << 10;  // longer strings skip `pattern` (std::regex recursion)
inline constexpr std::size_t schema_thread_stack_bytes = 256u << 20;
inline constexpr std::uint64_t rule_instruction_budget = 50'000'000;  // about 0.2 s of Lua
inline constexpr std::size_t rule_memory_bytes = 64u << 20;            // per rule, above what the engine holds
inline constexpr double pattern_step_budget = 1e9;  // estimated backtracking steps per match call, about a second
inline constexpr double rule_pattern_steps = 5e10;  // estimated steps over all of one rule's match calls on one draft
inline constexpr long long rule_cpu_time_ns = 2'000'000'000;  // CPU time per rule per draft, whatever it runs
inline constexpr std::size_t draft_memory_bytes = 512u << 20;   // all rules of one draft together, with their findings

}  // namespace draftcheck::limits

namespace draftcheck::limits {

inline constexpr std::size_t max_rule_file_bytes = 1u << 20;
inline constexpr std::size_t max_findings_per_rule = 100'000;  // a runaway rule cannot exhaust host memory
inline constexpr std::size_t max_message_bytes = 2'000;

}  // namespace draftcheck::limits
