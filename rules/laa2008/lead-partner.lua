local given = require("given")

return given.rule{
  id = "laa2008.lead-partner",
  title = "Every designated target names its lead partner",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R65 (guidance-research.md, High): Bracknell LAA 2008 (lead partner marked for each target); "
    .. "LGPIH Act 2007 (partner authorities must co-operate and have regard to designated targets). The "
    .. "contributing partners of R65 cannot be checked: the draft format gives indicators a lead partner "
    .. "only. Like other indicators' lead partners (indicators.lead-partner), a missing one is an error from "
    .. "the stages in params indicator_detail_error_stages.",
  rationale = "The duty to have regard to a designated target falls on named partner authorities; a target "
    .. "with no lead partner has nobody answerable for it when the Government Office reviews progress.",
  params = { "indicator_detail_error_stages" },
  messages = {
    ["no-lead-partner"] = {
      message = "{subject} is a designated target but names no lead partner.",
      suggestion = "Name the partner that leads on it (one of the agreement's partners), and make sure the "
        .. "partners whose action it depends on have agreed to it, since partner authorities must have regard "
        .. "to designated targets.",
    },
  },
  given = "indicators[*]",
  where = function(indicator) return indicator.kind == "designated" end,
  noun = "Indicator",
  must = { field = "lead_partner", test = "present", message = "no-lead-partner" },
  escalate = { stages = "indicator_detail_error_stages", to = "error" },
}
