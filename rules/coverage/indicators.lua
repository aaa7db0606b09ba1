local cov = require("coverage")
local given = require("given")

return given.rule{
  id = "coverage.indicators",
  title = "The draft sets out indicators and targets",
  section = "indicators",
  severity = "error",
  kinds = { "laa", "laa2008" },
  guidance = "R23 (guidance-research.md, High): 'every Outcome has at least one Indicator, and every "
    .. "indicator has at least one Target'; R59-R63 for the designated targets of a 2008-11 LAA; seed004 "
    .. "(GOEM key issue 'identifying baselines and targets'). A warning at the first draft, an error from "
    .. "the second (params coverage_warning_stages).",
  rationale = "An agreement is signed off on its indicators and targets. A draft with none gives the "
    .. "Government Office and departments nothing to negotiate.",
  params = { "coverage_warning_stages" },
  messages = {
    ["no-indicators"] = {
      message = "The draft does not yet set out any indicators or targets.",
      suggestion = "For each outcome, set out the indicators that will measure it, preferring existing national or "
        .. "local indicators, each with its definition, data source, baseline and targets for each year.",
    },
  },
  given = "",
  severity_by = function(draft, ctx) return cov.severity(draft, ctx) end,
  must = { field = "indicators", test = "entries", message = "no-indicators" },
}
