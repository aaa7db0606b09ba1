local d = require("draft")
local given = require("given")

return given.rule{
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
  messages = {
    ["no-priority"] = {
      message = "{subject} does not say which strategic priority it serves.",
      suggestion = "Link it to the strategic priorities it serves, so that the thread from priorities to "
        .. "outcomes can be followed. If it serves none of them, explain why it belongs in the agreement.",
    },
    ["no-priority-listed"] = {
      message = "{subject} does not say which strategic priority it serves, and the draft does not list its "
        .. "strategic priorities.",
      suggestion = "List the strategic priorities the agreement serves, each with the strategy it comes from, "
        .. "and link each outcome to the priorities it serves, so that the thread from priorities to outcomes "
        .. "can be followed.",
    },
  },
  given = "outcomes[*]",
  noun = "Outcome",
  must = {
    field = "priorities", test = "present",
    -- When the draft lists no priorities at all, the fix is to list them first.
    message = function(draft) return #d.list(draft.priorities) == 0 and "no-priority-listed" or "no-priority" end,
  },
}
