-- The declarative form for simple rules, after Spectral's given/then: `local given = require("given")`,
-- then `return given.rule{ ... }` with the usual metadata and messages, and instead of `check`:
--   given = "indicators[*]",   -- where to look: a dotted path from the draft's root; "[*]" at the end
--                              -- means each object of that list, else the one object ("statements",
--                              -- "" for the draft itself), which may be missing
--   where = function(node, ctx) ... end, -- optional: only the nodes for which it returns true
--   unless = function(draft, ctx) ... end, -- optional: the rule stays silent when it returns true
--   noun = "Indicator",        -- optional: names each node as {subject} ("Indicator 3, 'Burglary',")
--   must = { field = "lead_partner", test = "present", message = "no-lead-partner" },
--                              -- `field` may be a dotted path inside the node ("placeholder.expected")
--                              -- or a list of such checks: the first that fails is reported; `message`
--                              -- may be function(draft, ctx, node) returning the message id
--   escalate = { stages = "indicator_detail_error_stages", to = "error" }, -- optional: the severity
--                              -- at the stages the named parameter lists
--   severity_by = function(draft, ctx) ... end, -- optional: the severity at this draft's stage, or
--                              -- nil when the check does not apply yet (instead of `escalate`)
-- Tests (docs/writing-rules.md): "present"; "entries" (an array holding at least one object); { pattern = P } (a Lua pattern the field's text must
-- match); { at_most = PARAM } and { at_least = PARAM } (a number, or an array's length, against a
-- parameter); { resolves = PATH } (the id or ids in the field name entities of the array at PATH);
-- { is_not = V } (the field must not be V, e.g. a flag that must not be set).
-- Messages are filled with {subject}, {value} (the field's text), {limit} (the parameter's value),
-- {count} (an array's length), {unknown} (ids that do not resolve), and whatever `data(node, ctx)`
-- returns when the rule gives that function.
local d = require("draft")
local given = {}

local META = { "id", "title", "section", "severity", "kinds", "guidance", "rationale", "params", "messages" }
local FORM = { given = true, where = true, unless = true, noun = true, must = true, escalate = true, data = true,
  severity_by = true }

-- The value at a dotted path from `root` and the object and key it hangs from (for pointing at it
-- when it is missing), or nil when a step on the way is not an object.
local function walk(root, path)
  local parent, key, node = nil, nil, root
  for step in path:gmatch("[^.]+") do
    if json.type(node) ~= "object" then return nil end
    parent, key, node = node, step, node[step]
  end
  return node, parent, key
end

-- The ids an entity's reference field gives: one id, or a list of them.
local function ids(v)
  if json.type(v) == "array" then return v end
  if d.text(v) then return { v } end
  return {}
end

-- Whether `v` passes `test`; on failure also the extra message data the test provides.
local function passes(test, v, draft, ctx)
  if test == "present" then return not d.is_blank(v) end
  if test == "entries" then
    for _, item in ipairs(d.list(v)) do
      if json.type(item) == "object" then return true end
    end
    return false
  end
  if d.is_blank(v) and test.is_not == nil then return true end -- "present" is another check's business
  if test.pattern then return not d.text(v) or d.text(v):find(test.pattern) ~= nil end
  if test.is_not ~= nil then return v ~= test.is_not end
  local n = json.type(v) == "array" and #v or v
  if test.at_most or test.at_least then
    local limit = ctx.params[test.at_most or test.at_least]
    if type(n) ~= "number" then return true end
    local ok = (test.at_most and n <= limit) or (test.at_least and n >= limit)
    return ok, { limit = limit, count = n }
  end
  if test.resolves then
    local known = d.index_by_id((walk(draft, test.resolves)))
    local unknown = {}
    for _, id in ipairs(ids(v)) do
      if not known[id] then unknown[#unknown + 1] = d.text(id) or "?" end
    end
    return #unknown == 0, { unknown = d.join(unknown) }
  end
  error("given.rule: unknown test in 'must' (present, entries, pattern, at_most, at_least, resolves or is_not)")
end

-- A mistake in the spec, blamed on the rule file's `return given.rule{` line.
local function fail(problem)
  error("given.rule: " .. problem, 3)
end

-- The placeholders the form fills itself, whatever the test.
local FILLED = { value = true, limit = true, count = true, unknown = true }

-- The placeholders of message entry `entry` (text, or { message, suggestion }) that nothing fills.
local function unfilled(spec, entry)
  local out = {}
  for _, text in ipairs(type(entry) == "table" and { entry.message, entry.suggestion } or { entry }) do
    for name in tostring(text):gmatch("{([%a_][%w_]*)}") do
      if not FILLED[name] and not (name == "subject" and spec.noun) then out[#out + 1] = name end
    end
  end
  return out
end

-- Compiles the declarative spec into a rule table the engine runs like any other.
function given.rule(spec)
  local checks = spec.must and (spec.must.field and { spec.must } or spec.must)
  if not (spec.given and checks and #checks > 0) then fail("it needs 'given' and 'must'") end
  for _, c in ipairs(checks) do
    if not (c.field and c.test and c.message) then fail("each 'must' needs field, test and message") end
    local entry = type(c.message) == "string" and spec.messages and spec.messages[c.message]
    if type(c.message) ~= "function" and not entry then
      fail("'must' names the message '" .. tostring(c.message) .. "', which 'messages' does not have")
    end
    -- Without a data function every placeholder must be one the form fills.
    local gone = entry and not spec.data and unfilled(spec, entry) or {}
    if #gone > 0 then
      fail("the message '" .. c.message .. "' uses {" .. gone[1] .. "}, which the form does not fill"
        .. (gone[1] == "subject" and " without a noun" or ""))
    end
  end
  local rule = {}
  for _, k in ipairs(META) do rule[k] = spec[k] end
  for k in pairs(spec) do
    local known = FORM[k]
    for _, m in ipairs(META) do known = known or m == k end
    if not known then fail("unknown field '" .. tostring(k) .. "'") end
  end

  rule.check = function(draft, ctx)
    if spec.unless and spec.unless(draft, ctx) then return end
    local severity
    if spec.severity_by then
      severity = spec.severity_by(draft, ctx)
      if not severity then return end
    elseif spec.escalate and d.contains(ctx.params[spec.escalate.stages], ctx.stage) then
      severity = spec.escalate.to
    end
    local block_of = d.block_finder(draft)
    local path, each = spec.given:gsub("%[%*%]$", "")
    local found, parent, key = walk(draft, path)
    -- A list: each of its objects (none when it is missing). Else the one object, missing or not.
    local nodes = each > 0 and d.list(found) or { found or json.null }
    for _, node in ipairs(nodes) do
      local object = json.type(node) == "object"
      local wanted = (object or each == 0) and not (spec.where and not (object and spec.where(node, ctx)))
      for _, c in ipairs(wanted and checks or {}) do
        local v, holder, last = nil, nil, nil
        if object then v, holder, last = walk(node, c.field) end
        local ok, extra = passes(c.test, v, draft, ctx)
        if not ok then
          local data = extra or {}
          if spec.noun then data.subject = d.subject(d.label(node, spec.noun)) end
          data.value = d.text(v)
          for k, x in pairs(spec.data and spec.data(node, ctx) or {}) do data[k] = x end
          local at, at_key = draft, nil -- nothing of the object is there: point at where it belongs
          if holder then at, at_key = d.at(holder, last)
          elseif object then at, at_key = node, nil
          elseif parent then at, at_key = d.at(parent, key) end
          ctx.report{
            node = at, key = at_key, severity = severity, block = object and block_of(node) or nil,
            messageId = type(c.message) == "function" and c.message(draft, ctx, node) or c.message, data = data,
          }
          break
        end
      end
    end
  end
  return rule
end

return given
