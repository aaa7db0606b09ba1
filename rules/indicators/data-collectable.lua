local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

-- Each field in the officer's words.

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
  params = { "banned_measures", "indicator_detail_error_stages", "sign_off_stages", "published_definition_wording",
    "data_source_wording", "frequency_wording", "data_owner_wording", "negation_wording" },
  messages = {
    ["data-details-missing"] = {
      message = "{subject} does not say {gaps}.{note}",
      suggestion = "Name the data source (for example police recorded crime, a Best Value return or a survey), how "
        .. "often figures are available (quarterly if progress is to be monitored in year) and the organisation "
        .. "that owns the data, so that partners know they will be able to collect the information.{link}",
    },
    ["data-source"] = "where the data come from",
    ["frequency"] = "how often they are available",
    ["owner"] = "who owns them",
    ["no-indicator"] = " How often the data are available and who owns them are recorded on an indicator, and it "
      .. "is not linked to one.",
    ["link-an-indicator"] = " Link the measure to an indicator of the agreement that gives these details.",
  },
  check = function(draft, ctx)
    local late = ind.late(ctx)
    local p = ctx.params
    for _, s in ipairs(ind.open_subjects(draft, ctx)) do
      -- Frequency and owner have no place on a reward measure: they come from its indicator, so a
      -- finding about them is filed there (s.home).
      -- A detail written in the definition counts as given ("police recorded crime, quarterly").
      local def = d.text(s.values.definition) or (s.indicator and d.text(s.indicator.definition))
      local function said(wording) return def and prose.find(def, wording, p.negation_wording) ~= nil end
      local gaps = {}
      if d.is_blank(s.values.data_source) and not said(p.data_source_wording) then gaps[#gaps + 1] = ctx.text("data-source") end
      if s.indicator then
        if d.is_blank(s.indicator.frequency) and not said(p.frequency_wording) then gaps[#gaps + 1] = ctx.text("frequency") end
        if d.is_blank(s.indicator.owner) and not said(p.data_owner_wording) and not said(p.owner_wording) then
          gaps[#gaps + 1] = ctx.text("owner")
        end
      end
      -- A measure only named so far is asked to be firmed up (indicators.definition-present), and a
      -- national indicator's data come from its handbook.
      if ind.unformed(s) or ind.published(s, p.published_definition_wording) then gaps = {} end
      if #gaps > 0 then
        local note = s.reward and not s.indicator and ctx.text("no-indicator") or ""
        ctx.report{
          node = s.home,
          -- Reward measures: an error, filed where GOEM raises them (seed004 reward criteria).
          severity = (s.reward or late) and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = "data-details-missing",
          data = {
            subject = ind.name_at(s, s.home), gaps = d.join(gaps, "or"), note = note,
            link = s.reward and not s.indicator and ctx.text("link-an-indicator") or "",
          },
        }
      end
    end
  end,
}
