local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

return {
  id = "indicators.existing-indicator",
  title = "Existing indicators are used where possible",
  section = "indicators",
  severity = "warning",
  -- The research records R26 for 2005-08 LAAs and LPSA2; a 2008-11 LAA draws on the National Indicator Set.
  kinds = { "lpsa2", "laa" },
  guidance = "R26 (guidance-research.md, High): seed004 (GOEM: 'be realistic and use existing indicators and "
    .. "targets where possible. Many indicators seem to be new or slightly different to existing ones, and / "
    .. "or to require much further work'). The suggestions come from the existing_indicators parameter (ours, Medium).",
  rationale = "A new or modified indicator (by its origin, or as its definition or data source says: "
    .. "new_indicator_wording) needs definition and data collection to be set up, and may have "
    .. "no data for a baseline in time for sign-off; an existing national or Best Value indicator has both.",
  params = { "existing_indicators", "new_indicator_wording", "negation_wording" },
  messages = {
    ["not-existing"] = {
      message = "{subject} is {origin}{code}, so it will need development work and there may be no data yet to set "
        .. "a baseline{stretch}.",
      suggestion = "Be realistic and use an existing national, Best Value, PAF or PSA indicator where one measures "
        .. "the same thing{example}. If none will do, say who will develop the indicator, how the data will be "
        .. "collected and when the baseline will be fixed.",
    },
    -- The origins raised, by their value in the draft.
    ["new"] = "a new indicator",
    ["modified"] = "a modified version of an existing indicator",
    ["said-new"] = "a new indicator (its {field} says {quote})",
    ["in-definition"] = "definition",
    ["in-data-source"] = "data source",
    ["code"] = " ({code})",
    ["and-stretch"] = " and stretch against",
    ["for-example"] = ", for example {suggestion}",
  },
  check = function(draft, ctx)
    if ind.before_measures(draft, ctx) then return end
    for _, s in ipairs(ind.subjects(draft, ctx)) do
      local i = s.indicator -- the origin is an indicator's; a measure without one has none
      local origin = i and i.origin
      local said = nil -- a new indicator stated in words: "a new survey, to be designed in 2006"
      if i and origin ~= "new" and origin ~= "modified" then
        for field, words in pairs({ definition = "in-definition", data_source = "in-data-source" }) do
          local _, sentence = prose.find(d.text(i[field]), ctx.params.new_indicator_wording, ctx.params.negation_wording)
          if sentence then
            said = ctx.text("said-new", { field = ctx.text(words), quote = prose.quote(sentence) })
            break
          end
        end
      end
      if origin == "new" or origin == "modified" or said then
        local alt = d.find_wording(s.values.title, ctx.params.existing_indicators)
          or d.find_wording(s.values.definition, ctx.params.existing_indicators)
        ctx.report{
          node = i, key = not said and "origin" or nil, block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = "not-existing",
          data = {
            subject = ind.name_at(s, i), origin = said or ctx.text(origin),
            code = d.text(i.code) and ctx.text("code", { code = i.code }) or "",
            stretch = s.reward and ctx.text("and-stretch") or "",
            example = alt and ctx.text("for-example", { suggestion = alt.suggestion }) or "",
          },
        }
      end
    end
  end,
}
