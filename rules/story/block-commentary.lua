local d = require("draft")

-- The headings of a block commentary, in the order of Leicestershire's template, in an officer's words.
local HEADINGS = {
  { field = "rationale", words = "the rationale for the outcomes chosen" },
  { field = "outcomes", words = "the statement on outcomes" },
  { field = "delivery", words = "the delivery mechanisms" },
  { field = "reward_targets", words = "the reward targets" },
  { field = "freedoms", words = "the freedoms and flexibilities requested" },
  { field = "funding", words = "the key funding considerations and assumptions" },
}

local function all_words()
  local words = {}
  for _, h in ipairs(HEADINGS) do words[#words + 1] = h.words end
  return d.join(words)
end

return {
  id = "story.block-commentary",
  title = "Every block has a commentary under the six headings",
  section = "telling-the-story",
  severity = "warning",
  -- The block commentary template belongs to the 2005-08 LAAs; an LPSA2 has no blocks.
  kinds = { "laa" },
  guidance = "R29 (guidance-research.md, Medium): seed004 §5 (Leicestershire's second draft gives each "
    .. "block a commentary: Statement on Outcomes, Delivery Mechanisms, Reward Targets, Freedoms and "
    .. "Flexibilities Requested, Key Funding Considerations and Assumptions, with the rationale); GOEM: "
    .. "'We particularly like the commentaries for each of the themes, which help to understand the "
    .. "rationale for the priorities better'. The stages at which a missing heading becomes a warning "
    .. "are params commentary_warning_stages; a commentary missing more than half of them is a warning at any "
    .. "stage.",
  rationale = "The block commentary is where the story is told theme by theme: why these outcomes, how "
    .. "they will be delivered, and what reward, freedoms and funding go with them. A block without one "
    .. "leaves partners and departments unable to follow the thread into its templates.",
  params = { "commentary_warning_stages" },
  messages = {
    ["no-commentary"] = {
      message = "{subject} has no commentary.",
      suggestion = "Add a commentary for the block covering {headings}, so that partners can see why its "
        .. "outcomes were chosen and how they follow from the strategic priorities. Where the block has no "
        .. "reward targets or freedoms, say so.",
    },
    ["headings-missing"] = {
      message = "The commentary on {block} does not cover {missing}.",
      suggestion = "Complete the commentary under each heading; where there is nothing to say (for example no "
        .. "reward target in this block), say so, so that the reader knows the heading was not overlooked.",
    },
  },
  check = function(draft, ctx)
    local late = d.contains(ctx.params.commentary_warning_stages, ctx.stage)
    for _, block in ipairs(d.list(draft.blocks)) do
      if json.type(block) == "object" then
        local name = d.subject(d.label(block, "Block"))
        local commentary = block.commentary
        if json.type(commentary) ~= "object" or d.is_blank(commentary) then
          local node, key = d.at(block, "commentary")
          ctx.report{
            node = node, key = key, block = d.text(block.id),
            messageId = "no-commentary", data = { subject = name, headings = all_words() },
          }
        else
          local missing = {}
          for _, h in ipairs(HEADINGS) do
            if d.is_blank(commentary[h.field]) then missing[#missing + 1] = h.words end
          end
          if #missing > 0 then
            ctx.report{
              node = commentary, block = d.text(block.id),
              -- Most of the headings missing is a commentary not yet written, whatever the stage.
              severity = (late or #missing * 2 > #HEADINGS) and "warning" or "advice",
              messageId = "headings-missing",
              data = { block = d.subject(d.label(block, "block")), missing = d.join(missing) },
            }
          end
        end
      end
    end
  end,
}
