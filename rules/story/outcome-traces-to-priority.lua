local d = require("draft")
local story = require("story")

return {
  id = "story.outcome-traces-to-priority",
  title = "Every outcome names the strategic priority it serves",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): seed004 (GOEM: partners find it 'difficult to follow the "
    .. "thread from strategic priorities ... to outcomes'); seed001 §2.5 (LPSA2 targets 'should be "
    .. "clearly linked to priorities, in particular the Community Strategy and CPA improvement plans'). "
    .. "Priority ids the draft does not define are reported by story.unknown-references instead.",
  rationale = "The strategic priorities are the start of the story: an outcome that serves none of them "
    .. "looks like an add-on, and the reviewer cannot see why the partnership chose it.",
  params = {},
  check = function(draft, ctx)
    -- When the draft lists no priorities at all, the fix is to list them first.
    local none_listed = #d.list(draft.priorities) == 0
    story.report_missing_links(ctx, {
      list = draft.outcomes, noun = "Outcome", field = "priorities",
      block_of = d.block_finder(draft),
      message = function(name)
        return name .. " does not say which strategic priority it serves"
          .. (none_listed and ", and the draft does not list its strategic priorities." or ".")
      end,
      suggestion = none_listed
        and "List the strategic priorities the agreement serves, each with the strategy it comes from, "
          .. "and link each outcome to the priorities it serves, so that the thread from priorities to "
          .. "outcomes can be followed."
        or "Link it to the strategic priorities it serves, so that the thread from priorities to outcomes "
          .. "can be followed. If it serves none of them, explain why it belongs in the agreement.",
    })
  end,
}
