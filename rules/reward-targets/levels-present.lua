local d = require("draft")
local r = require("reward")
local ind = require("indicators")
local prose = require("prose")

-- Whether one of `texts` states a level in words: a sentence with the level's wording and a figure
-- ("without the LPSA we expect 38% by 2008"); returns that sentence.
local function stated(texts, wording, negation)
  for _, t in ipairs(texts) do
    for _, hit in ipairs(prose.find_all(t, wording, negation)) do
      if prose.has_figure(hit[2]) then return hit[2] end
    end
  end
  return nil
end

return {
  id = "reward-targets.levels-present",
  title = "Every reward measure has a baseline, a projection without the agreement and a stretch with it",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R03, R04 and R05 (guidance-research.md, High): seed003 §5.1(ii)-(iv) (ODPM asked Halton, in one "
    .. "paragraph, to 'provide a baseline position for each indicator', to 'give a view of where it anticipates "
    .. "its performance will be at the end of the three year period without the LPSA' and to 'give a view on "
    .. "the stretch performance with LPSA'); R20 (High), seed004 ('Where baselines remain to be determined, "
    .. "have targets and stretch been identified?'); the LPSA agreement clause on performance 'it would be "
    .. "expected to achieve in the absence of' the agreement (Herefordshire).",
  rationale = "Reward is paid for the enhancement between the projection without the agreement and the "
    .. "stretch with it, judged from the baseline; without the three numbers the reward cannot be set. "
    .. "What is missing is said once per measure, as ODPM did. At the LPSA2 measures stage they are the next "
    .. "step, so the finding is advice; a number written in the measure's definition or the target's "
    .. "rationale counts as given.",
  params = { "sign_off_stages", "banned_measures", "baseline_wording", "projection_wording", "stretch_wording",
    "negation_wording" },
  messages = {
    ["levels-missing"] = {
      message = "{subject} has no {gaps} yet.{no_date}{next}",
      suggestion = "Give the baseline (current performance, its period and source), where performance is expected "
        .. "to be at the end of the period without the agreement and how that was projected (for example the last "
        .. "three years' trend continued), and the stretch the partnership commits to with the agreement, with the "
        .. "date it is to be reached. Reward is paid for the enhancement between the projection and the "
        .. "stretch.{relative}",
    },
    -- Each level as named among others, and alone ("no projection without the agreement yet").
    ["baseline"] = "baseline",
    ["projection"] = "projection",
    ["projection-figure"] = "projected figure (the basis is given)",
    ["stretch"] = "stretch",
    ["projection-alone"] = "projection without the agreement",
    ["stretch-alone"] = "stretch with the agreement",
    ["no-date"] = " Nor does it give the date the stretch is to be reached by.",
    ["next-agreed"] = " With the measure agreed, these are the next step.",
    ["next-once-agreed"] = " These are the next step once the measure is agreed.",
    ["relative"] = " Where the baseline is still to be established, state the stretch relative to it, for example "
      .. "'10% better than the 2006/07 baseline'.",
  },
  check = function(draft, ctx)
    if not r.levels_expected(draft, ctx) then return end
    local next_step = r.levels_next(draft, ctx)
    local negation = ctx.params.negation_wording
    local subject_of = {}
    for _, s in ipairs(ind.subjects(draft, ctx)) do subject_of[s.node] = s end
    local block_of = d.block_finder(draft)
    for target, m, mi, ti in d.reward_measures(draft) do
      local s = subject_of[m.node]
      -- A measure rejected or under discussion (agreed = false, or one government refuses) is to be
      -- replaced, not completed; one only named so far is asked to be firmed up first
      -- (indicators.definition-present) while measures are negotiated.
      local skip = not r.in_play(m.node) or ind.banned(s, ctx.params.banned_measures)
        or (next_step and ind.unformed(s) and m.node.agreed ~= true)
      if not skip then
        local texts = { d.text(m.definition), d.text(target.rationale), d.text(r.field(m.node, "without_agreement", "basis")) }
        local gaps, fields = {}, {}
        local function gap(words, field) gaps[#gaps + 1], fields[#fields + 1] = words, field end
        if json.type(m.baseline) ~= "object" and not stated(texts, ctx.params.baseline_wording, negation) then
          gap("baseline", "baseline")
        end
        -- A baseline still to be measured cannot give a figure yet; saying how the projection will
        -- be made is then enough (the stretch is stated relative to the baseline, R20).
        local pending = d.baseline_status(m.baseline) == "to_be_established"
        local projection = m.node.without_agreement
        local basis = json.type(projection) == "object" and d.value(projection.basis)
        -- With the baseline still to be measured and the stretch stated against it, the projection comes
        -- with the baseline (R20).
        if not (r.number(r.field(m.node, "without_agreement", "value")) or (pending and (basis or r.relative_stretch(m)))
            or stated(texts, ctx.params.projection_wording, negation)) then
          gap(basis and "projection-figure" or "projection", "without_agreement")
        end
        if not (r.number(r.field(m.node, "with_agreement", "value")) or r.relative_stretch(m)
            or stated(texts, ctx.params.stretch_wording, negation)) then
          gap("stretch", "with_agreement")
        end
        if #gaps > 0 then
          local node, key = m.node, nil
          if #gaps == 1 then
            node, key = d.at(m.node, fields[1])
            -- Alone, each is named in full: "no projection without the agreement yet".
            if gaps[1] == "projection" or gaps[1] == "stretch" then gaps[1] = gaps[1] .. "-alone" end
          end
          for i, g in ipairs(gaps) do gaps[i] = ctx.text(g) end
          ctx.report{
            node = node, key = key, block = block_of(target),
            severity = next_step and "advice" or nil,
            messageId = "levels-missing",
            data = {
              subject = d.subject(d.measure_label(target, ti, m, mi)), gaps = d.join(gaps, "or"),
              no_date = (fields[#fields] == "with_agreement" and not r.date(m.node.target_date)) and ctx.text("no-date") or "",
              next = next_step and ctx.text(m.node.agreed == true and "next-agreed" or "next-once-agreed") or "",
              relative = pending and ctx.text("relative") or "",
            },
          }
        end
      end
    end
  end,
}
