local d = require("draft")
local r = require("reward")
local prose = require("prose")

return {
  id = "indicators.targets-improve",
  title = "An indicator's targets improve on its baseline",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R31 (guidance-research.md, High): a SMART target says which direction is better and moves that way "
    .. "(seed004 App. 3); R63 (Medium): a 2008-11 designated target gives its values for 2008/09 to 2010/11 "
    .. "(Durham 2009), each an improvement target. Only a target worse than the baseline in every year is "
    .. "raised, and not when a target's note or the definition says why (the trend_wording parameter: 'the "
    .. "trend is rising by 8% a year; the targets slow the rise'): slowing a worsening trend can be a real target.",
  rationale = "A target that is worse than current performance in every year of the agreement plans for decline; "
    .. "the Government Office will ask whether the figures or the direction of improvement are wrong, or why "
    .. "decline is the best that can be done.",
  params = { "trend_wording", "negation_wording" },
  messages = {
    ["targets-worse-than-baseline"] = {
      message = "{subject} has targets ({targets}) that are all {worse} its baseline of {baseline}, although {better} "
        .. "figure is better.",
      suggestion = "Check the figures and the direction of improvement. If a fall in performance really is "
        .. "expected, say why in the definition and consider a target that limits it; otherwise set targets that "
        .. "improve on the baseline.",
    },
    ["below"] = "below",
    ["above"] = "above",
    ["a-higher"] = "a higher",
    ["a-lower"] = "a lower",
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for _, i in ipairs(d.list(draft.indicators)) do
      local b = json.type(i) == "object" and d.value(i.baseline)
      local base = json.type(b) == "object" and b.value
      local up = json.type(i) == "object" and (i.polarity == "higher_is_better" and 1 or i.polarity == "lower_is_better" and -1)
      if type(base) == "number" and up then
        local values, worse = {}, true
        for _, t in ipairs(d.list(i.targets)) do
          if json.type(t) == "object" and type(t.value) == "number" then
            values[#values + 1] = r.num(t.value)
            if (t.value - base) * up >= 0 then worse = false end
          end
        end
        -- A reason given in words: the definition, or a note on one of the targets.
        local texts = { d.text(i.definition) }
        for _, t in ipairs(d.list(i.targets)) do
          if json.type(t) == "object" then texts[#texts + 1] = d.text(t.note) end
        end
        local explained = prose.find(texts, ctx.params.trend_wording, ctx.params.negation_wording)
        if #values > 0 and worse and not explained then
          local node, key = d.at(i, "targets")
          ctx.report{
            node = node, key = key, block = block_of(i),
            messageId = "targets-worse-than-baseline",
            data = {
              subject = d.subject(d.label(i, "Indicator")), targets = d.join(values), baseline = r.num(base),
              worse = ctx.text(up == 1 and "below" or "above"), better = ctx.text(up == 1 and "a-higher" or "a-lower"),
            },
          }
        end
      end
    end
  end,
}
