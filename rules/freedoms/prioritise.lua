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
  messages = {
    ["too-many-requests"] = {
      message = "The draft makes {count} requests for freedoms and flexibilities still to be agreed{thin}{ranking}",
      suggestion = "{advice}",
    },
    ["undeveloped"] = ", and {undeveloped} of them {has} no business case yet.",
    ["has"] = "has",
    ["have"] = "have",
    ["full-stop"] = ".",
    ["none-ranked"] = " They are not put in order of priority.",
    ["some-unranked"] = " {unranked} of them {has} no priority.",
    ["none-prioritised"] = {
      message = "None of the {count} requests for freedoms and flexibilities still to be agreed is given a "
        .. "priority, so the order in which to pursue them is not clear.",
      suggestion = "{advice}",
    },
    ["some-not-prioritised"] = {
      message = "{unranked} of the {count} requests for freedoms and flexibilities still to be agreed {is} not "
        .. "given a priority, so the order in which to pursue them is not clear.",
      suggestion = "{advice}",
    },
    ["is"] = "is",
    ["are"] = "are",
    ["prioritise-advice"] = "Consider prioritising the requests and focusing on a smaller number, each with a "
      .. "full business case: the later we receive the details of a request, the less chance we have of gaining "
      .. "agreement from government departments in time for sign-off.{number_them}",
    ["number-them"] = " Number the requests in order of priority, 1 first.",
  },
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

    local id, data = nil, { count = n, unranked = unranked }
    if too_many or thin then
      id = "too-many-requests"
      local function has(k) return ctx.text(k == 1 and "has" or "have") end
      data.thin = thin and ctx.text("undeveloped", { undeveloped = undeveloped, has = has(undeveloped) })
        or ctx.text("full-stop")
      data.ranking = unranked == n and ctx.text("none-ranked")
        or unranked > 0 and ctx.text("some-unranked", { unranked = unranked, has = has(unranked) })
        or ""
    elseif unranked == n then
      id = "none-prioritised"
    else
      id, data["is"] = "some-not-prioritised", ctx.text(unranked == 1 and "is" or "are")
    end
    data.advice = ctx.text("prioritise-advice", { number_them = unranked > 0 and ctx.text("number-them") or "" })
    ctx.report{ node = draft.freedoms, messageId = id, data = data }
  end,
}
