-- expect: the draft is read-only
return {
  id = "hostile.write-draft",
  title = "Hostile rule: write-draft",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    draft.agreement.kind = "lpsa2"
  end,
}
