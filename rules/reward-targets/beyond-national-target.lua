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
  messages = {
    ["national-target-no-figure"] = {
      message = "{subject} refers to a national target{source} but does not give it as a figure, so the stretch "
        .. "cannot be compared with it.",
      suggestion = "Give the national target as the value it implies for this measure, in the same unit and for "
        .. "the same date as the stretch, so that the stretch beyond it is clear.",
    },
    ["quoted-source"] = " ('{source}')",
    ["not-beyond-national"] = {
      message = "{subject} has a stretch target of {stretch}, which does not go beyond the national target of "
        .. "{level}{source} ({better} is better).",
      suggestion = "Set the stretch beyond the national target, or explain why meeting the national target "
        .. "locally would itself be a stretch beyond the projection without the agreement.",
    },
    ["source"] = " ({source})",
  },
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
            messageId = "national-target-no-figure",
            data = { subject = name, source = source and ctx.text("quoted-source", { source = source }) or "" },
          }
        elseif stretch and s and (stretch - level) * s <= 0 then
          ctx.report{
            node = m.node, key = "with_agreement", block = block_of(target),
            messageId = "not-beyond-national",
            data = {
              subject = name, stretch = r.num(stretch), level = r.num(level), better = r.better_word(m.polarity),
              source = source and ctx.text("source", { source = source }) or "",
            },
          }
        end
      end
    end
  end,
}
