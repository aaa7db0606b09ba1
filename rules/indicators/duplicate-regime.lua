local d = require("draft")

-- The regimes as a phrase: "BVPI and PAF".
local function regimes(list)
  local out = {}
  for _, r in ipairs(d.list(list)) do
    if d.text(r) then out[#out + 1] = r end
  end
  return d.join(out)
end

return {
  id = "indicators.duplicate-regime",
  title = "Indicators other regimes already report say what the partnership adds",
  section = "indicators",
  severity = "advice",
  kinds = { "laa" },
  guidance = "R27 (guidance-research.md, Medium): seed004 (GOEM: 'consider avoiding duplication of indicators "
    .. "with external performance management processes, unless the indicators specifically support the aims "
    .. "of the LAA, e.g. to measure outcomes that require partnership working and will add value, or "
    .. "improvement priorities'). The reason is looked for in the rationale of the outcomes the indicator "
    .. "measures (partnership_wording, ours); an indicator carrying a reward target is an improvement priority.",
  rationale = "An indicator already monitored through Best Value, PAF or a departmental PSA adds reporting "
    .. "without adding value unless the partnership will do something about it together.",
  params = { "partnership_wording" },
  messages = {
    ["reported-elsewhere"] = {
      message = "{subject} is already reported under {regimes}, and the draft does not say what including it in "
        .. "the LAA adds.",
      suggestion = "Keep it only if it measures an outcome that needs partners to work together, or an "
        .. "improvement priority, and say so in the outcome's rationale; otherwise leave it to the regime that "
        .. "already monitors it.",
    },
  },
  check = function(draft, ctx)
    local outcomes = d.index_by_id(draft.outcomes)
    local reward = d.reward_indicator_ids(draft)
    local block_of = d.block_finder(draft)
    for _, i in ipairs(d.list(draft.indicators)) do
      if json.type(i) == "object" and not reward[i.id] then
        local also = regimes(i.also_reported_under)
        local reason = false
        for _, id in ipairs(d.list(i.outcomes)) do
          local o = outcomes[id]
          if o and d.find_wording(o.rationale, ctx.params.partnership_wording) then reason = true end
        end
        if also ~= "" and not reason then
          ctx.report{
            node = i, key = "also_reported_under", block = block_of(i),
            messageId = "reported-elsewhere", data = { subject = d.subject(d.label(i, "Indicator")), regimes = also },
          }
        end
      end
    end
  end,
}
