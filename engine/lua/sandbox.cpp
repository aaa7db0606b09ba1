#include "lua/sandbox.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <limits>

#include "core/error.h"
#include "core/limits.h"
#include "core/nearest_name.h"
#include "core/read_input.h"
#include "lua/budget.h"
#include "lua/library_guard.h"
#include "lua/pattern_guard.h"
#include "lua/read_only.h"
#include "lua/watchdog.h"

namespace draftcheck {

namespace {

char kSafeGlobalsKey;
char kLoadedLibrariesKey;
char kCompiledLibrariesKey;

// Records where the innermost rule code was, since errors raised by C functions carry no line.
int message_handler(lua_State* L) {
    SandboxBudget* budget = budget_of(L);
    budget->cap = SandboxBudget::unlimited;  // room to describe the failure
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); ++level) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0 && ar.source && ar.source[0] == '@') {
            budget->error_source = ar.source + 1;
            budget->error_line = ar.currentline;
            break;
        }
    }
    if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER)
        lua_pushfstring(L, "the rule raised an error object of type %s instead of a message", luaL_typename(L, 1));
    return 1;
}

// "rules/x.lua:12: message" -> ("rules/x.lua", 12, "message").
void split_location(const std::string& text, LuaOutcome& out) {
    const auto colon = text.find(':');
    if (colon != std::string::npos && colon > 0) {
        std::size_t end = colon + 1;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
        if (end > colon + 1 && text.compare(end, 2, ": ") == 0) {
            if (out.source.empty() || out.source == text.substr(0, colon)) {
                out.source = text.substr(0, colon);
                out.line = std::stoi(text.substr(colon + 1, end - colon - 1));
            }
            out.message = text.substr(end + 2);
            return;
        }
    }
    out.message = text;
}

// nearest_name(given, names): the string in the list `names` closest to `given` (a slip, by
// core/nearest_name.h), or nil. Long lists and names are refused rather than compared, so one call
// stays cheap whatever a rule passes.
int lua_nearest_name(lua_State* L) {
    std::size_t length = 0;
    const char* given = luaL_checklstring(L, 1, &length);
    luaL_checktype(L, 2, LUA_TTABLE);
    const lua_Integer count = luaL_len(L, 2);
    if (length > 200 || count > 10'000) return luaL_error(L, "nearest_name compares a name of at most 200 bytes with at most 10000 names");
    std::vector<std::string> names;
    for (lua_Integer i = 1; i <= count; ++i) {
        if (lua_geti(L, 2, i) == LUA_TSTRING) {
            std::size_t n = 0;
            const char* name = lua_tolstring(L, -1, &n);
            if (n <= 200) names.emplace_back(name, n);
        }
        lua_pop(L, 1);
    }
    if (const auto near = nearest_name(std::string(given, length), names)) lua_pushlstring(L, near->data(), near->size());
    else lua_pushnil(L);
    return 1;
}

void set_fresh_globals(lua_State* L, int index) {
    index = lua_absindex(L, index);
    lua_newtable(L);
    lua_createtable(L, 0, 2);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &kSafeGlobalsKey);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_setupvalue(L, index, 1);  // a main chunk's first upvalue is _ENV
}

// Compiles `code` as text (bytecode is refused: crafted bytecode can crash the VM) and gives the
// chunk its own globals table over the safe globals, so what one rule defines no other rule sees.
int load_text_chunk(lua_State* L, const std::string& code, const std::string& shown_name) {
    const int status = luaL_loadbufferx(L, code.data(), code.size(), ("@" + shown_name).c_str(), "t");
    if (status == LUA_OK) set_fresh_globals(L, -1);
    return status;
}

}  // namespace

LuaSandbox::LuaSandbox(LuaLimits limits, std::vector<SourceDir> lib_dirs)
    : budget_(new SandboxBudget), limits_(limits), lib_dirs_(std::move(lib_dirs)), L_(lua_newstate(limited_alloc, budget_)) {
    if (!L_) throw std::bad_alloc();
    watchdog_ = std::make_unique<Watchdog>(L_, budget_);
    // The draft stays alive through every rule, so a cycle that starts at twice the heap mostly
    // re-marks it; at four times, the large benchmark draft's rules ran 25% faster (bench/README.md).
    lua_gc(L_, LUA_GCINC, 400, 0, 0);
    open_safe_globals();
}

LuaSandbox::~LuaSandbox() {
    watchdog_.reset();
    lua_close(L_);
    delete budget_;
}

void LuaSandbox::open_safe_globals() {
    lua_State* L = L_;
    lua_createtable(L, 0, 24);  // the safe globals every rule environment reads through
    const int safe = lua_gettop(L);

    luaL_requiref(L, LUA_GNAME, luaopen_base, 0);
    for (const char* name : {"assert", "error", "ipairs", "pairs", "pcall", "select", "tonumber", "tostring", "type",
                             "xpcall", "rawequal", "rawlen", "_VERSION"}) {
        lua_getfield(L, -1, name);
        lua_setfield(L, safe, name);
    }
    lua_pop(L, 1);
    lua_pushcfunction(L, read_only_aware_next);  // Lua's own next would see read-only tables as empty
    lua_setfield(L, safe, "next");
    lua_pushcfunction(L, freeze);
    lua_setfield(L, safe, "freeze");
    lua_pushcfunction(L, lua_nearest_name);
    lua_setfield(L, safe, "nearest_name");

    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);
    // The real string table stays reachable through every string's metatable ("x"):dump(), so it
    // is edited in place rather than copied.
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    guard_string_patterns(L, -1, limits::pattern_step_budget);
    guard_string_work(L, -1);
    push_read_only_copy(L);
    lua_setfield(L, safe, LUA_STRLIBNAME);

    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
    for (const char* name : {"random", "randomseed"}) {  // output must not vary from run to run
        lua_pushnil(L);
        lua_setfield(L, -2, name);
    }
    push_read_only_copy(L);
    lua_setfield(L, safe, LUA_MATHLIBNAME);

    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);
    guard_table_work(L, -1);
    push_read_only_copy(L);
    lua_setfield(L, safe, LUA_TABLIBNAME);

    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);
    push_read_only_copy(L);
    lua_setfield(L, safe, LUA_UTF8LIBNAME);

    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, require_library, 1);
    lua_setfield(L, safe, "require");

    lua_rawsetp(L, LUA_REGISTRYINDEX, &kSafeGlobalsKey);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &kCompiledLibrariesKey);
    compile_libraries();
    forget_libraries();
    begin_rule();
}

// Every library now, not at the first require: compiling inside a rule would charge it to
// whichever rule of whichever draft came first in this worker, and limits must not depend on that.
void LuaSandbox::compile_libraries() {
    lua_rawgetp(L_, LUA_REGISTRYINDEX, &kCompiledLibrariesKey);
    for (const auto& dir : lib_dirs_) {
        std::error_code ec;
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir.path, ec))
            if (entry.path().extension() == ".lua") names.push_back(entry.path().stem().string());
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            if (lua_getfield(L_, -1, name.c_str()) != LUA_TNIL) {  // an earlier folder has it
                lua_pop(L_, 1);
                continue;
            }
            lua_pop(L_, 1);
            if (compile_library(name.c_str())) lua_setfield(L_, -2, name.c_str());
            else lua_pop(L_, 1);  // require reports the problem when a rule asks for it
        }
    }
    lua_pop(L_, 1);
}

void LuaSandbox::add_global(const char* name) {
    lua_rawgetp(L_, LUA_REGISTRYINDEX, &kSafeGlobalsKey);
    lua_insert(L_, -2);
    push_read_only_copy(L_);
    lua_setfield(L_, -2, name);
    lua_pop(L_, 1);
}

LuaOutcome LuaSandbox::load(const std::string& code, const std::string& chunk_name) {
    budget_->cap = budget_->used + limits_.memory_bytes;
    const int status = load_text_chunk(L_, code, chunk_name);
    budget_->cap = SandboxBudget::unlimited;
    LuaOutcome out;
    if (status != LUA_OK) {
        out.failure = status == LUA_ERRMEM ? LuaOutcome::Failure::memory : LuaOutcome::Failure::error;
        split_location(lua_tostring(L_, -1) ? lua_tostring(L_, -1) : "cannot be loaded", out);
        lua_pop(L_, 1);
    }
    return out;
}

void LuaSandbox::give_fresh_globals(int index) {
    set_fresh_globals(L_, index);
}

void LuaSandbox::forget_libraries() {
    lua_newtable(L_);
    lua_rawsetp(L_, LUA_REGISTRYINDEX, &kLoadedLibrariesKey);
}

void LuaSandbox::begin_draft(std::size_t rule_bytes, std::size_t draft_bytes) {
    allowance_ = rule_bytes;
    draft_cap_ = budget_->used + std::max(draft_bytes, limits::draft_memory_bytes);
    draft_external_ = 0;
}

void LuaSandbox::end_draft() {
    allowance_ = 0;
    draft_cap_ = SandboxBudget::unlimited;
    draft_external_ = 0;
}

void LuaSandbox::begin_rule() {
    budget_->memory_hit = budget_->instructions_hit = budget_->patterns_hit = false;
    budget_->time_hit = false;
    budget_->instructions_left = limits_.instructions;
    budget_->pattern_steps_left = limits::rule_pattern_steps;
    budget_->deadline_ns = cpu_time_ns(budget_->clock) + limits::rule_cpu_time_ns;
    budget_->external = 0;
    budget_->allowance = memory_allowance();
    // What the rule may hold: its own allowance, within what the draft's rules may hold together.
    const std::size_t room = draft_cap_ > budget_->used + draft_external_ ? draft_cap_ - budget_->used - draft_external_ : 0;
    rule_cap_ = budget_->used + std::min(budget_->allowance, room);
    rule_room_ = std::min(budget_->allowance, room);
    budget_->collect_at = budget_->used + budget_->allowance / 2;
}

void LuaSandbox::end_rule(bool kept) {
    if (kept) draft_external_ += budget_->external;
    budget_->external = 0;
}

LuaOutcome LuaSandbox::call(int nargs, int nresults) {
    const int handler = lua_gettop(L_) - nargs;
    lua_pushcfunction(L_, message_handler);
    lua_insert(L_, handler);
    budget_->refused = 0;
    budget_->error_source.clear();
    budget_->error_line = 0;
    // Only inside the call: outside, a refused allocation would be an error no pcall catches.
    budget_->cap = rule_cap_;
    lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
    watchdog_->arm();
    const bool spent = budget_->any_hit();  // by an earlier call of the same rule
    const int status = spent ? LUA_ERRRUN : lua_pcall(L_, nargs, nresults, handler);
    watchdog_->disarm();
    lua_sethook(L_, nullptr, 0, 0);
    budget_->cap = SandboxBudget::unlimited;

    LuaOutcome out;
    if (status == LUA_OK && !budget_->any_hit()) {
        lua_remove(L_, handler);
        return out;
    }
    out.source = budget_->error_source;
    out.line = budget_->error_line;
    // Cut as report messages are, so an error() of 25 MB does not become a 25 MB finding.
    std::size_t length = 0;
    const char* raised = status == LUA_OK || spent ? nullptr : lua_tolstring(L_, -1, &length);
    std::string text = raised ? std::string(raised, std::min(length, limits::max_message_bytes)) : "";
    if (length > limits::max_message_bytes) text += "...";
    split_location(text, out);
    lua_settop(L_, handler - 1);
    if (budget_->time_hit) {
        out.failure = LuaOutcome::Failure::time;
        out.message = "it used more than " + std::to_string(limits::rule_cpu_time_ns / 1'000'000) + " ms of CPU time and was stopped";
    } else if (budget_->instructions_hit) {
        out.failure = LuaOutcome::Failure::instructions;
        out.message = "it ran for more than " + std::to_string(limits_.instructions) +
                      " Lua instructions (an endless loop?) and was stopped";
    } else if (budget_->patterns_hit) {
        out.failure = LuaOutcome::Failure::instructions;
        out.message = "its patterns needed more than " + std::to_string(static_cast<long long>(limits::rule_pattern_steps)) +
                      " estimated matching steps in all and it was stopped";
    } else if (budget_->memory_hit || status == LUA_ERRMEM) {
        out.failure = LuaOutcome::Failure::memory;
        out.message = "it needed more than " + std::to_string(rule_room_ >> 20) + " MiB of memory" +
                      (rule_room_ < memory_allowance() ? " (what the rules before it left of the draft's memory cap)" : "") +
                      " and was stopped";
    } else {
        out.failure = LuaOutcome::Failure::error;
    }
    lua_gc(L_, LUA_GCCOLLECT);
    return out;
}

int LuaSandbox::require_library(lua_State* L) {
    auto* self = static_cast<LuaSandbox*>(lua_touserdata(L, lua_upvalueindex(1)));
    const char* name = luaL_checkstring(L, 1);
    for (const char* c = name; *c; ++c)
        if (!std::islower(static_cast<unsigned char>(*c)) && !std::isdigit(static_cast<unsigned char>(*c)) && *c != '_' && *c != '-')
            return luaL_error(L, "require('%s'): a helper library name uses only a-z, 0-9, '_' and '-'", name);
    if (!*name || lua_rawlen(L, 1) != std::strlen(name)) return luaL_error(L, "require: a helper library needs a name");
    lua_rawgetp(L, LUA_REGISTRYINDEX, &kLoadedLibrariesKey);
    if (lua_getfield(L, -1, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &kCompiledLibrariesKey);
    if (lua_getfield(L, -1, name) != LUA_TFUNCTION) {
        lua_pop(L, 1);
        if (!self->compile_library(name)) return lua_error(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, name);
    }
    // Compiled once per state, run afresh for every draft with globals of its own.
    set_fresh_globals(L, -1);
    lua_call(L, 0, 1);
    if (!lua_istable(L, -1)) return luaL_error(L, "require('%s'): %s.lua must return a table", name, name);
    push_read_only_copy(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, -4, name);
    return 1;
}

bool LuaSandbox::compile_library(const char* name) {
    std::string message = std::string("require('") + name + "'): there is no helper library " + name +
                          ".lua in the rules' lib folder";
    for (const auto& dir : lib_dirs_) {
        const std::string path = dir.path + "/" + name + ".lua";
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) continue;
        try {
            return load_text_chunk(L_, read_input(path, limits::max_rule_file_bytes), dir.shown + "/" + name + ".lua") == LUA_OK;  // else the message
        } catch (const InputError& e) {
            message = std::string("require('") + name + "'): " + dir.shown + "/" + name + ".lua: " + e.what();
            break;
        }
    }
    lua_pushlstring(L_, message.data(), message.size());
    return false;
}

}  // namespace draftcheck
