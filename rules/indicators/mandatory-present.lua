local d = require("draft")
local ind = require("indicators")

-- "bv  126a" and "BV 126A" are the same code.
local function norm(code)
  if type(code) ~= "string" then return nil end
  return (code:lower():gsub("%s+", ""))
end

-- Whether the draft has mandatory outcome `m` (an entry of the mandatory_outcomes parameter): an
-- outcome citing its reference or worded like it, or an indicator with one of its codes.
local function present(draft, m)
  local ref = type(m.ref) == "string" and m.ref:find("%S") and m.ref:lower()
  local wording = {}
  for _, p in ipairs(m.outcome_wording or {}) do wording[#wording + 1] = { pattern = p } end
  for _, o in ipairs(d.list(draft.outcomes)) do
    if json.type(o) == "object" then
      if ref and type(o.mandatory_ref) == "string" and o.mandatory_ref:lower():find(ref, 1, true) then return true end
      if d.find_wording(o.title, wording) then return true end
    end
  end
  local codes = {}
  for _, c in ipairs(m.indicator_codes or {}) do codes[norm(c)] = true end
  for _, i in ipairs(d.list(draft.indicators)) do
    if json.type(i) == "object" and (codes[norm(i.code)] or codes[norm(i.ni_code)]) then return true end
  end
  return false
end

return {
  id = "indicators.mandatory-present",
  title = "The mandatory outcomes and indicators are all there",
  section = "indicators",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R24 (guidance-research.md, High for the rule; the list UNCONFIRMED): seed004 (GOEM: 'we do not "
    .. "require the LAA to contain all indicators reflected in all relevant national PSAs or local strategies "
    .. "(apart from the mandatory outcomes and indicators set out in the Guidance)'); Haringey ('Mandatory "
    .. "baseline and targets have been completed'); Ealing slides. The list is the mandatory_outcomes "
    .. "parameter, EMPTY by default because the 2005 and 2006 LAA guidance could not be read: until it is "
    .. "filled in, only outcomes the draft marks as mandatory are checked.",
  rationale = "The guidance made some outcomes and indicators (from the floor targets and the Safer and "
    .. "Stronger Communities Fund, for example) compulsory in every LAA; an agreement without them cannot "
    .. "be signed off, while every other PSA indicator is optional.",
  params = { "mandatory_outcomes", "indicator_detail_error_stages" },
  messages = {
    ["mandatory-outcome-missing"] = {
      message = "The draft does not include the mandatory outcome '{title}'{ref}.",
      suggestion = "Add the outcome with the indicators the guidance sets for it, their baselines and targets. If "
        .. "the draft covers it under another name, say so by giving the outcome its mandatory reference.",
    },
    ["a-mandatory-outcome"] = "a mandatory outcome",
    ["ref"] = " ({ref})",
    ["mandatory-unreferenced"] = {
      message = "{subject} is marked as mandatory, but the draft does not say where the guidance requires it.",
      suggestion = "Give the reference (for example the Safer and Stronger Communities Fund outcome in the LAA "
        .. "Guidance), so that partners and government departments can see which outcomes are required and which "
        .. "the partnership has chosen.",
    },
  },
  check = function(draft, ctx)
    local late = ind.late(ctx)
    for _, m in ipairs(ctx.params.mandatory_outcomes) do
      if not present(draft, m) then
        local title = d.text(m.title) or d.text(m.ref) or ctx.text("a-mandatory-outcome")
        local node = json.type(draft.outcomes) == "array" and draft.outcomes or draft
        ctx.report{
          node = node,
          severity = late and "error" or "warning",
          messageId = "mandatory-outcome-missing",
          data = { title = title, ref = d.text(m.ref) and ctx.text("ref", { ref = d.text(m.ref) }) or "" },
        }
      end
    end

    -- An outcome the draft itself calls mandatory should say where the guidance requires it.
    local block_of = d.block_finder(draft)
    for _, o in ipairs(d.list(draft.outcomes)) do
      if json.type(o) == "object" and o.mandatory == true and d.is_blank(o.mandatory_ref) then
        ctx.report{
          node = o, key = "mandatory", severity = "advice", block = block_of(o),
          messageId = "mandatory-unreferenced", data = { subject = d.subject(d.label(o, "Outcome")) },
        }
      end
    end
  end,
}
