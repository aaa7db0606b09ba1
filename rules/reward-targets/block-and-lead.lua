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
            message = name .. (#unknown > 0
              and (" names " .. d.join(unknown) .. ", which "
                .. (#unknown == 1 and "is not a block" or "are not blocks") .. " of the draft.")
              or " does not say which block or theme it belongs to."),
            suggestion = "Name the block or theme the target sits in, or every block involved if it is a "
              .. "composite target shared between blocks.",
          }
        end

        local lead = d.text(target.lead_partner)
        if not lead or (has_partners and not partners[lead]) then
          local node, key = d.at(target, "lead_partner")
          ctx.report{
            node = node, key = key, block = block_of(target),
            message = name .. (lead
              and (" names " .. lead .. " as its lead partner, but the draft lists no such partner.")
              or " does not name a lead partner."),
            suggestion = "Name the partner that will lead on the target and answer for its delivery, and list it "
              .. "among the partners.",
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
                others[#others + 1] = "the " .. (d.text(blocks[b].name) or b) .. " block"
              end
            end
          end
          if #others > 0 then
            ctx.report{
              node = target, key = "blocks", severity = "advice",
              message = name .. " has measures of outcomes in " .. d.join(others) .. ", which it does not name.",
              suggestion = "If the target is shared between blocks, name every block involved so that each "
                .. "block's partners see it as theirs; otherwise check the measure's outcomes.",
            }
          end
        end
      end
    end
  end,
}
