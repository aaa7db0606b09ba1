local given = require("given")

return given.rule{
  id = "coverage.freedoms",
  title = "The draft says which freedoms and flexibilities it requests",
  section = "freedoms-and-flexibilities",
  severity = "advice",
  -- Advice at every stage: an agreement need request no freedom, but a request made late is
  -- unlikely to be agreed in time.
  kinds = { "laa" },
  guidance = "R40, R41 (guidance-research.md, High, Medium): seed004 (GOEM: 'The later we receive details "
    .. "of requests, the less chance we will have to gain agreement from central Government departments "
    .. "in time for sign off').",
  rationale = "Freedoms and flexibilities are optional, so their absence is not a gap; but a partnership "
    .. "that will want one should say so early, and the letter must not praise a section the draft leaves empty.",
  params = {},
  messages = {
    ["no-freedoms"] = {
      message = "The draft requests no freedoms or flexibilities.",
      suggestion = "If partners will need any freedom or flexibility to deliver the outcomes, send us the business case "
        .. "now: the later we receive a request, the less chance we have of agreeing it with the department "
        .. "concerned in time for sign-off.",
    },
  },
  given = "",
  must = { field = "freedoms", test = "present", message = "no-freedoms" },
}
