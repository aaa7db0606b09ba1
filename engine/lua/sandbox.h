#pragma once
// A Lua 5.4 state that runs untrusted rule code: only safe libraries, text chunks only, and for each
// rule on each draft an instruction budget, a pattern budget, a CPU-time deadline and a memory cap,
// within a memory cap for the draft's rules together. See docs/security.md for the promise it makes.
// One thread uses a sandbox at a time; it runs a watchdog thread of its own.
#include <lua.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace draftcheck {

struct SandboxBudget;
class Watchdog;

// A folder of Lua files and the name it is shown by in messages ("rules/lib").
struct SourceDir {
    std::string path;
    std::string shown;
};

struct LuaLimits {
    std::uint64_t instructions;
    std::size_t memory_bytes;
};

struct LuaOutcome {
    enum class Failure { none, error, instructions, memory, time };
    Failure failure = Failure::none;
    std::string message;  // without the "file:line:" prefix
    std::string source;   // chunk name of the innermost rule or library frame, if known
    int line = 0;
    bool ok() const { return failure == Failure::none; }
};

class LuaSandbox {
public:
    // `lib_dirs` are searched, in order, by the sandbox's require(name) for NAME.lua.
    LuaSandbox(LuaLimits limits, std::vector<SourceDir> lib_dirs);
    ~LuaSandbox();
    LuaSandbox(const LuaSandbox&) = delete;
    LuaSandbox& operator=(const LuaSandbox&) = delete;

    lua_State* state() { return L_; }

    // Compiles `code` as a text chunk (bytecode is refused) with a fresh global environment of its
    // own whose reads fall back to the safe globals. On success the function is left on the stack.
    LuaOutcome load(const std::string& code, const std::string& chunk_name);

    // Gives the compiled chunk at `index` a fresh global environment, so running it again starts
    // from nothing that an earlier run left behind.
    void give_fresh_globals(int index);

    // Drops the helper libraries require() has loaded, so the next require runs them afresh.
    void forget_libraries();

    // Calls the function below `nargs` arguments on the stack under what is left of the current
    // rule's budget; like lua_pcall it leaves `nresults` values on success and nothing on failure.
    // A limit once passed fails every later call until begin_rule().
    LuaOutcome call(int nargs, int nresults);

    // Starts a rule's budget: every call() until the next begin_rule() draws on the same
    // instructions, pattern steps, CPU time and memory (above what the state holds now).
    void begin_rule();
    // Ends it: with `kept`, the bytes its findings hold (charge_memory) stay counted for the draft.
    void end_rule(bool kept);

    // Starts a draft: each rule may use at least `rule_bytes` of memory instead of the limit alone
    // (rules on a large draft need room in proportion to it), and all of them together, with their
    // findings, at most `draft_bytes` (or limits::draft_memory_bytes if more) above what is held now.
    void begin_draft(std::size_t rule_bytes, std::size_t draft_bytes);
    void end_draft();

    // Adds the value at the top of the stack, read-only, to the safe globals every chunk sees.
    void add_global(const char* name);

private:
    void open_safe_globals();
    void compile_libraries();
    static int require_library(lua_State* L);
    // Compiles rules/lib/NAME.lua and leaves the chunk on the stack, or leaves an error message
    // and returns false.
    bool compile_library(const char* name);

    std::size_t memory_allowance() const { return std::max(limits_.memory_bytes, allowance_); }

    SandboxBudget* budget_;
    LuaLimits limits_;
    std::size_t allowance_ = 0;
    std::size_t draft_cap_ = static_cast<std::size_t>(-1);
    std::size_t draft_external_ = 0;  // bytes the draft's kept findings hold
    std::size_t rule_cap_ = static_cast<std::size_t>(-1);  // the running rule's cap, applied during call()
    std::size_t rule_room_ = 0;                             // rule_cap_ minus what was held when the rule began
    std::vector<SourceDir> lib_dirs_;
    lua_State* L_;
    std::unique_ptr<Watchdog> watchdog_;
};

}  // namespace draftcheck
