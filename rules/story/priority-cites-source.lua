local given = require("given")
local d = require("draft")
local prose = require("prose")

return given.rule{
  id = "story.priority-cites-source",
  title = "Every strategic priority cites the strategy it comes from",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): seed004 (the thread starts from the strategic priorities; "
    .. "GOEM noted that Appendix 5, the Shared Community Strategy Priorities, remained to be completed); "
    .. "seed001 §2.5 (link to the Community Strategy and CPA improvement plans); Hampshire 2004 ('This "
    .. "must be evidenced'). LPSA2's stricter test is lpsa2.priorities-evidenced (R53).",
  rationale = "A priority is credible when it comes from the area's agreed strategies, above all the "
    .. "Community Strategy; a priority that cites none reads as a choice made for the agreement alone.",
  params = { "strategy_wording", "negation_wording" },
  messages = {
    ["no-source"] = {
      message = "{subject} does not cite the strategy or plan it comes from.",
      suggestion = "Name the documents this priority is drawn from, above all the Community Strategy (and, for "
        .. "the council's part, the CPA improvement plan), and list them among the agreement's documents, so "
        .. "that the reader can see it is an agreed local priority.",
    },
  },
  given = "priorities[*]",
  -- Evidence that names the strategy ("Priority 1 of the Community Strategy") cites it in words.
  where = function(p, ctx)
    return not prose.find(d.text(p.evidence), ctx.params.strategy_wording, ctx.params.negation_wording)
  end,
  noun = "Priority",
  must = { field = "sources", test = "present", message = "no-source" },
}
