-- expect: instructions
return {
  id = "hostile.infinite-loop",
  title = "Hostile rule: infinite-loop",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    while true do end
  end,
}
