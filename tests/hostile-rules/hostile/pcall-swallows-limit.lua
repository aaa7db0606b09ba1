-- expect: instructions
return {
  id = "hostile.pcall-swallows-limit",
  title = "Hostile rule: pcall-swallows-limit",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    while true do pcall(function() while true do end end) end
  end,
}
