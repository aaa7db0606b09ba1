-- expect: time
-- Comparing two equal 16 MB strings inside the VM costs one instruction and milliseconds.
return {
  id = "hostile.long-string-compare",
  title = "Hostile rule: long-string-compare",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local a = string.rep("y", 1 << 24)
    local b = string.rep("y", 1 << 24)
    local same = 0
    while true do if a == b .. "" then same = same + 1 end end
  end,
}
