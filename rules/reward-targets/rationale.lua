local d = require("draft")
local r = require("reward")

-- Words in s, counting no further than `enough` (only the first 2,000 characters are read).
local function word_count(s, enough)
  local n = 0
  for _ in s:sub(1, 2000):gmatch("%S+") do
    n = n + 1
    if n >= enough then break end
  end
  return n
end

return {
  id = "reward-targets.rationale",
  title = "Every reward target explains why it was chosen and why stretch is possible",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R08 (guidance-research.md, High): seed004 (GOEM: 'Is there a clear rationale for choosing this "
    .. "outcome/ target for reward? Are there any obvious improvement areas where a stretch target would be "
    .. "appropriate?'; key issue 'developing the rationale for and details of reward targets'); seed001 §2.11 "
    .. "('explain why we have chosen these target areas'). The stages at which a missing rationale is an "
    .. "error (reward_strict_stages) and the short-rationale word count (min_rationale_words, Low) are "
    .. "parameters. An LPSA2 negotiating its measures is left alone: seed003 §5.1 (ODPM then asked only about "
    .. "indicators, baselines, projections and stretch).",
  rationale = "GO has to be satisfied that each outcome deserves reward and that stretch is realistic before "
    .. "it can agree the target; a missing rationale is expected in early drafts but blocks sign-off later.",
  params = { "reward_strict_stages", "min_rationale_words", "sign_off_stages" },
  messages = {
    ["no-rationale"] = { message = "{subject} has no rationale.", suggestion = "{advice}" },
    ["no-rationale-late"] = {
      message = "{subject} has no rationale, and by the {stage} draft GO needs to be satisfied that it deserves "
        .. "reward.",
      suggestion = "{advice}",
    },
    ["short-rationale"] = { message = "{subject} has a very short rationale ('{text}').", suggestion = "{advice}" },
    ["rationale-advice"] = "Say why this outcome was chosen for reward (the local need and the evidence behind "
      .. "it), what partners will do differently to achieve the stretch, and why the stretch is realistic and "
      .. "good value here.",
  },
  check = function(draft, ctx)
    -- An LPSA2 justifies its target areas when agreeing priorities and its stretch when agreeing target
    -- levels; while measures are negotiated in between, ODPM asked only about the measures (seed003 §5.1).
    if r.levels_next(draft, ctx) then return end
    local strict = d.contains(ctx.params.reward_strict_stages, ctx.stage)
    local min_words = ctx.params.min_rationale_words
    local block_of = d.block_finder(draft)
    for i, target in ipairs(d.list(draft.reward_targets)) do
      if json.type(target) == "object" then
        local name = d.subject(d.label(target, "Reward target", i))
        local text = d.text(target.rationale)
        if not text or type(target.rationale) ~= "string" then
          local node, key = d.at(target, "rationale")
          ctx.report{
            node = node, key = key, block = block_of(target),
            severity = strict and "error" or "warning",
            messageId = strict and "no-rationale-late" or "no-rationale",
            data = { subject = name, stage = ctx.stage, advice = ctx.text("rationale-advice") },
          }
        elseif word_count(text, min_words) < min_words then
          ctx.report{
            node = target, key = "rationale", block = block_of(target), severity = "advice",
            messageId = "short-rationale",
            data = {
              subject = name, advice = ctx.text("rationale-advice"),
              text = (text:sub(1, 300):gsub("^%s+", ""):gsub("%s+$", "")),
            },
          }
        end
      end
    end
  end,
}
