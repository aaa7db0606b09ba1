local d = require("draft")

return {
  id = "reward-targets.block-and-lead",
  title = "Every reward target names its block or blocks and a lead partner",
  section = "reward-targets",
  severity = "warning",
  -- LPSA2s have no blocks, and their reward targets are the council's own: R21 is recorded for LAAs.
  kinds = { "laa" },
  guidance = "R21 (guidance-research.md, Medium): seed004 (the block commentaries list each block's reward "
    .. "targets; Leicestershire's Safer block considered 'a composite target in relation to vulnerable children "
    .. "shared with the children and young people's block'); docs/draft-format.md (a reference that cannot be "
    .. "found counts as missing).",
  rationale = "GO negotiates reward targets block by block with the departments concerned, and needs to know "
    .. "which partner answers for each; a composite target must name every block it draws on.",
  params = {},
  messages = {
    ["no-block"] = {
      message = "{subject} does not say which block or theme it belongs to.",
      suggestion = "{advice}",
    },
    ["unknown-block"] = { message = "{subject} names {ids}, which {are_not} of the draft.", suggestion = "{advice}" },
    ["is-not-a-block"] = "is not a block",
    ["are-not-blocks"] = "are not blocks",
    ["block-advice"] = "Name the block or theme the target sits in, or every block involved if it is a "
      .. "composite target shared between blocks.",
    ["no-lead-partner"] = { message = "{subject} does not name a lead partner.", suggestion = "{advice}" },
    ["unknown-lead-partner"] = {
      message = "{subject} names {lead} as its lead partner, but the draft lists no such partner.",
      suggestion = "{advice}",
    },
    ["lead-advice"] = "Name the partner that will lead on the target and answer for its delivery, and list it "
      .. "among the partners.",
    ["unnamed-blocks"] = {
      message = "{subject} has measures of outcomes in {blocks}, which it does not name.",
      suggestion = "If the target is shared between blocks, name every block involved so that each block's "
        .. "partners see it as theirs; otherwise check the measure's outcomes.",
    },
    ["the-block"] = "the {name} block",
  },
  check = function(draft, ctx)
    local blocks = d.index_by_id(draft.blocks)
    local partners = d.index_by_id(draft.partners)
    local outcomes = d.index_by_id(draft.outcomes)
    local indicators = d.index_by_id(draft.indicators)
    -- Without blocks (a single pot, or a draft that has not listed them yet) there is nothing to name.
    local has_blocks = next(blocks) ~= nil and draft.agreement.structure ~= "single_pot"
    local has_partners = next(partners) ~= nil
    local block_of = d.block_finder(draft)
    for i, target in ipairs(d.list(draft.reward_targets)) do
      if json.type(target) == "object" then
        local name = d.subject(d.label(target, "Reward target", i))
        local named, unknown = {}, {}
        for _, id in ipairs(d.list(target.blocks)) do
          if blocks[id] then named[id] = true elseif d.text(id) then unknown[#unknown + 1] = d.text(id) end
        end
        if has_blocks and next(named) == nil then
          local node, key = d.at(target, "blocks")
          ctx.report{
            node = node, key = key,
            messageId = #unknown > 0 and "unknown-block" or "no-block",
            data = {
              subject = name, ids = d.join(unknown), advice = ctx.text("block-advice"),
              are_not = ctx.text(#unknown == 1 and "is-not-a-block" or "are-not-blocks"),
            },
          }
        end

        local lead = d.text(target.lead_partner)
        if not lead or (has_partners and not partners[lead]) then
          local node, key = d.at(target, "lead_partner")
          ctx.report{
            node = node, key = key, block = block_of(target),
            messageId = lead and "unknown-lead-partner" or "no-lead-partner",
            data = { subject = name, lead = lead, advice = ctx.text("lead-advice") },
          }
        end

        -- A measure whose indicator serves an outcome in another block makes the target composite.
        if has_blocks and next(named) ~= nil then
          local others, seen = {}, {}
          for _, measure in ipairs(d.list(target.measures)) do
            local ind = json.type(measure) == "object" and indicators[d.text(measure.indicator) or ""]
            for _, o in ipairs(ind and d.list(ind.outcomes) or {}) do
              local b = outcomes[o] and d.text(outcomes[o].block)
              if b and blocks[b] and not named[b] and not seen[b] then
                seen[b] = true
                others[#others + 1] = ctx.text("the-block", { name = d.text(blocks[b].name) or b })
              end
            end
          end
          if #others > 0 then
            ctx.report{
              node = target, key = "blocks", severity = "advice",
              messageId = "unnamed-blocks", data = { subject = name, blocks = d.join(others) },
            }
          end
        end
      end
    end
  end,
}
