-- expect: memory
return {
  id = "hostile.string-rep-1gb",
  title = "Hostile rule: string-rep-1gb",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = string.rep("x", 1e9)
  end,
}
