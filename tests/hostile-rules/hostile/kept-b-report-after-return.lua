-- expect: belongs to a rule that has returned
-- Calls the ctx.report of a rule that has returned.
return {
  id = "hostile.kept-b-report-after-return",
  title = "Hostile rule: kept-b-report-after-return",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local report = require("keeper").get("report")
    if report then report{ node = draft, message = "written through another rule's report" } end
  end,
}
