-- expect: more unknown fields
-- A rule table with 300,000 stray fields: the message names a few, not all.
local rule = {
  id = "hostile.metadata-flood",
  title = "Hostile rule: metadata-flood",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    ctx.report{ node = draft, message = "never runs" }
  end,
}
for i = 1, 300000 do rule["stray_field_" .. i] = i end
return rule
