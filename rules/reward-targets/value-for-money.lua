local d = require("draft")
local r = require("reward")
local prose = require("prose")

return {
  id = "reward-targets.value-for-money",
  title = "The enhancement is big enough to justify the reward",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R11 (guidance-research.md, Medium for the principle; Low for any threshold): seed001 §2.13 "
    .. "(outcomes 'significant enough to justify up to £500,000 in reward grant for each target area'); "
    .. "seed004 (GOEM: 'Do the suggested numbers represent a realistic and challenging stretch as well as value "
    .. "for money?'). No minimum stretch was found in any source (§5): the minimum is the parameter "
    .. "min_relative_enhancement. The 'reward per unit of improvement is an outlier' half of R11 is not "
    .. "checked: measures in different units cannot be compared.",
  rationale = "Reward grant is paid for the enhancement beyond the projection without the agreement; a very "
    .. "small enhancement buys little improvement for a large share of the grant, and GO will ask whether it "
    .. "is a real stretch.",
  params = { "min_relative_enhancement", "min_point_enhancement", "percentage_unit_wording" },
  messages = {
    ["small-point-enhancement"] = {
      message = "{subject} has a stretch of {with} against a projection without the agreement of {without}: an "
        .. "enhancement of {enhancement} percentage points, less than the {minimum} that would clearly justify "
        .. "reward{grant}.",
      suggestion = "{advice}",
    },
    ["small-enhancement"] = {
      message = "{subject} has a stretch of {with} against a projection without the agreement of {without}: an "
        .. "enhancement of {enhancement}, less than the {minimum} that would clearly justify reward{grant}.",
      suggestion = "{advice}",
    },
    ["carries-grant"] = " (the target carries {grant} of reward grant)",
    ["advice"] = "Consider whether the stretch can be more challenging, or whether this outcome is the best use of a "
      .. "reward target. If the enhancement is as much as can realistically be achieved, explain in the rationale "
      .. "why it is still a significant improvement.",
  },
  check = function(draft, ctx)
    local minimum = ctx.params.min_relative_enhancement
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local enhancement, with, without = r.enhancement(m)
      -- A measure in percentages is judged in points: a GCSE stretch from 56.5% to 59.0% is 2.5 points,
      -- not a 4% relative change.
      local points = prose.find({ d.text(m.unit), d.text(m.title) }, ctx.params.percentage_unit_wording)
      local id, shown, least
      if enhancement and enhancement > 0 and points then
        -- Small in points and small against the rate too: 0.4 points off a 3.6% claimant rate is a
        -- ninth of it, which is no small stretch.
        local relative = without ~= 0 and enhancement / math.abs(without) or 0
        if enhancement < ctx.params.min_point_enhancement and relative < minimum then
          id, shown, least = "small-point-enhancement", r.num(enhancement), r.num(ctx.params.min_point_enhancement)
        end
      -- No enhancement at all is R06's error; a zero projection gives no proportion to judge.
      elseif enhancement and enhancement > 0 and without ~= 0 and enhancement / math.abs(without) < minimum then
        id, shown, least = "small-enhancement", r.pct(enhancement / math.abs(without)), r.pct(minimum)
      end
      if id then
        local grant = r.number(target.reward_grant)
        ctx.report{
          node = m.node, key = "with_agreement", block = block_of(target),
          messageId = id,
          data = {
            subject = d.subject(d.measure_label(target, ti, m, mi)), with = r.num(with), without = r.num(without),
            enhancement = shown, minimum = least, advice = ctx.text("advice"),
            grant = grant and ctx.text("carries-grant", { grant = r.money(grant) }) or "",
          },
        }
      end
    end
  end,
}
