-- Shared arithmetic and wording for the reward-target rules: `local r = require("reward")`.
-- Like draft.lua it runs without ctx; functions take what they need explicitly.
local d = require("draft")

local r = {}

-- v when it is a number, else nil: "TBC" or an object where a figure belongs counts as not given.
function r.number(v)
  if type(v) == "number" then return v end
  return nil
end

-- v when it is a date written YYYY-MM-DD, else nil. Such dates compare correctly as strings.
function r.date(v)
  if type(v) == "string" and v:match("^%d%d%d%d%-%d%d%-%d%d$") then return v end
  return nil
end

-- A member of an optional object: r.field(m.node, "with_agreement", "value") is nil, not an
-- error, when with_agreement is missing, null or not an object.
function r.field(node, object, member)
  local o = node[object]
  if json.type(o) ~= "object" then return nil end
  return o[member]
end

-- "1,234,567" for whole numbers, "6.5" or "0.025" otherwise: figures as a letter would write them.
function r.num(x)
  if x == math.floor(x) and math.abs(x) < 1e15 then
    local s = string.format("%d", math.floor(x))
    local sign, digits = s:match("^(-?)(%d+)$")
    digits = digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
    return sign .. digits
  end
  return (string.format("%.4f", x):gsub("0+$", ""):gsub("%.$", ""))
end

function r.money(x)
  return "£" .. r.num(math.floor(x + 0.5))
end

-- 0.0523 -> "5.2%".
function r.pct(x)
  return (string.format("%.1f", x * 100):gsub("%.0$", "")) .. "%"
end

-- +1 when higher is better, -1 when lower is better, nil when the draft does not say.
function r.sign(polarity)
  if polarity == "higher_is_better" then return 1 end
  if polarity == "lower_is_better" then return -1 end
  return nil
end

-- "higher" or "lower": the direction of improvement, for messages.
function r.better_word(polarity)
  return polarity == "lower_is_better" and "lower" or "higher"
end


-- The baseline figure of a resolved measure (see d.reward_measures), or nil.
function r.baseline_value(m)
  if json.type(m.baseline) ~= "object" then return nil end
  return r.number(m.baseline.value)
end

-- Whether a baseline still to be established states the stretch against it (R20): then the
-- stretch is identified although no figure can be given yet.
function r.relative_stretch(m)
  return d.baseline_status(m.baseline) == "to_be_established" and d.value(m.baseline.stretch_relative) ~= nil
end

-- Whether target levels are negotiated yet: an LPSA2 agrees its priorities before measures and
-- target levels (seed001's timetable; seed003 §4.3), so a priorities submission has none to check.
function r.levels_expected(draft, ctx)
  return d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) ~= "priorities"
end

-- Whether missing target levels are next steps rather than errors: at the LPSA2 measures stage
-- ODPM asked for the baselines, projections and stretch as the next step (seed003 §5.1).
function r.levels_next(draft, ctx)
  return d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) == "measures"
end

-- Whether a measure is still in play: one marked agreed = false is under discussion or rejected,
-- and asking for its numbers would contradict R57 (measures are agreed before target levels).
function r.in_play(measure)
  return measure.agreed ~= false
end

-- The stretch and projection of a measure, with the signed enhancement in the direction of
-- improvement (positive = the stretch is better than the projection); nil when any is missing.
function r.enhancement(m)
  local with = r.number(r.field(m.node, "with_agreement", "value"))
  local without = r.number(r.field(m.node, "without_agreement", "value"))
  local s = r.sign(m.polarity)
  if not (with and without and s) then return nil end
  return (with - without) * s, with, without
end

-- Whether funding stream `s` is the pump priming grant itself (its name says so, in the patterns of
-- `wording`, the pump_priming_wording parameter).
function r.pump_priming_stream(s, wording)
  local name = d.text(s.name)
  if not name then return false end
  for _, w in ipairs(wording) do
    if d.find_wording(name, { { pattern = w.pattern } }) then return true end
  end
  return false
end

-- The spending words of `wording` (each entry's `with`) as entries of their own: in a stream that is
-- the pump priming, "will fund the festival" is enough. Made once per list.
local spending = {}
function r.spending_wording(wording)
  return d.remembered(spending, wording, function()
    local out = {}
    for _, w in ipairs(wording) do
      for _, v in ipairs(w.with or {}) do out[#out + 1] = { pattern = v } end
    end
    return freeze(out)
  end)
end

return r
