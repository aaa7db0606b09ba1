-- expect: no longer returns a check function
-- Returns another rule's ctx.params (a read-only table whose missing keys raise errors) as its rule table.
local kept = require("keeper").get("params")
if kept then return kept end
return {
  id = "hostile.kept-c-params-as-rule-table",
  title = "Hostile rule: kept-c-params-as-rule-table",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    ctx.report{ node = draft, message = "never runs" }
  end,
}
