local d = require("draft")
local story = require("story")

return {
  id = "laa2008.ni-code",
  title = "Every designated target has a valid National Indicator code",
  section = "indicators",
  severity = "error",
  kinds = { "laa2008" },
  guidance = "R60 (guidance-research.md, High): NI handbook of definitions; Isle of Wight FAQ (the National "
    .. "Indicator Set of 198 indicators, NI 1 to NI 198, announced 11 October 2007). The valid range is "
    .. "params ni_code_range, reference data that can be narrowed if indicators are withdrawn.",
  rationale = "Designated targets can only be drawn from the National Indicator Set: a designated target "
    .. "without a valid NI code cannot be designated, and its definition and data source cannot be checked "
    .. "against the handbook.",
  params = { "ni_code_range" },
  messages = {
    ["no-ni-code"] = {
      message = "{subject} is a designated target but gives no National Indicator code.",
      suggestion = "{advice}",
    },
    ["not-an-ni-code"] = {
      message = "{subject} is a designated target, but '{code}' is not a National Indicator code.",
      suggestion = "{advice}",
    },
    ["outside-ni-set"] = {
      message = "{subject} is a designated target, but {code} is not in the National Indicator Set (NI {first} to "
        .. "NI {last}).",
      suggestion = "{advice}",
    },
    ["code-advice"] = "Give the code of the National Indicator it measures, written like 'NI 30', and use that "
      .. "indicator's definition from the handbook. If no National Indicator fits, keep it as a local target "
      .. "instead of a designated one.",
  },
  check = function(draft, ctx)
    local first, last = ctx.params.ni_code_range.first, ctx.params.ni_code_range.last
    local block_of = d.block_finder(draft)
    for _, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" and ind.kind == "designated" then
        local name = d.subject(d.label(ind, "Indicator"))
        local code = d.text(ind.ni_code)
        local n = story.ni_number(code)
        local problem
        if not code then
          problem = "no-ni-code"
        elseif not n then
          problem = "not-an-ni-code"
        elseif n < first or n > last then
          problem = "outside-ni-set"
        end
        if problem then
          local node, key = d.at(ind, "ni_code")
          ctx.report{
            node = node, key = key, block = block_of(ind),
            messageId = problem,
            data = { subject = name, code = code, first = first, last = last, advice = ctx.text("code-advice") },
          }
        end
      end
    end
  end,
}
