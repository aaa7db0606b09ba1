local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.projection-credible",
  title = "The projection without the agreement says how it was made, above all when worse than the baseline",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R07 (guidance-research.md, Medium for the principle; the heuristic is ours): seed004 (GOEM: 'Do "
    .. "the suggested numbers represent a realistic and challenging stretch'); the LGA's warning about a "
    .. "'ratcheting down of expectations' in LPSA1 (LGC, 'PSAs: the second generation'). The trend half of R07 "
    .. "cannot be checked: the format holds no past values.",
  rationale = "A projection without the agreement that is set low makes the stretch, and so the reward, look "
    .. "bigger than it is. A projection worse than today's performance needs a reason, and every projection "
    .. "should say how it was made so that GO can judge it.",
  params = {},
  messages = {
    ["unexplained-decline"] = {
      message = "{subject} projects that without the agreement performance would get worse, from the baseline of "
        .. "{baseline} to {projection} ({better} is better), but does not say why.",
      suggestion = "Explain the projection, for example a rising trend in demand or the end of a funding stream, "
        .. "with the figures behind it. If there is no such reason, project from the baseline and recent trend: "
        .. "a projection set too low inflates the stretch and will be questioned.",
    },
    ["projection-unexplained"] = {
      message = "{subject} gives a projection without the agreement but does not say how it was worked out.",
      suggestion = "Say how the projection was made, for example 'the 2001/02-2004/05 average annual fall "
        .. "continued for four years', so that it can be judged against the baseline and recent trend.",
    },
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local projection = r.number(r.field(m.node, "without_agreement", "value"))
      -- A projection that says how it was made is for the reviewer's judgement; no figure is R04's.
      if projection and not d.value(r.field(m.node, "without_agreement", "basis")) then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        local baseline, s = r.baseline_value(m), r.sign(m.polarity)
        if baseline and s and (projection - baseline) * s < 0 then
          ctx.report{
            node = m.node, key = "without_agreement", block = block_of(target),
            messageId = "unexplained-decline",
            data = {
              subject = name, baseline = r.num(baseline), projection = r.num(projection),
              better = r.better_word(m.polarity),
            },
          }
        else
          ctx.report{
            node = m.node, key = "without_agreement", block = block_of(target), severity = "advice",
            messageId = "projection-unexplained", data = { subject = name },
          }
        end
      end
    end
  end,
}
