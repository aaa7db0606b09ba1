local d = require("draft")
local given = require("given")

return given.rule{
  id = "reward-targets.fewer-than-usual",
  title = "Fewer reward targets than an agreement may carry",
  section = "reward-targets",
  severity = "advice",
  kinds = { "lpsa2", "laa" },
  guidance = "R02 (guidance-research.md, Medium; Low for any minimum): seed001 §2.4 (LPSA2s 'include around "
    .. "12 targets / groups of targets'). The usual number is the parameter usual_reward_targets.",
  rationale = "Pump priming and reward grant are negotiated for about twelve stretch targets; with fewer, the "
    .. "partnership may be leaving reward unclaimed or resting the whole reward grant on a few targets.",
  params = { "usual_reward_targets" },
  messages = {
    ["fewer-than-usual"] = {
      message = "The draft has {targets}; an agreement may carry up to {limit}.",
      suggestion = "You may wish to consider whether other priorities would suit a stretch target, so that the "
        .. "reward element is used in full and the reward grant does not rest on a few targets. Related "
        .. "outcomes can be combined into one target with more than one measure.",
    },
    ["one-target"] = "1 reward target",
    ["targets"] = "{count} reward targets",
  },
  -- None at all is a different matter (an early draft, or no reward element yet): stay silent.
  unless = function(draft) return #d.list(draft.reward_targets) == 0 end,
  given = "", -- the draft itself
  must = { field = "reward_targets", test = { at_least = "usual_reward_targets" }, message = "fewer-than-usual" },
  data = function(draft, ctx)
    local count = #d.list(draft.reward_targets)
    return { targets = ctx.text(count == 1 and "one-target" or "targets", { count = count }) }
  end,
}
