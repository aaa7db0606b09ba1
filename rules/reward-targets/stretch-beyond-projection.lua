local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.stretch-beyond-projection",
  title = "The stretch is better than the projection without the agreement",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R06 (guidance-research.md, High): LPSA agreements commit the council to beat the performance "
    .. "'it would be expected to achieve in the absence of' the agreement (Herefordshire; Isle of Wight "
    .. "Schedule 4; Cumbria); reward is paid in proportion to the enhancement achieved (lawinsider PRG clause).",
  rationale = "Reward grant is paid for the enhancement between the projection without the agreement and the "
    .. "stretch with it; if the stretch is no better, in the direction the measure improves, there is nothing "
    .. "to reward.",
  params = {},
  messages = {
    ["no-enhancement"] = {
      message = "{subject} has a stretch target of {stretch}, the same as the projection without the agreement, "
        .. "so there is no enhancement to reward.",
      suggestion = "{advice}",
    },
    ["stretch-worse-than-projection"] = {
      message = "{subject} has a stretch target of {stretch}, {side} the projection without the agreement "
        .. "({projection}), although {better} is better for this measure: it would reward doing worse than "
        .. "expected anyway.",
      suggestion = "{advice}",
    },
    ["below"] = "below",
    ["above"] = "above",
    ["stretch-advice"] = "Set the stretch beyond what would be achieved anyway, in the direction of improvement. "
      .. "If the figures are right, check that the measure really improves as it gets {better}.{inherited}",
    ["inherited-direction"] = " The direction is the one given for indicator {indicator}.",
    ["it-links-to"] = "it links to",
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local enhancement, with, without = r.enhancement(m)
      -- Without a direction (polarity) the comparison cannot be made; R31 asks for it.
      if enhancement and enhancement <= 0 then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        ctx.report{
          node = m.node, key = "with_agreement", block = block_of(target),
          messageId = enhancement == 0 and "no-enhancement" or "stretch-worse-than-projection",
          data = {
            subject = name, stretch = r.num(with), projection = r.num(without), better = r.better_word(m.polarity),
            side = ctx.text(with < without and "below" or "above"),
            advice = ctx.text("stretch-advice", {
              better = r.better_word(m.polarity),
              inherited = (m.from.polarity ~= m.node and m.indicator) and ctx.text("inherited-direction",
                { indicator = d.text(m.indicator.id) or ctx.text("it-links-to") }) or "",
            }),
          },
        }
      end
    end
  end,
}
