-- Holds 1 KiB strings until just short of 64 MiB.
-- Passes or fails by a few kilobytes, so its verdict shows whether limits depend on what the worker
-- ran before (tests/sandbox_test.cpp runs it with --jobs 1, 2 and 3 and wants the same bytes).
return {
  id = "edge.hold-to-the-cap",
  title = "Hostile rule: hold-to-the-cap",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves a rule's limits do not depend on the drafts checked before.",
  check = function(draft, ctx)
    local kept = {}
    for i = 1, 64 * 1024 - 600 do kept[i] = string.rep("k", 1000) .. i end
    ctx.report{ node = draft, message = "held " .. #kept .. " strings" }
  end,
}
