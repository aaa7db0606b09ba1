local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.interim-target",
  title = "An interim target falls inside the period, before the target date, between baseline and stretch",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R16 (guidance-research.md, Medium): Isle of Wight LPSA Schedule 4 and the lawinsider PRG clause "
    .. "(one fifth of a target's reward may be paid early if an agreed interim level is reached).",
  rationale = "Part of the reward can be paid early on an interim target, so its date must fall within the "
    .. "agreement and before the final target date, and its value should be a step from the baseline towards "
    .. "the stretch.",
  params = {},
  messages = {
    ["interim-incomplete"] = {
      message = "{subject} gives an interim target without {missing}.",
      suggestion = "Give both the interim value and the date it is to be reached by, or leave the interim target "
        .. "out.",
    },
    ["a-value"] = "a value",
    ["a-date"] = "a date",
    ["a-date-or-value"] = "a date or a value",
    ["interim-outside-period"] = {
      message = "{subject} has an interim target dated {date}, outside the agreement's period ({start} to "
        .. "{finish}).",
      suggestion = "Date the interim target within the agreement, normally at the end of its second year.",
    },
    ["its-start"] = "its start",
    ["its-end"] = "its end",
    ["interim-not-before-target"] = {
      message = "{subject} has an interim target dated {date}, not before its target date of {final}.",
      suggestion = "Date the interim target before the final target date, or correct one of the dates.",
    },
    ["interim-out-of-range"] = {
      message = "{subject} has an interim target of {value}, outside the range from the baseline ({baseline}) to "
        .. "the stretch ({stretch}).",
      suggestion = "Set the interim target as a step from the baseline towards the stretch. If the baseline is "
        .. "out of date, update it with the latest figures.",
    },
  },
  check = function(draft, ctx)
    local period = json.type(draft.agreement.period) == "object" and draft.agreement.period or {}
    local start, finish = r.date(period.start), r.date(period["end"])
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local interim = m.node.interim
      if json.type(interim) == "object" and not d.is_blank(interim) then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        local block = block_of(target)
        local date, value = r.date(interim.date), r.number(interim.value)
        local final = r.date(m.node.target_date)
        if not (date and value) then
          ctx.report{
            node = interim, block = block, severity = "warning",
            messageId = "interim-incomplete",
            data = {
              subject = name, missing = ctx.text(date and "a-value" or value and "a-date" or "a-date-or-value"),
            },
          }
        end
        if date and ((start and date < start) or (finish and date > finish)) then
          ctx.report{
            node = interim, key = "date", block = block,
            messageId = "interim-outside-period",
            data = {
              subject = name, date = d.date_words(date),
              start = start and d.date_words(start) or ctx.text("its-start"),
              finish = finish and d.date_words(finish) or ctx.text("its-end"),
            },
          }
        elseif date and final and date >= final then
          ctx.report{
            node = interim, key = "date", block = block,
            messageId = "interim-not-before-target",
            data = { subject = name, date = d.date_words(date), final = d.date_words(final) },
          }
        end
        local baseline = r.baseline_value(m)
        local stretch = r.number(r.field(m.node, "with_agreement", "value"))
        if value and baseline and stretch
          and (value < math.min(baseline, stretch) or value > math.max(baseline, stretch)) then
          ctx.report{
            node = interim, key = "value", block = block, severity = "warning",
            messageId = "interim-out-of-range",
            data = { subject = name, value = r.num(value), baseline = r.num(baseline), stretch = r.num(stretch) },
          }
        end
      end
    end
  end,
}
