-- expect: global 'setmetatable'
return {
  id = "hostile.setmetatable-shared",
  title = "Hostile rule: setmetatable-shared",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    setmetatable(string, {})
  end,
}
