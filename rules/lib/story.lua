-- Helpers for the "telling the story" rules: `local story = require("story")`.
-- The thread a Government Office follows runs priority -> outcome -> indicator, held together by ids,
-- so several rules need the same view of which lists carry ids and what links are missing.
local d = require("draft")
local story = {}

-- The kinds of entity that carry ids: the noun for labels and the noun with its article for
-- sentences. Every target's measures share the kind "measures".
story.KINDS = {
  documents = { noun = "Document", a = "a document" },
  dates = { noun = "Date", a = "a date" },
  priorities = { noun = "Priority", a = "a strategic priority" },
  blocks = { noun = "Block", a = "a block" },
  outcomes = { noun = "Outcome", a = "an outcome" },
  indicators = { noun = "Indicator", a = "an indicator" },
  reward_targets = { noun = "Reward target", a = "a reward target" },
  measures = { noun = "Measure", a = "a reward measure" },
  funding_streams = { noun = "Funding stream", a = "a funding stream" },
  freedoms = { noun = "Freedom or flexibility", a = "a freedom or flexibility" },
  partners = { noun = "Partner", a = "a partner" },
}

-- Where a finding about an entity of each kind is filed, when not under the rule's own section:
-- GOEM raises reward, funding and freedom matters under their own headings.
local SECTIONS = {
  reward_targets = "reward-targets", measures = "reward-targets",
  funding_streams = "funding-streams", freedoms = "freedoms-and-flexibilities",
}

-- Every list of entities that carry ids, in file order. Each entry: `node` (the array), `kind`
-- (a key of story.KINDS), `noun` and `a` from story.KINDS, `section` (nil for the rule's own) and,
-- for measures, the `target` they belong to and its 1-based `target_index`.
function story.lists(draft)
  local out = {}
  local function add(node, kind, target, target_index)
    if json.type(node) ~= "array" then return end
    out[#out + 1] = { node = node, kind = kind, noun = story.KINDS[kind].noun, a = story.KINDS[kind].a,
      section = SECTIONS[kind], target = target, target_index = target_index }
  end
  if json.type(draft.agreement) == "object" then add(draft.agreement.documents, "documents") end
  if json.type(draft.submission) == "object" then add(draft.submission.dates, "dates") end
  add(draft.priorities, "priorities")
  add(draft.blocks, "blocks")
  add(draft.outcomes, "outcomes")
  add(draft.indicators, "indicators")
  add(draft.reward_targets, "reward_targets")
  for ti, target in ipairs(d.list(draft.reward_targets)) do
    if json.type(target) == "object" then add(target.measures, "measures", target, ti) end
  end
  add(draft.funding_streams, "funding_streams")
  add(draft.freedoms, "freedoms")
  add(draft.partners, "partners")
  return out
end

-- How an officer would name entity number `i` of `list` (an entry of story.lists). `position`
-- forces the number to be its place in the list, for when ids cannot tell entities apart.
function story.name(list, entity, i, position)
  if list.kind == "measures" then
    local title = json.type(entity) == "object" and entity.title or nil
    return d.measure_label(list.target, list.target_index, { title = title }, i)
  end
  return d.label(entity, list.noun, position and i or nil)
end

-- The reward targets and target areas (outcomes) whose wording matches `wording`: a list of
-- { node, name, words }, one per entity. A target is read in its title and its measures' titles and
-- definitions (taken from the linked indicator where the measure gives none); an outcome in the
-- fields named in `outcome_fields`. LPSA2 names its target areas as outcomes before targets exist.
function story.targets_matching(draft, wording, outcome_fields)
  local texts = {}
  for ti, target in ipairs(d.list(draft.reward_targets)) do
    texts[ti] = json.type(target) == "object" and { target.title } or {}
  end
  for _, m, _, ti in d.reward_measures(draft) do
    local t = texts[ti]
    t[#t + 1] = m.title -- nil appends nothing
    t[#t + 1] = m.definition
  end
  local hits = {}
  local function look(node, name, list)
    for _, text in ipairs(list) do
      local w, words = d.find_wording(text, wording)
      if w then
        hits[#hits + 1] = { node = node, name = name, words = words }
        return
      end
    end
  end
  for ti, target in ipairs(d.list(draft.reward_targets)) do
    if json.type(target) == "object" then look(target, d.label(target, "Reward target", ti), texts[ti]) end
  end
  for _, outcome in ipairs(d.list(draft.outcomes)) do
    if json.type(outcome) == "object" then
      local list = {}
      for _, f in ipairs(outcome_fields) do list[#list + 1] = outcome[f] end
      look(outcome, d.label(outcome, "Target area"), list)
    end
  end
  return hits
end

-- The number of a National Indicator code ("NI 30" -> 30), or nil. Lenient about case and spaces
-- ("ni30"), since a draft that is not schema-valid must not stop the rule.
function story.ni_number(code)
  if type(code) ~= "string" then return nil end
  local n = code:match("^%s*[Nn][Ii]%s*(%d+)%s*$")
  return n and tonumber(n) or nil
end

return story
