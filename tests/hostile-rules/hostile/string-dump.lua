-- expect: field 'dump'
return {
  id = "hostile.string-dump",
  title = "Hostile rule: string-dump",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    string.dump(function() end)
  end,
}
