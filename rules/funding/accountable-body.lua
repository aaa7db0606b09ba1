local d = require("draft")
local a = require("arrangements")

-- Lower case, single spaces, no leading "the": enough to compare two ways of writing a name.
local function norm(s)
  s = (d.text(s) or ""):sub(1, 200):lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  return (s:gsub("^the ", ""))
end

return {
  id = "funding.accountable-body",
  title = "An accountable body is named; in a two-tier area, the county council",
  -- GOEM raises accountability with governance and financial management, under performance management.
  section = "performance-management",
  severity = "warning",
  kinds = { "laa", "laa2008" },
  guidance = "R38 (guidance-research.md, High): seed004 (Leicestershire County Council 'is the "
    .. "responsible or accountable body for the purposes of the Agreement as a whole'; GOEM: 'very clear "
    .. "in the agreement itself about Governance and accountability'); B&NES 2005; building.co.uk. "
    .. "Penultimate draft to be 'effectively agreed' (params sign_off_stages).",
  rationale = "The accountable body receives the money and answers for it on behalf of the partnership; "
    .. "without one, pooled funding and reward grant cannot be paid. In a two-tier area this is the "
    .. "county council.",
  params = { "sign_off_stages" },
  messages = {
    ["no-accountable-body"] = {
      message = "The draft does not name the accountable body: the organisation that will receive the money and "
        .. "answer for it on behalf of the partnership.",
      suggestion = "Name the accountable body{county} and say in the governance section what it is responsible "
        .. "for.",
    },
    ["the-county"] = " (in a two-tier area, the county council)",
    ["not-the-county"] = {
      message = "The draft names {body} as the accountable body. In a two-tier area the accountable body is the "
        .. "county council, which receives and answers for the money on behalf of the partnership.",
      suggestion = "Name the county council as the accountable body, or explain why another body will hold the "
        .. "money and answer for it, and how the county council has agreed to this.",
    },
  },
  check = function(draft, ctx)
    local ag = draft.agreement
    if json.type(ag) ~= "object" then return end
    local body = d.text(ag.accountable_body)
    if not body then
      local node, key = d.at(ag, "accountable_body")
      ctx.report{
        node = node, key = key,
        severity = a.late(ctx) and "error" or "warning",
        messageId = "no-accountable-body", data = { county = ag.tier == "county" and ctx.text("the-county") or "" },
      }
      return
    end
    if ag.tier ~= "county" then return end
    -- The county council, however the draft writes it: a county partner's name or id, the lead
    -- authority of a county, or a name that says "county".
    local b = norm(body)
    local ok = b:find("%f[%a]county%f[%A]") ~= nil or b == norm(ag.lead_authority)
    for _, p in ipairs(d.list(draft.partners)) do
      if json.type(p) == "object" and p.type == "county" and (b == norm(p.name) or b == norm(p.id)) then
        ok = true
      end
    end
    if not ok then
      ctx.report{
        node = ag, key = "accountable_body",
        messageId = "not-the-county", data = { body = body },
      }
    end
  end,
}
