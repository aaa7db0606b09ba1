local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.beyond-national-target",
  title = "The stretch goes beyond any national target for the same measure",
  section = "reward-targets",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R19 (guidance-research.md, Medium): seed004 (Leicestershire's Safer block proposed a 6% reduction "
    .. "in re-offending against the Youth Justice Board's 5% as 'a stretch of 1% over the 5% reduction in "
    .. "re-offending national target').",
  rationale = "Reward is for performance beyond what would happen anyway, and a national target is part of "
    .. "what partners are already expected to deliver; GO will question a stretch that does not go beyond it, "
    .. "and cannot compare one with a national target given only in words.",
  params = {},
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local national = m.node.national_target
      if json.type(national) == "object" and not d.is_blank(national) then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        local source = d.text(national.source)
        local level = r.number(national.value)
        local stretch = r.number(r.field(m.node, "with_agreement", "value"))
        local s = r.sign(m.polarity)
        if not level then
          ctx.report{
            node = national, block = block_of(target), severity = "advice",
            message = name .. " refers to a national target" .. (source and (" ('" .. source .. "')") or "")
              .. " but does not give it as a figure, so the stretch cannot be compared with it.",
            suggestion = "Give the national target as the value it implies for this measure, in the same unit "
              .. "and for the same date as the stretch, so that the stretch beyond it is clear.",
          }
        elseif stretch and s and (stretch - level) * s <= 0 then
          ctx.report{
            node = m.node, key = "with_agreement", block = block_of(target),
            message = string.format("%s has a stretch target of %s, which does not go beyond the national target "
              .. "of %s%s (%s is better).", name, r.num(stretch), r.num(level),
              source and (" (" .. source .. ")") or "", r.better_word(m.polarity)),
            suggestion = "Set the stretch beyond the national target, or explain why meeting the national target "
              .. "locally would itself be a stretch beyond the projection without the agreement.",
          }
        end
      end
    end
  end,
}
