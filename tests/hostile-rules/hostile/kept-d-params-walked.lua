-- expect: harmless
-- Walks and reads a kept ctx.params of another rule: read-only, and its missing keys are errors the rule can catch.
return {
  id = "hostile.kept-d-params-walked",
  title = "Hostile rule: kept-d-params-walked",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local params = require("keeper").get("params")
    if params then
      local ok = pcall(function() return params.no_such_parameter end)
      if ok then ctx.report{ node = draft, message = "a missing parameter read as nil" } end
    end
  end,
}
