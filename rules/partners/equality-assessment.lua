local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

return {
  id = "partners.equality-assessment",
  title = "An equality impact assessment is done or planned, and BME impacts are considered",
  section = "equality-and-diversity",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R50 (guidance-research.md, Medium): seed004 (GOEM 'Equality and diversity': 'more work will "
    .. "be done to consider the impact of LAA outcomes in relation to BME and other minority groups'; the "
    .. "general duty to promote race equality; report §22: 'It will be subject to an equality impact "
    .. "assessment').",
  rationale = "Public authorities have a general duty to promote race equality; the Government Office asks "
    .. "how the outcomes will affect BME and other minority groups and whether an equality impact "
    .. "assessment has been or will be carried out.",
  params = { "equality_assessment_wording", "minority_wording", "not_done_wording", "negation_wording" },
  messages = {
    ["no-equality-statement"] = {
      message = "The draft does not say whether an equality impact assessment has been done or is planned, or "
        .. "how the outcomes will affect black and minority ethnic and other minority groups.",
      suggestion = "Say when the equality impact assessment of the agreement was or will be carried out, and "
        .. "how the outcomes and targets will affect BME and other minority groups, with any indicators to be "
        .. "monitored by group.",
    },
    ["no-assessment-or-bme"] = {
      message = "{assessment}, nor how the outcomes will affect black and minority ethnic and other minority "
        .. "groups.",
      suggestion = "Carry out an equality impact assessment of the agreement, or plan one with a date, and say "
        .. "how the outcomes will affect BME and other minority groups.",
    },
    ["no-assessment"] = {
      message = "{assessment}.",
      suggestion = "Carry out an equality impact assessment of the agreement, or plan one and say when.",
    },
    ["none-planned"] = "The draft says no equality impact assessment is planned",
    ["not-said"] = "The draft does not say whether an equality impact assessment has been done or is planned",
    ["assessment-undated"] = {
      message = "An equality impact assessment is planned, but the draft does not say when it will be done.",
      suggestion = "Give the date by which the equality impact assessment will be completed, so that its "
        .. "findings can shape the agreement before sign-off.",
    },
    ["bme-impact-missing"] = {
      message = "The draft does not say how the outcomes will affect black and minority ethnic and other "
        .. "minority groups.",
      suggestion = "Set out the impact of the outcomes on BME and other minority groups across the blocks, how "
        .. "historical imbalances will be addressed, and which indicators will be monitored by group.",
    },
  },
  check = function(draft, ctx)
    local st = a.section(draft, "statements")
    local eq = st and a.section(st, "equality")
    if not eq then
      local node, key = d.at(draft, "statements")
      if st then node, key = d.at(st, "equality") end
      ctx.report{
        node = node, key = key,
        messageId = "no-equality-statement",
      }
      return
    end
    -- What the statement's text says when the fields are left out: "An equality impact assessment will be
    -- completed in December 2005, including its effect on BME communities".
    local text = d.text(eq.text)
    local _, told = prose.find(text, ctx.params.equality_assessment_wording, ctx.params.negation_wording)
    if told and prose.find(told, ctx.params.not_done_wording) then told = nil end
    local assessed = eq.assessment == "done" or eq.assessment == "planned" or (d.is_blank(eq.assessment) and told ~= nil)
    local said = ctx.text(eq.assessment == "none" and "none-planned" or "not-said")
    local bme = not d.is_blank(eq.bme) or prose.find(text, ctx.params.minority_wording, ctx.params.negation_wording) ~= nil
    if not assessed and not bme then
      ctx.report{
        node = eq,
        messageId = "no-assessment-or-bme", data = { assessment = said },
      }
      return
    end
    if not assessed then
      local node, key = d.at(eq, "assessment")
      ctx.report{
        node = node, key = key,
        messageId = "no-assessment", data = { assessment = said },
      }
    elseif eq.assessment == "planned" and d.is_blank(eq.date) then
      local node, key = d.at(eq, "date")
      ctx.report{
        node = node, key = key,
        severity = "advice",
        messageId = "assessment-undated",
      }
    end
    if not bme then
      ctx.report{
        node = eq,
        messageId = "bme-impact-missing",
      }
    end
  end,
}
