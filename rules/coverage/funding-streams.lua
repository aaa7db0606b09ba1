local given = require("given")

return given.rule{
  id = "coverage.funding-streams",
  title = "The draft sets out the funding streams that support it",
  section = "funding-streams",
  severity = "warning",
  -- 2005-08 LAAs only, as rules/funding: LPSA2 has no funding streams, and a 2008-11 LAA's money came
  -- mostly through the Area Based Grant.
  kinds = { "laa" },
  guidance = "R34, R35 (guidance-research.md, High): every funding stream is pooled or aligned, with its "
    .. "owner and amounts; seed004 (GOEM key issue 'agreeing funding streams and whether these will be "
    .. "pooled or aligned'; 'We will need to have these details as soon as possible in order to negotiate "
    .. "pooling'). A warning until the draft must be effectively agreed, an error from then (params "
    .. "sign_off_stages).",
  rationale = "The Government Office negotiates pooling with the departments that own each stream, so it "
    .. "needs to know early which streams the agreement will draw on.",
  params = { "sign_off_stages" },
  messages = {
    ["no-funding-streams"] = {
      message = "The draft does not yet identify the funding streams that will support the agreement.",
      suggestion = "List the funding streams partners propose to bring into the agreement, with the department or "
        .. "agency that owns each, the amount for each year and whether it will be pooled or aligned.",
    },
  },
  given = "",
  must = { field = "funding_streams", test = "present", message = "no-funding-streams" },
  escalate = { stages = "sign_off_stages", to = "error" },
}
