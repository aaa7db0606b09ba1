#pragma once
// A Lua 5.4 state that runs untrusted rule code: only safe libraries, text chunks only, and an
// instruction budget and memory cap for every call. See docs/security.md for the promise it makes.
#include <lua.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace draftcheck {

struct SandboxBudget;

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
    enum class Failure { none, error, instructions, memory };
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

    // Calls the function below `nargs` arguments on the stack under the limits; like lua_pcall it
    // leaves `nresults` values on success and nothing on failure.
    LuaOutcome call(int nargs, int nresults);

    // Lets calls use at least `bytes` of memory (above what the state already holds) instead of
    // the limit alone: rules on a large draft need room in proportion to it. 0 goes back to the limit.
    void allow_memory(std::size_t bytes) { allowance_ = bytes; }

    // Adds the value at the top of the stack, read-only, to the safe globals every chunk sees.
    void add_global(const char* name);

private:
    void open_safe_globals();
    static int require_library(lua_State* L);
    // Compiles rules/lib/NAME.lua and leaves the chunk on the stack, or leaves an error message
    // and returns false.
    bool compile_library(const char* name);

    std::size_t memory_allowance() const { return std::max(limits_.memory_bytes, allowance_); }

    SandboxBudget* budget_;
    LuaLimits limits_;
    std::size_t allowance_ = 0;
    std::vector<SourceDir> lib_dirs_;
    lua_State* L_;
};

}  // namespace draftcheck
