-- Makes 400 MB of garbage, then holds 60 MiB.
-- Passes or fails by a few kilobytes, so its verdict shows whether limits depend on what the worker
-- ran before (tests/sandbox_test.cpp runs it with --jobs 1, 2 and 3 and wants the same bytes).
return {
  id = "edge.garbage-then-hold",
  title = "Hostile rule: garbage-then-hold",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves a rule's limits do not depend on the drafts checked before.",
  check = function(draft, ctx)
    for i = 1, 400 do local _ = string.rep("g", 1 << 20) .. i end
    local kept = {}
    for i = 1, 60 do kept[i] = string.rep("h", 1 << 20) .. i end
    ctx.report{ node = draft, message = "held " .. #kept .. " MiB" }
  end,
}
