-- expect: harmless
return {
  id = "hostile.leak-global",
  title = "Hostile rule: leak-global",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    leaked_from_another_rule = true
  end,
}
