-- expect: 'node' must be
return {
  id = "hostile.report-not-a-node",
  title = "Hostile rule: report-not-a-node",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    ctx.report{ node = {}, message = "fake" }
  end,
}
