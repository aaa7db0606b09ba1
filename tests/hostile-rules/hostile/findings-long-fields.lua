-- expect: memory
-- 40,000 findings, each with a message, suggestion and block of 2,000 bytes: about 240 MB held in C++.
return {
  id = "hostile.findings-long-fields",
  title = "Hostile rule: findings-long-fields",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local long = string.rep("m", 2000)
    for i = 1, 40000 do ctx.report{ node = draft, message = long, suggestion = long, block = long .. i } end
  end,
}
