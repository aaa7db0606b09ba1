local d = require("draft")
local a = require("arrangements")

return {
  id = "performance.risk-management",
  title = "A risk management approach is described",
  section = "performance-management",
  severity = "advice",
  kinds = { "laa" },
  guidance = "R47 (guidance-research.md, Low-Medium): seed004 App. 4 §25 (Leicestershire's principles of "
    .. "risk management: 'A risk management framework will be developed and a risk log maintained. High "
    .. "level risks will be reported to the LAA steering group'). Only Leicestershire's own proposal "
    .. "supports it, so it is advice; no risk management at all in an agreement being signed or refreshed "
    .. "is a warning (risk_warning_stages, ours).",
  rationale = "Risks to outcomes, reward targets and pooled money are shared between partners; a framework, "
    .. "a risk log and a route for escalating high risks show who is watching them.",
  params = { "risk_warning_stages" },
  messages = {
    ["no-risk-management"] = {
      message = "The draft does not say how risks to the outcomes, targets and funding will be managed.",
      suggestion = "Describe the risk management framework the partnership will use, confirm that a risk log "
        .. "will be kept, and say how high risks will be escalated and to whom.",
    },
    ["risk-management-gaps"] = {
      message = "The risk management arrangements do not give {gaps}.",
      suggestion = "Say which risk management framework applies, keep a risk log of the risks to each outcome "
        .. "and reward target with owners and mitigating actions, and say how high risks reach the board.",
    },
    ["framework"] = "the risk management framework",
    ["escalation"] = "how high risks are escalated",
    ["no-risk-log"] = "a risk log (it says none is kept)",
    ["risk-log-unsaid"] = "whether a risk log is kept",
  },
  check = function(draft, ctx)
    local rm = a.section(draft, "risk_management")
    if not rm then
      ctx.report{
        node = draft,
        severity = d.contains(ctx.params.risk_warning_stages, ctx.stage) and "warning" or nil,
        messageId = "no-risk-management",
      }
      return
    end
    local gaps = a.missing(rm, { { "framework", ctx.text("framework") }, { "escalation", ctx.text("escalation") } })
    if rm.risk_log == false then
      gaps[#gaps + 1] = ctx.text("no-risk-log")
    elseif rm.risk_log ~= true then
      gaps[#gaps + 1] = ctx.text("risk-log-unsaid")
    end
    if #gaps == 0 then return end
    ctx.report{
      node = rm,
      messageId = "risk-management-gaps", data = { gaps = d.join(gaps, "or") },
    }
  end,
}
