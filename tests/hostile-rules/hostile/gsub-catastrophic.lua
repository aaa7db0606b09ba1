-- expect: too complex
return {
  id = "hostile.gsub-catastrophic",
  title = "Hostile rule: gsub-catastrophic",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    string.gsub(string.rep("a", 2000), "(.-)(.-)(.-)x", "")
  end,
}
