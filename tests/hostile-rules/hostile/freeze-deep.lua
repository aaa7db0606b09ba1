-- expect: nested more than 200 levels
-- freeze() of a table nested 100,000 levels deep.
return {
  id = "hostile.freeze-deep",
  title = "Hostile rule: freeze-deep",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local t = {}
    for _ = 1, 100000 do t = { t } end
    freeze(t)
    ctx.report{ node = draft, message = "froze it" }
  end,
}
