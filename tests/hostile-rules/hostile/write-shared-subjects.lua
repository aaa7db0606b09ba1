-- expect: read-only
return {
  id = "hostile.write-shared-subjects",
  title = "Hostile rule: write-shared-subjects",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack: what helper libraries share between rules is frozen.",
  check = function(draft, ctx)
    local subjects = require("indicators").subjects(draft, ctx)
    subjects[#subjects + 1] = { name = "planted for the next rule" }
  end,
}
