-- expect: too complex
-- A back-reference compares a capture as long as the text at every start.
return {
  id = "hostile.backreference-scan",
  title = "Hostile rule: backreference-scan",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = string.rep("a", 100000)
    text:find("(a+)%1b")
    ctx.report{ node = draft, message = "compared" }
  end,
}
