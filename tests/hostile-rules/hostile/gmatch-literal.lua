-- expect: too complex
-- gmatch with a long literal pattern: every start position compares the whole pattern.
return {
  id = "hostile.gmatch-literal",
  title = "Hostile rule: gmatch-literal",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = string.rep("ab", 1 << 19)
    for _ in text:gmatch(string.rep("ab", 4000) .. "c") do end
    ctx.report{ node = draft, message = "matched" }
  end,
}
