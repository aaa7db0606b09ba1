-- A message that is nothing but a NUL byte is present, and one with a NUL inside keeps what follows it.
return {
  id = "nul-message",
  title = "Hostile rule: NUL bytes in its messages",
  section = "structure",
  severity = "advice",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the renderers, not guidance",
  rationale = "Proves a message is all its bytes.",
  check = function(draft, ctx)
    ctx.report{ node = draft, message = "\0" }
    ctx.report{ node = draft, message = "before\0FORGED after the NUL", suggestion = "\0\0" }
  end,
}
