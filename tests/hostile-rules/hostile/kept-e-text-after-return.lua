-- expect: belongs to a rule that has returned
-- Calls the ctx.text of a rule that has returned, which would read that rule's freed messages.
return {
  id = "hostile.kept-e-text-after-return",
  title = "Hostile rule: kept-e-text-after-return",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local text = require("keeper").get("text")
    if text then text("anything") end
  end,
}
