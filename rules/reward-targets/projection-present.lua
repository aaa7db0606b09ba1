local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.projection-present",
  title = "Every reward measure projects performance without the agreement",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R04 (guidance-research.md, High): seed003 §5.1(iii) (ODPM asked Halton to 'give a view of where "
    .. "it anticipates its performance will be at the end of the three year period without the LPSA'); the "
    .. "LPSA agreement clause on performance 'it would be expected to achieve in the absence of' the "
    .. "agreement (Herefordshire).",
  rationale = "Reward is paid for the enhancement between the projection without the agreement and the "
    .. "stretch with it, not for improvement from the baseline; without the projection the enhancement, "
    .. "and so the reward, cannot be set.",
  params = {},
  check = function(draft, ctx)
    if not r.levels_expected(draft, ctx) then return end
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local projection = m.node.without_agreement
      local given = json.type(projection) == "object"
      -- A baseline still to be measured cannot give a figure yet; saying how the projection will
      -- be made is then enough (the stretch is stated relative to the baseline, R20).
      local pending = d.baseline_status(m.baseline) == "to_be_established"
      local missing = r.in_play(m.node) and not (given and r.number(projection.value))
        and not (pending and given and d.value(projection.basis))
      if missing then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        local node, key = d.at(m.node, "without_agreement")
        ctx.report{
          node = node, key = key, block = block_of(target),
          message = name .. (given and d.value(projection.basis)
            and " explains how performance without the agreement was projected, but gives no figure."
            or " does not say where performance is expected to be at the end of the period without the "
              .. "agreement."),
          suggestion = pending
            and "Say how performance without the agreement will be projected once the baseline is established, "
              .. "for example the recent trend continued, so that the enhancement can be judged."
            or "Give the projected value at the end of the period without the agreement, and how it was "
              .. "worked out (for example the last three years' trend continued). Reward is paid for the "
              .. "enhancement beyond this figure.",
        }
      end
    end
  end,
}
