local d = require("draft")

-- The target levels a measure can carry, in the officer's words.
-- The target levels, each with the message that names it.
local LEVELS = { { "without_agreement", "projection" }, { "with_agreement", "stretch" }, { "interim", "interim" } }

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
  params = { "sign_off_stages" },
  messages = {
    ["levels-before-agreed"] = {
      message = "{subject} is not yet agreed, but the draft already sets {levels} for it.",
      suggestion = "Agree the measure with government first, or replace it with one that can be agreed; then "
        .. "set the baseline, the projection without the agreement and the stretch.",
    },
    ["projection"] = "the projection without the agreement",
    ["stretch"] = "the stretch target",
    ["interim"] = "an interim target",
    ["still-not-agreed"] = {
      message = "{subject} is still not agreed, although negotiation has moved on to target levels.",
      suggestion = "Settle the measure with government before proposing its target levels, or replace it with "
        .. "one that can be agreed.",
    },
  },
  check = function(draft, ctx)
    local at_levels = d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) == "target_levels"
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      if m.node.agreed == false then
        local set = {}
        for _, l in ipairs(LEVELS) do
          local v = m.node[l[1]]
          if json.type(v) == "object" and type(v.value) == "number" then set[#set + 1] = ctx.text(l[2]) end
        end
        local name = d.subject(d.measure_label(target, ti, m, mi))
        if #set > 0 then
          ctx.report{
            node = m.node, key = "agreed", block = block_of(target),
            messageId = "levels-before-agreed", data = { subject = name, levels = d.join(set) },
          }
        elseif at_levels then
          ctx.report{
            node = m.node, key = "agreed", block = block_of(target),
            messageId = "still-not-agreed", data = { subject = name },
          }
        end
      end
    end
  end,
}
