// How rules see a draft (engine/lua/draft_view.cpp, read_only.cpp): read-only tables, one per
// node, walked in key order, each knowing its JSON pointer; and read-only library tables.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/limits.h"
#include "lua/draft_view.h"
#include "lua/read_only.h"
#include "lua/sandbox.h"

namespace draftcheck {
namespace {

class DraftView : public ::testing::Test {
protected:
    DraftView() : sandbox_({limits::rule_instruction_budget, limits::rule_memory_bytes}, {}) {
        push_json_helpers(sandbox_.state());
        sandbox_.add_global("json");
    }

    // Runs `body` as function(draft) and returns what it returns as text, or the error.
    std::string run(const std::string& body, const nlohmann::json& draft) {
        lua_State* L = sandbox_.state();
        LuaOutcome outcome = sandbox_.load("return function(draft)\n" + body + "\nend", "test.lua");
        if (outcome.ok()) outcome = sandbox_.call(0, 1);
        if (!outcome.ok()) return "load: " + outcome.message;
        push_draft(L, draft);
        outcome = sandbox_.call(1, 1);
        if (!outcome.ok()) return "error: " + outcome.message;
        std::string out = lua_tostring(L, -1) ? lua_tostring(L, -1) : "(not text)";
        lua_pop(L, 1);
        return out;
    }

    LuaSandbox sandbox_;
};

const nlohmann::json kDraft = nlohmann::json::parse(R"({
  "zeta": 1, "alpha": {"b": 2, "a": null, "c~/x": "s"}, "list": [10, {"id": "x"}, null, "t"], "mid": true
})");

TEST_F(DraftView, FieldsReadAsLuaValues) {
    EXPECT_EQ(run("return draft.zeta .. ' ' .. tostring(draft.mid) .. ' ' .. draft.list[1] .. ' ' .. draft.list[2].id", kDraft),
              "1 true 10 x");
    EXPECT_EQ(run("return tostring(json.isnull(draft.alpha.a)) .. ' ' .. tostring(draft.missing)", kDraft), "true nil");
    EXPECT_EQ(run("return json.type(draft) .. json.type(draft.list) .. json.type(draft.alpha.a) .. json.type(draft.zeta)", kDraft),
              "objectarraynullnumber");
    EXPECT_EQ(run("return #draft.list .. ' ' .. #draft.alpha", kDraft), "4 0");
}

TEST_F(DraftView, PairsAndNextWalkObjectsInKeyOrder) {
    const std::string walk = R"(
      local keys = {}
      for k in pairs(draft) do keys[#keys + 1] = k end
      local k, v = next(draft.alpha)
      keys[#keys + 1] = k
      k = next(draft.alpha, k)
      keys[#keys + 1] = k
      keys[#keys + 1] = tostring(next(draft.alpha, "c~/x"))
      keys[#keys + 1] = tostring(next(draft.list, 4))
      return table.concat(keys, ","))";
    EXPECT_EQ(run(walk, kDraft), "alpha,list,mid,zeta,a,b,nil,nil");
    EXPECT_EQ(run("local n = 0 for i, v in ipairs(draft.list) do n = n + 1 end return tostring(n)", kDraft), "4");
    EXPECT_EQ(run("return tostring(next({}))", kDraft), "nil");
}

TEST_F(DraftView, AHugeObjectIsWalkedInOrderWithoutQuadraticWork) {
    // A rule walking a huge object must not stall the check. With 50,000 keys a walk in which each
    // next() scanned from the start (1.25e9 steps) would be stopped by the rule's CPU-time limit,
    // while the linear walk takes a fraction of it even in the sanitizer build (where 200,000 keys
    // went over the limit).
    nlohmann::json draft = {{"big", nlohmann::json::object()}};
    for (int i = 0; i < 50'000; ++i) draft["big"]["k" + std::to_string(i)] = i;
    const std::string walk = R"(
      local n, last, ordered = 0, "", true
      for k in pairs(draft.big) do
        n = n + 1
        if k <= last then ordered = false end
        last = k
      end
      return n .. " " .. tostring(ordered) .. " " .. next(draft.big))";
    EXPECT_EQ(run(walk, draft), "50000 true k0");
}

TEST_F(DraftView, TheSameNodeIsTheSameTable) {
    EXPECT_EQ(run("return tostring(draft.alpha == draft.alpha) .. tostring(draft.list[2] == draft.list[2]) .. "
                  "tostring(draft.alpha == draft.list)", kDraft),
              "truetruefalse");
}

TEST_F(DraftView, NodesKnowTheirPointer) {
    EXPECT_EQ(run("return json.pointer(draft) .. '|' .. json.pointer(draft.list[2]) .. '|' .. tostring(draft.alpha)", kDraft),
              "|/list/1|draft object at '/alpha'");
    EXPECT_EQ(run("return json.pointer({})", kDraft), "error: json.pointer: expected an object or list of the draft, not a table");
}

TEST_F(DraftView, TheDraftCannotBeChanged) {
    for (const char* write : {"draft.zeta = 2", "draft.list[5] = 1", "draft.alpha.b = nil", "table.insert(draft.list, 1)"})
        EXPECT_EQ(run(std::string(write) + " return 'changed'", kDraft), "error: the draft is read-only: rules cannot change it") << write;
    EXPECT_EQ(run("local f, s = pairs(draft) return tostring(rawequal(s, draft))", kDraft), "true");
}

TEST_F(DraftView, KeysWithNulBytesAndUnicodeSurvive) {
    const nlohmann::json draft = {{std::string("a\0b", 3), 1}, {"é", 2}};
    EXPECT_EQ(run("return draft['a\\0b'] .. draft['é']", draft), "12");
}

TEST_F(DraftView, ReadOnlyCopiesKeepSharingAndCycles) {
    lua_State* L = sandbox_.state();
    ASSERT_EQ(luaL_dostring(L, "local t = {1} local m = {a = t, b = t} m.self = m return m"), LUA_OK);
    push_read_only_copy(L);
    lua_setglobal(L, "m");  // the raw global table, which the test reads back directly
    ASSERT_EQ(luaL_dostring(L, "return tostring(m.a == m.b) .. tostring(m.self == m) .. tostring(m.self.a[1]) .. #m.a "
                               ".. tostring(pcall(function() m.a[1] = 2 end))"),
              LUA_OK);
    EXPECT_STREQ(lua_tostring(L, -1), "truetrue11false");
}

TEST_F(DraftView, FreezeCopiesTablesButKeepsDraftNodes) {
    const std::string body = R"(
      local t = freeze({ node = draft.alpha, list = { 1, 2 } })
      local ok = pcall(function() t.list[1] = 5 end)
      return tostring(t.node == draft.alpha) .. ' ' .. tostring(ok) .. ' ' .. t.list[1] .. ' ' .. #t.list)";
    EXPECT_EQ(run(body, kDraft), "true false 1 2");
}

TEST_F(DraftView, MissingParameterIsAnErrorOnlyAtTheTop) {
    lua_State* L = sandbox_.state();
    ASSERT_EQ(luaL_dostring(L, "return {n = 1, list = {1}}"), LUA_OK);
    push_read_only_copy(L, "no parameter '%s'");
    lua_setglobal(L, "p");
    ASSERT_EQ(luaL_dostring(L, "local ok, e = pcall(function() return p.absent end) "
                               "return tostring(p.list[2]) .. ' ' .. tostring(ok) .. ' ' .. e:match('no parameter.*')"),
              LUA_OK);
    EXPECT_STREQ(lua_tostring(L, -1), "nil false no parameter 'absent'");
}

}  // namespace
}  // namespace draftcheck
