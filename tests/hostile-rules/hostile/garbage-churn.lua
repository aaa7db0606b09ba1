-- expect: harmless
-- Not an attack: a rule that keeps 40 MB alive and makes far more garbage than the 64 MiB cap
-- must not be stopped for garbage the collector had not yet reclaimed.
return {
  id = "hostile.garbage-churn",
  title = "Hostile rule: garbage-churn",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the memory cap counts what a rule keeps, not what it has thrown away.",
  check = function(draft, ctx)
    -- Copies of 1,000-byte chunks, so the copying stays well inside the work budget.
    local k, x = string.rep("k", 1000), string.rep("x", 1000)
    local alive = {}
    for i = 1, 400 do alive[i] = k:rep(100) .. i end -- 40 MB kept alive
    local total = 0
    for i = 1, 3000 do
      local s = x:rep(100) .. i -- 300 MB made in all, 200 KB of it alive at a time
      total = total + #s
    end
  end,
}
