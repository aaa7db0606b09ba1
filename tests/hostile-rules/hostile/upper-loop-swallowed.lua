-- expect: time
-- Long string conversions in C, each error swallowed by pcall, until the deadline.
return {
  id = "hostile.upper-loop-swallowed",
  title = "Hostile rule: upper-loop-swallowed",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = string.rep("z", 1 << 24)
    while true do pcall(string.upper, s) end
  end,
}
