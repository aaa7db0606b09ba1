-- Shared shapes for the indicator rules: `local ind = require("indicators")`.
-- Like draft.lua it runs without ctx: pass what it needs explicitly.
local d = require("draft")
local prose = require("prose")
local M = {}

-- Whether indicator `i` of a 2008-11 LAA is a placeholder that says why (R64): marked so with a reason,
-- or said in its definition ("the baseline and targets will be set at the March 2009 refresh",
-- the wording parameter placeholder_wording).
function M.held(i, kind, wording, negation)
  if kind ~= "laa2008" or json.type(i) ~= "object" then return false end
  if json.type(i.placeholder) == "object" and d.value(i.placeholder.reason) ~= nil then return true end
  return prose.find(d.text(i.definition), wording, negation) ~= nil
end

-- LPSA2 negotiation agrees priorities first, then measures, then target levels (seed001's
-- timetable; seed003 §4.3): a draft still at the priorities stage is not expected to give
-- indicator detail yet (see d.negotiation_stage for a final draft that still says so).
function M.before_measures(draft, ctx)
  return d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) == "priorities"
end

-- Whether subject `s` carries the code of a national set whose definitions and data sources are
-- published (the published_definition_wording parameter: NI, BV, PAF codes), in ni_code or code, on
-- itself or its indicator, or cited in its title or definition: the handbook already says what it counts
-- and where the data come from.
function M.published(s, wording)
  for _, n in ipairs({ s.node, s.indicator }) do
    if n and (d.find_wording(d.text(n.ni_code), wording) or d.find_wording(d.text(n.code), wording)) then
      return true
    end
  end
  -- Officers often cite the code in the title or definition: "Domestic burglary per 1,000 households (BV 126)".
  return d.find_wording(s.values.title, wording) ~= nil or d.find_wording(s.values.definition, wording) ~= nil
end

-- The texts in which a subject's detail may be written in words: its definition, its title and, for a
-- reward measure, the target's title and rationale.
function M.texts(s)
  local out, texts = {}, { s.values.definition, s.values.title, s.target and s.target.title, s.target and s.target.rationale }
  for i = 1, 4 do -- not ipairs: any of them may be missing
    if d.text(texts[i]) then out[#out + 1] = texts[i] end
  end
  return out
end

-- Whether subject `s` is only named so far: no definition, data source, unit or direction. Such a
-- measure gets one finding, to firm it up (indicators.definition-present), rather than one per gap.
function M.unformed(s)
  local v = s.values
  return d.is_blank(v.definition) and d.is_blank(v.data_source) and d.is_blank(v.unit) and d.is_blank(v.polarity)
end

-- Whether indicator `i` (not a reward measure's) is only named so far: indicators.definition-present
-- asks for it to be firmed up, in one finding, before its baseline and targets are asked for.
function M.only_named(i, wording)
  local s = { values = i, node = i, indicator = i }
  return M.unformed(s) and not M.published(s, wording)
end

-- Whether missing indicator detail is an error at this stage rather than a warning: by the
-- penultimate draft GOEM needed "most if not all of the document" agreed (seed004).
function M.late(ctx)
  return d.contains(ctx.params.indicator_detail_error_stages, ctx.stage)
end

-- The things an indicator rule judges, each once: every reward measure (with the fields it takes
-- from its indicator), then every indicator that no reward measure links to. Each is a table:
--   reward     true for a reward measure;
--   node       the measure or indicator, for reporting;
--   values     its resolved fields (for a measure, d.reward_measures' m; else the indicator);
--   from       field -> node the value came from;
--   indicator  the indicator behind it (itself, or the measure's linked one), or nil;
--   target     the reward target of a measure;
--   name       how to name it to an officer;
--   home       where missing detail is filled in, and so reported: the indicator behind it (for a
--              reward measure, the one it links to), else the measure itself;
--   home_name  how to name `home` ("The indicator for reward target 3, '...'"), for findings filed there;
--   block      the id of its one block, or nil;
--   settled    an LPSA2 measure already agreed with government while measures are still being
--              negotiated: its detail is written up with the target levels, so it is not asked for yet.
local resolved_fields = { "title", "definition", "measure_type", "data_source", "polarity", "unit", "baseline" }

-- What is worked out once and shared, frozen, by every indicator rule: draft -> kind -> value
-- (libraries load afresh for each draft, so these start empty for each).
local subjects_of, open_of, banned_of = {}, {}, {}

local function memo(store, draft, kind)
  return d.remembered(d.remembered(store, draft, function() return {} end), kind, function() return {} end)
end

local function work_out_subjects(draft, ctx)
  local kind = ctx.kind
  local block_of = d.block_finder(draft)
  local measures_stage = d.negotiation_stage(draft, kind, ctx.stage, ctx.params.sign_off_stages) == "measures"
  local out = {}
  for target, m, mi, ti in d.reward_measures(draft) do
    local name = d.measure_label(target, ti, m, mi)
    out[#out + 1] = {
      reward = true, node = m.node, values = m, from = m.from, indicator = m.indicator, target = target,
      name = name, home = m.indicator or m.node, block = block_of(target),
      home_name = m.indicator and d.measure_indicator_label(target, ti, m.indicator, mi) or name,
      settled = measures_stage and m.node.agreed == true,
    }
  end
  local judged = d.reward_indicator_ids(draft)
  for _, item in ipairs(d.list(draft.indicators)) do
    if json.type(item) == "object" and not judged[item.id] then
      local own = {}
      for _, f in ipairs(resolved_fields) do own[f] = item end
      local name = d.label(item, "Indicator")
      out[#out + 1] = {
        reward = false, node = item, values = item, from = own, indicator = item,
        name = name, home = item, home_name = name, block = block_of(item), settled = false,
      }
    end
  end
  return out
end

function M.subjects(draft, ctx)
  return d.remembered(memo(subjects_of, draft, ctx.kind), "subjects", function()
    return freeze(work_out_subjects(draft, ctx))
  end)
end

-- The subjects whose detail is judged now: none before measures are negotiated, and neither a
-- settled measure nor a banned one (it is to be replaced, not refined).
function M.open_subjects(draft, ctx)
  local banned = ctx.params.banned_measures
  return d.remembered(memo(open_of, draft, ctx.kind), banned, function()
    local out = {}
    if M.before_measures(draft, ctx) then return freeze(out) end
    for _, s in ipairs(M.subjects(draft, ctx)) do
      if not s.settled and not M.banned(s, banned) then out[#out + 1] = s end
    end
    return freeze(out)
  end)
end

-- How a finding on `node` names subject `s`: by its home when it is filed there, else as a measure.
function M.name_at(s, node)
  return d.subject(node == s.home and s.home_name or s.name)
end

local function banned_by(s, banned)
  local code = d.text(s.node.code) or (s.indicator and d.text(s.indicator.code))
  for _, b in ipairs(banned) do
    local named = d.wording_of(b.patterns)
    local direction = s.values.polarity == b.direction
      or d.find_wording(s.values.title, d.wording_of(b.direction_wording))
      or d.find_wording(s.values.definition, d.wording_of(b.direction_wording))
    for _, field in ipairs({ "title", "definition" }) do
      local text = s.values[field]
      if d.find_wording(text, named) and (s.values.polarity == b.direction
          or d.find_wording(text, d.wording_of(b.direction_wording))) then
        return b, field
      end
    end
    if direction and d.find_wording(code, named) then return b, "code" end
  end
  return nil
end

-- The first entry of `banned` (the banned_measures parameter) that subject `s` matches, and the
-- field whose words matched: its subject is named in the title, definition or code (any of the
-- entry's `patterns`: "child protection register", "CP register", CPR3), and the polarity or the same
-- text says it should go the banned way ("Reduce the number of children on the child protection
-- register"; a code says nothing about direction, so the title or polarity must). The detail rules
-- skip such a measure: it is to be replaced, not refined. Worked out once per subject and list.
function M.banned(s, banned)
  local found = d.remembered(d.remembered(banned_of, banned, function() return {} end), s, function()
    local b, field = banned_by(s, banned)
    return b and { b, field } or false
  end)
  if found then return found[1], found[2] end
  return nil
end

-- "2006-04-01" -> 2006, the year in which the financial year containing the date starts.
local function fy_start(date)
  local y, m = tostring(date):match("^(%d%d%d%d)-(%d%d)-%d%d$")
  if not y then return nil end
  y, m = tonumber(y), tonumber(m)
  if m < 4 then y = y - 1 end
  return y
end

-- The financial years ("2006/07") an indicator should have targets for: those of the agreement's
-- period when the draft gives it, else the default for the kind (`fallback`, a parameter).
function M.target_years(draft, fallback)
  local period = json.type(draft.agreement) == "object" and draft.agreement.period
  if json.type(period) == "object" then
    local first, last = fy_start(period.start), fy_start(period["end"])
    -- The end date is the last day of the period, so 31 March closes the year before.
    if first and last and last >= first and last - first < 10 then
      local years = {}
      for y = first, last do years[#years + 1] = string.format("%d/%02d", y, (y + 1) % 100) end
      return years
    end
  end
  local years = {}
  for _, y in ipairs(fallback) do years[#years + 1] = y end
  return years
end

return M
