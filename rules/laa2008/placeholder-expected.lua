local d = require("draft")

return {
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
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for _, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" then
        local p = ind.placeholder
        if json.type(p) == "object" and d.value(p.reason) and d.is_blank(p.expected) then
          local node, key = d.at(p, "expected")
          ctx.report{
            node = node, key = key, block = block_of(ind),
            message = string.format("%s is a placeholder ('%s') but does not say when its baseline and "
              .. "targets will be given.",
              d.subject(d.label(ind, "Indicator")), d.text(p.reason) or "with a reason"),
            suggestion = "Say when the values are expected, for example 'at the March 2009 refresh' or "
              .. "'when the first Place Survey results are published'.",
          }
        end
      end
    end
  end,
}
