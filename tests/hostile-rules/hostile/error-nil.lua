-- expect: error object of type nil
return {
  id = "hostile.error-nil",
  title = "Hostile rule: error-nil",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    error(nil)
  end,
}
