-- expect: field 'random'
return {
  id = "hostile.random",
  title = "Hostile rule: random",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    math.random()
  end,
}
