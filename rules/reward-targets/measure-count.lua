local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.measure-count",
  title = "Every reward target has at least one measure, and not too many",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R18 (guidance-research.md, Medium; Low for N): seed003 §5.2 (ODPM on Halton's Target 5: 'may not "
    .. "need all six indicators'; Target 6: 'may not need all four indicators'; Targets 3 and 12: 'further work "
    .. "is still needed to identify suitable indicators'). N is the parameter max_measures_per_reward_target; "
    .. "the stages at which a target with no measure is an error are reward_strict_stages.",
  rationale = "A reward target is paid on its measures: with none it cannot be agreed, and with many the "
    .. "stretch is spread thin, data collection grows and the reward is harder to earn.",
  params = { "max_measures_per_reward_target", "reward_strict_stages" },
  messages = {
    ["no-measure"] = {
      message = "{subject} has no measure yet.",
      suggestion = "Identify the indicator or indicators by which the stretch will be measured, preferably "
        .. "existing ones for which data are already collected, or consider whether this outcome suits a reward "
        .. "target.",
    },
    ["too-many-measures"] = {
      message = "{subject} has {count} measures; reward targets are easier to agree and manage with no more than "
        .. "{max}.",
      suggestion = "Consider which measures best show the outcome and keep those; partners can still track the "
        .. "others for their own purposes.",
    },
  },
  check = function(draft, ctx)
    local max = ctx.params.max_measures_per_reward_target
    local strict = d.contains(ctx.params.reward_strict_stages, ctx.stage)
    local block_of = d.block_finder(draft)
    for i, target in ipairs(d.list(draft.reward_targets)) do
      if json.type(target) == "object" then
        local name = d.subject(d.label(target, "Reward target", i))
        local measures = d.list(target.measures)
        -- Measures marked as not agreed are under discussion or dropped: they do not count.
        local count = 0
        for _, m in ipairs(measures) do
          if json.type(m) == "object" and r.in_play(m) then count = count + 1 end
        end
        -- An LPSA2 still agreeing its priorities has not proposed measures yet.
        if #measures == 0 and r.levels_expected(draft, ctx) then
          local node, key = d.at(target, "measures")
          ctx.report{
            node = node, key = key, block = block_of(target),
            severity = strict and "error" or "warning",
            messageId = "no-measure", data = { subject = name },
          }
        elseif count > max then
          ctx.report{
            node = target, key = "measures", block = block_of(target),
            messageId = "too-many-measures", data = { subject = name, count = count, max = max },
          }
        end
      end
    end
  end,
}
