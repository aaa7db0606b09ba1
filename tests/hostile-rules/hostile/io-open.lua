-- expect: global 'io'
return {
  id = "hostile.io-open",
  title = "Hostile rule: io-open",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    io.open("/etc/passwd")
  end,
}
