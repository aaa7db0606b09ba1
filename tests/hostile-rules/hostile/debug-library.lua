-- expect: global 'debug'
return {
  id = "hostile.debug-library",
  title = "Hostile rule: debug-library",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    debug.getregistry()
  end,
}
