-- expect: patterns
-- Ten million pattern calls, each far under the per-call budget and quick (the text starts with
-- the y), but each estimated at up to 10^8 steps: the rule's total pattern budget stops it, the
-- same on any machine, long before its CPU time is up.
return {
  id = "hostile.many-cheap-patterns",
  title = "Hostile rule: many-cheap-patterns",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = "y" .. string.rep("x", 10000)
    for _ = 1, 10000000 do pcall(string.find, text, "(.-)y") end
    ctx.report{ node = draft, message = "matched ten million times" }
  end,
}
