-- Helpers for the funding, freedoms, performance-management and partner rules:
-- `local a = require("arrangements")`. Like draft.lua, every function takes what it needs explicitly.
local d = require("draft")
local prose = require("prose")
local a = {}

-- The four arrangements a funding stream may be decided as (R34).
a.DECIDED = freeze({ pooled = true, aligned = true, local_pool = true, mainstream = true })

-- A funding stream's arrangement: its `arrangement` field when decided, else the one its notes state
-- in a sentence that is not hedged ("pooled, agreed by the Board" but not "may be pooled"), with that
-- sentence; nil when neither decides it, or the notes name two ("pooled or aligned"). `p` is
-- ctx.params; the rule lists arrangement_wording, hedge_wording and negation_wording in its params.
function a.arrangement(stream, p)
  local own = d.value(stream.arrangement)
  if a.DECIDED[own] then return own, nil end
  local found, sentence = nil, nil
  for _, hit in ipairs(prose.find_all(d.text(stream.notes), p.arrangement_wording, p.negation_wording)) do
    if not prose.find(hit[2], p.hedge_wording) then
      local kinds, count = {}, 0
      for _, w in ipairs(p.arrangement_wording) do
        if not kinds[w.arrangement] and prose.find(hit[2], { w }, p.negation_wording) then
          kinds[w.arrangement], count = true, count + 1
        end
      end
      -- "local pool" also reads as "pool": the specific phrase wins.
      if kinds.local_pool and kinds.pooled then kinds.pooled, count = nil, count - 1 end
      if count > 1 then return nil end
      local best = next(kinds)
      if found and best ~= found then return nil end
      found, sentence = best, hit[2]
    end
  end
  return found, sentence
end

-- The sentence of a stream's notes that contradicts its decided `arrangement` field ("labelled aligned,
-- but the PCT has not yet agreed to align it"): one that names that arrangement only in negated or hedged
-- words, and no sentence that states it plainly; nil when the notes do not contradict the label. `p`
-- as for a.arrangement.
function a.contradicted(stream, p)
  local own = d.value(stream.arrangement)
  if not a.DECIDED[own] then return nil end
  local words = {}
  for _, w in ipairs(p.arrangement_wording) do
    if w.arrangement == own then words[#words + 1] = w end
  end
  local against = nil
  for _, s in ipairs(prose.sentences(d.text(stream.notes))) do
    if prose.find(s.text, words) then
      if prose.find(s.text, words, p.negation_wording) and not prose.find(s.text, p.hedge_wording) then
        return nil
      end
      against = against or s.text
    end
  end
  return against
end

-- The decision plan of an undecided stream: `by` and `forum` from decision_plan, or else from its notes
-- when they speak of a decision (decision_wording): a date, and a body (forum_wording), in their words.
-- The rule lists decision_wording, forum_wording and negation_wording in its params.
function a.decision_plan(stream, p)
  local plan = json.type(stream.decision_plan) == "object" and stream.decision_plan or {}
  local by, forum = d.text(plan.by), d.text(plan.forum)
  local notes = d.text(stream.notes)
  if notes and (not by or not forum) then
    for _, s in ipairs(prose.sentences(notes)) do
      if prose.find(s.text, p.decision_wording, p.negation_wording) then
        if not by then
          local _, words = prose.date(s.text)
          by = words
        end
        if not forum then
          local _, _, words = prose.find(s.text, p.forum_wording)
          forum = words
        end
      end
    end
  end
  return by, forum
end

-- Whether the draft is at a stage by which it must be effectively agreed (the rule must list
-- "sign_off_stages" in its params): GOEM wanted the penultimate draft "effectively agreed and signed off".
function a.late(ctx)
  return d.contains(ctx.params.sign_off_stages, ctx.stage)
end

-- parent[name] when it is an object with at least one field filled in, else nil: a management
-- section of empty strings says no more than a missing one.
function a.section(parent, name)
  local s = json.type(parent) == "object" and parent[name] or nil
  if json.type(s) ~= "object" then return nil end
  for _, v in pairs(s) do
    if not d.is_blank(v) then return s end
  end
  return nil
end

-- The words of the fields of `node` that are blank, in the order of `fields`, a list of
-- { field, words } pairs; every field counts as blank when node is not an object.
function a.missing(node, fields)
  local out = {}
  for _, f in ipairs(fields) do
    if json.type(node) ~= "object" or d.is_blank(node[f[1]]) then out[#out + 1] = f[2] end
  end
  return out
end

-- Where to point a finding about the fields of `node` that are missing: at the one field when a
-- single field is missing and written (blank), else at the node.
function a.at_missing(node, fields)
  local gone = {}
  for _, f in ipairs(fields) do
    if d.is_blank(node[f[1]]) then gone[#gone + 1] = f[1] end
  end
  if #gone == 1 then return d.at(node, gone[1]) end
  return node, nil
end

-- How a message names an item of a list: "'Sure Start'" (its whole title or name: a.some keeps the list short by
-- naming only a few), else its id.
function a.name_of(entity)
  local title = json.type(entity) == "object" and (d.text(entity.title) or d.text(entity.name))
  if title then return "'" .. title .. "'" end
  return (json.type(entity) == "object" and d.text(entity.id)) or "(no id)"
end

-- "a, b, c, d and 4 others": at most `max` names, so a message stays readable.
function a.some(names, max)
  max = max or 4
  if #names <= max + 1 then return d.join(names) end -- "and 1 others" would save nothing
  local shown = {}
  for i = 1, max do shown[i] = names[i] end
  return table.concat(shown, ", ") .. " and " .. (#names - max) .. " others"
end

-- Freedoms: one that government has already agreed or refused needs no more work.
function a.open_freedom(f)
  return json.type(f) == "object" and f.status ~= "agreed" and f.status ~= "refused"
end

-- A freedom with no business case yet: marked as an idea or still to be developed, or with no
-- field of its business case filled in (a title only).
function a.undeveloped(f)
  if f.status == "idea" or f.status == "to_be_developed" then return true end
  return a.section(f, "business_case") == nil
end

return a
