local d = require("draft")

-- Year, month and day of a YYYY-MM-DD date, or nil.
local function ymd(s)
  if type(s) ~= "string" then return nil end
  local y, m, day = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(day)
end

-- "3 years", "3 years and 6 months", "11 months", in the words of the rule's messages.
local function span_words(ctx, months)
  local y, m = months // 12, months % 12
  local parts = {}
  if y > 0 then parts[#parts + 1] = ctx.text(y == 1 and "one-year" or "years", { n = y }) end
  if m > 0 or y == 0 then parts[#parts + 1] = ctx.text(m == 1 and "one-month" or "months", { n = m }) end
  return d.join(parts)
end

return {
  id = "lpsa2.term-length",
  title = "An LPSA2 runs for the usual term",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2" },
  guidance = "R55 (guidance-research.md, High that the term is normally three years): seed001 §2.4 (LPSA2s "
    .. "'will normally be for a three year period'); seed000 ('a three year agreement'); Herefordshire "
    .. "2005-08. Longer terms were agreed (Salford 2005-2009, York to December 2008), so the accepted range "
    .. "is params term_years_min and term_years_max (3 to 4 by default).",
  rationale = "Pump priming, reward grant and the stretch are all sized for a three-year agreement: a "
    .. "period much shorter or longer changes what the targets' end dates and the enhancement mean, and "
    .. "government will ask why. Filed under reward targets because the term fixes their target dates.",
  params = { "term_years_min", "term_years_max" },
  messages = {
    ["ends-before-start"] = {
      message = "The agreement's period ({when}) ends before it starts.",
      suggestion = "Correct the start and end dates: an LPSA2 normally runs for {min} years, for example 1 April "
        .. "2005 to 31 March 2008.",
    },
    ["term-too-short"] = {
      message = "The agreement runs for {span} ({when}); an LPSA2 normally runs for {min} years.",
      suggestion = "Check the dates. A shorter agreement leaves little time for pump priming to take effect and "
        .. "for stretch to show, so if it is intended, explain why and how the targets' dates fit it.",
    },
    ["term-too-long"] = {
      message = "The agreement runs for {span} ({when}); an LPSA2 normally runs for {min} years.",
      suggestion = "Check the dates. If a longer term is intended, explain why (for example to let a programme "
        .. "mature) and make sure the targets' dates and interim targets fit it.",
    },
    ["one-year"] = "{n} year",
    ["years"] = "{n} years",
    ["one-month"] = "{n} month",
    ["months"] = "{n} months",
  },
  check = function(draft, ctx)
    local agreement = draft.agreement
    if json.type(agreement) ~= "object" or json.type(agreement.period) ~= "object" then return end
    local period = agreement.period
    local sy, sm, sd = ymd(period.start)
    local ey, em, ed = ymd(period["end"])
    if not (sy and ey) then return end
    -- Whole months from the start to the day after the end (1 April 2005 - 31 March 2008 is 36),
    -- rounded so that a period ending a day early or late still counts as whole years.
    local months = math.floor((ey - sy) * 12 + (em - sm) + (ed + 1 - sd) / 30.4 + 0.5)
    local when = d.date_words(period.start) .. " to " .. d.date_words(period["end"])
    if months <= 0 then
      ctx.report{
        node = period, key = "end",
        messageId = "ends-before-start", data = { when = when, min = ctx.params.term_years_min },
      }
      return
    end
    local min, max = ctx.params.term_years_min, ctx.params.term_years_max
    if months >= min * 12 and months <= max * 12 then return end
    ctx.report{
      node = period,
      messageId = months < min * 12 and "term-too-short" or "term-too-long",
      data = { span = span_words(ctx, months), when = when, min = min },
    }
  end,
}
