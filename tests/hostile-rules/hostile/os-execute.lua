-- expect: global 'os'
return {
  id = "hostile.os-execute",
  title = "Hostile rule: os-execute",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    os.execute("touch /tmp/draftcheck-pwned")
  end,
}
