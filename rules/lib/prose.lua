-- Facts stated in free text: `local prose = require("prose")`.
-- Officers often write in a note, a rationale or a definition what the format has a field for ("to be
-- pooled, agreed by the Board in March 2006"). These helpers find such a fact so that a rule can count it
-- as given, or raise a defect stated in words, quoting the draft. The words to look for are parameters
-- (rules/params/common.json), lists of entries read by prose.find:
--   { "pattern": "capital", "with": ["into revenue", "running costs"], ... any other fields }
-- `pattern` is a Lua pattern matched as whole words in one sentence, lower-cased with runs of spaces
-- folded; `with` (optional) lists patterns of which one must also be in that sentence. A match that a
-- negation word (the `negation_wording` parameter) closely precedes is not counted: "will not be pooled".
-- Like draft.lua it runs without ctx: pass the wording lists explicitly.
local d = require("draft")
local p = {}

-- Per draft (libraries load afresh for each): a text's sentences.
local split = {}

-- The sentences of `text`, each { lower = folded lower-case text, text = the draft's words }; only the
-- first 4,000 characters are read (see d.find_wording for why).
function p.sentences(text)
  if type(text) ~= "string" then return {} end
  local out = split[text]
  if out then return out end
  out = {}
  local words = {}
  local function flush()
    if #words > 0 then
      local t = table.concat(words, " ")
      out[#out + 1] = { text = t, lower = t:lower() }
      words = {}
    end
  end
  -- A sentence ends at a word ending in . ; ! or ? ("e.g." ends one too: facts are looked for one
  -- sentence at a time, and a short sentence only makes a fact harder to find, never invented).
  for word in text:sub(1, 4000):gmatch("%S+") do
    words[#words + 1] = word
    if word:find("[%.;!%?]$") then flush() end
  end
  flush()
  split[text] = out
  return out
end

-- Where `pattern` matches in `s` as whole words (no letter or digit runs on into the match at either
-- end, so "£" and "%" match beside figures), from `init`; or nil.
local function word_find(s, pattern, init)
  local from, to = s:find(pattern, init)
  while from do
    local open = from == 1 or not s:sub(from - 1, from - 1):find("^%w") or not s:sub(from, from):find("^%w")
    local close = not s:sub(to + 1, to + 1):find("^%w") or not s:sub(to, to):find("^%w")
    if open and close then return from, to end
    from, to = s:find(pattern, from + 1)
  end
  return nil
end

-- Where pattern matches in sentence `lower` as whole words, not closely preceded by a negation; or nil.
local function match(lower, pattern, negation)
  local from, to = word_find(lower, pattern, 1)
  while from do
    local before = lower:sub(math.max(1, from - 24), from - 1)
    local negated = false
    for _, n in ipairs(negation or {}) do
      if word_find(before, n, 1) then negated = true break end
    end
    if not negated then return from, to end
    from, to = word_find(lower, pattern, to + 1)
  end
  return nil
end

local function any(lower, patterns, negation)
  for _, q in ipairs(patterns) do
    if match(lower, q, negation) then return true end
  end
  return false
end

-- The entries of `wording` that may be stated in `text`, in order (d.possible_wording): no sentence
-- is searched for the others.
local function possible_entries(text, wording)
  if type(text) ~= "string" then return {} end
  return d.possible_wording(text, wording)
end

-- The first entry of `wording` stated in `text` (a string, or a list of strings read in order), with
-- the sentence it is stated in (the draft's words) and the words matched; nil when none is.
function p.find(text, wording, negation)
  local texts = type(text) == "table" and text or { text }
  for _, t in ipairs(texts) do
    local possible = possible_entries(t, wording)
    for _, s in ipairs(#possible > 0 and p.sentences(t) or {}) do
      for _, w in ipairs(possible) do
        local from, to = match(s.lower, w.pattern, negation)
        if from and (not w.with or any(s.lower, w.with, negation)) then
          return w, s.text, s.lower:sub(from, to)
        end
      end
    end
  end
  return nil
end

-- Every sentence of `text` that states an entry of `wording`, as { entry, sentence } pairs.
function p.find_all(text, wording, negation)
  local out = {}
  local possible = possible_entries(text, wording)
  for _, s in ipairs(#possible > 0 and p.sentences(text) or {}) do
    for _, w in ipairs(possible) do
      local from = match(s.lower, w.pattern, negation)
      if from and (not w.with or any(s.lower, w.with, negation)) then
        out[#out + 1] = { w, s.text }
        break
      end
    end
  end
  return out
end

-- A sentence of the draft quoted in a message: in single quotes, at most 120 characters, cut at a space.
function p.quote(sentence)
  local s = sentence:gsub("^%s+", ""):gsub("%s+$", "")
  if utf8.len(s) and utf8.len(s) > 120 then
    s = s:sub(1, utf8.offset(s, 118) - 1):gsub(" [^ ]*$", "") .. "..."
  end
  return "'" .. s .. "'"
end

local MONTHS = { january = 1, february = 2, march = 3, april = 4, may = 5, june = 6, july = 7, august = 8,
  september = 9, october = 10, november = 11, december = 12, jan = 1, feb = 2, mar = 3, apr = 4, jun = 6,
  jul = 7, aug = 8, sep = 9, sept = 9, oct = 10, nov = 11, dec = 12 }

-- The first date stated in `text`, as { year = 2008, month = 3, day = 31 } (day, and year, may be nil:
-- "at the March Board" gives a month alone), with the words it was read from; nil when there is none.
-- Reads 2006-03-31, 31/03/2006, 31 March 2006, March 2006, the financial year 2007/08 (its last day)
-- and a month name on its own.
function p.date(text)
  if type(text) ~= "string" then return nil end
  local s = text:sub(1, 4000):lower()
  local y, m, day = s:match("(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return { year = tonumber(y), month = tonumber(m), day = tonumber(day) }, y .. "-" .. m .. "-" .. day end
  day, m, y = s:match("(%d%d?)/(%d%d?)/(%d%d%d%d)")
  if day then return { year = tonumber(y), month = tonumber(m), day = tonumber(day) }, day .. "/" .. m .. "/" .. y end
  for at, word in s:gmatch("()(%a+)") do
    local month = MONTHS[word]
    local year = s:sub(at + #word):match("^ (%d%d%d%d)%f[%D]")
    -- "May" and the short forms count only before a year: "may" is usually a verb, "mar" a word.
    if month and (year or (#word > 4 or word == "june" or word == "july")) then
      local before = s:sub(math.max(1, at - 6), at - 1):match("(%d%d?)%a*%s$")
      return { year = year and tonumber(year), month = month, day = before and tonumber(before) },
        word .. (year and (" " .. year) or "")
    end
  end
  local first, second = s:match("(%d%d%d%d)/(%d%d)%f[%D]")
  if first and (tonumber(first) + 1) % 100 == tonumber(second) then
    return { year = tonumber(first) + 1, month = 3, day = 31 }, first .. "/" .. second
  end
  return nil
end

local SCALE = { m = 1e6, million = 1e6, k = 1e3, bn = 1e9, billion = 1e9 }

-- The first sum of money stated in `text` ("£1.2m", "£250,000", "£45k", "£3 million"), in pounds, with
-- the words it was read from; nil when there is none.
function p.amount(text)
  if type(text) ~= "string" then return nil end
  local s = text:sub(1, 4000):lower()
  local digits, unit = s:match("£ ?([%d,]*%.?%d+) ?(%a*)")
  if not digits then return nil end
  local value = tonumber((digits:gsub(",", "")))
  if not value then return nil end
  local words = "£" .. digits
  if SCALE[unit] then value, words = value * SCALE[unit], words .. (#unit > 2 and " " or "") .. unit end
  return value, words
end

-- Whether `text` states a figure other than a year or a financial year: "42%", "1,234", "7.6 per 1,000".
function p.has_figure(text)
  if type(text) ~= "string" then return false end
  local s = text:sub(1, 4000):gsub("%d%d%d%d/%d%d", ""):gsub("%d%d%d%d%-%d%d", "")
  for n in s:gmatch("%d[%d,%.]*") do
    local v = tonumber((n:gsub(",", ""):gsub("%.$", "")))
    if v and not (v >= 1990 and v <= 2030 and not n:find("[,%.]")) then return true end
  end
  return false
end

-- Whether `text` is a placeholder rather than content: it states an entry of `wording` ("to be
-- developed further") and has at most `max_words` words.
function p.thin(text, wording, max_words)
  local t = d.text(text)
  if not t then return false end
  local _, words = t:gsub("%S+", "")
  return words <= max_words and p.find(t, wording) ~= nil
end

return p
