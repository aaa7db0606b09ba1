local d = require("draft")
local a = require("arrangements")

return {
  id = "partners.sustainability",
  title = "Sustainability and rural-proofing are considered",
  section = "sustainability",
  severity = "advice",
  kinds = { "laa" },
  guidance = "R51 (guidance-research.md, Low-Medium): seed004 (GOEM 'Sustainability': 'We understand that "
    .. "you will be carrying out a rural-proofing exercise. You may also wish to consider the Leicester LAA, "
    .. "which is regarded as a good practice example on considering sustainability issues'). Advice only, "
    .. "as the guidance itself was not read.",
  rationale = "Government Offices looked for sustainable development and rural needs to be considered across "
    .. "the blocks, and offered good-practice examples where they were not.",
  params = {},
  check = function(draft, ctx)
    local st = a.section(draft, "statements")
    local gaps = a.missing(st, {
      { "sustainability", "how sustainability was considered" },
      { "rural_proofing", "whether the agreement was rural-proofed" },
    })
    if #gaps == 0 then return end
    local asks = {}
    if d.is_blank(st and st.sustainability) then
      asks[#asks + 1] = "how the outcomes, targets and funding were checked for sustainability (for example "
        .. "against the regional sustainable development framework)"
    end
    if d.is_blank(st and st.rural_proofing) then
      asks[#asks + 1] = "whether and how the agreement was rural-proofed"
    end
    local node, key = d.at(draft, "statements")
    if st and #gaps == 1 then
      node, key = d.at(st, d.is_blank(st.sustainability) and "sustainability" or "rural_proofing")
    end
    ctx.report{
      node = node, key = key,
      message = "The draft does not say " .. d.join(gaps, "or") .. ".",
      suggestion = "Say " .. d.join(asks) .. ", and what changed as a result.",
    }
  end,
}
