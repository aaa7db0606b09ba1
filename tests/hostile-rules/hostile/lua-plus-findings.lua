-- expect: memory
-- 40 MB in Lua and 40 MB of findings: each under the cap alone, over it together.
return {
  id = "hostile.lua-plus-findings",
  title = "Hostile rule: lua-plus-findings",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local keep = {}
    for i = 1, 40 do keep[i] = string.rep(string.char(64 + i % 26), 1 << 20) end
    local long = string.rep("f", 2000)
    for i = 1, 10000 do ctx.report{ node = draft, message = long, suggestion = long .. i } end
  end,
}
