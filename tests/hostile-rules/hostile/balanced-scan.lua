-- expect: too complex
-- %b() on a long text of open brackets: each start scans to the end.
return {
  id = "hostile.balanced-scan",
  title = "Hostile rule: balanced-scan",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = string.rep("(", 200000)
    text:match("%b()x")
    ctx.report{ node = draft, message = "balanced" }
  end,
}
