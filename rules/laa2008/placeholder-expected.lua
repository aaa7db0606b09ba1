local d = require("draft")
local given = require("given")

return given.rule{
  id = "laa2008.placeholder-expected",
  title = "A placeholder says when its values will be given",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R64 (guidance-research.md, High): B&NES May 2008 and March 2009, Durham 2009 (placeholders "
    .. "such as NI 16, NI 17, NI 19 and NI 32, filled at the March 2009 refresh). A placeholder without a "
    .. "reason is reported by indicators.baseline-present and indicators.targets-set, so this rule asks "
    .. "only for the expected date.",
  rationale = "A placeholder is accepted because its values will follow; without a date the Government "
    .. "Office cannot plan when to agree them, and the gap may last the whole agreement.",
  params = {},
  messages = {
    ["no-expected-date"] = {
      message = "{subject} is a placeholder ('{reason}') but does not say when its baseline and targets will be "
        .. "given.",
      suggestion = "Say when the values are expected, for example 'at the March 2009 refresh' or 'when the first "
        .. "Place Survey results are published'.",
    },
  },
  given = "indicators[*]",
  where = function(indicator)
    return json.type(indicator.placeholder) == "object" and d.value(indicator.placeholder.reason) ~= nil
  end,
  noun = "Indicator",
  must = { field = "placeholder.expected", test = "present", message = "no-expected-date" },
  data = function(indicator) return { reason = d.text(indicator.placeholder.reason) } end,
}
