-- expect: instructions
-- table.concat over a range of 2^50 indices of an empty table, caught and tried again.
return {
  id = "hostile.concat-huge-range",
  title = "Hostile rule: concat-huge-range",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    for _ = 1, 1000 do pcall(table.concat, {}, "", 1, 1 << 50) end
    ctx.report{ node = draft, message = "concatenated" }
  end,
}
