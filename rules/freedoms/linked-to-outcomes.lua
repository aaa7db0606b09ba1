local d = require("draft")
local a = require("arrangements")

return {
  id = "freedoms.linked-to-outcomes",
  title = "Every freedom or flexibility request is linked to an outcome or reward target",
  section = "freedoms-and-flexibilities",
  severity = "warning",
  kinds = { "lpsa2", "laa" },
  guidance = "R42 (guidance-research.md, Medium): CLES RR3 (2005) as reported by Community Care, 26 "
    .. "January 2006: government turned down freedoms that were not explicitly tied to targets. Advice while an "
    .. "LPSA2 is still agreeing priorities, as in freedoms.business-case.",
  rationale = "A department will relax a rule only for a clear gain; tying the request to the outcomes or "
    .. "reward targets it would help achieve is that case. A block alone is too broad to show it.",
  params = { "sign_off_stages" },
  messages = {
    ["not-linked"] = {
      message = "{subject} is not linked to any outcome or reward target.{note}",
      suggestion = "Say which outcomes or reward targets the request would help to achieve, and how: government "
        .. "has turned down requests that were not clearly tied to targets.",
    },
    ["unknown-id"] = " It lists {ids}, but the draft has no outcome or reward target with that id.",
    ["unknown-ids"] = " It lists {ids}, but the draft has no outcome or reward target with those ids.",
    ["only-block"] = " It names only the {blocks} block.",
    ["only-blocks"] = " It names only the {blocks} blocks.",
  },
  check = function(draft, ctx)
    local outcomes = d.index_by_id(draft.outcomes)
    local targets = d.index_by_id(draft.reward_targets)
    local blocks = d.index_by_id(draft.blocks)
    local block_of = d.block_finder(draft)
    -- While an LPSA2 is still agreeing priorities a freedom is rightly still an idea (as in
    -- freedoms.business-case), so a missing link is advice then.
    local early = d.negotiation_stage(draft, ctx.kind, ctx.stage, ctx.params.sign_off_stages) == "priorities"
    for _, f in ipairs(d.list(draft.freedoms)) do
      if a.open_freedom(f) then -- agreed and refused requests are settled
        local linked, unknown = false, {}
        for _, pair in ipairs({ { f.outcomes, outcomes }, { f.reward_targets, targets } }) do
          for _, id in ipairs(d.list(pair[1])) do
            if pair[2][id] then linked = true elseif d.text(id) then unknown[#unknown + 1] = d.text(id) end
          end
        end
        if not linked then
          local in_block = {}
          for _, id in ipairs(d.list(f.blocks)) do
            local b = blocks[id]
            if b then in_block[#in_block + 1] = d.text(b.name) or d.text(b.id) end
          end
          local note = ""
          if #unknown > 0 then
            note = ctx.text(#unknown == 1 and "unknown-id" or "unknown-ids", { ids = d.join(unknown) })
          elseif #in_block > 0 then
            note = ctx.text(#in_block == 1 and "only-block" or "only-blocks", { blocks = d.join(in_block) })
          end
          local node, key = f, nil
          if #unknown > 0 then node, key = d.at(f, d.is_blank(f.outcomes) and "reward_targets" or "outcomes") end
          ctx.report{
            node = node, key = key,
            severity = early and "advice" or nil,
            block = block_of(f),
            messageId = "not-linked", data = { subject = d.subject(d.label(f, "Freedom or flexibility")), note = note },
          }
        end
      end
    end
  end,
}
