-- expect: instructions
-- table.move over 2^62 slots, from a negative start, allocating nothing.
return {
  id = "hostile.move-negative-range",
  title = "Hostile rule: move-negative-range",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    table.move({}, -(1 << 61), 1 << 61, 1)
    ctx.report{ node = draft, message = "moved 2^63 slots" }
  end,
}
