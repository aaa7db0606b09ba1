-- expect: global 'getmetatable'
return {
  id = "hostile.getmetatable-string",
  title = "Hostile rule: getmetatable-string",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local m = getmetatable("")
  end,
}
