local d = require("draft")
local given = require("given")

return given.rule{
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
  -- A draft for sign-off must be at target levels; one that does not give its stage is not judged.
  given = "submission",
  where = function(_, ctx) return d.contains(ctx.params.sign_off_stages, ctx.stage) end,
  must = { field = "negotiation_stage", test = { pattern = "^target_levels$" }, message = "stage-behind-draft" },
  data = function(submission, ctx)
    local declared = d.text(submission.negotiation_stage)
    if declared == "priorities" or declared == "measures" then declared = ctx.text(declared) end
    return { stage = ctx.stage, declared = declared }
  end,
}
