-- expect: time
-- A C function over 16 MB called in a loop: few instructions, much CPU time.
return {
  id = "hostile.utf8-len-loop",
  title = "Hostile rule: utf8-len-loop",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = string.rep("x", 1 << 24)
    for _ = 1, 100000 do utf8.len(s) end
    ctx.report{ node = draft, message = "counted" }
  end,
}
