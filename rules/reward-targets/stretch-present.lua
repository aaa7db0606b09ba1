local d = require("draft")
local r = require("reward")

return {
  id = "reward-targets.stretch-present",
  title = "Every stretch has a target date inside the period",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R05 (guidance-research.md, High): seed003 §5.1(iv) (ODPM asked Halton to 'give a view on the "
    .. "stretch performance with LPSA'); R20 (High), seed004 ('Where baselines remain to be determined, have "
    .. "targets and stretch been identified?'); the target date within the agreement's period (R05 'end of "
    .. "period', R55).",
  rationale = "The stretch with the agreement, and the date by which it is to be met, are what reward is "
    .. "paid against; a measure with a stretch but no date cannot be agreed (a missing stretch is "
    .. "reward-targets.levels-present's finding). Data published after the period ends "
    .. "can justify a later date, which is why a date outside the period is only a warning.",
  params = { "sign_off_stages" },
  messages = {
    ["no-target-date"] = {
      message = "{subject} does not give the date by which the stretch is to be achieved.",
      suggestion = "Give the date the stretch is to be reached by, normally the end of the agreement.",
    },
    ["date-outside-period"] = {
      message = "{subject} has a target date of {date}, outside the agreement's period ({start} to {finish}).",
      suggestion = "Set the target date within the period of the agreement, normally at its end. If the data for "
        .. "the final year are only published later, say so in the measure's definition.",
    },
    ["its-start"] = "its start",
    ["its-end"] = "its end",
  },
  check = function(draft, ctx)
    if not r.levels_expected(draft, ctx) then return end
    local period = json.type(draft.agreement.period) == "object" and draft.agreement.period or {}
    local start, finish = r.date(period.start), r.date(period["end"])
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      if r.in_play(m.node) then
        local name = d.subject(d.measure_label(target, ti, m, mi))
        local block = block_of(target)
        -- A missing stretch (and its date with it) is reward-targets.levels-present's finding.
        local stretch = r.number(r.field(m.node, "with_agreement", "value")) or r.relative_stretch(m)
        local date = r.date(m.node.target_date)
        if stretch and not date then
          ctx.report{
            node = m.node, block = block,
            severity = r.levels_next(draft, ctx) and "advice" or nil,
            messageId = "no-target-date", data = { subject = name },
          }
        elseif date and ((start and date < start) or (finish and date > finish)) then
          ctx.report{
            node = m.node, key = "target_date", block = block, severity = "warning",
            messageId = "date-outside-period",
            data = {
              subject = name, date = d.date_words(date),
              start = start and d.date_words(start) or ctx.text("its-start"),
              finish = finish and d.date_words(finish) or ctx.text("its-end"),
            },
          }
        end
      end
    end
  end,
}
