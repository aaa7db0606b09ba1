local given = require("given")

return given.rule{
  id = "story.outcome-traces-to-block",
  title = "Every outcome belongs to a block or theme",
  section = "telling-the-story",
  severity = "warning",
  -- An LPSA2 has no blocks; a single-pot LAA is left out in check.
  kinds = { "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): seed004 (GOEM key issue 'strengthening the links between "
    .. "strategic priorities, rationale, outcomes and indicators across the blocks'; the thread runs "
    .. "'to rationales for different themes, to outcomes'). An outcome whose block id is not defined is "
    .. "reported by story.unknown-references instead.",
  rationale = "Each block's rationale explains why its outcomes were chosen, and funding, reward targets "
    .. "and freedoms are organised by block; an outcome in no block has no rationale behind it and no "
    .. "place in the block templates.",
  params = {},
  messages = {
    ["no-block"] = {
      message = "{subject} is not placed in any block or theme.",
      suggestion = "Say which block or theme it belongs to, and make sure that block's commentary explains why "
        .. "the outcome was chosen.",
    },
  },
  unless = function(draft)
    return json.type(draft.agreement) == "object" and draft.agreement.structure == "single_pot"
  end,
  given = "outcomes[*]",
  noun = "Outcome",
  must = { field = "block", test = "present", message = "no-block" },
}
