local d = require("draft")
local ind = require("indicators")

return {
  id = "indicators.targets-set",
  title = "Every outcome has an indicator, and every indicator a target for each year",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R23 (guidance-research.md, High): seed004 (GOEM key issue 'identifying baselines and targets'; "
    .. "'the development of indicators and targets does not appear to have progressed much since the last "
    .. "draft'). R64 (High) for 2008-11 placeholders, marked or said in the definition; the years are those of agreement.period, else the "
    .. "target_years parameter; R63 (Medium): Durham 2009, a 2008-11 target needs values for 2008/09, 2009/10 and "
    .. "2010/11; other kinds miss a year as advice (yearly_targets_required). Reward measures' stretch targets are judged by the reward-target rules (R05).",
  rationale = "An outcome with no indicator cannot be tracked, and an indicator with no targets commits "
    .. "nobody to anything; by the penultimate draft both block sign-off.",
  params = { "indicator_detail_error_stages", "target_years", "yearly_targets_required", "placeholder_wording", "negation_wording",
    "published_definition_wording" },
  messages = {
    ["outcome-not-measured"] = {
      message = "{subject} has no indicator to measure it.",
      suggestion = "Add at least one indicator for this outcome, with a baseline and targets, using an existing "
        .. "national or Best Value indicator where one fits. If the outcome is really delivered through another, "
        .. "say so and link the indicators to both.",
    },
    ["no-targets"] = {
      message = "{subject} has no targets{years}{placeholder}",
      suggestion = "Set a target for each year of the agreement, in the indicator's unit, moving from the baseline "
        .. "in the direction of improvement.{hold}",
    },
    ["for-years"] = " for {years}",
    ["placeholder-without-reason"] = ", and is marked as a placeholder without saying why.",
    ["full-stop"] = ".",
    ["hold"] = " If the data are not ready, mark the indicator as a placeholder, saying why and when the targets "
      .. "will be set (for example at the March refresh).",
    ["years-missing"] = {
      message = "{subject} has no target for {years}.",
      suggestion = "Give a target for every year of the agreement, so that progress can be reviewed each year and "
        .. "not only at the end.",
    },
  },
  check = function(draft, ctx)
    if ind.before_measures(draft, ctx) then return end
    local severity = ind.late(ctx) and "error" or "warning"
    local block_of = d.block_finder(draft)
    local indicators = d.list(draft.indicators)

    -- Outcomes no indicator measures (the link runs from indicators[].outcomes).
    local measured = {}
    for _, i in ipairs(indicators) do
      if json.type(i) == "object" then
        for _, o in ipairs(d.list(i.outcomes)) do measured[o] = true end
      end
    end
    for _, o in ipairs(d.list(draft.outcomes)) do
      if json.type(o) == "object" and d.value(o.id) and not measured[o.id] then
        ctx.report{
          node = o, severity = severity, block = block_of(o),
          messageId = "outcome-not-measured", data = { subject = d.subject(d.label(o, "Outcome")) },
        }
      end
    end

    -- Indicators without a target for each year. Those serving as reward measures carry their
    -- stretch on the measure and are judged there.
    local years = ind.target_years(draft, ctx.params.target_years)
    local reward = d.reward_indicator_ids(draft)
    for _, i in ipairs(indicators) do
      -- One only named is asked to be firmed up first (indicators.definition-present), in one finding.
      if json.type(i) == "object" and not reward[i.id]
          and not ind.only_named(i, ctx.params.published_definition_wording) then
        local name = d.label(i, "Indicator")
        local held = ind.held(i, ctx.kind, ctx.params.placeholder_wording, ctx.params.negation_wording)
        local given = {}
        for _, t in ipairs(d.list(i.targets)) do
          if json.type(t) == "object" and d.text(t.year) then given[t.year] = true end
        end
        local missing = {}
        for _, y in ipairs(years) do
          if not given[y] then missing[#missing + 1] = y end
        end
        if held then
          -- A declared 2008-11 placeholder: its targets come at the refresh.
        elseif d.is_blank(i.targets) then
          ctx.report{
            node = i, severity = severity, block = block_of(i),
            messageId = "no-targets",
            data = {
              subject = d.subject(name),
              years = #years > 0 and ctx.text("for-years", { years = d.join(years) }) or "",
              placeholder = ctx.text((json.type(i.placeholder) == "object" and ctx.kind == "laa2008")
                and "placeholder-without-reason" or "full-stop"),
              hold = ctx.kind == "laa2008" and ctx.text("hold") or "",
            },
          }
        elseif #missing > 0 then
          ctx.report{
            node = i, key = "targets", block = block_of(i),
            severity = ctx.params.yearly_targets_required and severity or "advice",
            messageId = "years-missing", data = { subject = d.subject(name), years = d.join(missing) },
          }
        end
      end
    end
  end,
}
