local d = require("draft")
local ind = require("indicators")
local prose = require("prose")

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
  messages = {
    ["declared-not-outcome"] = { message = "{subject} counts {counts}{why}{inherited}", suggestion = "{advice}" },
    ["labelled-but-not-outcome"] = {
      message = "{subject} is described as an {label} measure, but '{words}' in its {field} shows that it {reason}.",
      suggestion = "{advice}",
    },
    ["reads-as-not-outcome"] = { message = "{name}: '{words}' in its {field} shows that it {reason}.", suggestion = "{advice}" },
    -- What each declared type counts, in the words the glossary uses.
    ["input"] = "resources put in (an input measure)",
    ["process"] = "activity (a process measure)",
    ["reward-must"] = "; reward targets must measure outcomes or outputs.",
    ["not-a-change"] = " rather than a change in people's lives.",
    ["type-from-indicator"] = " It takes its type from indicator {indicator}.",
    ["it-links-to"] = "it links to",
    ["counted-input"] = "spending or staffing",
    ["counted-process"] = "activity",
    ["advice-reward"] = "Replace it with a measure of the outcome the work is meant to achieve, {examples}, or at "
      .. "least a direct output such as people helped into work or homes brought up to the decent homes standard. "
      .. "Counts of {noun} can stay in the delivery plan, where partners can still monitor them.",
    ["advice-other"] = "Where you can, measure the change in people's lives that this {noun} is meant to bring about, "
      .. "{examples}. A smaller set of outcome indicators in the agreement will not stop partners tracking activity "
      .. "and spending for their own purposes.",
    ["examples"] = "for example fewer repeat incidents of domestic violence, a lower re-offending rate, better "
      .. "attainment at Key Stage 4 or more older people living independently at home",
  },
  check = function(draft, ctx)
    local wording = ctx.params.measure_type_wording
    -- Every stage, and measures already agreed too: ODPM found Halton's indicators 'not sufficiently
    -- outcome focussed' while agreeing with the measures proposed (seed003 §3.2), and an input or process
    -- is better dropped early. One government refuses is left to indicators.banned-measure.
    for _, s in ipairs(ind.subjects(draft, ctx)) do
      if not ind.banned(s, ctx.params.banned_measures) then
      local v = s.values
      local declared = (v.measure_type == "input" or v.measure_type == "process") and v.measure_type
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
        local noun = ctx.text("counted-" .. type_)
        local advice = ctx.text(s.reward and "advice-reward" or "advice-other", { noun = noun, examples = ctx.text("examples") })
        local id, data
        if declared then
          id, data = "declared-not-outcome", {
            subject = d.subject(s.name), counts = ctx.text(type_),
            why = ctx.text(s.reward and "reward-must" or "not-a-change"),
            inherited = (s.reward and not own)
              and ctx.text("type-from-indicator", { indicator = d.text(s.indicator.id) or ctx.text("it-links-to") }) or "",
          }
        elseif labelled then
          id, data = "labelled-but-not-outcome",
            { subject = d.subject(s.name), label = v.measure_type, words = words, field = field, reason = w.reason }
        else
          id, data = "reads-as-not-outcome", { name = s.name, words = words, field = field, reason = w.reason }
        end
        data.advice = advice
        ctx.report{
          node = s.node,
          -- A type inherited from the indicator is fixed by choosing another measure, not by
          -- relabelling the indicator, so the finding points at the measure.
          key = (declared and own and "measure_type") or (not declared and field and s.from[field] == s.node and field) or nil,
          -- A reward measure counting activity or money cannot carry reward, whatever its label says.
          severity = s.reward and "error" or "warning",
          block = s.block,
          section = s.reward and "reward-targets" or nil,
          messageId = id, data = data,
        }
      end
      end
    end
  end,
}
