-- expect: global 'dofile'
return {
  id = "hostile.dofile",
  title = "Hostile rule: dofile",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    dofile("/etc/passwd")
  end,
}
