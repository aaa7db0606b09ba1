local d = require("draft")

-- The plans an LPSA2 priority is expected to come from, and what to call them.
-- The document types a priority should come from.
local PLANS = { community_strategy = true, cpa_improvement_plan = true }

return {
  id = "lpsa2.priorities-evidenced",
  title = "Each LPSA2 priority comes from the Community Strategy or CPA plan, with local performance data",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2" },
  guidance = "R53 (guidance-research.md, High): seed001 §2.5 (LPSA2 'targets should be clearly linked to "
    .. "priorities, in particular the Community Strategy and CPA improvement plans'); seed001 §2.13 (GOEM "
    .. "and ODPM will ask: 'Are our priorities for LPSA2 well based and show an understanding of local "
    .. "needs and improvement priorities?'); Hampshire 2004 ('This must be evidenced'). A priority that "
    .. "cites no document at all is story.priority-cites-source's finding.",
  rationale = "LPSA2 targets are set locally, so government looks for evidence that each priority is the "
    .. "area's own and rests on a real need: drawn from the Community Strategy or the CPA improvement "
    .. "plan, and backed by local performance data. This is judged while priorities are being agreed.",
  params = {},
  messages = {
    ["not-from-plan"] = {
      message = "{subject} cites local documents, but neither the Community Strategy nor the CPA improvement "
        .. "plan.",
      suggestion = "Show where the priority sits in the Community Strategy or the CPA improvement plan (and list "
        .. "that document with its type), or explain why an LPSA2 priority is drawn from elsewhere.",
    },
    ["no-performance-data"] = {
      message = "{subject} gives evidence, but no local performance data.",
      suggestion = "{advice}",
    },
    ["no-evidence"] = {
      message = "{subject} gives no evidence or local performance data for why it is a priority.",
      suggestion = "{advice}",
    },
    ["data-advice"] = "Give the local performance data that show the need, for example current performance "
      .. "against comparable areas or the trend over recent years, so that government can see the priority is "
      .. "well based and where stretch is possible.",
  },
  check = function(draft, ctx)
    -- The evidence is judged when priorities are proposed; once government has agreed them and
    -- negotiation has moved on to measures, it is no longer asked for.
    local stage = json.type(draft.submission) == "object" and d.value(draft.submission.negotiation_stage)
    if stage and stage ~= "priorities" then return end
    local docs = d.index_by_id(json.type(draft.agreement) == "object" and draft.agreement.documents or nil)
    for _, priority in ipairs(d.list(draft.priorities)) do
      if json.type(priority) == "object" then
        local name = d.subject(d.label(priority, "Priority"))
        -- Only priorities that cite documents the draft lists: citing none, or only unknown ids,
        -- is reported by story.priority-cites-source and story.unknown-references.
        local cited, from_plan = 0, false
        for _, id in ipairs(d.list(priority.sources)) do
          local doc = docs[id]
          if doc then
            cited = cited + 1
            if PLANS[doc.type] then from_plan = true end
          end
        end
        if cited > 0 and not from_plan then
          ctx.report{
            node = priority, key = "sources",
            messageId = "not-from-plan", data = { subject = name },
          }
        end
        if d.is_blank(priority.performance_data) then
          local evidenced = not d.is_blank(priority.evidence)
          local node, key = d.at(priority, "performance_data")
          ctx.report{
            node = node, key = key,
            severity = evidenced and "advice" or "warning",
            messageId = evidenced and "no-performance-data" or "no-evidence",
            data = { subject = name, advice = ctx.text("data-advice") },
          }
        end
      end
    end
  end,
}
