local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

-- What each measure type counts, in the words the glossary uses.
local counts = {
  input = "resources put in (an input measure)",
  process = "activity (a process measure)",
}

local EXAMPLES = "for example fewer repeat incidents of domestic violence, a lower re-offending rate, "
  .. "better attainment at Key Stage 4 or more older people living independently at home"

return {
  id = "indicators.outcome-focus",
  title = "Measures count outcomes or outputs, not activity or resources",
  section = "indicators",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R09 (guidance-research.md, High): seed000 ('real outcomes (rather than processes)'); "
    .. "seed003 (ODPM found Halton's indicators 'not sufficiently outcome focussed'); seed004 (GOEM: "
    .. "'Are they outcomes or outputs rather than inputs?'). Input/process/output/outcome as in the "
    .. "glossary; the wording list is ours (params measure_type_wording).",
  rationale = "Government rewards and monitors changes in people's lives, not the effort put in: a reward "
    .. "measure that counts activity or spending cannot show stretch and will not be agreed, and other "
    .. "process or input indicators will very likely be questioned. A measure called an outcome whose "
    .. "wording counts meetings, plans or money is the same problem hidden by the label, so the type is "
    .. "judged from the title, unit and definition as well as the label. A measure whose wording reads as "
    .. "an outcome is not asked to say so.",
  params = { "measure_type_wording", "negation_wording", "banned_measures", "sign_off_stages" },
  check = function(draft, ctx)
    local wording = ctx.params.measure_type_wording
    -- Every stage, and measures already agreed too: ODPM found Halton's indicators 'not sufficiently
    -- outcome focussed' while agreeing with the measures proposed (seed003 §3.2), and an input or process
    -- is better dropped early. One government refuses is left to indicators.banned-measure.
    for _, s in ipairs(ind.subjects(draft, ctx)) do
      if not ind.banned(s, ctx.params.banned_measures) then
      local v = s.values
      local declared = counts[v.measure_type] and v.measure_type
      local labelled = v.measure_type == "outcome" or v.measure_type == "output"
      -- A type outside the four is the schema check's to raise.
      local unknown = not (declared or labelled or d.is_blank(v.measure_type))
      -- What the words show it counts, read from the title, unit and definition.
      local w, words, field
      for _, f in ipairs({ "title", "unit", "definition" }) do
        if not w and d.text(v[f]) then
          local found, _, matched = prose.find(d.text(v[f]), wording, ctx.params.negation_wording)
          if found then w, words, field = found, matched, f end
        end
      end
      local type_ = declared or (not unknown and w and w.counts)
      if type_ then
        local own = s.from.measure_type == s.node
        local noun = type_ == "input" and "spending or staffing" or "activity"
        local message
        if declared then
          message = string.format("%s counts %s%s", d.subject(s.name), counts[type_],
            s.reward and "; reward targets must measure outcomes or outputs." or " rather than a change in people's lives.")
          if s.reward and not own then
            message = message .. " It takes its type from indicator " .. (d.text(s.indicator.id) or "it links to") .. "."
          end
        elseif labelled then
          message = string.format("%s is described as an %s measure, but '%s' in its %s shows that it %s.",
            d.subject(s.name), v.measure_type, words, field, w.reason)
        else
          message = string.format("%s: '%s' in its %s shows that it %s.", s.name, words, field, w.reason)
        end
        ctx.report{
          node = s.node,
          -- A type inherited from the indicator is fixed by choosing another measure, not by
          -- relabelling the indicator, so the finding points at the measure.
          key = (declared and own and "measure_type") or (not declared and field and s.from[field] == s.node and field) or nil,
          -- A reward measure counting activity or money cannot carry reward, whatever its label says.
          severity = s.reward and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          message = message,
          suggestion = s.reward
            and ("Replace it with a measure of the outcome the work is meant to achieve, " .. EXAMPLES
              .. ", or at least a direct output such as people helped into work or homes brought up to the "
              .. "decent homes standard. Counts of " .. noun .. " can stay in the delivery plan, where partners "
              .. "can still monitor them.")
            or ("Where you can, measure the change in people's lives that this " .. noun .. " is meant to "
              .. "bring about, " .. EXAMPLES .. ". A smaller set of outcome indicators in the agreement will "
              .. "not stop partners tracking activity and spending for their own purposes."),
        }
      end
      end
    end
  end,
}
