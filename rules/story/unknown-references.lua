local d = require("draft")
local story = require("story")

-- The reference fields of the draft format (docs/draft-format.md, "Ids and references"): the kind
-- of entity holding the field, the kind it must name, and the part the named entity plays.
local REFS = {
  { from = "priorities", field = "sources", to = "documents", as = "a source document" },
  { from = "outcomes", field = "block", to = "blocks", as = "its block" },
  { from = "outcomes", field = "priorities", to = "priorities", as = "a priority it serves" },
  { from = "outcomes", field = "lead_partner", to = "partners", as = "its lead partner" },
  { from = "indicators", field = "outcomes", to = "outcomes", as = "an outcome it measures" },
  { from = "indicators", field = "lead_partner", to = "partners", as = "its lead partner" },
  { from = "reward_targets", field = "blocks", to = "blocks", as = "its block" },
  { from = "reward_targets", field = "lead_partner", to = "partners", as = "its lead partner" },
  { from = "reward_targets", field = "partners", to = "partners", as = "one of its partners" },
  { from = "measures", field = "indicator", to = "indicators", as = "its indicator" },
  { from = "funding_streams", field = "blocks", to = "blocks", as = "a block it supports" },
  { from = "funding_streams", field = "outcomes", to = "outcomes", as = "an outcome it supports" },
  { from = "funding_streams", field = "agreed_by", to = "partners", as = "a partner that has agreed it" },
  { from = "freedoms", field = "blocks", to = "blocks", as = "a block it would help" },
  { from = "freedoms", field = "outcomes", to = "outcomes", as = "an outcome it would help to achieve" },
  { from = "freedoms", field = "reward_targets", to = "reward_targets",
    as = "a reward target it would help to achieve" },
  { from = "freedoms", field = "supported_by", to = "partners", as = "a partner supporting it" },
}

-- The kind without its article: "an outcome" -> "outcome".
local function bare(kind)
  return (story.KINDS[kind].a:gsub("^an? ", ""))
end

return {
  id = "story.unknown-references",
  title = "Every id the draft refers to names an entity of the right kind",
  section = "telling-the-story",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): seed004 (GOEM: partners cannot 'follow the thread from "
    .. "strategic priorities ... to outcomes and through to indicators'). The draft format ties that thread "
    .. "together with ids (docs/draft-format.md, 'Ids and references'), and a link to an id that is not "
    .. "there is a broken thread. Findings about reward targets, funding streams and freedoms are filed "
    .. "under those sections, where GOEM raises them.",
  rationale = "A link that leads nowhere counts as no link at all: the outcome has no block, the indicator "
    .. "measures nothing, the stream supports nothing. Naming the id lets the officer find the slip, which "
    .. "is usually a misspelling or an entity renamed in one place only.",
  params = {},
  messages = {
    ["wrong-kind"] = {
      message = "{subject} names '{id}' as {role}, but that is the id of {other}, not {wanted}.",
      suggestion = "Give the id of the {kind} meant here; until then the link leads to the wrong place.",
    },
    ["unknown-id"] = {
      message = "{subject} names '{id}' as {role}, but the draft has no {kind} with that id.",
      suggestion = "Correct the id, or add the missing {kind} to the draft; until then the link leads nowhere "
        .. "and counts as missing.",
    },
    ["unknown-id-near"] = {
      message = "{subject} names '{id}' as {role}, but the draft has no {kind} with that id.",
      suggestion = "Did you mean '{near}'? Correct the id, or add the missing {kind} to the draft; until then the "
        .. "link leads nowhere and counts as missing.",
    },
  },
  check = function(draft, ctx)
    local lists = story.lists(draft)
    -- Every id of every kind, to tell a misplaced id from one that exists nowhere.
    local ids, in_order = {}, {}
    for kind in pairs(story.KINDS) do ids[kind], in_order[kind] = {}, {} end
    for _, list in ipairs(lists) do
      for _, e in ipairs(list.node) do
        local id = json.type(e) == "object" and d.text(e.id)
        if id and not ids[list.kind][id] then
          ids[list.kind][id] = true
          table.insert(in_order[list.kind], id)
        end
      end
    end
    local block_of = d.block_finder(draft)

    local function judge(list, entity, i, ref, node, key, id)
      if ids[ref.to][id] then return end
      local other
      for _, l in ipairs(lists) do
        if ids[l.kind][id] then other = l.kind break end
      end
      local name = d.subject(story.name(list, entity, i))
      -- A slip of the keyboard (blk-sc for blk-ssc) is the usual cause: name the id meant.
      local near = not other and nearest_name(id, in_order[ref.to])
      ctx.report{
        node = node, key = key,
        section = list.section,
        block = block_of(list.target or entity),
        messageId = other and "wrong-kind" or (near and "unknown-id-near" or "unknown-id"),
        data = {
          subject = name, id = id, role = ref.as, kind = bare(ref.to), near = near or nil,
          other = other and story.KINDS[other].a, wanted = story.KINDS[ref.to].a,
        },
      }
    end

    for _, list in ipairs(lists) do
      for _, ref in ipairs(REFS) do
        if ref.from == list.kind then
          for i, entity in ipairs(list.node) do
            if json.type(entity) == "object" then
              local v = entity[ref.field]
              if json.type(v) == "array" then
                for j, id in ipairs(v) do
                  if type(id) == "string" and d.text(id) then judge(list, entity, i, ref, v, j, id) end
                end
              elseif type(v) == "string" and d.text(v) then
                judge(list, entity, i, ref, entity, ref.field, v)
              end
            end
          end
        end
      end
    end
  end,
}
