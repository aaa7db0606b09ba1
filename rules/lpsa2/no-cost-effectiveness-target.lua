local d = require("draft")
local story = require("story")

return {
  id = "lpsa2.no-cost-effectiveness-target",
  title = "LPSA2 no longer needs a cost-effectiveness target",
  section = "reward-targets",
  severity = "advice",
  kinds = { "lpsa2" },
  guidance = "R56 (guidance-research.md, High): seed001 §2.5 (LPSA2: 'targets are locally determined ... "
    .. "no requirement for a cost effectiveness target'); Oxfordshire 2002 (LPSA1's mandatory cost-"
    .. "effectiveness target). The wording that marks such a target is params cost_effectiveness_wording.",
  rationale = "Carrying over LPSA1's mandatory cost-effectiveness target spends one of the twelve reward "
    .. "targets on something no longer required; it is worth keeping only if it is a real local priority "
    .. "with an outcome-focused measure.",
  params = { "cost_effectiveness_wording" },
  messages = {
    ["cost-effectiveness-target"] = {
      message = "{subject} reads as a cost-effectiveness target ('{words}'). LPSA2 does not require one: that "
        .. "was an LPSA1 rule.",
      suggestion = "Keep it only if it is a genuine local priority with an outcome or output measure; otherwise "
        .. "use the place for a target that matters more to local people.",
    },
  },
  check = function(draft, ctx)
    local wording = d.wording_of(ctx.params.cost_effectiveness_wording)
    for _, hit in ipairs(story.targets_matching(draft, wording, { "title" })) do
      ctx.report{
        node = hit.node,
        messageId = "cost-effectiveness-target", data = { subject = d.subject(hit.name), words = hit.words },
      }
    end
  end,
}
