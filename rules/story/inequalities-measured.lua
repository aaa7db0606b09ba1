local d = require("draft")

-- The first indicator breakdown that reads as a breakdown by place, or nil.
local function by_area(breakdowns, wording)
  for _, b in ipairs(breakdowns) do
    if d.find_wording(b, wording) then return b end
  end
  return nil
end

return {
  id = "story.inequalities-measured",
  title = "An aim to narrow gaps is backed by an indicator broken down by area or group",
  section = "telling-the-story",
  severity = "advice",
  kinds = { "laa", "laa2008" },
  guidance = "R33 (guidance-research.md, Medium): seed004 (GOEM: 'you state (page 6) that reducing "
    .. "inequalities is a central theme of the LAA ... we wonder whether more could be made of this "
    .. "theme'; Leicestershire's report §19: GOEM 'commented that the proposals for geographical "
    .. "targeting should be drawn out more'). What counts as a breakdown by place is params "
    .. "area_breakdown_wording, our own word list.",
  rationale = "A claim to narrow the gap between places or groups can only be shown if some indicator is "
    .. "measured for those places or groups; otherwise the agreement's headline figures can improve "
    .. "while the gap stays the same.",
  params = { "area_breakdown_wording" },
  messages = {
    ["gap-not-measured"] = {
      message = "The draft aims to narrow gaps between places or groups, but none of its indicators is broken "
        .. "down by area or group, so progress on the gap will not be visible.",
      suggestion = "Measure at least the key indicators separately for the neighbourhoods or groups the "
        .. "agreement targets (for example the priority neighbourhoods against the rest of the area), and say "
        .. "so in each indicator's breakdown.",
    },
    ["areas-not-measured"] = {
      message = "The draft targets particular areas, but its indicators are broken down only by group (for "
        .. "example '{breakdown}'), not for the areas it targets.",
      suggestion = "Draw out the geographical targeting: name the areas, and measure at least the key "
        .. "indicators for them separately, so that the narrowing of the gap can be shown.",
    },
  },
  check = function(draft, ctx)
    local narrative = draft.narrative
    if json.type(narrative) ~= "object" then return end
    local aim = d.value(narrative.inequalities) and "inequalities"
      or d.value(narrative.geographic_targeting) and "geographic_targeting"
    if not aim then return end

    local breakdowns = {}
    for _, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" and type(ind.breakdown) == "string" and d.text(ind.breakdown) then
        breakdowns[#breakdowns + 1] = ind.breakdown
      end
    end
    if #breakdowns == 0 then
      ctx.report{
        node = narrative, key = aim,
        messageId = "gap-not-measured",
      }
      return
    end
    -- Groups are measured, but a draft that targets places should also measure those places.
    local wording = d.wording_of(ctx.params.area_breakdown_wording)
    if d.value(narrative.geographic_targeting) and not by_area(breakdowns, wording) then
      ctx.report{
        node = narrative, key = "geographic_targeting",
        messageId = "areas-not-measured", data = { breakdown = breakdowns[1] },
      }
    end
  end,
}
