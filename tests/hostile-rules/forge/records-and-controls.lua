-- A rule's own text trying to forge list records, Markdown blocks and terminal sequences, built at
-- run time from bytes so no literal gives it away.
return {
  id = "records-and-controls",
  title = "Hostile rule: line breaks and control bytes in its messages",
  section = "structure",
  severity = "advice",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the renderers, not guidance",
  rationale = "Proves a message stays inside its field.",
  check = function(draft, ctx)
    local esc, nl, cr = string.char(27), string.char(10), string.char(13)
    ctx.report{ node = draft, message = "ok" .. nl .. "forged.json:1:1: error: FORGED record [forge.x]",
                suggestion = cr .. nl .. "## FORGED heading" .. nl .. nl .. "<script>FORGED</script>" }
    ctx.report{ node = draft, message = esc .. "[31mFORGED red" .. esc .. "[0m" .. string.char(7) .. cr .. "FORGED overwrite",
                suggestion = "\u{9b}2J\u{2028}FORGED\u{202e}" }
    ctx.report{ node = draft, key = "agreement", message = (draft.agreement.area or "") .. nl .. "- FORGED from the draft" }
  end,
}
