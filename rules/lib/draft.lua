-- Shared shapes for rules: `local d = require("draft")`.
-- Runs in the rule sandbox without ctx; every function takes the draft (or a node) explicitly.
local d = {}

-- A value the draft does not really give: missing, JSON null, an empty or all-space string,
-- or an empty array/object.
local NULL = json.null

function d.is_blank(v)
  if v == nil or v == NULL then return true end
  local t = type(v)
  if t == "string" then
    local first = v:byte(1)
    if first and first > 32 then return false end -- the usual case, without a pattern
    return v:find("%S") == nil
  end
  if t == "table" then return json.type(v) ~= "nil" and next(v) == nil end
  return false
end

-- v as text for a message when it is a non-blank string or a number, else nil: a draft that is
-- not schema-valid may put an object where a title belongs, and that must not stop the rule.
function d.text(v)
  local t = type(v)
  if t == "number" then return tostring(v) end
  if t == "string" and not d.is_blank(v) then return v end
  return nil
end

-- The status of a baseline object: as stated, or read from what is filled in when the draft does
-- not say (a method, date or relative stretch without a figure means "to_be_established"; see
-- docs/draft-format.md). nil when b is not an object.
function d.baseline_status(b)
  if json.type(b) ~= "object" then return nil end
  local s = d.value(b.status)
  if s then return s end
  if type(b.value) ~= "number" and (d.value(b.method) or d.value(b.by) or d.value(b.stretch_relative)) then
    return "to_be_established"
  end
  return "known"
end

-- v itself, or nil when it is blank: lets rules write `d.value(a) or d.value(b)`,
-- which plain `or` cannot do because json.null is truthy.
function d.value(v)
  if d.is_blank(v) then return nil end
  return v
end

-- The elements of an array in the draft, or an empty list when the array is missing or null,
-- so rules can always `ipairs(d.list(draft.indicators))`.
function d.list(v)
  if json.type(v) == "array" then return v end
  return {}
end

-- What this library works out from the draft, kept for every rule that asks again (libraries are
-- loaded afresh for each draft) and frozen, so no rule can change what the next one is given.
-- memo[key], made by make() the first time it is asked for (a helper library's own memo table).
function d.remembered(memo, key, make)
  local v = memo[key]
  if v == nil then
    v = make()
    memo[key] = v
  end
  return v
end
local remembered = d.remembered

local ids_of = {} -- array -> { by_id, index_of }

-- id -> node and id -> 1-based index for an array of entities with "id".
function d.index_by_id(array)
  local pair = remembered(ids_of, array or NULL, function()
    local by_id, index_of = {}, {}
    for i, item in ipairs(d.list(array)) do
      local id = json.type(item) == "object" and d.value(item.id)
      if id and by_id[id] == nil then
        by_id[id], index_of[id] = item, i
      end
    end
    return freeze({ by_id, index_of })
  end)
  return pair[1], pair[2]
end

-- "a", "a and b", "a, b and c" (or "a, b or c" with conj "or").
function d.join(words, conj)
  local n = #words
  if n == 0 then return "" end
  if n == 1 then return words[1] end
  return table.concat(words, ", ", 1, n - 1) .. " " .. (conj or "and") .. " " .. words[n]
end

-- A title quoted whole: it is how the officer finds the item in their own document, and a title
-- cut short may match several (the engine caps a message's length for hostile input).
local function quoted(title)
  return "'" .. title .. "'"
end

-- Names an entity the way an officer would: "Reward target 7, 'Reduce repeat incidents of
-- domestic violence'". The reference is the entity's own number, else the position given
-- (for things numbered by place, like the measures of a target), else its id.
function d.label(entity, noun, position)
  local ref, title = d.text(position), nil
  if json.type(entity) == "object" then
    ref = d.text(entity.number) or ref or d.text(entity.id)
    title = d.text(entity.title) or d.text(entity.name)
  end
  local s = noun
  if ref then s = s .. " " .. ref end
  if title then s = s .. ", " .. quoted(title) end
  return s
end

-- A label used as the subject of a sentence: "Reward target 7, 'Reduce burglary', is ...".
function d.subject(label)
  if label:sub(-1) == "'" then return label .. "," end
  return label
end

-- Where to point a finding about `field` of `node`: at the field when the draft gives it a
-- value, else at the node (a pointer to a missing or null member leads the reader nowhere).
function d.at(node, field)
  local v = node[field]
  if v ~= nil and not json.isnull(v) then return node, field end
  return node, nil
end

-- Fields a reward measure takes from its linked indicator when it does not give them itself.
local inherited_fields = { "title", "definition", "measure_type", "data_source", "polarity", "unit", "baseline" }

-- Iterates over every measure of every reward target:
--   for target, m, measure_index, target_index in d.reward_measures(draft) do ... end
-- `m` is a plain table (not a draft node) with the resolved values of inherited_fields, plus:
--   m.node            the measure itself, for reporting;
--   m.indicator       the linked indicator node, or nil;
--   m.indicator_index its 1-based position in draft.indicators;
--   m.from[field]     the node the value came from (the measure or the indicator).
local measure_rows = {} -- draft -> frozen rows

function d.reward_measures(draft)
  local rows = remembered(measure_rows, draft, function()
    local indicators, index_of = d.index_by_id(draft.indicators)
    local rows = {}
    for ti, target in ipairs(d.list(draft.reward_targets)) do
      if json.type(target) == "object" then
        for mi, measure in ipairs(d.list(target.measures)) do
          if json.type(measure) == "object" then
            local link = d.value(measure.indicator)
            local m = { node = measure, from = {} }
            if link then m.indicator, m.indicator_index = indicators[link], index_of[link] end
            for _, f in ipairs(inherited_fields) do
              if d.value(measure[f]) then
                m[f], m.from[f] = measure[f], measure
              elseif m.indicator and d.value(m.indicator[f]) then
                m[f], m.from[f] = m.indicator[f], m.indicator
              end
            end
            rows[#rows + 1] = { target, m, mi, ti }
          end
        end
      end
    end
    return freeze(rows)
  end)
  local i = 0
  return function()
    i = i + 1
    local r = rows[i]
    if r then return r[1], r[2], r[3], r[4] end
  end
end

-- Indicators that serve as reward measures (linked from one): rules judge these once, as
-- reward measures, rather than a second time as ordinary indicators.
local reward_ids = {} -- draft -> frozen set

function d.reward_indicator_ids(draft)
  return remembered(reward_ids, draft, function()
    local ids = {}
    for _, m in d.reward_measures(draft) do
      if m.indicator then ids[m.indicator.id] = true end
    end
    return freeze(ids)
  end)
end

-- "Reward target 7, 'Reduce repeat incidents': measure 2, 'Repeat incidents reported'",
-- using the resolved title so a measure that only links to an indicator still has a name; a
-- measure called what its target is called is not named twice ("... 'Direct payments': measure 1").
function d.measure_label(target, target_index, m, measure_index)
  local s = d.label(target, "Reward target", target_index) .. ": measure " .. measure_index
  local title = d.text(m.title)
  if title and title ~= (d.text(target.title) or d.text(target.name)) then s = s .. ", " .. quoted(title) end
  return s
end

-- The indicator a reward measure links to, named once for a finding filed on it: "The indicator
-- for reward target 3, 'Repeat incidents of domestic violence'" ("for measure 2 of reward target 3"
-- when the target has several). The officer fills in the indicator, so the measure's label, which
-- quotes the same title again, would only repeat it.
function d.measure_indicator_label(target, target_index, indicator, measure_index)
  local ref = d.text(target.number) or d.text(target_index)
  local s = "The indicator for "
  if #d.list(target.measures) > 1 then s = s .. "measure " .. measure_index .. " of " end
  s = s .. "reward target " .. ref
  local title = d.text(indicator.title) or d.text(indicator.name)
  if title then s = s .. ", " .. quoted(title) end
  return s
end

-- Returns block_of(entity): the id of the one block an entity belongs to (through its own
-- block or blocks, or the blocks of its outcomes), or nil when none or several; only ids of
-- blocks the draft defines are returned.
local block_finders = {} -- draft -> block_of

function d.block_finder(draft)
  return remembered(block_finders, draft, function()
    local blocks = d.index_by_id(draft.blocks)
    local outcomes = d.index_by_id(draft.outcomes)
    local known = {} -- entity -> its block, or false
    local function find(entity)
      local found = {}
      local function add(id)
        id = d.value(id)
        if id and blocks[id] then found[id] = true end
      end
      add(entity.block)
      for _, b in ipairs(d.list(entity.blocks)) do add(b) end
      for _, o in ipairs(d.list(entity.outcomes)) do
        local outcome = outcomes[o]
        if outcome then add(outcome.block) end
      end
      local only, count = nil, 0
      for id in pairs(found) do only, count = id, count + 1 end
      return count == 1 and only or false
    end
    return function(entity)
      if json.type(entity) ~= "object" then return nil end
      local b = known[entity]
      if b == nil then
        b = find(entity)
        known[entity] = b
      end
      return b or nil
    end
  end)
end

-- The literal text every match of Lua pattern `p` starts with ("meeting" for "meetings? held"),
-- or nil: a plain search for it rules most texts out far more cheaply than the pattern can.
local function literal_prefix(p)
  local run = p:match("^[%w ]+")
  if not run then return nil end
  if p:sub(#run + 1, #run + 1):find("^[%?%*%-%+]") then run = run:sub(1, -2) end
  if run == "" then return nil end
  return run
end

-- What every whole-word match of pattern `p` begins at, as a key into a text's index (below):
-- { 1, "number" } when its literal start is a whole word followed by a space ("number of meetings"),
-- { 2, "mee" } when it is a word's first three letters or digits ("meetings? held"), or false when
-- nothing is known (a pattern opening with a symbol, such as "£").
local function word_key(p)
  local literal = literal_prefix(p)
  local head = literal and literal:match("^%w+")
  if not head then return false end
  if #literal > #head then return { 1, head } end
  if #head >= 3 then return { 2, head:sub(1, 3) } end
  return false
end

-- Per draft (libraries load afresh for each), shared by every rule: each pattern's key; each
-- read-only wording list as plain lists of its entries and their keys; each text's index, the set of
-- its words (runs of letters and digits in its first 4,000 characters, lower-cased) and the set of
-- their first three characters; texts as find_wording reads them; find_wording's patterns, and its
-- answers for read-only lists (list -> text -> { entry, words } or false).
local word_keys, lists, word_index, normalized, compiled, found = {}, {}, {}, {}, {}, {}

-- Whether list `t` is read-only (a parameter, or frozen: an empty proxy, so rawlen is 0), so that
-- it cannot change and what is worked out from it can be kept for the draft.
local function read_only_list(t)
  return rawlen(t) == 0 and t[1] ~= nil
end

-- `wording`'s entries (as ipairs walks them) and their keys, as two plain lists.
local function entries_and_keys(wording)
  local read_only = read_only_list(wording)
  local c = read_only and lists[wording]
  if c then return c end
  local entries, keys = {}, {}
  for i, w in ipairs(wording) do
    local p = w.pattern
    local key = type(p) == "string" and word_keys[p]
    if key == nil then
      key = word_key(p)
      word_keys[p] = key
    end
    entries[i], keys[i] = w, key
  end
  c = { entries, keys }
  if read_only then lists[wording] = c end
  return c
end

-- The entries of `wording` (a list of { pattern = ... }, in order) whose Lua pattern may match string
-- `text` as whole words, lower-cased, as find_wording and prose.find read it: the others lack the
-- word, or the start of a word, that every such match begins at. So most entries are ruled out by
-- table look-ups, without a search.
function d.possible_wording(text, wording)
  local index = word_index[text]
  if not index then
    local words, starts = {}, {}
    for w in text:sub(1, 4000):lower():gmatch("%w+") do
      words[w] = true
      starts[w:sub(1, 3)] = true
    end
    index = { words, starts }
    word_index[text] = index
  end
  local c, out = entries_and_keys(wording), {}
  local entries, keys = c[1], c[2]
  for i = 1, #entries do
    local key = keys[i]
    if not key or index[key[1]][key[2]] then out[#out + 1] = entries[i] end
  end
  return out
end

local function search_wording(text, wording)
  for _, w in ipairs(d.possible_wording(text, wording)) do
    local s = normalized[text]
    if not s then
      s = text:sub(1, 4000):lower():gsub("%s+", " ")
      normalized[text] = s
    end
    local c = compiled[w]
    if not c then
      c = { "%f[%w]" .. w.pattern .. "%f[%W]", literal_prefix(w.pattern) or false }
      compiled[w] = c
    end
    -- The plain search also keeps a pattern too complex for a long text from being tried on one
    -- that lacks its literal start.
    if not c[2] or s:find(c[2], 1, true) then
      local from, to = s:find(c[1])
      if from then return w, s:sub(from, to) end
    end
  end
  return nil
end

local wordings, NO_PATTERNS = {}, {}

-- A list of Lua patterns (a parameter, or nil for none) as the { pattern = ... } entries that
-- find_wording reads: made once per list and frozen, so find_wording's caches serve it.
function d.wording_of(patterns)
  return remembered(wordings, patterns or NO_PATTERNS, function()
    local out = {}
    for _, p in ipairs(patterns or {}) do out[#out + 1] = { pattern = p } end
    return freeze(out)
  end)
end

-- The first entry of `wording` (a list of {pattern, counts, reason}) whose Lua pattern matches
-- `text` as whole words, lower-cased and with runs of spaces folded, and the words it matched;
-- nil if none does. Only the first 4,000 characters are read: the engine refuses a pattern whose
-- estimated backtracking on a long text is too great, and titles and definitions are short.
function d.find_wording(text, wording)
  if type(text) ~= "string" then return nil end
  local kept = read_only_list(wording) and remembered(found, wording, function() return {} end)
  local result
  if kept then result = kept[text] end
  if result == nil then
    local w, words = search_wording(text, wording)
    result = w and { w, words } or false
    if kept then kept[text] = result end
  end
  if result then return result[1], result[2] end
  return nil
end

local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }

-- "2006-01-05" -> "5 January 2006", as a letter would write it; anything else unchanged.
function d.date_words(s)
  local y, m, day = tostring(s):match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y or not MONTHS[tonumber(m)] then return tostring(s) end
  return string.format("%d %s %s", tonumber(day), MONTHS[tonumber(m)], y)
end

-- The LPSA2 negotiation stage a rule should judge the draft at: "priorities", "measures" or
-- "target_levels", or nil for another kind or a draft that does not say. Negotiation agrees priorities,
-- then measures, then target levels (seed001's timetable; seed003 §4.3), and a draft at a sign-off stage
-- (`late_stages`, the sign_off_stages parameter) is the agreement itself: it is judged as at target
-- levels whatever its stale negotiation_stage says (lpsa2.negotiation-stage raises the mismatch), so
-- that the stale stage does not soften every other finding.
function d.negotiation_stage(draft, kind, stage, late_stages)
  if kind ~= "lpsa2" or json.type(draft.submission) ~= "object" then return nil end
  if stage and d.contains(late_stages or {}, stage) then return "target_levels" end
  local n = d.value(draft.submission.negotiation_stage)
  if n == "priorities" or n == "measures" or n == "target_levels" then return n end
  return nil
end

-- Whether `list` (an array, e.g. a parameter) contains `v`.
function d.contains(list, v)
  if v == nil then return false end
  for _, x in ipairs(list) do
    if x == v then return true end
  end
  return false
end

return d
