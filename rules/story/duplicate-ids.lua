local d = require("draft")
local story = require("story")

return {
  id = "story.duplicate-ids",
  title = "No two entities share an id",
  section = "telling-the-story",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R28 (guidance-research.md, High): the thread from priorities to indicators is held together "
    .. "by ids (docs/draft-format.md, 'Ids and references': 'Make every id unique in the whole file'). "
    .. "Two entities of one list with one id make every link to it ambiguous; the same id in two different "
    .. "lists is only advice, since links name the kind they expect.",
  rationale = "Links, findings and the comparison of one draft with the next all identify entities by id: "
    .. "when two outcomes share an id, an indicator linked to it may be counted against the wrong outcome.",
  params = {},
  messages = {
    ["duplicate-id"] = {
      message = "{subject} has the id '{id}', which {other} also has.",
      suggestion = "Give each its own id. Links and findings name entities by id, so while two share one, "
        .. "anything linked to it may be read as linked to either.",
    },
    ["id-used-elsewhere"] = {
      message = "{subject} has the id '{id}', which is also the id of {other}.",
      suggestion = "Keep ids unique across the whole file, with a prefix for each kind of entity (for example "
        .. "'out-' for outcomes and 'ind-' for indicators), so an id alone says what it refers to.",
    },
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    local first_anywhere = {} -- id -> { list, entity, i } of its first holder, across all lists
    for _, list in ipairs(story.lists(draft)) do
      local first_here = {}
      for i, entity in ipairs(list.node) do
        local id = json.type(entity) == "object" and d.text(entity.id)
        if id then
          local same, other = first_here[id], first_anywhere[id]
          local name = d.subject(story.name(list, entity, i, true))
          if same then
            ctx.report{
              node = entity, key = "id", section = list.section,
              block = block_of(list.target or entity),
              messageId = "duplicate-id",
              data = {
                subject = name, id = id,
                other = d.subject((story.name(list, same.entity, same.i, true):gsub("^%u", string.lower))),
              },
            }
          elseif other then
            ctx.report{
              node = entity, key = "id", severity = "advice", section = list.section,
              block = block_of(list.target or entity),
              messageId = "id-used-elsewhere",
              data = {
                subject = name, id = id,
                other = (story.name(other.list, other.entity, other.i, true):gsub("^%u", string.lower)),
              },
            }
          end
          if not same then first_here[id] = { entity = entity, i = i } end
          if not other then first_anywhere[id] = { list = list, entity = entity, i = i } end
        end
      end
    end
  end,
}
