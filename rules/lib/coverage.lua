-- The severity of a section the guidance expects, for the rules in rules/coverage (declared with
-- given.rule, whose `severity_by` this is): `local cov = require("coverage")`. Each of those rules asks
-- whether one such section is there at all at the draft's stage; the other rules judge what a section
-- says, and say nothing when it is absent.
local d = require("draft")
local M = {}

-- The LPSA2 negotiation stage (priorities, measures or target_levels), or nil.
function M.negotiation_stage(draft)
  if json.type(draft.submission) ~= "object" then return nil end
  return d.text(draft.submission.negotiation_stage)
end

-- The severity of a missing section, or nil when it is not expected yet. A warning at the stages
-- listed in the parameter `coverage_warning_stages` (the first draft) and an error at any other,
-- including a draft that does not say its stage: nothing in it shows that it is early. An LPSA2
-- that gives its negotiation stage is judged by that instead: the section is expected, as an
-- error, from the stage named `from` (priorities, measures, target_levels) on, and before it not
-- at all; `until_stage`, when given, is the last stage at which it is expected.
local ORDER = { priorities = 1, measures = 2, target_levels = 3 }

function M.severity(draft, ctx, from, until_stage)
  local negotiating = ctx.kind == "lpsa2" and ORDER[M.negotiation_stage(draft)]
  if negotiating then
    if negotiating < ORDER[from or "priorities"] then return nil end
    if until_stage and negotiating > ORDER[until_stage] then return nil end
    return "error"
  end
  return d.contains(ctx.params.coverage_warning_stages, ctx.stage) and "warning" or "error"
end

return M
