-- expect: too complex
-- find with a long needle holding no special characters, which Lua searches as plain text.
return {
  id = "hostile.implicit-plain-find",
  title = "Hostile rule: implicit-plain-find",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = string.rep("a", 1 << 20)
    text:find(string.rep("a", 20000) .. "b")
    ctx.report{ node = draft, message = "searched" }
  end,
}
