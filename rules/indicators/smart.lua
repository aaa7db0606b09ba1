local d = require("draft")
local ind = require("indicators")

local words = {
  unit = "what unit its figures are in",
  polarity = "whether a higher or a lower figure counts as improvement",
  geography = "what area the figures cover",
}

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
  params = { "banned_measures", "indicator_detail_error_stages", "vague_wording" },
  check = function(draft, ctx)
    local main = ind.late(ctx) and "error" or "warning"
    for _, s in ipairs(ind.open_subjects(draft, ctx)) do
      -- Reward measures are an error: their stretch cannot be judged without these.
      local severity = s.reward and "error" or main
      local section = s.reward and "reward-targets" or nil
      local home = s.indicator or s.node -- where the missing detail belongs
      local gaps = {}
      if d.is_blank(s.values.unit) then gaps[#gaps + 1] = "unit" end
      if d.is_blank(s.values.polarity) then gaps[#gaps + 1] = "polarity" end
      -- A measure has no geography of its own; it can only come from its indicator.
      if s.indicator and d.is_blank(s.indicator.geography) then gaps[#gaps + 1] = "geography" end
      local title = d.text(s.values.title)
      local vague = title and not title:find("%d") and not has_figure(s)
        and select(2, d.find_wording(title, ctx.params.vague_wording))
      if #gaps > 0 or vague then
        local said = {}
        for _, g in ipairs(gaps) do said[#said + 1] = words[g] end
        local msg = d.subject(s.name)
        if #said > 0 then msg = msg .. " does not say " .. d.join(said, "or") .. "." end
        if vague then
          msg = msg .. (#said > 0 and (" Its title says '" .. vague .. "', but it") or (" says '" .. vague .. "' but"))
            .. " gives no figure to aim for, so it is not yet measurable."
        end
        -- Only the area missing: good practice rather than a gap GO will raise.
        local minor = not vague and #gaps == 1 and gaps[1] == "geography"
        ctx.report{
          node = home, severity = minor and "advice" or severity, block = s.block, section = section,
          message = msg,
          suggestion = "Make each target specific and measurable: a figure in a stated unit (for example "
            .. "'% of pupils' or 'crimes per 1,000 population'), the year it is to be reached, the area "
            .. "it covers, and whether a higher or lower figure is better.",
        }
      end

      -- Each yearly target needs a year and a figure ("TBC" is no figure).
      for _, t in ipairs(s.indicator and d.list(s.indicator.targets) or {}) do
        if json.type(t) == "object" then
          local year = d.text(t.year)
          if not year or type(t.value) ~= "number" then
            local node, key = d.at(t, year and "value" or "year")
            ctx.report{
              node = node, key = key, severity = severity, block = s.block, section = section,
              message = string.format("%s has a target %s.", d.subject(s.name),
                year and ("for " .. year .. " with no figure") or "with no year"),
              suggestion = "Give every target as a figure in the indicator's unit, for a stated financial "
                .. "year (for example 2007/08).",
            }
          end
        end
      end
    end
  end,
}
