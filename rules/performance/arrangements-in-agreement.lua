local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

-- What "governance and accountability" needs at the least: who owns the agreement and how it is
-- organised, who sits on the board, and how decisions are taken.
-- The governance fields and the message naming each when it is missing.
local GOVERNANCE = { { "structure", "structure" }, { "board", "board" }, { "decision_making", "decision-making" } }

return {
  id = "performance.arrangements-in-agreement",
  title = "Governance, financial management and monitoring are set out in the agreement itself",
  section = "performance-management",
  severity = "warning",
  -- R43 is recorded for 2005-08 LAAs (funding.financial-management, performance.reporting-cadence and
  -- performance.underperformance rely on this rule when a whole section is missing).
  kinds = { "laa" },
  guidance = "R43 (guidance-research.md, High): seed004 (GOEM: 'We will need to be very clear in the "
    .. "agreement itself about Governance and accountability, financial management and monitoring "
    .. "arrangements (see page 10 of the LAA Guidance)'; key issue 'developing further details on "
    .. "performance management, monitoring and reporting arrangements'). Error from the penultimate "
    .. "draft (params sign_off_stages). A section written into the governance structure instead counts "
    .. "(money_management_wording, monitoring_wording).",
  rationale = "Government signs the agreement, not a delivery plan to follow, so who is accountable, how "
    .. "the money is managed and how performance is monitored must be written into it before sign-off.",
  params = { "sign_off_stages", "max_months_between_go_reports", "money_management_wording", "monitoring_wording",
    "negation_wording" },
  messages = {
    ["arrangements-missing"] = {
      message = "The draft does not yet set out {absent}.",
      suggestion = "Set out in the agreement itself the governance and accountability arrangements (the "
        .. "partnership that owns the agreement, its board, how decisions are taken and the role of the "
        .. "accountable body), the financial management arrangements (the financial protocol, who receives "
        .. "the money, variance reporting and who bears overspends), and how performance will be monitored "
        .. "and reported, including to us at least every {max_months} months and what happens when targets "
        .. "are missed. Principles to be worked out later in a delivery plan are not enough for sign-off.",
    },
    ["governance"] = "how it will be governed and who is accountable",
    ["money"] = "how the money will be managed",
    ["performance"] = "how performance will be monitored and reported",
    ["governance-gaps"] = {
      message = "The governance arrangements do not say {gaps}.",
      suggestion = "Say which partnership owns the agreement and answers for it, who sits on its board and how "
        .. "often it meets, and how decisions are taken, including on changes to pooled funding, so that "
        .. "accountability is clear in the agreement itself.",
    },
    ["structure"] = "who owns the agreement and how it is organised",
    ["board"] = "who sits on the board and how often it meets",
    ["decision-making"] = "how decisions are taken",
  },
  check = function(draft, ctx)
    local severity = a.late(ctx) and "error" or "warning"
    local gov = a.section(draft, "governance")
    local absent = {}
    if not gov then absent[#absent + 1] = ctx.text("governance") end
    -- A section left out but written into the governance structure ("quarterly variance reports;
    -- overspends stay with the recipient") is in the agreement all the same.
    local function written(wording)
      for _, v in pairs(gov or {}) do
        if prose.find(d.text(v), ctx.params[wording], ctx.params.negation_wording) then return true end
      end
      return false
    end
    if not a.section(draft, "financial_management") and not written("money_management_wording") then
      absent[#absent + 1] = ctx.text("money")
    end
    if not a.section(draft, "performance_management") and not written("monitoring_wording") then
      absent[#absent + 1] = ctx.text("performance")
    end
    if #absent > 0 then
      ctx.report{
        node = draft,
        severity = severity,
        messageId = "arrangements-missing",
        data = { absent = d.join(absent, "or"), max_months = ctx.params.max_months_between_go_reports },
      }
    end
    if gov then
      local gaps = a.missing(gov, GOVERNANCE)
      local words = {}
      for i, id in ipairs(gaps) do words[i] = ctx.text(id) end
      if #gaps > 0 then
        local node, key = a.at_missing(gov, GOVERNANCE)
        ctx.report{
          node = node, key = key,
          severity = severity,
          messageId = "governance-gaps", data = { gaps = d.join(words, "or") },
        }
      end
    end
  end,
}
