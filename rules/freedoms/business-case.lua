local d = require("draft")
local a = require("arrangements")

-- The parts of a business case, each with the message id of its words.
local FIELDS = { "barrier", "rule_to_change", "department", "benefit", "evidence", "risks" }

return {
  id = "freedoms.business-case",
  title = "Every freedom or flexibility request has a business case",
  section = "freedoms-and-flexibilities",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R40 (guidance-research.md, High): seed004 (GOEM key issue 'developing business cases for "
    .. "priority freedoms and flexibilities'; 'more work would need to be done on most of the proposed "
    .. "freedoms and flexibilities for us to begin to consider them'; Nottinghamshire's draft cited for its "
    .. "business cases; Leicestershire's Older People request '(To be developed further)'). Error from the "
    .. "penultimate draft (params sign_off_stages); advice while an LPSA2 is still agreeing priorities (seed001's "
    .. "staged negotiation).",
  rationale = "Government departments decide on a request from its business case; without one the "
    .. "Government Office cannot begin to negotiate it, and a request still undeveloped by the penultimate "
    .. "draft cannot be agreed in time for sign-off.",
  params = { "sign_off_stages" },
  messages = {
    ["undeveloped"] = { message = "{subject}{state}{case}", suggestion = "{how} {hurry}" },
    ["business-case-gaps"] = { message = "The business case for {subject} does not give {gaps}.", suggestion = "{how}" },
    ["still-an-idea"] = " is still an idea",
    ["to-be-developed"] = " is marked as still to be developed",
    ["only-a-title"] = " is only a title",
    ["no-business-case"] = ", with no business case.",
    ["full-stop"] = ".",
    ["case-lacks"] = ": its business case does not yet give {gaps}.",
    ["barrier"] = "the barrier it would remove",
    ["rule-to-change"] = "the rule or regulation to be relaxed",
    ["department"] = "the department or agency that owns it",
    ["benefit"] = "the expected benefit",
    ["evidence"] = "the evidence for it",
    ["risks"] = "the risks",
    ["how"] = "Set out a business case: the barrier, the rule or regulation to be relaxed and the department or "
      .. "agency that owns it, exactly what is asked, the expected benefit, the evidence and the risks.",
    ["hurry"] = "The later we receive the details, the less chance we have of gaining agreement from government "
      .. "departments in time for sign-off.",
  },
  check = function(draft, ctx)
    local late = a.late(ctx)
    -- LPSA2 negotiation agrees priorities first (seed001's timetable): at that stage a freedom is
    -- rightly still an idea, so gaps are only advice.
    local early = d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) == "priorities"
    local block_of = d.block_finder(draft)
    local fields = {}
    for i, f in ipairs(FIELDS) do fields[i] = { f, ctx.text((f:gsub("_", "-"))) } end
    for _, f in ipairs(d.list(draft.freedoms)) do
      if a.open_freedom(f) then
        local name = d.subject(d.label(f, "Freedom or flexibility"))
        local bc = a.section(f, "business_case")
        local gaps = a.missing(bc, fields)
        if a.undeveloped(f) then
          ctx.report{
            node = f, key = (f.status == "idea" or f.status == "to_be_developed") and "status" or nil,
            severity = early and "advice" or late and "error" or "warning",
            block = block_of(f),
            messageId = "undeveloped",
            data = {
              subject = name,
              state = ctx.text(f.status == "idea" and "still-an-idea" or f.status == "to_be_developed"
                and "to-be-developed" or "only-a-title"),
              case = not bc and ctx.text("no-business-case") or #gaps == 0 and ctx.text("full-stop")
                or ctx.text("case-lacks", { gaps = d.join(gaps, "or") }),
              how = ctx.text("how"), hurry = ctx.text("hurry"),
            },
          }
        elseif #gaps > 0 then
          local node, key = a.at_missing(bc, fields)
          ctx.report{
            node = node, key = key,
            severity = early and "advice" or "warning",
            block = block_of(f),
            messageId = "business-case-gaps",
            data = { subject = d.subject(d.label(f, "freedom or flexibility")), gaps = d.join(gaps, "or"), how = ctx.text("how") },
          }
        end
      end
    end
  end,
}
