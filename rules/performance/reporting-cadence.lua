local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

-- Ways of saying how often, in months. Longer phrases come first and are removed once counted,
-- so that "six monthly" is not also read as "monthly", nor "half yearly" as "yearly".
local CADENCES = {
  { "six monthly", 6 }, { "6 monthly", 6 }, { "half yearly", 6 }, { "twice a year", 6 },
  { "twice yearly", 6 }, { "every six months", 6 }, { "every 6 months", 6 }, { "biannual", 6 },
  { "bi annual", 6 }, { "semi annual", 6 },
  { "bimonthly", 2 }, { "bi monthly", 2 },
  { "quarterly", 3 }, { "every quarter", 3 }, { "each quarter", 3 }, { "every three months", 3 },
  { "every 3 months", 3 },
  { "weekly", 1 }, { "fortnightly", 1 }, { "monthly", 1 }, { "every month", 1 }, { "each month", 1 },
  { "annual", 12 }, { "yearly", 12 }, { "once a year", 12 }, { "each year", 12 }, { "every year", 12 },
}

-- The most frequent reporting the text mentions, in months, with the words that say it; nil if none.
local function cadence(text)
  local s = " " .. text:sub(1, 4000):lower():gsub("[%s%-]+", " ") .. " "
  local best, words
  for _, c in ipairs(CADENCES) do
    if s:find(c[1], 1, true) then
      if not best or c[2] < best then best, words = c[2], c[1] end
      s = s:gsub(c[1], " ") -- phrases are plain letters, digits and spaces
    end
  end
  return best, words
end

-- The first sentence of the performance management section's other fields that speaks of reporting to
-- the Government Office (by that name or the draft's own, "GOWM"), when report_to_go is not given:
-- "reported to the Board each quarter and to GOWM six-monthly".
local function said_to_go(pm, draft)
  local names = { "government office" }
  local go = json.type(draft.agreement) == "object" and d.text(draft.agreement.government_office)
  if go then names[2] = go:lower() end
  for field, v in pairs(pm) do
    if field ~= "report_to_go" then
      for _, s in ipairs(prose.sentences(d.text(v))) do
        for _, n in ipairs(names) do
          if s.lower:find(n, 1, true) then return s.text end
        end
      end
    end
  end
  return nil
end

return {
  id = "performance.reporting-cadence",
  title = "Progress is reported to the Government Office often enough",
  section = "performance-management",
  severity = "warning",
  -- 2008-11 LAAs had an annual GO review, so the six-monthly cadence is checked for 2005-08 LAAs only.
  kinds = { "laa" },
  guidance = "R44 (guidance-research.md, Medium): seed004 App. 4 §23 (data collected quarterly; "
    .. "'reported to Leicestershire Together and GOEM 6 monthly'); RegenWM 2006 (six-monthly reviews of "
    .. "outcomes, targets and spend per block). The interval is a parameter (max_months_between_go_reports).",
  rationale = "The Government Office reviews progress on outcomes, reward targets and pooled funding with the "
    .. "partnership every six months, so the agreement needs to commit to reporting at least that often "
    .. "and to collecting data often enough to do so.",
  params = { "max_months_between_go_reports" },
  messages = {
    ["no-go-reporting"] = {
      message = "The performance management arrangements do not say how progress will be reported to the "
        .. "Government Office, or how often.",
      suggestion = "Say how and how often progress on the outcomes, indicators, reward targets and pooled "
        .. "funding will be reported to us: at least every {max} months.",
    },
    ["go-reporting-unscheduled"] = {
      message = "The performance management arrangements describe reporting to the Government Office but do not "
        .. "say how often.",
      suggestion = "Say how often progress will be reported to us: at least every {max} months.",
    },
    ["go-reporting-too-rare"] = {
      message = "Progress is to be reported to the Government Office less often than every {max} months (the "
        .. "arrangements say '{words}').",
      suggestion = "Report progress on the outcomes, indicators, reward targets and pooled funding to us at least "
        .. "every {max} months, in time for the regular reviews.",
    },
    ["no-data-frequency"] = {
      message = "The performance management arrangements do not say how often performance data will be "
        .. "collected.",
      suggestion = "Say how often the data will be collected and reviewed by the partnership: quarterly is "
        .. "usual, with annual indicators backed by quarterly management information where it exists.",
    },
  },
  check = function(draft, ctx)
    -- A draft with no performance management section is reported by performance.arrangements-in-agreement.
    local pm = a.section(draft, "performance_management")
    if not pm then return end
    local max = ctx.params.max_months_between_go_reports
    local text = d.text(pm.report_to_go) or said_to_go(pm, draft)
    if not text then
      local node, key = d.at(pm, "report_to_go")
      ctx.report{
        node = node, key = key,
        messageId = "no-go-reporting", data = { max = max },
      }
    else
      local months, words = cadence(text)
      if not months then
        ctx.report{
          node = pm, key = pm.report_to_go ~= nil and "report_to_go" or nil,
          severity = "advice",
          messageId = "go-reporting-unscheduled", data = { max = max },
        }
      elseif months > max then
        ctx.report{
          node = pm, key = pm.report_to_go ~= nil and "report_to_go" or nil,
          messageId = "go-reporting-too-rare", data = { max = max, words = words },
        }
      end
    end
    if d.is_blank(pm.data_frequency) then
      local node, key = d.at(pm, "data_frequency")
      ctx.report{
        node = node, key = key,
        severity = "advice",
        messageId = "no-data-frequency",
      }
    end
  end,
}
