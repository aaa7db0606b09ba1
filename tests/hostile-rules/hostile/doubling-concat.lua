-- expect: memory
return {
  id = "hostile.doubling-concat",
  title = "Hostile rule: doubling-concat",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = "x" for _ = 1, 40 do s = s .. s end
  end,
}
