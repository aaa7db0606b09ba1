local d = require("draft")
local r = require("reward")

-- The latest deadline for the reward element that the draft has reached: an entry of
-- submission.dates (not a meeting) whose label or cover mentions reward, dated on or before the
-- draft itself. Returns the entry's date and label, or nil.
local function passed_deadline(sub)
  local at = r.date(sub.date) or r.date(sub.received)
  if not at then return nil end
  local best, label
  for _, e in ipairs(d.list(sub.dates)) do
    if json.type(e) == "object" and e.type ~= "meeting" then
      local date = r.date(e.date)
      local words = ((d.text(e.label) or "") .. " " .. (d.text(e.covers) or "")):lower()
      if date and date <= at and words:find("reward", 1, true) and (not best or date > best) then
        best, label = date, d.text(e.label)
      end
    end
  end
  return best, label
end

-- " (measure 2)", " (measures 1 and 3)": which measures lack an item, when the target has several.
local function which(ctx, numbers, several)
  if not several then return "" end
  return ctx.text(#numbers > 1 and "which-measures" or "which-measure", { numbers = d.join(numbers) })
end

return {
  id = "reward-targets.complete-by-interim-date",
  title = "Reward targets are complete once the date set for the reward element details has passed",
  section = "reward-targets",
  severity = "error",
  kinds = { "laa" },
  guidance = "R22 (guidance-research.md, High that such dates were set; dates vary by area): seed004 (GOEM: 'two "
    .. "interim target dates for gaps to be filled in, 9 December for the reward element details'). Complete "
    .. "means what R03-R05, R08 and R20 ask for: a rationale, at least one measure, and for every measure still "
    .. "in play a baseline (or one to be established with the stretch stated against it), a projection without "
    .. "the agreement, a stretch and a target date. R06 and R07 judge the figures, not their presence.",
  rationale = "GO sets an interim date for the reward element because reward targets take longest to agree "
    .. "with departments; a draft submitted after that date with gaps in them puts sign-off at risk.",
  params = {},
  messages = {
    ["incomplete-after-deadline"] = {
      message = "{subject} still lacks {gaps}, although the reward element details were due by {due}{label}.",
      suggestion = "Complete the details of this reward target as soon as possible and agree them with us: "
        .. "reward targets not settled now put sign-off of the whole agreement at risk.",
    },
    ["deadline-label"] = " ('{label}')",
    ["a-rationale"] = "a rationale",
    ["a-measure"] = "a measure",
    ["a-measure-agreed"] = "a measure (those it has are marked as not agreed)",
    ["a-baseline"] = "a baseline",
    ["a-projection"] = "a projection without the agreement",
    ["a-stretch"] = "a stretch target",
    ["a-target-date"] = "a target date",
    ["which-measure"] = " (measure {numbers})",
    ["which-measures"] = " (measures {numbers})",
  },
  check = function(draft, ctx)
    if json.type(draft.submission) ~= "object" then return end
    local due, label = passed_deadline(draft.submission)
    if not due then return end
    -- What each target's measures in play lack, by target position: item -> measure numbers.
    local lacking, count = {}, {}
    for _, m, mi, ti in d.reward_measures(draft) do
      if r.in_play(m.node) then
        local l = lacking[ti] or { baseline = {}, projection = {}, stretch = {}, date = {} }
        lacking[ti], count[ti] = l, (count[ti] or 0) + 1
        local pending = d.baseline_status(m.baseline) == "to_be_established"
        local n = tostring(mi)
        if not (r.baseline_value(m) or r.relative_stretch(m)) then table.insert(l.baseline, n) end
        if not (r.number(r.field(m.node, "without_agreement", "value"))
          or (pending and d.value(r.field(m.node, "without_agreement", "basis")))) then
          table.insert(l.projection, n)
        end
        if not (r.number(r.field(m.node, "with_agreement", "value")) or r.relative_stretch(m)) then
          table.insert(l.stretch, n)
        end
        if not r.date(m.node.target_date) then table.insert(l.date, n) end
      end
    end
    local block_of = d.block_finder(draft)
    for ti, target in ipairs(d.list(draft.reward_targets)) do
      if json.type(target) == "object" then
        local l = lacking[ti] or { baseline = {}, projection = {}, stretch = {}, date = {} }
        local gaps, several = {}, (count[ti] or 0) > 1
        if not d.text(target.rationale) then gaps[#gaps + 1] = ctx.text("a-rationale") end
        if not count[ti] then
          gaps[#gaps + 1] = ctx.text(#d.list(target.measures) == 0 and "a-measure" or "a-measure-agreed")
        end
        for _, item in ipairs({
          { l.baseline, "a-baseline" }, { l.projection, "a-projection" }, { l.stretch, "a-stretch" },
          { l.date, "a-target-date" },
        }) do
          if #item[1] > 0 then gaps[#gaps + 1] = ctx.text(item[2]) .. which(ctx, item[1], several) end
        end
        if #gaps > 0 then
          ctx.report{
            node = target, block = block_of(target),
            messageId = "incomplete-after-deadline",
            data = {
              subject = d.subject(d.label(target, "Reward target", ti)), gaps = d.join(gaps), due = d.date_words(due),
              label = label and ctx.text("deadline-label", { label = label }) or "",
            },
          }
        end
      end
    end
  end,
}
