-- expect: invalid conversion
return {
  id = "hostile.format-width",
  title = "Hostile rule: format-width",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    string.format("%099999d", 1)
  end,
}
