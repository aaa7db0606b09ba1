-- Reports findings until just short of its cap, in bytes the engine holds.
-- Passes or fails by a few kilobytes, so its verdict shows whether limits depend on what the worker
-- ran before (tests/sandbox_test.cpp runs it with --jobs 1, 2 and 3 and wants the same bytes).
return {
  id = "edge.findings-to-the-cap",
  title = "Hostile rule: findings-to-the-cap",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves a rule's limits do not depend on the drafts checked before.",
  check = function(draft, ctx)
    local long = string.rep("e", 1990)
    for i = 1, 26000 do ctx.report{ node = draft, message = long .. i } end
  end,
}
