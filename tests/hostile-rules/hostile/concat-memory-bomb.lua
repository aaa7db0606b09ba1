-- expect: memory
return {
  id = "hostile.concat-memory-bomb",
  title = "Hostile rule: concat-memory-bomb",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local t = {} for i = 1, 1e7 do t[i] = "xxxxxxxxxx" end local s = table.concat(t)
  end,
}
