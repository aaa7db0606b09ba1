-- expect: error object of type table
return {
  id = "hostile.error-table",
  title = "Hostile rule: error-table",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    error({ code = 1 })
  end,
}
