-- expect: non-closable
return {
  id = "hostile.close-trick",
  title = "Hostile rule: close-trick",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local x <close> = draft
  end,
}
