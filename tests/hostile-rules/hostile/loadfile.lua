-- expect: global 'loadfile'
return {
  id = "hostile.loadfile",
  title = "Hostile rule: loadfile",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    loadfile("/etc/passwd")
  end,
}
