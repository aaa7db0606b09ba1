-- expect: instructions
return {
  id = "hostile.endless-library",
  title = "Hostile rule: endless-library",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    require("endless")
  end,
}
