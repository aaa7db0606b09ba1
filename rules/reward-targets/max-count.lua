local d = require("draft")

return {
  id = "reward-targets.max-count",
  title = "No more reward targets than can attract reward grant",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R01 (guidance-research.md, High): seed000 ('up to 12 specific targets'); seed004 (GOEM and "
    .. "Leicestershire: 'the twelve reward targets'); seed003 (Halton's twelve improvement targets); "
    .. "Haringey cut 14 to 12; Salford's LPSA2 had 13 with the 'option of reducing this to 12'.",
  rationale = "Reward grant is negotiated for up to twelve stretch targets; a draft with more cannot be "
    .. "signed off as it stands, and the partnership has to choose which to drop or combine.",
  params = { "max_reward_targets" },
  messages = {
    ["too-many-targets"] = {
      message = "{subject} is one of {count} reward targets in the draft, more than the {max} that can attract "
        .. "reward grant.",
      suggestion = "Reduce or combine the reward targets to {max}: keep those with the clearest rationale and the "
        .. "most realistic and challenging stretch, and consider folding related outcomes into one target with "
        .. "more than one measure.{laa_note}",
    },
    -- In an LAA a dropped target can live on as an ordinary outcome; an LPSA2 has no such place.
    ["laa-note"] = " Targets you drop can stay in the LAA as ordinary outcomes and indicators.",
  },
  check = function(draft, ctx)
    local targets = d.list(draft.reward_targets)
    -- floor: report{} needs an integer index even if the parameter is written 12.0
    local max, count = math.floor(ctx.params.max_reward_targets), #targets
    if count <= max then return end
    local block_of = d.block_finder(draft)
    -- Each target over the limit is reported, so the officer sees which ones are in question.
    for i = max + 1, count do
      ctx.report{
        node = draft.reward_targets,
        key = i,
        block = block_of(targets[i]),
        messageId = "too-many-targets",
        data = {
          subject = d.subject(d.label(targets[i], "Reward target", i)), count = count, max = max,
          laa_note = ctx.kind == "laa" and ctx.text("laa-note") or "",
        },
      }
    end
  end,
}
