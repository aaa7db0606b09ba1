-- expect: too complex
return {
  id = "hostile.gmatch-catastrophic",
  title = "Hostile rule: gmatch-catastrophic",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    for _ in string.gmatch(string.rep("a", 40), string.rep("a*", 8) .. "b") do end
  end,
}
