local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.grant-allocation",
  title = "The reward targets' shares add up to the reward grant, normally in equal parts",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R15 (guidance-research.md): the shares sum to the total (High: Isle of Wight Schedule 4; "
    .. "lawinsider PRG clause); the default split is equal (High for LPSA1), but whether LPSA2s and LAAs could "
    .. "weight targets is UNCONFIRMED, so an unequal split is only advice. The rounding allowance is the "
    .. "parameter reward_rounding. Splitting a target's share across its measures cannot be checked: the "
    .. "format has no share per measure.",
  rationale = "Each target's share is what the partnership can earn by meeting it; shares that do not add up "
    .. "to the total promise money that does not exist or leave part of the grant attached to nothing.",
  params = { "reward_rounding" },
  messages = {
    ["no-share"] = {
      message = "{subject} has no share of the reward grant, although other reward targets do.",
      suggestion = "Give every reward target its share of the reward grant; the default is an equal split.",
    },
    ["shares-exceed-total"] = {
      message = "The reward targets' shares of the reward grant add up to {sum}, more than the total reward "
        .. "grant of {total}.",
      suggestion = "Reduce the shares so that together they do not exceed the reward grant available.",
    },
    ["shares-below-total"] = {
      message = "The reward targets' shares of the reward grant add up to {sum}, less than the total reward "
        .. "grant of {total}.",
      suggestion = "Allocate the whole reward grant between the reward targets, or correct the total.",
    },
    ["unequal-shares"] = {
      message = "The reward grant is not split equally: the shares range from {low} ({low_target}) to {high} "
        .. "({high_target}).",
      suggestion = "The reward grant is normally divided equally between the reward targets. If you intend to "
        .. "weight them, say why, and confirm with us that weighting is acceptable.",
    },
  },
  check = function(draft, ctx)
    local given, missing, sum = {}, {}, 0
    for i, t in ipairs(d.list(draft.reward_targets)) do
      if json.type(t) == "object" then
        local grant = r.number(t.reward_grant)
        if grant then
          given[#given + 1] = { target = t, index = i, grant = grant }
          sum = sum + grant
        else
          missing[#missing + 1] = { target = t, index = i }
        end
      end
    end
    if #given == 0 then return end -- the draft does not split the grant yet
    local total = r.number(draft.agreement.reward_grant_total)
    local slack = ctx.params.reward_rounding * (total or sum)
    local block_of = d.block_finder(draft)

    for _, x in ipairs(missing) do
      ctx.report{
        node = x.target, block = block_of(x.target), severity = "warning",
        messageId = "no-share", data = { subject = d.subject(d.label(x.target, "Reward target", x.index)) },
      }
    end

    if total and (sum > total + slack or (#missing == 0 and sum < total - slack)) then
      ctx.report{
        node = draft.reward_targets,
        messageId = sum > total and "shares-exceed-total" or "shares-below-total",
        data = { sum = r.money(sum), total = r.money(total) },
      }
    end

    if #missing == 0 and #given >= 2 then
      local low, high = given[1], given[1]
      for _, x in ipairs(given) do
        if x.grant < low.grant then low = x end
        if x.grant > high.grant then high = x end
      end
      if high.grant - low.grant > slack then
        ctx.report{
          node = draft.reward_targets, severity = "advice",
          messageId = "unequal-shares",
          data = {
            low = r.money(low.grant), low_target = d.label(low.target, "reward target", low.index),
            high = r.money(high.grant), high_target = d.label(high.target, "reward target", high.index),
          },
        }
      end
    end
  end,
}
