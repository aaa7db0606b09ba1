local d = require("draft")
local ind = require("indicators")

-- Each field in the officer's words.
local words = {
  data_source = "where the data come from",
  frequency = "how often they are available",
  owner = "who owns them",
}

local HOW = "Name the data source (for example police recorded crime, a Best Value return or a survey), "
  .. "how often figures are available (quarterly if progress is to be monitored in year) and the "
  .. "organisation that owns the data, so that partners know they will be able to collect the information."

return {
  id = "indicators.data-collectable",
  title = "Every measure says where its data come from, how often, and who owns them",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R10 (guidance-research.md, High): seed004 (GOEM: 'ensure you know that your indicators are "
    .. "measurable and you will be able to collect the information'; reward criteria: 'Are they measurable? "
    .. "Can partners collect the data?'). The research's data_available flag has no field in the draft "
    .. "format; indicators.existing-indicator (R26) covers new indicators that may have no data yet.",
  rationale = "An indicator whose data nobody is known to collect cannot be monitored, and a reward measure "
    .. "without a data source cannot show the stretch that reward is paid on, so GO will not sign it off.",
  params = { "banned_measures", "indicator_detail_error_stages" },
  check = function(draft, ctx)
    local late = ind.late(ctx)
    for _, s in ipairs(ind.open_subjects(draft, ctx)) do
      -- Frequency and owner have no place on a reward measure: they come from its indicator.
      local home = s.indicator or s.node -- where the missing details belong
      local gaps = {}
      if d.is_blank(s.values.data_source) then gaps[#gaps + 1] = words.data_source end
      if s.indicator then
        if d.is_blank(s.indicator.frequency) then gaps[#gaps + 1] = words.frequency end
        if d.is_blank(s.indicator.owner) then gaps[#gaps + 1] = words.owner end
      end
      if #gaps > 0 then
        local note = ""
        if s.reward and s.indicator then
          note = string.format(" Give %s on indicator %s, which it is measured by.",
            #gaps == 1 and "this" or "these", d.text(s.indicator.id) or "it links to")
        elseif s.reward then
          note = " How often the data are available and who owns them are recorded on an indicator, "
            .. "and it is not linked to one."
        end
        ctx.report{
          node = home,
          -- Reward measures: an error, filed where GOEM raises them (seed004 reward criteria).
          severity = (s.reward or late) and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          message = string.format("%s does not say %s.%s", d.subject(s.name), d.join(gaps, "or"), note),
          suggestion = HOW .. (s.reward and not s.indicator
            and " Link the measure to an indicator of the agreement that gives these details." or ""),
        }
      end
    end
  end,
}
