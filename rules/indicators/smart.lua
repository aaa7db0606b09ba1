local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

-- Whether the subject gives any figure to aim at or start from: a target, a baseline or a stretch.
local function has_figure(s)
  local b = s.values.baseline
  if json.type(b) == "object" and type(b.value) == "number" then return true end
  if s.reward and json.type(s.node.with_agreement) == "object" and type(s.node.with_agreement.value) == "number" then
    return true
  end
  for _, t in ipairs(s.indicator and d.list(s.indicator.targets) or {}) do
    if json.type(t) == "object" and type(t.value) == "number" then return true end
  end
  return false
end

return {
  id = "indicators.smart",
  title = "Targets are SMART: a figure, a unit, a direction, a year and an area",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R31 (guidance-research.md, High): seed004 App. 3 (SMART spelled out) and GOEM's key issue "
    .. "'robust, measurable and appropriate indicators'; Green Book. The vague words are the vague_wording "
    .. "parameter (ours, from the research's 'improve', 'increase'). Geography alone missing is advice.",
  rationale = "A target is only measurable and time-bound when it gives a figure, in a stated unit, for a "
    .. "stated year and area, and says which direction is better; 'improve' or 'increase' with no number "
    .. "commits nobody to anything, and stretch cannot be judged without the direction.",
  params = { "banned_measures", "indicator_detail_error_stages", "vague_wording", "sign_off_stages",
    "unit_wording", "direction_wording", "negation_wording" },
  messages = {
    ["not-smart"] = {
      message = "{subject}{unsaid}{vague}",
      suggestion = "Make each target specific and measurable: a figure in a stated unit (for example '% of "
        .. "pupils' or 'crimes per 1,000 population'), the year it is to be reached, the area it covers, and "
        .. "whether a higher or lower figure is better.",
    },
    ["unit"] = "what unit its figures are in",
    ["polarity"] = "whether a higher or a lower figure counts as improvement",
    ["geography"] = "what area the figures cover",
    ["does-not-say"] = " does not say {gaps}.",
    ["vague-title"] = " Its title says '{words}', but it gives no figure to aim for, so it is not yet measurable.",
    ["vague"] = " says '{words}' but gives no figure to aim for, so it is not yet measurable.",
    ["target-without-figure"] = {
      message = "{subject} has a target for {year} with no figure.",
      suggestion = "{advice}",
    },
    ["target-without-year"] = { message = "{subject} has a target with no year.", suggestion = "{advice}" },
    ["target-advice"] = "Give every target as a figure in the indicator's unit, for a stated financial year (for "
      .. "example 2007/08).",
  },
  check = function(draft, ctx)
    local main = ind.late(ctx) and "error" or "warning"
    for _, s in ipairs(ind.open_subjects(draft, ctx)) do
      -- Reward measures are an error: their stretch cannot be judged without these.
      local severity = s.reward and "error" or main
      local section = s.reward and "reward-targets" or nil
      local gaps = {}
      -- A unit or direction stated in the title or definition ("per 1,000 households", "reduce") is given.
      local texts = ind.texts(s)
      local function stated(wording) return prose.find(texts, wording, ctx.params.negation_wording) ~= nil end
      if d.is_blank(s.values.unit) and not stated(ctx.params.unit_wording) then gaps[#gaps + 1] = "unit" end
      if d.is_blank(s.values.polarity) and not stated(ctx.params.direction_wording) then gaps[#gaps + 1] = "polarity" end
      -- A measure only named so far is asked to be firmed up (indicators.definition-present).
      if ind.unformed(s) then gaps = {} end
      -- A measure has no geography of its own; it can only come from its indicator.
      if s.indicator and d.is_blank(s.indicator.geography) then gaps[#gaps + 1] = "geography" end
      local title = d.text(s.values.title)
      local vague = title and not title:find("%d") and not has_figure(s)
        and select(2, d.find_wording(title, ctx.params.vague_wording))
      if #gaps > 0 or vague then
        local said = {}
        for _, g in ipairs(gaps) do said[#said + 1] = ctx.text(g) end -- each gap's words are a message
        local unsaid = #said > 0 and ctx.text("does-not-say", { gaps = d.join(said, "or") }) or ""
        local vagueness = vague and ctx.text(#said > 0 and "vague-title" or "vague", { words = vague }) or ""
        -- Only the area missing: good practice rather than a gap GO will raise.
        local minor = not vague and #gaps == 1 and gaps[1] == "geography"
        ctx.report{
          node = s.home, severity = minor and "advice" or severity, block = s.block, section = section,
          messageId = "not-smart", data = { subject = ind.name_at(s, s.home), unsaid = unsaid, vague = vagueness },
        }
      end

      -- Each yearly target needs a year and a figure ("TBC" is no figure).
      for _, t in ipairs(s.indicator and d.list(s.indicator.targets) or {}) do
        if json.type(t) == "object" then
          local year = d.text(t.year)
          -- A target to be set from a baseline still to be established, and saying so, is not a gap (R20).
          local pending = d.baseline_status(s.values.baseline) == "to_be_established" and d.text(t.note)
          if (not year or type(t.value) ~= "number") and not (year and pending) then
            local node, key = d.at(t, year and "value" or "year")
            ctx.report{
              node = node, key = key, severity = severity, block = s.block, section = section,
              messageId = year and "target-without-figure" or "target-without-year",
              data = { subject = ind.name_at(s, s.home), year = year, advice = ctx.text("target-advice") },
            }
          end
        end
      end
    end
  end,
}
