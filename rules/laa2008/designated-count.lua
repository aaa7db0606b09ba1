local d = require("draft")

return {
  id = "laa2008.designated-count",
  title = "No more designated targets than the limit allows",
  section = "indicators",
  severity = "error",
  kinds = { "laa2008" },
  guidance = "R59 (guidance-research.md, High): building.co.uk; Isle of Wight FAQ; wired-gov 30 June 2008; "
    .. "Bracknell LAA 2008; seed002 ('up to 35 targets'). The limit is params max_designated_targets; the "
    .. "statutory education and early-years targets are not counted (R61).",
  rationale = "The Secretary of State designates a limited number of improvement targets from the National "
    .. "Indicator Set in each area; a draft with more cannot be signed off, and the partnership has to choose which "
    .. "to keep as designated and which to hold as local targets.",
  params = { "max_designated_targets" },
  messages = {
    ["too-many-designated"] = {
      message = "{subject} is designated target {n} of {count}, more than the {max} that can be designated.",
      suggestion = "Reduce the designated targets to {max}: keep those that reflect the area's top priorities for "
        .. "improvement, and hold the others as local targets. The statutory education and early-years targets "
        .. "are not counted in the {max}.",
    },
  },
  check = function(draft, ctx)
    local designated = {}
    for i, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" and ind.kind == "designated" then designated[#designated + 1] = i end
    end
    local max, count = math.floor(ctx.params.max_designated_targets), #designated
    if count <= max then return end
    local block_of = d.block_finder(draft)
    -- Each designated target beyond the limit is reported, in the order the draft gives them.
    for n = max + 1, count do
      local ind = draft.indicators[designated[n]]
      ctx.report{
        node = ind, key = "kind", block = block_of(ind),
        messageId = "too-many-designated",
        data = { subject = d.subject(d.label(ind, "Indicator")), n = n, count = count, max = max },
      }
    end
  end,
}
