-- expect: global 'load'
return {
  id = "hostile.load-bytecode",
  title = "Hostile rule: load-bytecode",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    load("\27Lua")()
  end,
}
