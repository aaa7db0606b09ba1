local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.pump-priming",
  title = "Pump priming allocated to reward targets stays within the amount offered",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R17 (guidance-research.md, High): seed001 Implications 1.2 ('The Government will clearly not be "
    .. "prepared to allocate pump priming funding unless the Council has made a commitment to use it to deliver "
    .. "improvements to services specifically in support of these targets'); seed004 §23 (£1.3m 'to pump prime "
    .. "the achievement of the reward targets only'). The format attaches pump priming only to reward targets, "
    .. "so 'no pump priming for other work' holds by construction.",
  rationale = "Pump priming is a fixed grant offered by government to help achieve the reward targets; "
    .. "allocations beyond it are money the partnership does not have.",
  params = {},
  messages = {
    ["over-allocated"] = {
      message = "The pump priming allocated to the reward targets adds up to {sum} across {targets}, {excess} "
        .. "more than the {offered} offered.",
      suggestion = "Reduce the allocations to the pump priming offered, or say where the rest of the money will "
        .. "come from (for example partners' own budgets or earlier reward grant) without calling it pump "
        .. "priming.",
    },
    ["one-target"] = "1 target",
    ["targets"] = "{count} targets",
  },
  check = function(draft, ctx)
    local offered = r.number(draft.agreement.pump_priming_offered)
    if not offered then return end
    local sum, count = 0, 0
    for _, t in ipairs(d.list(draft.reward_targets)) do
      local amount = json.type(t) == "object" and r.number(t.pump_priming)
      if amount then sum, count = sum + amount, count + 1 end
    end
    -- Pounds are whole numbers in practice; half a pound absorbs floating-point sums.
    if sum > offered + 0.5 then
      ctx.report{
        node = draft.reward_targets,
        messageId = "over-allocated",
        data = {
          sum = r.money(sum), excess = r.money(sum - offered), offered = r.money(offered),
          targets = ctx.text(count == 1 and "one-target" or "targets", { count = count }),
        },
      }
    end
  end,
}
