local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

return {
  id = "partners.sustainability",
  title = "Sustainability and rural-proofing are considered",
  section = "sustainability",
  severity = "advice",
  kinds = { "laa" },
  guidance = "R51 (guidance-research.md, Low-Medium): seed004 (GOEM 'Sustainability': 'We understand that "
    .. "you will be carrying out a rural-proofing exercise. You may also wish to consider the Leicester LAA, "
    .. "which is regarded as a good practice example on considering sustainability issues'). Advice only, "
    .. "as the guidance itself was not read; a warning when the draft says it has not been considered (not_done_wording), "
    .. "since GOEM raised that.",
  rationale = "Government Offices looked for sustainable development and rural needs to be considered across "
    .. "the blocks, and offered good-practice examples where they were not.",
  params = { "not_done_wording" },
  messages = {
    ["not-considered"] = {
      message = "The draft does not say {gaps}.",
      suggestion = "Say {asks}, and what changed as a result.",
    },
    ["said-not-considered"] = {
      message = "The draft says it has not yet considered {topics}: {quote}.",
      suggestion = "Say {asks}, and what changed as a result.",
    },
    ["sustainability-topic"] = "sustainability",
    ["rural-topic"] = "rural-proofing",
    ["sustainability-gap"] = "how sustainability was considered",
    ["rural-gap"] = "whether the agreement was rural-proofed",
    ["sustainability-ask"] = "how the outcomes, targets and funding were checked for sustainability (for example "
      .. "against the regional sustainable development framework)",
    ["rural-ask"] = "whether and how the agreement was rural-proofed",
  },
  check = function(draft, ctx)
    local st = a.section(draft, "statements")
    -- A statement that says it has not been done ("Not yet considered.") is the gap, admitted: a warning.
    local admitted, quote = {}, nil
    local function gap(field, short)
      local text = st and d.text(st[field])
      local _, sentence = prose.find(text, ctx.params.not_done_wording)
      if sentence then
        admitted[#admitted + 1] = ctx.text(short .. "-topic")
        quote = quote or prose.quote(sentence)
        return true
      end
      return d.is_blank(st and st[field])
    end
    local gaps, asks, fields = {}, {}, {}
    for _, f in ipairs({ { "sustainability", "sustainability" }, { "rural_proofing", "rural" } }) do
      if gap(f[1], f[2]) then
        gaps[#gaps + 1] = ctx.text(f[2] .. "-gap")
        asks[#asks + 1] = ctx.text(f[2] .. "-ask")
        fields[#fields + 1] = f[1]
      end
    end
    if #gaps == 0 then return end
    local node, key = d.at(draft, "statements")
    if st and #gaps == 1 then node, key = d.at(st, fields[1]) end
    ctx.report{
      node = node, key = key,
      severity = #admitted > 0 and "warning" or nil,
      messageId = #admitted > 0 and "said-not-considered" or "not-considered",
      data = { gaps = d.join(gaps, "or"), asks = d.join(asks), topics = d.join(admitted, "or"), quote = quote },
    }
  end,
}
