local d = require("draft")

return {
  id = "lpsa2.negotiation-stage",
  title = "A draft for sign-off has finished negotiating its measures and target levels",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2" },
  guidance = "R57 (guidance-research.md, Medium): seed001 (the LPSA2 timetable: priorities, then measures, then "
    .. "target levels, then the draft agreement); seed003 §4.3 and §6 (Halton asked to prepare a draft agreement "
    .. "once measures and levels were settled). The sign-off stages are params sign_off_stages.",
  rationale = "A penultimate or final draft is the agreement to be signed: its priorities and measures are "
    .. "agreed and its target levels set. A draft that still says it is agreeing priorities or measures is "
    .. "either not ready for sign-off or mislabelled, and the stale stage would otherwise excuse the missing "
    .. "detail. The other rules judge such a draft as at target levels.",
  params = { "sign_off_stages" },
  messages = {
    ["stage-behind-draft"] = {
      message = "This is the {stage} draft, but it says negotiation is still at the stage of {declared}. A draft "
        .. "for sign-off needs its measures agreed and their target levels set, so it is judged here as at target "
        .. "levels.",
      suggestion = "If the measures and target levels are agreed, set the negotiation stage to target levels; if "
        .. "not, agree them with government before submitting the draft for sign-off.",
    },
    -- The stages that come before target levels, by their value in the draft.
    ["priorities"] = "agreeing priorities",
    ["measures"] = "agreeing measures",
  },
  check = function(draft, ctx)
    if json.type(draft.submission) ~= "object" then return end
    local declared = d.value(draft.submission.negotiation_stage)
    if not ((declared == "priorities" or declared == "measures") and d.contains(ctx.params.sign_off_stages, ctx.stage)) then return end
    ctx.report{
      node = draft.submission, key = "negotiation_stage",
      messageId = "stage-behind-draft", data = { stage = ctx.stage, declared = ctx.text(declared) },
    }
  end,
}
