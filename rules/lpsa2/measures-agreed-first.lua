local d = require("draft")

-- The target levels a measure can carry, in the officer's words.
local LEVELS = {
  { field = "without_agreement", words = "the projection without the agreement" },
  { field = "with_agreement", words = "the stretch target" },
  { field = "interim", words = "an interim target" },
}

return {
  id = "lpsa2.measures-agreed-first",
  title = "LPSA2 target levels are set only on measures that have been agreed",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2" },
  guidance = "R57 (guidance-research.md, Medium): seed001 §2.8 and its timetable (improvement priorities "
    .. "are agreed first, 'then the measures to be used will be agreed before there is discussion about "
    .. "the actual level of targets'); seed003 §4.3 (Halton: 'Stage 2 and 3 (negotiating the indicators "
    .. "at stretch performance)').",
  rationale = "Baselines, projections and stretch only mean something for an agreed measure: levels set on "
    .. "a measure government has not accepted (as DfES refused Halton's child protection register "
    .. "measure) are wasted work and muddle the negotiation.",
  params = {},
  check = function(draft, ctx)
    local at_levels = json.type(draft.submission) == "object"
      and draft.submission.negotiation_stage == "target_levels"
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      if m.node.agreed == false then
        local set = {}
        for _, l in ipairs(LEVELS) do
          local v = m.node[l.field]
          if json.type(v) == "object" and type(v.value) == "number" then set[#set + 1] = l.words end
        end
        local name = d.subject(d.measure_label(target, ti, m, mi))
        if #set > 0 then
          ctx.report{
            node = m.node, key = "agreed", block = block_of(target),
            message = string.format("%s is not yet agreed, but the draft already sets %s for it.",
              name, d.join(set)),
            suggestion = "Agree the measure with government first, or replace it with one that can be "
              .. "agreed; then set the baseline, the projection without the agreement and the stretch.",
          }
        elseif at_levels then
          ctx.report{
            node = m.node, key = "agreed", block = block_of(target),
            message = name .. " is still not agreed, although negotiation has moved on to target levels.",
            suggestion = "Settle the measure with government before proposing its target levels, or "
              .. "replace it with one that can be agreed.",
          }
        end
      end
    end
  end,
}
