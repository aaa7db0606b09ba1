local d = require("draft")
local ind_lib = require("indicators")
local r = require("reward")

-- What a complete baseline needs, by status. Ordinary indicators carry no stretch, so a baseline
-- still to be established only needs a method and a date for them (R20 is about reward).
local needs = {
  reward = { known = { "value", "period", "source" }, to_be_established = { "method", "by", "stretch_relative" } },
  other = { known = { "value", "period", "source" }, to_be_established = { "method", "by" } },
}


-- The missing items of baseline b, in words (message ids named after the fields); a value must be a
-- figure, so "TBC" counts as missing.
local function missing(b, fields, ctx)
  local out = {}
  for _, f in ipairs(fields) do
    if (f == "value" and type(b.value) ~= "number") or (f ~= "value" and d.is_blank(b[f])) then
      out[#out + 1] = ctx.text((f:gsub("_", "-")))
    end
  end
  return out
end

return {
  id = "indicators.baseline-present",
  title = "Every measure has a baseline, or a plan to establish one",
  section = "indicators",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R03 and R20 (guidance-research.md, High): seed003 §5.1(ii) (ODPM: 'provide a baseline "
    .. "position for each indicator'); seed004 (GOEM reward criteria: 'Where baselines remain to be "
    .. "determined, have targets and stretch been identified?'; key issue 'identifying baselines and "
    .. "targets'). R64 (High): 2008-11 LAA placeholders with a reason (B&NES 2008, Durham 2009), marked or said "
    .. "in the definition.",
  rationale = "Stretch and reward are judged against the baseline, so a reward measure without one, or "
    .. "without a firm plan and a relative stretch, cannot be agreed; other indicators without a "
    .. "baseline cannot show improvement and GO will ask for one. A 2008-11 LAA may carry an indicator "
    .. "as a placeholder when it says why.",
  params = { "indicator_detail_error_stages", "sign_off_stages", "banned_measures", "placeholder_wording",
    "negation_wording", "published_definition_wording" },
  messages = {
    ["no-baseline"] = { message = "{subject} has no baseline.", suggestion = "{how}{stretch}.{hold}" },
    ["placeholder-without-reason"] = {
      message = "{subject} is marked as a placeholder without saying why.",
      suggestion = "Say why the baseline is not yet available (for example the Place Survey is delayed) and when "
        .. "it will be filled, for example at the March refresh.",
    },
    ["placeholder-not-allowed"] = {
      message = "{subject} has a placeholder baseline, but placeholders were only for 2008-11 LAA indicators whose "
        .. "data were not ready{why}",
      suggestion = "{how}{stretch}.",
    },
    ["baseline-plan-incomplete"] = {
      message = "{subject} has a baseline still to be established, but does not give {gaps}.",
      suggestion = "Where a baseline remains to be determined, say how and by when it will be measured{stretch}"
        .. "{identified}.",
    },
    ["baseline-incomplete"] = {
      message = "{subject} gives a baseline but not {gaps}.",
      suggestion = "{how}{stretch}.",
    },
    -- The parts of a baseline, named after its fields.
    ["value"] = "the baseline figure",
    ["period"] = "the period it covers",
    ["source"] = "its source",
    ["method"] = "the method for measuring it",
    ["by"] = "the date by which it will be fixed",
    ["stretch-relative"] = "the stretch stated relative to it",
    ["how"] = "Give current performance as a figure, with the period it covers and its source (for example "
      .. "'BVPI 2004/05 return'), or, if it is not yet known, say how and by when the baseline will be established",
    ["stretch"] = " and state the stretch relative to it, for example '10% better than the 2006/07 baseline'",
    ["identified"] = ", so that the target and stretch are still identified",
    ["hold"] = " If the data are not ready, mark it as a placeholder and say why.",
    ["reward-needs-baseline"] = "; a reward measure needs a baseline to judge stretch against.",
    ["full-stop"] = ".",
  },
  check = function(draft, ctx)
    if ind_lib.before_measures(draft, ctx) then return end
    local block_of = d.block_finder(draft)

    -- Reports what is wrong with baseline b (or its absence) of the entity called `name`.
    -- `owner` is pointed at when there is no baseline, else the baseline object itself.
    -- `kind` is "reward" or "other"; placeholder_ok: a 2008-11 placeholder with its reason.
    local function judge(name, owner, b, kind, severity, block, placeholder_ok)
      name = d.subject(name)
      local stretch = kind == "reward" and ctx.text("stretch") or ""
      local how = ctx.text("how")
      local may_hold = ctx.kind == "laa2008" and kind == "other" -- may use a placeholder
      -- GOEM raises reward measures' baselines under "Reward targets", other indicators' under "Indicators".
      local section = kind == "reward" and "reward-targets" or nil
      if json.type(b) ~= "object" then b = nil end -- e.g. "TBC" written where the object belongs
      if not b then
        if placeholder_ok then return end
        ctx.report{
          node = owner, severity = severity, block = block, section = section,
          messageId = "no-baseline",
          data = { subject = name, how = how, stretch = stretch, hold = may_hold and ctx.text("hold") or "" },
        }
        return
      end
      local status = d.baseline_status(b)
      if status == "placeholder" then
        if placeholder_ok then return end
        ctx.report{
          node = b, severity = severity, block = block, section = section,
          messageId = may_hold and "placeholder-without-reason" or "placeholder-not-allowed",
          data = {
            subject = name, how = how, stretch = stretch,
            why = ctx.text(kind == "reward" and "reward-needs-baseline" or "full-stop"),
          },
        }
        return
      end
      local gaps = missing(b, needs[kind][status] or needs[kind].known, ctx)
      if #gaps == 0 then return end
      ctx.report{
        node = b, severity = severity, block = block, section = section,
        messageId = status == "to_be_established" and "baseline-plan-incomplete" or "baseline-incomplete",
        data = {
          subject = name, gaps = d.join(gaps, "or"), how = how, stretch = stretch,
          identified = kind == "reward" and ctx.text("identified") or "",
        },
      }
    end

    -- Reward measures: an error, wherever the baseline comes from. An incomplete baseline taken
    -- from the linked indicator is pointed at there, since that is where it is filled in.
    -- A reward measure with no baseline at all is reward-targets.levels-present's finding, with its
    -- projection and stretch; here only the baseline it gives is judged, and not for a measure that is
    -- rejected or under discussion (it is to be replaced, not completed).
    local subject_of = {}
    for _, s in ipairs(ind_lib.subjects(draft, ctx)) do subject_of[s.node] = s end
    local next_step = r.levels_next(draft, ctx)
    for target, m, mi, ti in d.reward_measures(draft) do
      if json.type(m.baseline) == "object" and r.in_play(m.node)
          and not ind_lib.banned(subject_of[m.node], ctx.params.banned_measures) then
      -- A baseline taken from the linked indicator is completed there: the finding names that indicator.
      local name = m.from.baseline == m.node and d.measure_label(target, ti, m, mi)
        or d.measure_indicator_label(target, ti, m.indicator, mi)
      judge(name, m.node, m.baseline, "reward", next_step and "advice" or "error", block_of(target), false)
      end
    end

    -- Other indicators: a warning. Those serving as reward measures were judged above.
    local judged = d.reward_indicator_ids(draft)
    for _, ind in ipairs(d.list(draft.indicators)) do
      -- One only named is asked to be firmed up first (indicators.definition-present), in one finding.
      if json.type(ind) == "object" and not judged[ind.id]
          and not ind_lib.only_named(ind, ctx.params.published_definition_wording) then
        local placeholder_ok = ind_lib.held(ind, ctx.kind, ctx.params.placeholder_wording, ctx.params.negation_wording)
        -- By the penultimate draft GOEM needed "most if not all of the document" agreed (seed004).
        local severity = ind_lib.late(ctx) and "error" or "warning"
        judge(d.label(ind, "Indicator"), ind, d.value(ind.baseline), "other", severity, block_of(ind), placeholder_ok)
      end
    end
  end,
}
