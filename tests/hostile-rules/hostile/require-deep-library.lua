-- expect: nested more than 200 levels
-- A helper library whose table is nested 50,000 levels deep; require makes it read-only.
return {
  id = "hostile.require-deep-library",
  title = "Hostile rule: require-deep-library",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    require("deep")
    ctx.report{ node = draft, message = "required it" }
  end,
}
