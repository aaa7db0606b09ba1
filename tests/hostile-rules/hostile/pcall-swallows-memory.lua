-- expect: memory
return {
  id = "hostile.pcall-swallows-memory",
  title = "Hostile rule: pcall-swallows-memory",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    pcall(string.rep, "x", 1e9) ctx.report{ node = draft, message = "carried on after running out of memory" }
  end,
}
