-- expect: more than 100000 findings
return {
  id = "hostile.findings-flood",
  title = "Hostile rule: findings-flood",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    for _ = 1, 200000 do ctx.report{ node = draft, message = "again" } end
  end,
}
