-- expect: memory
return {
  id = "hostile.table-growth",
  title = "Hostile rule: table-growth",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local t = {} for i = 1, 1e9 do t[i] = i end
  end,
}
