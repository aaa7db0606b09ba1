-- expect: global 'coroutine'
return {
  id = "hostile.coroutine-yield",
  title = "Hostile rule: coroutine-yield",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    coroutine.yield()
  end,
}
