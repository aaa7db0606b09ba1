local d = require("draft")

-- What each measure type counts, in the words the glossary uses.
local counts = {
  input = "resources put in (an input measure)",
  process = "activity (a process measure)",
}

local EXAMPLES = "for example fewer repeat incidents of domestic violence, a lower re-offending rate, "
  .. "better attainment at Key Stage 4 or more older people living independently at home"

return {
  id = "indicators.outcome-focus",
  title = "Measures count outcomes or outputs, not activity or resources",
  section = "indicators",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R09 (guidance-research.md, High): seed000 ('real outcomes (rather than processes)'); "
    .. "seed003 (ODPM found Halton's indicators 'not sufficiently outcome focussed'); seed004 (GOEM: "
    .. "'Are they outcomes or outputs rather than inputs?'). Input/process/output/outcome as in the "
    .. "glossary; the activity wording list is ours (params activity_wording).",
  rationale = "Government rewards and monitors changes in people's lives, not the effort put in: a reward "
    .. "measure that counts activity or spending cannot show stretch and will not be agreed, and other "
    .. "process or input indicators will very likely be questioned. A measure called an outcome whose "
    .. "wording counts meetings, plans or money is the same problem hidden by the label.",
  params = { "activity_wording" },
  check = function(draft, ctx)
    local wording = ctx.params.activity_wording
    local block_of = d.block_finder(draft)

    -- Reports an outcome or output whose title or definition reads as activity. `from` tells
    -- where each value came from: point at the field only when it is the entity's own.
    local function check_wording(name, type_, values, from, node, block, reward)
      for _, field in ipairs({ "title", "definition" }) do
        local w, words = d.find_wording(values[field], wording)
        if w then
          local noun = w.counts == "input" and "spending or staffing" or "activity"
          ctx.report{
            node = node,
            key = from[field] == node and field or nil,
            severity = "warning",
            block = block,
            section = reward and "reward-targets" or nil, -- where GOEM raises reward measures
            message = string.format(
              "%s is described as an %s measure, but '%s' in its %s shows that it %s.",
              d.subject(name), type_, words, field, w.reason),
            suggestion = "Measure the change in people's lives that this " .. noun .. " is meant to "
              .. "bring about, " .. EXAMPLES .. ". If it really is a count of " .. noun .. ", call it "
              .. (w.counts == "input" and "an input" or "a process") .. " measure and keep it for the "
              .. "delivery plan"
              .. (reward and "; a reward target needs an outcome or output." or "."),
          }
          return -- one finding per measure is enough to make the point
        end
      end
    end

    -- LPSA2 agrees priorities before measures, so measures need not say their kind before then.
    local before_measures = require("indicators").before_measures(draft, ctx.kind)

    -- Reward measures: an input or process is an error, since it cannot carry reward.
    local judged = d.reward_indicator_ids(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local name = d.measure_label(target, ti, m, mi)
      local t = m.measure_type
      local own_type = m.from.measure_type == m.node
      if counts[t] then
        ctx.report{
          node = m.node,
          -- A type inherited from the indicator is fixed by choosing another measure, not by
          -- relabelling the indicator, so the finding points at the measure.
          key = own_type and "measure_type" or nil,
          severity = "error",
          block = block_of(target),
          section = "reward-targets",
          message = string.format("%s counts %s; reward targets must measure outcomes or outputs.%s",
            d.subject(name), counts[t],
            own_type and "" or " It takes its type from indicator " .. (d.text(m.indicator.id) or "it links to") .. "."),
          suggestion = "Replace it with a measure of the outcome the work is meant to achieve, "
            .. EXAMPLES .. ", or at least a direct output such as people helped into work or homes "
            .. "brought up to the decent homes standard. Counts of activity and spending can stay in "
            .. "the delivery plan, where partners can still monitor them.",
        }
      elseif t == "outcome" or t == "output" then
        check_wording(name, t, m, m.from, m.node, block_of(target), true)
      elseif d.is_blank(t) and not before_measures then
        -- GOEM asks of reward indicators "are they outcomes or outputs rather than inputs?" and
        -- ODPM found Halton's "not sufficiently outcome focussed": a measure must say which it is.
        ctx.report{
          node = m.node,
          severity = "warning",
          block = block_of(target),
          section = "reward-targets",
          message = string.format("%s does not say whether it measures an outcome, an output, a process or an input.",
            d.subject(name)),
          suggestion = "State the kind of measure. Reward targets need outcomes or outputs, " .. EXAMPLES .. ".",
        }
      end
    end

    -- Other indicators: input or process is a warning; indicators already judged as reward
    -- measures above are left alone so nothing is said twice.
    for _, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" and not judged[ind.id] then
        local name = d.label(ind, "Indicator")
        local t = ind.measure_type
        if counts[t] then
          ctx.report{
            node = ind,
            key = "measure_type",
            severity = "warning",
            block = block_of(ind),
            message = string.format("%s counts %s rather than a change in people's lives.",
              d.subject(name), counts[t]),
            suggestion = "Where you can, measure the outcome instead, " .. EXAMPLES .. ". A smaller "
              .. "set of outcome indicators in the agreement will not stop partners tracking activity "
              .. "and spending for their own purposes.",
          }
        elseif t == "outcome" or t == "output" then
          local own = { title = ind, definition = ind }
          check_wording(name, t, ind, own, ind, block_of(ind), false)
        end
      end
    end
  end,
}
