-- expect: harmless
return {
  id = "hostile.see-leaked-global",
  title = "Hostile rule: see-leaked-global",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    if leaked_from_another_rule then ctx.report{ node = draft, message = "saw another rule's global" } end
  end,
}
