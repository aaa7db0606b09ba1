local a = require("arrangements")
local given = require("given")

return given.rule{
  id = "performance.underperformance",
  title = "A process for tackling under-performance is described",
  section = "performance-management",
  severity = "warning",
  kinds = { "laa", "laa2008" },
  guidance = "R46 (guidance-research.md, Medium): seed004 App. 4 §23 ('There will be a clear process for "
    .. "addressing failure; improvement plan triggered through Leicestershire Together'); RegenWM 2006 "
    .. "('intervention strategies for underperformance').",
  rationale = "Government agrees targets on the understanding that the partnership will notice and act when "
    .. "they slip; without a trigger, an escalation route and an improvement plan, a missed target is "
    .. "found only at the end.",
  params = {},
  messages = {
    ["no-underperformance-process"] = {
      message = "The draft does not say what will happen when performance falls behind: what triggers action, "
        .. "how it is escalated and who agrees an improvement plan.",
      suggestion = "Describe the process for tackling under-performance: the trigger (for example an indicator "
        .. "off its trajectory for two quarters, or an interim target at risk), who is told, who agrees an "
        .. "improvement plan and by when, and what the partnership can do if performance does not recover, "
        .. "such as redirecting pooled funding.",
    },
  },
  -- In a 2005-08 LAA a missing section is reported by performance.arrangements-in-agreement.
  unless = function(draft, ctx) return ctx.kind == "laa" and not a.section(draft, "performance_management") end,
  given = "performance_management",
  must = { field = "underperformance", test = "present", message = "no-underperformance-process" },
}
