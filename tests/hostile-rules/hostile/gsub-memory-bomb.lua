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
    -- Each gsub doubles the text in one match, so memory runs out long before time does.
    local s = string.rep("x", 1e6) for _ = 1, 10 do s = s:gsub("^x+", "%0%0") end
  end,
}
