local cov = require("coverage")
local given = require("given")

return given.rule{
  id = "coverage.reward-targets",
  title = "The draft sets out its reward targets",
  section = "reward-targets",
  severity = "error",
  -- A 2008-11 LAA's reward is attached to its designated targets, which coverage.indicators asks for.
  kinds = { "laa", "lpsa2" },
  guidance = "R01, R02 (guidance-research.md, High, Medium): an agreement carries about 12 reward "
    .. "targets; seed004 (GOEM: reward targets 'a key risk for delivery of the LAA on time', with an "
    .. "interim date for 'the reward element details'); R57 and seed003 §4.3 (an LPSA2 negotiates its "
    .. "measures and then its target levels after the priorities are agreed). An LAA: a warning at the "
    .. "first draft, an error from the second (params coverage_warning_stages). An LPSA2 that gives its "
    .. "negotiation stage: an error from the measures stage, nothing at the priorities stage.",
  rationale = "Reward targets take longest to agree, because each needs a baseline, a projection and a "
    .. "stretch that departments accept; a draft past its first stage without them is far behind.",
  params = { "coverage_warning_stages" },
  messages = {
    ["no-reward-targets"] = {
      message = "The draft does not yet set out any reward targets.",
      suggestion = "Propose the reward targets (up to twelve), each with its outcome, the measures that will show "
        .. "it, a rationale for choosing it and a lead partner; baselines, projections and stretch follow.",
    },
  },
  given = "",
  severity_by = function(draft, ctx) return cov.severity(draft, ctx, "measures") end,
  must = { field = "reward_targets", test = "entries", message = "no-reward-targets" },
}
