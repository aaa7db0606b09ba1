-- expect: no helper library
return {
  id = "hostile.require-os",
  title = "Hostile rule: require-os",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    require("os")
  end,
}
