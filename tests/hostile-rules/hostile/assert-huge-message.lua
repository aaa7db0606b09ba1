-- expect: cut at 2000
-- assert with a 20 MB message: the rule fails, its message is cut.
return {
  id = "hostile.assert-huge-message",
  title = "Hostile rule: assert-huge-message",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    assert(false, "cut at 2000 " .. string.rep("a", 20000000))
  end,
}
