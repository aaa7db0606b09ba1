-- expect: global 'rawset'
return {
  id = "hostile.rawset-shared-library",
  title = "Hostile rule: rawset-shared-library",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    rawset(string, "upper", nil)
  end,
}
