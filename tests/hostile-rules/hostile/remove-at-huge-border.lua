-- expect: instructions
-- table.remove shifting a table whose border # finds is 2^40, though it holds 41 values.
return {
  id = "hostile.remove-at-huge-border",
  title = "Hostile rule: remove-at-huge-border",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local t = { true }
    for k = 1, 40 do t[1 << k] = true end
    for k = 1, 40 do t[(1 << k) + 1] = nil end
    pcall(table.remove, t, 1)
    table.remove(t, 1)
    ctx.report{ node = draft, message = "shifted every slot" }
  end,
}
