-- Bytes that are not UTF-8, and a message cut at 2,000 bytes in the middle of a character.
return {
  id = "invalid-utf8",
  title = "Hostile rule: invalid UTF-8 in its messages",
  section = "structure",
  severity = "advice",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the renderers, not guidance",
  rationale = "Proves every output stays valid UTF-8.",
  check = function(draft, ctx)
    ctx.report{ node = draft, message = "lone \xff\xfe, overlong \xc0\xaf, surrogate \xed\xa0\x80, past U+10FFFF \xf4\x90\x80\x80, cut \xe2\x82" }
    ctx.report{ node = draft, message = string.rep("\u{20ac}", 1000) }
  end,
}
