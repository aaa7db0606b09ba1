local d = require("draft")
local given = require("given")

return given.rule{
  id = "lpsa2.excluded-priorities",
  title = "An LPSA2 priorities submission says why obvious candidate priorities were left out",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2" },
  guidance = "R54 (guidance-research.md, Medium): seed001 §2.11 (Derby, following the ODPM guidance: "
    .. "'The submission should explain why we have chosen these target areas and also why we have not "
    .. "included areas that might otherwise have been priorities'); seed000 §15 (Sheffield explains why "
    .. "economic development is left out).",
  rationale = "Government compares the chosen priorities with what it knows of the area: explaining why an "
    .. "obvious candidate was left out (because other plans already cover it, or it does not suit outcome "
    .. "targets) shows that the choice was deliberate. Once priorities are agreed and negotiation has "
    .. "moved to measures, the question no longer arises.",
  params = {},
  messages = {
    ["no-excluded-priorities"] = {
      message = "The submission does not say why obvious candidate priorities were left out.",
      suggestion = "Add a short explanation of the areas that might have been expected among the priorities but "
        .. "were not chosen, and why (for example, that other plans already address them, or that they do not "
        .. "lend themselves to outcome targets), as Sheffield did for economic development.",
    },
  },
  unless = function(draft)
    local stage = json.type(draft.submission) == "object" and d.value(draft.submission.negotiation_stage)
    -- Only a draft that proposes priorities can be asked what it left out.
    return (stage and stage ~= "priorities") or (#d.list(draft.priorities) == 0 and #d.list(draft.outcomes) == 0)
  end,
  given = "narrative", -- no narrative at all: the finding points at the draft as a whole
  must = { field = "excluded_priorities", test = "present", message = "no-excluded-priorities" },
}
