-- expect: memory
return {
  id = "hostile.gsub-memory-bomb",
  title = "Hostile rule: gsub-memory-bomb",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = string.rep("x", 1e6) for _ = 1, 10 do s = s:gsub(".", "%0%0") end
  end,
}
