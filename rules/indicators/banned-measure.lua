local d = require("draft")
local ind = require("indicators")

return {
  id = "indicators.banned-measure",
  title = "No measure government has said it will not accept",
  section = "indicators",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R12 (guidance-research.md, High that DfES said it; Medium that it applies beyond LPSA2): "
    .. "seed003 §5.2 (Halton target 4: 'the DfeS does not accept targets on reducing numbers on a child "
    .. "protection register. Should the focus be switched to concentrate on domestic violence itself'). "
    .. "The list, with reasons and suggestions, is the banned_measures parameter.",
  rationale = "A target a department has said it will not accept cannot be signed off however good the "
    .. "rest of the draft is, so the partnership should refocus it early rather than negotiate stretch on it.",
  params = { "banned_measures" },
  -- What is refused, why, and what to do instead are the banned_measures parameter's, per measure.
  messages = {
    ["refused-measure"] = { message = "{subject} sets a target to {what}. {reason}", suggestion = "{suggestion}" },
  },
  check = function(draft, ctx)
    -- Not skipped at the LPSA2 priorities stage: the earlier a refused measure is dropped, the better.
    for _, s in ipairs(ind.subjects(draft, ctx)) do
      local b, field = ind.banned(s, ctx.params.banned_measures)
      if b then
        local from = s.from[field]
        if field == "code" then from = d.text(s.node.code) and s.node or s.indicator end
        ctx.report{
          node = from or s.node,
          key = field,
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = "refused-measure",
          data = { subject = d.subject(s.name), what = b.what, reason = b.reason, suggestion = b.suggestion },
        }
      end
    end
  end,
}
