-- expect: read-only
return {
  id = "hostile.write-library-table",
  title = "Hostile rule: write-library-table",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local d = require("draft") d.label = nil
  end,
}
