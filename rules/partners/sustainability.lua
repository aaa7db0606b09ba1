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
  messages = {
    ["not-considered"] = {
      message = "The draft does not say {gaps}.",
      suggestion = "Say {asks}, and what changed as a result.",
    },
    ["sustainability-gap"] = "how sustainability was considered",
    ["rural-gap"] = "whether the agreement was rural-proofed",
    ["sustainability-ask"] = "how the outcomes, targets and funding were checked for sustainability (for example "
      .. "against the regional sustainable development framework)",
    ["rural-ask"] = "whether and how the agreement was rural-proofed",
  },
  check = function(draft, ctx)
    local st = a.section(draft, "statements")
    local gaps = a.missing(st, {
      { "sustainability", ctx.text("sustainability-gap") },
      { "rural_proofing", ctx.text("rural-gap") },
    })
    if #gaps == 0 then return end
    local asks = {}
    if d.is_blank(st and st.sustainability) then asks[#asks + 1] = ctx.text("sustainability-ask") end
    if d.is_blank(st and st.rural_proofing) then asks[#asks + 1] = ctx.text("rural-ask") end
    local node, key = d.at(draft, "statements")
    if st and #gaps == 1 then
      node, key = d.at(st, d.is_blank(st.sustainability) and "sustainability" or "rural_proofing")
    end
    ctx.report{
      node = node, key = key,
      messageId = "not-considered", data = { gaps = d.join(gaps, "or"), asks = d.join(asks) },
    }
  end,
}
