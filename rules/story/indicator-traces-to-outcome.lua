local given = require("given")

return given.rule{
  id = "story.indicator-traces-to-outcome",
  title = "Every indicator names the outcome it measures",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): seed004 (GOEM: external partners 'are finding it difficult "
    .. "to follow the thread from strategic priorities, to rationales for different themes, to outcomes and "
    .. "through to indicators'; key issue 'telling the story'). Links that name an id the draft does not "
    .. "define are reported by story.unknown-references instead.",
  rationale = "An indicator that measures no outcome breaks the thread from priorities to indicators: a "
    .. "reader cannot tell why it is in the agreement or what its target contributes to.",
  params = {},
  messages = {
    ["no-outcome"] = {
      message = "{subject} does not say which outcome it measures.",
      suggestion = "Link it to the outcome it measures, so that the thread runs from the strategic priority "
        .. "through the outcome to this indicator. If it measures none of the agreement's outcomes, consider "
        .. "whether the agreement needs it: partners can still track it for their own purposes.",
    },
  },
  given = "indicators[*]",
  noun = "Indicator",
  must = { field = "outcomes", test = "present", message = "no-outcome" },
}
