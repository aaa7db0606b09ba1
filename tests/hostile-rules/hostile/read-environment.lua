-- expect: global 'os'
return {
  id = "hostile.read-environment",
  title = "Hostile rule: read-environment",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local home = os.getenv("HOME")
  end,
}
