local d = require("draft")

return {
  id = "reward-targets.fewer-than-usual",
  title = "Fewer reward targets than agreements normally carry",
  section = "reward-targets",
  severity = "advice",
  kinds = { "lpsa2", "laa" },
  guidance = "R02 (guidance-research.md, Medium; Low for any minimum): seed001 §2.4 (LPSA2s 'include around "
    .. "12 targets / groups of targets'). The usual number is the parameter usual_reward_targets.",
  rationale = "Pump priming and reward grant are negotiated for about twelve stretch targets; with fewer, the "
    .. "partnership may be leaving reward unclaimed or resting the whole reward grant on a few targets.",
  params = { "usual_reward_targets" },
  check = function(draft, ctx)
    local count, usual = #d.list(draft.reward_targets), ctx.params.usual_reward_targets
    -- None at all is a different matter (an early draft, or no reward element yet): stay silent.
    if count == 0 or count >= usual then return end
    ctx.report{
      node = draft.reward_targets,
      message = string.format("The draft has %d reward target%s; agreements normally carry about %d.",
        count, count == 1 and "" or "s", usual),
      suggestion = "You may wish to consider whether other priorities would suit a stretch target, so that the "
        .. "reward element is used in full and the reward grant does not rest on a few targets. Related "
        .. "outcomes can be combined into one target with more than one measure.",
    }
  end,
}
