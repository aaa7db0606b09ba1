local d = require("draft")
local a = require("arrangements")

-- The fields of the arrangements, each with the message that names it when it is missing.
local FIELDS = {
  { "protocol", "protocol" }, { "recipients", "recipients" }, { "variance_reporting", "variance-reporting" },
  { "overspend", "overspend" },
}

return {
  id = "funding.financial-management",
  title = "Financial management arrangements are described",
  -- GOEM asks for financial management with governance and monitoring, under performance management.
  section = "performance-management",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R39 (guidance-research.md, Medium): seed004 App. 4 §24 (Leicestershire's principles of "
    .. "financial management: a protocol signed by first-level funding recipients, their accountability "
    .. "to the accountable body, variance reporting, responsibility for overspend) and report §21 ('A "
    .. "financial protocol to be signed by all first level recipients of funding is currently being "
    .. "finalised'). R39 asks for the protocol, variance reporting and overspend; the recipients' accountability "
    .. "is Leicestershire's own fourth principle, so its absence alone is advice.",
  rationale = "The accountable body answers for money that other partners spend, so the agreement needs to "
    .. "say on what terms they receive it, how variations are reported and who bears overspends. A draft "
    .. "with no financial management section at all is reported by performance.arrangements-in-agreement.",
  params = {},
  messages = {
    ["arrangements-incomplete"] = {
      message = "The financial management arrangements do not set out {gaps}.",
      suggestion = "Set out the financial protocol that every first-level recipient signs before funds are "
        .. "released, how recipients account to the accountable body for money they pass on, how and how often "
        .. "variations in spending are reported, and who bears overspends, losses and costs.",
    },
    ["protocol"] = "the financial protocol agreed with the bodies that receive funding",
    ["recipients"] = "who receives the money first and how they account for it",
    ["variance-reporting"] = "how variations in spending will be reported",
    ["overspend"] = "who bears overspends and losses",
  },
  check = function(draft, ctx)
    local fm = a.section(draft, "financial_management")
    if not fm then return end -- the whole section is missing: performance.arrangements-in-agreement says so
    local gaps = a.missing(fm, FIELDS)
    if #gaps == 0 then return end
    local words = {}
    for i, id in ipairs(gaps) do words[i] = ctx.text(id) end
    local node, key = a.at_missing(fm, FIELDS)
    ctx.report{
      node = node, key = key,
      severity = (#gaps == 1 and gaps[1] == "recipients") and "advice" or nil,
      messageId = "arrangements-incomplete", data = { gaps = d.join(words, "or") },
    }
  end,
}
