local d = require("draft")
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
  params = {},
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
              message = d.subject(d.label(item, o.noun)) .. " lists " .. d.join(unknown) .. " among the "
                .. "partners who " .. o.agreed_one .. ", but the draft has no partner "
                .. (#unknown == 1 and "with that id." or "with those ids."),
              suggestion = "Use the ids of the partners listed in the draft, and add any partner that is missing.",
            }
          elseif d.is_blank(item[o.field]) then
            silent[#silent + 1] = item
          end
        end
      end
      if #silent == 0 then return end
      local suggestion = "Discuss the " .. o.plural .. " with the partners concerned and list, for each, the "
        .. "partners who " .. o.agreed_one .. "."
      if #silent == 1 then
        ctx.report{
          node = silent[1],
          block = block_of(silent[1]),
          message = d.subject(d.label(silent[1], o.noun)) .. " does not say which partners " .. o.agreed_one .. ".",
          suggestion = suggestion,
        }
        return
      end
      local names = {}
      for i, item in ipairs(silent) do names[i] = a.short(item) end
      ctx.report{
        node = list,
        message = (#silent == total and string.format("None of the %d %s says", total, o.plural)
            or string.format("%d of the %d %s do not say", #silent, total, o.plural))
          .. " which partners " .. o.agreed_many .. ": " .. a.some(names) .. ".",
        suggestion = suggestion,
      }
    end

    judge(draft.funding_streams, {
      field = "agreed_by", noun = "Funding stream", plural = "funding streams",
      agreed_one = "have agreed the arrangement", agreed_many = "have agreed the arrangement",
      wanted = function() return true end,
    })
    judge(draft.freedoms, {
      field = "supported_by", noun = "Freedom or flexibility", plural = "requests for freedoms and flexibilities",
      agreed_one = "support the request", agreed_many = "support it",
      wanted = a.open_freedom, -- agreed and refused requests are settled
    })
  end,
}
