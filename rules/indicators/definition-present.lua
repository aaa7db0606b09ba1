local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

-- Lower case with runs of spaces and a final full stop dropped, to compare a definition with a title.
local function plain(s)
  return (s:lower():gsub("%s+", " "):gsub("^ ", ""):gsub("[ .]+$", ""))
end

return {
  id = "indicators.definition-present",
  title = "Every measure has a definition",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R30 (guidance-research.md, High): seed004 App. 4 (Leicestershire's own principle: "
    .. "'indicators/targets defined by metadata'); GOEM reward criteria ('Do the indicators work? ... Are "
    .. "they measurable?'); FABRIC 'well-defined'. A definition that only repeats the title counts as none. "
    .. "A measure only named, with no definition, data source (R10), unit or direction (R31), gets one finding "
    .. "to firm it up, as ODPM wrote to Halton (seed003 §5.1: 'firm up on the indicators').",
  rationale = "Without a definition nobody can be sure what the figures count, so baselines, targets and "
    .. "stretch cannot be agreed or later checked; a reward measure's definition is what reward is paid on.",
  params = { "banned_measures", "indicator_detail_error_stages", "sign_off_stages", "published_definition_wording",
    "undeveloped_wording", "thin_text_max_words" },
  messages = {
    ["no-definition"] = { message = "{subject} has no definition.{on}", suggestion = "{how}" },
    ["definition-repeats-title"] = {
      message = "{subject} has a definition that only repeats its title.",
      suggestion = "{how}",
    },
    ["definition-to-be-developed"] = {
      message = "{subject} has no definition yet: it says {quote}.{on}",
      suggestion = "{how}",
    },
    ["only-named"] = {
      message = "{subject} is only named so far: it has no definition, data source, unit or direction of "
        .. "improvement.",
      suggestion = "Firm up the measure: define exactly what is counted (the numerator and denominator, the unit, "
        .. "the period each year's figure covers and the area); say where the data come from, in what unit, and "
        .. "whether a higher or lower figure is better.{then_levels}",
    },
    ["then-levels"] = " Then give the baseline, the projection without the agreement and the stretch.",
    ["give-on-indicator"] = " Give it on indicator {indicator}.",
    ["it-links-to"] = "it links to",
    ["how"] = "Define exactly what is counted: the numerator and denominator, the unit, the period each year's "
      .. "figure covers and the area, so that anyone could count the same thing (for example 'Domestic burglaries "
      .. "recorded by the police in the financial year, per 1,000 households in the county').",
  },
  check = function(draft, ctx)
    local late = ind.late(ctx)
    for _, s in ipairs(ind.open_subjects(draft, ctx)) do
      local def, title = d.text(s.values.definition), d.text(s.values.title)
      local echo = def and title and plain(def) == plain(title)
      -- "To be developed further" written where the definition belongs is no definition.
      local thin = def and prose.thin(def, ctx.params.undeveloped_wording, ctx.params.thin_text_max_words)
      if thin then def = nil end
      if ind.unformed(s) and not ind.published(s, ctx.params.published_definition_wording) then
        -- Only a name so far: one finding to firm it up, as ODPM wrote to Halton, not one per gap.
        ctx.report{
          node = s.home,
          severity = (s.reward or late) and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = "only-named",
          data = { subject = ind.name_at(s, s.home), then_levels = s.reward and ctx.text("then-levels") or "" },
        }
      elseif (not def or echo) and not ind.published(s, ctx.params.published_definition_wording) then
        -- A missing definition belongs on the indicator when there is one; a copied title is
        -- pointed at where it is written.
        local node = (echo or thin) and s.from.definition or s.home
        ctx.report{
          node = node, key = (echo or thin) and "definition" or nil,
          -- Reward measures are an error: the definition is what the reward is paid on.
          severity = (s.reward or late) and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = echo and "definition-repeats-title" or thin and "definition-to-be-developed" or "no-definition",
          data = {
            subject = ind.name_at(s, node), how = ctx.text("how"), quote = thin and prose.quote(s.values.definition) or "",
            -- A measure's own thin definition: the indicator is where a definition belongs.
            on = (node ~= s.home and not echo) and ctx.text("give-on-indicator",
              { indicator = d.text(s.indicator.id) or ctx.text("it-links-to") }) or "",
          },
        }
      end
    end
  end,
}
