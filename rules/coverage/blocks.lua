local cov = require("coverage")
local given = require("given")

return given.rule{
  id = "coverage.blocks",
  title = "The draft sets out its blocks or themes",
  section = "telling-the-story",
  severity = "error",
  -- A 2005-08 LAA is organised in blocks (or the area's own themes); an LPSA2 has none, and a
  -- 2008-11 LAA may be organised around its designated targets alone.
  kinds = { "laa" },
  guidance = "R28, R29 (guidance-research.md, High, Medium): every outcome belongs to a block or theme "
    .. "and every block has a commentary; seed004 (GOEM: 'the thread from strategic priorities, to "
    .. "rationales for different themes, to outcomes'). A warning at the first draft, an error from the "
    .. "second (params coverage_warning_stages).",
  rationale = "The blocks carry the story from the area's priorities to its outcomes, and the Government "
    .. "Office comments block by block; without them the draft has no structure to assess.",
  params = { "coverage_warning_stages" },
  messages = {
    ["no-blocks"] = {
      message = "The draft does not yet set out its blocks or themes.",
      suggestion = "Set out the blocks (Children and Young People; Safer and Stronger Communities; Healthier "
        .. "Communities and Older People; Economic Development and Enterprise) or the area's own themes, "
        .. "each with a commentary on why its outcomes were chosen and how they will be delivered.",
    },
  },
  given = "",
  severity_by = function(draft, ctx) return cov.severity(draft, ctx) end,
  must = { field = "blocks", test = "entries", message = "no-blocks" },
}
