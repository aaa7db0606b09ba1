local d = require("draft")

return {
  id = "indicators.manageable-number",
  title = "A manageable number of indicators, in all and for each outcome",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R25 (guidance-research.md, High for the principle; the thresholds are ours, Low): seed004 (GOEM "
    .. "key issue 'a manageable number of robust, measurable and appropriate indicators'; 'consider what "
    .. "indicators are really necessary for purposes of the LAA. A reduced number of indicators will not "
    .. "prevent partners from measuring further indicators for internal purposes'; not every PSA indicator "
    .. "is needed); seed003 §5.2 (ODPM: 'may not need all six indicators'). Limits: max_indicators, "
    .. "max_indicators_per_outcome.",
  rationale = "Every indicator in the agreement has to be defined, baselined, monitored and reported to "
    .. "government; too many spread effort thin and hide the priorities the agreement is meant to drive.",
  params = { "max_indicators", "max_indicators_per_outcome" },
  messages = {
    ["too-many-indicators"] = {
      message = "The draft has {count} indicators, more than the {max} or so that can be managed and reported on "
        .. "in the agreement.",
      suggestion = "Consider which indicators are really necessary for the agreement: keep the mandatory ones and "
        .. "those that measure its priorities, and drop indicators that another performance regime already "
        .. "tracks without the partnership adding value. {internal}",
    },
    ["too-many-per-outcome"] = {
      message = "{subject} is measured by {count} indicators ({ids}); {max} or fewer are usually enough to show "
        .. "whether an outcome is being achieved.",
      suggestion = "Keep the indicators that best show the change the outcome is about. {internal}",
    },
    ["internal"] = "A smaller set in the agreement will not stop partners measuring further indicators for their "
      .. "own purposes, for example in the delivery plan.",
  },
  check = function(draft, ctx)
    local all = d.list(draft.indicators)
    local max = ctx.params.max_indicators
    if #all > max then
      ctx.report{
        node = draft.indicators,
        messageId = "too-many-indicators", data = { count = #all, max = max, internal = ctx.text("internal") },
      }
    end

    -- Indicators per outcome, in the draft's order, named so the officer can choose among them.
    local per = ctx.params.max_indicators_per_outcome
    local of = {}
    for _, i in ipairs(all) do
      if json.type(i) == "object" then
        for _, o in ipairs(d.list(i.outcomes)) do
          if type(o) == "string" then
            of[o] = of[o] or {}
            of[o][#of[o] + 1] = d.text(i.id) or "?"
          end
        end
      end
    end
    local block_of = d.block_finder(draft)
    for _, o in ipairs(d.list(draft.outcomes)) do
      local ids = json.type(o) == "object" and of[o.id]
      if ids and #ids > per then
        ctx.report{
          node = o, severity = "advice", block = block_of(o),
          messageId = "too-many-per-outcome",
          data = {
            subject = d.subject(d.label(o, "Outcome")), count = #ids, ids = d.join(ids), max = per,
            internal = ctx.text("internal"),
          },
        }
      end
    end
  end,
}
