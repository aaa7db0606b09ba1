-- Keeps 48 MiB in lib/hoard.lua for the rest of the draft (lpsa2 drafts only, so the main hostile
-- run on an laa draft is not affected). Twelve such rules would hold 576 MiB: the draft's cap,
-- 512 MiB, stops the eleventh.
return {
  id = "hoard.keep-02",
  title = "Hostile rule: hoard 02",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the rules of one draft share one memory cap.",
  check = function(draft, ctx)
    require("hoard").keep(48)
  end,
}
