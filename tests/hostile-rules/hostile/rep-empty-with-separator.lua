-- expect: instructions
-- string.rep of an empty string with an empty separator, through the string metatable.
return {
  id = "hostile.rep-empty-with-separator",
  title = "Hostile rule: rep-empty-with-separator",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local s = (""):rep(1 << 60, "")
    ctx.report{ node = draft, message = "repeated " .. #s }
  end,
}
