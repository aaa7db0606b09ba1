local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.grant-share-of-budget",
  title = "The reward grant is the usual share of the net budget requirement",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R14 (guidance-research.md): Isle of Wight LPSA Schedule 4 (2.5% of the 2002/03 net budget "
    .. "requirement); B&NES 2004; Hampshire 2004 (LPSA2 'retains the same system'). High for LPSA1, Medium for "
    .. "LPSA2 (a warning), UNCONFIRMED for the LAA reward element (advice only). The share and the tolerance are "
    .. "the parameters reward_grant_share and reward_grant_tolerance.",
  rationale = "The total reward grant was set as a share of the council's net budget requirement; a total far "
    .. "from it suggests a wrong figure or the wrong budget year, and every target's share depends on it.",
  params = { "reward_grant_share", "reward_grant_tolerance" },
  messages = {
    ["unusual-share"] = {
      message = "The total reward grant of {total} is {share} of the net budget requirement of {budget}{year}; the "
        .. "reward grant is normally {usual} of it ({expected}).",
      suggestion = "Check both figures, and which year's net budget requirement the reward grant is based on. If "
        .. "government has offered a different total, say so in the draft.",
    },
    ["for-year"] = " for {year}",
  },
  check = function(draft, ctx)
    local a = draft.agreement
    local total = r.number(a.reward_grant_total)
    local budget = r.number(r.field(a, "net_budget_requirement", "value"))
    if not (total and budget and budget > 0) then return end
    local share = ctx.params.reward_grant_share
    local expected = share * budget
    if math.abs(total - expected) <= ctx.params.reward_grant_tolerance * expected then return end
    local year = d.text(r.field(a, "net_budget_requirement", "year"))
    ctx.report{
      node = a, key = "reward_grant_total",
      -- The usual share is stated for LPSAs; for the LAA reward element it is not confirmed.
      severity = ctx.kind == "lpsa2" and "warning" or "advice",
      messageId = "unusual-share",
      data = {
        total = r.money(total), share = r.pct(total / budget), budget = r.money(budget),
        year = year and ctx.text("for-year", { year = year }) or "", usual = r.pct(share), expected = r.money(expected),
      },
    }
  end,
}
