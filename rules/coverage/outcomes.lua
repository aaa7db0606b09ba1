local cov = require("coverage")
local given = require("given")

return given.rule{
  id = "coverage.outcomes",
  title = "The draft sets out its outcomes",
  section = "indicators",
  severity = "error",
  kinds = { "laa", "laa2008" },
  guidance = "R23 (guidance-research.md, High): every outcome has an indicator and every indicator a "
    .. "target, so an agreement is built on its outcomes; seed004 (GOEM key issue 'developing and "
    .. "reviewing indicators ... and identifying baselines and targets', asked of a second draft that "
    .. "had outcomes for every theme). A warning at the first draft, an error from the second "
    .. "(params coverage_warning_stages).",
  rationale = "Indicators, targets, reward targets and funding all hang from the outcomes. A draft "
    .. "without them cannot be assessed, and once past the first draft it is far behind the timetable.",
  params = { "coverage_warning_stages" },
  messages = {
    ["no-outcomes"] = {
      message = "The draft does not yet set out any outcomes.",
      suggestion = "Set out the outcomes each block or theme will deliver, each with the strategic priority it serves "
        .. "and a lead partner, so that indicators and targets can be built on them.",
    },
  },
  given = "",
  severity_by = function(draft, ctx) return cov.severity(draft, ctx) end,
  must = { field = "outcomes", test = "entries", message = "no-outcomes" },
}
