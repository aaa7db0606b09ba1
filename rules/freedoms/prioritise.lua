local d = require("draft")
local a = require("arrangements")

return {
  id = "freedoms.prioritise",
  title = "Freedom and flexibility requests are few, developed and in priority order",
  section = "freedoms-and-flexibilities",
  severity = "advice",
  kinds = { "lpsa2", "laa" },
  guidance = "R41 (guidance-research.md, Medium): seed004 (GOEM: 'Partners may wish to consider "
    .. "prioritising requests and focusing on a smaller number'; 'The later we receive details of "
    .. "requests, the less chance we will have to gain agreement from central Government departments in "
    .. "time for sign off'). The count and share that trigger it are ours (params max_open_freedoms, "
    .. "max_share_freedoms_undeveloped; Low, UNCONFIRMED).",
  rationale = "Every request has to be negotiated with a government department. A long list, or one where "
    .. "most requests are not yet developed, spreads the effort thin; a priority order tells the "
    .. "Government Office which to pursue first.",
  params = { "max_open_freedoms", "max_share_freedoms_undeveloped" },
  check = function(draft, ctx)
    local n, undeveloped, unranked = 0, 0, 0
    for _, f in ipairs(d.list(draft.freedoms)) do
      if a.open_freedom(f) then -- agreed and refused requests need no more negotiation
        n = n + 1
        if a.undeveloped(f) then undeveloped = undeveloped + 1 end
        if type(f.priority) ~= "number" then unranked = unranked + 1 end
      end
    end
    if n < 2 then return end -- one request needs no ordering; freedoms.business-case judges it
    local too_many = n > ctx.params.max_open_freedoms
    local thin = undeveloped / n > ctx.params.max_share_freedoms_undeveloped
    if not (too_many or thin or unranked > 0) then return end

    local message
    if too_many or thin then
      message = string.format("The draft makes %d requests for freedoms and flexibilities still to be agreed", n)
        .. (thin and string.format(", and %d of them %s no business case yet.", undeveloped,
          undeveloped == 1 and "has" or "have") or ".")
        .. (unranked == n and " They are not put in order of priority."
          or unranked > 0 and string.format(" %d of them %s no priority.", unranked, unranked == 1 and "has" or "have")
          or "")
    elseif unranked == n then
      message = string.format("None of the %d requests for freedoms and flexibilities still to be agreed "
        .. "is given a priority, so the order in which to pursue them is not clear.", n)
    else
      message = string.format("%d of the %d requests for freedoms and flexibilities still to be agreed %s "
        .. "not given a priority, so the order in which to pursue them is not clear.",
        unranked, n, unranked == 1 and "is" or "are")
    end
    ctx.report{
      node = draft.freedoms,
      message = message,
      suggestion = "Consider prioritising the requests and focusing on a smaller number, each with a full "
        .. "business case: the later we receive the details of a request, the less chance we have of "
        .. "gaining agreement from government departments in time for sign-off."
        .. (unranked > 0 and " Number the requests in order of priority, 1 first." or ""),
    }
  end,
}
