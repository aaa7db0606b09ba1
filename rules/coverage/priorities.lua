local cov = require("coverage")
local given = require("given")

return given.rule{
  id = "coverage.priorities",
  title = "The draft sets out its strategic priorities",
  section = "telling-the-story",
  severity = "error",
  kinds = { "laa", "lpsa2" },
  guidance = "R28 (guidance-research.md, High): every outcome traces to a strategic priority and every "
    .. "priority to its source strategy; R53 (High): LPSA2 priorities are evidenced from the Community "
    .. "Strategy or CPA plan, and the first stage of an LPSA2 negotiation agrees them (seed001 timetable; "
    .. "seed003 §3.1). A warning at the first draft, an error from the second (params "
    .. "coverage_warning_stages); an LPSA2 that gives its negotiation stage: an error at the priorities "
    .. "stage, when they are what is being agreed, and nothing later, when its targets carry them.",
  rationale = "The priorities are where the story starts; without them no outcome can be traced to a "
    .. "reason, and at an LPSA2's first stage there is nothing to agree.",
  params = { "coverage_warning_stages" },
  messages = {
    ["no-priorities"] = {
      message = "The draft does not yet set out its strategic priorities.",
      suggestion = "List the strategic priorities the agreement serves, each with the evidence for it (needs, "
        .. "performance data, consultation) and the Community Strategy or plan it comes from.",
    },
  },
  given = "",
  severity_by = function(draft, ctx) return cov.severity(draft, ctx, "priorities", "priorities") end,
  must = { field = "priorities", test = "entries", message = "no-priorities" },
}
