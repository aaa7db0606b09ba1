local given = require("given")

return given.rule{
  id = "partners.vcs-statement",
  title = "The draft has a statement on VCS involvement",
  section = "vcs-involvement",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R49 (guidance-research.md, Medium-High): seed004 (GOEM 'VCS involvement': 'The Statement on "
    .. "VCS involvement now sets out broadly how some VCS organisations have been involved in the shaping "
    .. "of priorities'; Leicestershire's Appendix 4 statement).",
  rationale = "The voluntary and community sector is expected to help shape the agreement and to deliver "
    .. "parts of it; the statement shows how it was involved and what part it will play.",
  params = {},
  messages = {
    ["no-vcs-statement"] = {
      message = "The draft has no statement on how the voluntary and community sector helped shape the "
        .. "agreement and will help deliver it.",
      suggestion = "Add a statement on VCS involvement: how voluntary and community organisations took part in "
        .. "choosing the priorities, how the sector is represented on the partnership and the block "
        .. "partnerships, what it will deliver, and what support will help organisations bid for contracts.",
    },
  },
  given = "statements",
  must = { field = "vcs", test = "present", message = "no-vcs-statement" },
}
