local d = require("draft")
local prose = require("prose")
local a = require("arrangements")

return {
  id = "partners.sign-up",
  title = "Funding streams and freedoms list the partners who have agreed to them",
  section = "engaging-partners",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R52 (guidance-research.md, Medium): seed004 (GOEM 'Engaging partners': 'A number of funding "
    .. "streams, delivery mechanisms and freedoms and flexibilities require further engagement of and "
    .. "discussions with partners'; key issue 'engaging partners ... agree funding streams and "
    .. "arrangements and discuss freedoms and flexibilities').",
  rationale = "Government will not agree to pool a partner's money or relax a rule for an area unless the "
    .. "partners concerned have signed up; naming them shows the discussion has happened.",
  params = { "sign_up_wording", "negation_wording", "arrangement_wording", "hedge_wording", "sign_off_stages" },
  messages = {
    ["unknown-partner"] = {
      message = "{subject} lists {ids} among the partners who {agreed}, but the draft has no partner {with}.",
      suggestion = "Use the ids of the partners listed in the draft, and add any partner that is missing.",
    },
    ["with-that-id"] = "with that id",
    ["with-those-ids"] = "with those ids",
    ["no-sign-up"] = {
      message = "{subject} does not say which partners {agreed}.",
      suggestion = "{advice}",
    },
    ["none-signed-up"] = {
      message = "None of the {total} {plural} says which partners {agreed}: {names}.",
      suggestion = "{advice}",
    },
    ["neither-signed-up"] = {
      message = "Neither of the two {plural} says which partners {agreed}: {names}.",
      suggestion = "{advice}",
    },
    ["some-not-signed-up"] = {
      message = "{count} of the {total} {plural} do not say which partners {agreed}: {names}.",
      suggestion = "{advice}",
    },
    ["sign-up-advice"] = "Discuss the {plural} with the partners concerned and list, for each, the partners "
      .. "who {agreed}.",
    -- The words for each list: what a partner does to sign up, for one item and for several.
    ["streams"] = "funding streams",
    ["stream-agreed"] = "have agreed the arrangement",
    ["freedoms"] = "requests for freedoms and flexibilities",
    ["freedom-agreed-one"] = "support the request",
    ["freedom-agreed-many"] = "support it",
  },
  check = function(draft, ctx)
    local partners = d.index_by_id(draft.partners)
    local has_partners = #d.list(draft.partners) > 0
    local block_of = d.block_finder(draft)

    -- One list at a time: items with no partner named are reported together, and ids that name no
    -- partner one by one. (With no partners listed at all, ids cannot be checked and count as given.)
    local function judge(list, o)
      local silent, total = {}, 0
      for _, item in ipairs(d.list(list)) do
        if json.type(item) == "object" and o.wanted(item) then
          total = total + 1
          local unknown = {}
          for _, id in ipairs(d.list(item[o.field])) do
            if has_partners and not partners[id] and d.text(id) then unknown[#unknown + 1] = d.text(id) end
          end
          if #unknown > 0 then
            ctx.report{
              node = item, key = o.field,
              block = block_of(item),
              messageId = "unknown-partner",
              data = {
                subject = d.subject(d.label(item, o.noun)), ids = d.join(unknown), agreed = ctx.text(o.agreed_one),
                with = ctx.text(#unknown == 1 and "with-that-id" or "with-those-ids"),
              },
            }
          elseif d.is_blank(item[o.field]) and not (o.said and o.said(item)) then
            silent[#silent + 1] = item
          end
        end
      end
      if #silent == 0 then return end
      local advice = ctx.text("sign-up-advice", { plural = ctx.text(o.plural), agreed = ctx.text(o.agreed_one) })
      if #silent == 1 then
        ctx.report{
          node = silent[1],
          block = block_of(silent[1]),
          messageId = "no-sign-up",
          data = { subject = d.subject(d.label(silent[1], o.noun)), agreed = ctx.text(o.agreed_one), advice = advice },
        }
        return
      end
      local names = {}
      for i, item in ipairs(silent) do names[i] = a.name_of(item) end
      ctx.report{
        node = list,
        messageId = #silent < total and "some-not-signed-up" or total == 2 and "neither-signed-up" or "none-signed-up",
        data = {
          count = #silent, total = total, plural = ctx.text(o.plural), agreed = ctx.text(o.agreed_many),
          names = a.some(names), advice = advice,
        },
      }
    end

    judge(draft.funding_streams, {
      field = "agreed_by", noun = "Funding stream", plural = "streams",
      agreed_one = "stream-agreed", agreed_many = "stream-agreed",
      -- A stream still undecided has nothing for partners to have agreed yet (funding.pooled-or-aligned).
      wanted = function(s) return a.arrangement(s, ctx.params) ~= nil end,
      -- "Pooled, agreed by the Board" in the notes says who agreed it.
      said = function(s) return prose.find(d.text(s.notes), ctx.params.sign_up_wording, ctx.params.negation_wording) ~= nil end,
    })
    judge(draft.freedoms, {
      field = "supported_by", noun = "Freedom or flexibility", plural = "freedoms",
      agreed_one = "freedom-agreed-one", agreed_many = "freedom-agreed-many",
      -- Agreed and refused requests are settled; one with no business case yet is asked for that first
      -- (freedoms.business-case), and for its supporters from the penultimate draft.
      wanted = function(f) return a.open_freedom(f) and (a.late(ctx) or not a.undeveloped(f)) end,
    })
  end,
}
