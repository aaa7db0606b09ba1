local d = require("draft")
local ind = require("indicators")

return {
  id = "indicators.lead-partner",
  title = "Every outcome and indicator has a lead partner, and every indicator a responsible officer",
  section = "indicators",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R32 (guidance-research.md, Medium): FABRIC 'attributable'; seed004 App. 4 (Leicestershire's "
    .. "principle: 'local partners are clear what outcomes/indicators they are responsible for', 'responsible "
    .. "officers are clearly identified'). R45 (High): seed004 App. 4; Bracknell (lead partner marked). The "
    .. "responsible officer may be left to the delivery plan (seed004 §6), so its absence alone is advice; "
    .. "a reward target's own lead partner (R21) is for the reward-target rules, and a lead partner that is "
    .. "not among the partners for story.unknown-references.",
  rationale = "A target no partner answers for is a target nobody will act on; GO needs to see who leads "
    .. "each outcome and indicator before it can agree them.",
  params = { "indicator_detail_error_stages", "published_definition_wording" },
  messages = {
    ["outcome-no-lead"] = {
      message = "{subject} does not name a lead partner.",
      suggestion = "Name the partner that leads on the outcome, so that it is clear who co-ordinates the partners' "
        .. "contributions to it.",
    },
    ["no-lead-or-officer"] = { message = "{subject} names neither a lead partner nor a responsible officer.", suggestion = "{who}" },
    ["no-officer"] = { message = "{subject} does not name a responsible officer.", suggestion = "{who}" },
    ["no-lead"] = { message = "{subject} does not name a lead partner.", suggestion = "{who}" },
    ["who"] = "Name the partner that leads on it, from the partners listed in the agreement, and the post "
      .. "responsible for it (a post, such as 'Head of Community Safety, Leicestershire Constabulary', survives "
      .. "staff changes), so that partners are clear which outcomes and indicators they answer for.",
  },
  check = function(draft, ctx)
    if ind.before_measures(draft, ctx) then return end
    local main = ind.late(ctx) and "error" or "warning"

    -- Outcomes one of whose indicators names a lead partner have an evident lead.
    local led = {}
    for _, i in ipairs(d.list(draft.indicators)) do
      if json.type(i) == "object" and d.value(i.lead_partner) then
        for _, o in ipairs(d.list(i.outcomes)) do led[o] = true end
      end
    end
    local block_of = d.block_finder(draft)
    for _, o in ipairs(d.list(draft.outcomes)) do
      if json.type(o) == "object" then
        local name = d.label(o, "Outcome")
        if d.is_blank(o.lead_partner) and not led[o.id] then
          ctx.report{
            node = o, severity = "advice", block = block_of(o),
            messageId = "outcome-no-lead", data = { subject = d.subject(name) },
          }
        end
      end
    end

    -- Indicators, each once: those serving as reward measures are filed under reward targets, and
    -- may take their lead partner from the reward target.
    local seen = {}
    for _, s in ipairs(ind.subjects(draft, ctx)) do
      local i = s.indicator
      local key = i and (d.text(i.id) or s.name) -- proxies are fresh on each access: key by id
      -- One only named is asked to be firmed up first (indicators.definition-present), in one finding.
      if i and not s.settled and not seen[key] and not (not s.reward and ind.only_named(i, ctx.params.published_definition_wording)) then
        seen[key] = true
        local section = s.reward and "reward-targets" or nil
        local lead = d.value(i.lead_partner) or (s.reward and d.value(s.target.lead_partner))
          -- A 2008-11 designated target without one is reported by laa2008.lead-partner (R65).
          or (ctx.kind == "laa2008" and i.kind == "designated")
        local officer = d.value(i.responsible_officer)
        if not lead or not officer then
          ctx.report{
            node = i, block = s.block, section = section,
            severity = lead and "advice" or main,
            messageId = not lead and not officer and "no-lead-or-officer" or lead and "no-officer" or "no-lead",
            data = { subject = ind.name_at(s, i), who = ctx.text("who") },
          }
        end
      end
    end
  end,
}
