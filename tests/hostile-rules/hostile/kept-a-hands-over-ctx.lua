-- expect: harmless
-- Hands its ctx.report, ctx.text and ctx.params to a helper library, for kept-b, kept-c and kept-e.
return {
  id = "hostile.kept-a-hands-over-ctx",
  title = "Hostile rule: kept-a-hands-over-ctx",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local keeper = require("keeper")
    keeper.keep("report", ctx.report)
    keeper.keep("params", ctx.params)
    keeper.keep("text", ctx.text)
  end,
}
