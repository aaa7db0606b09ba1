local d = require("draft")
local a = require("arrangements")

return {
  id = "partners.districts-named",
  title = "Two-tier areas name their district councils as partners, with roles",
  section = "district-involvement",
  severity = "warning",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R48 (guidance-research.md, High): LGC 2003 (LPSA2s 'unlikely to be agreed ... if they do "
    .. "not substantially involve district authorities'); Hampshire 2004; seed004 (GOEM 'District "
    .. "involvement': districts and their LSPs to 'lead the delivery of many of the key priorities'). An "
    .. "error for LPSA2, a warning for LAAs. In a 2008-11 LAA the district councils of a two-tier area are "
    .. "partner authorities with a duty to cooperate, and each designated target names its lead and contributing "
    .. "partners (R65, High: Bracknell; the LGPIH Act summary), so a district listed with no role is raised there "
    .. "too; the rest is for the earlier kinds, whose guidance R48 is.",
  rationale = "In a two-tier county the district councils deliver housing, street cleansing, community "
    .. "safety and much of the neighbourhood work the targets depend on; government expected them to be "
    .. "partners with real roles, and for LPSA2 made it a condition of agreement.",
  params = {},
  messages = {
    ["district-roles-missing"] = {
      message = "{subject} is named as a partner, but the draft does not say what it will do in the agreement.",
      suggestion = "Give the district council's roles, for example the outcomes or reward targets it leads or "
        .. "helps deliver, and the part its local strategic partnership plays.",
    },
    ["no-district-partner"] = {
      message = "{area} is a two-tier area, but the draft names no district council among the partners.",
      suggestion = "Name each district council as a partner, with its roles: the outcomes and targets it will "
        .. "lead or help deliver, and how its local strategic partnership will oversee delivery in its "
        .. "district.{lpsa2_note}",
    },
    ["this-area"] = "This", -- when the draft does not name its area
    ["lpsa2-note"] = " An LPSA2 in a two-tier area is unlikely to be agreed unless the district councils are "
      .. "substantially involved.",
    ["no-district-statement"] = {
      message = "The draft does not say how the district councils and their local strategic partnerships "
        .. "shaped the agreement and will help deliver it.",
      suggestion = "Add a statement on district involvement: how the districts and district LSPs helped choose "
        .. "the outcomes, which priorities they will lead, and how district delivery will be co-ordinated and "
        .. "reported.",
    },
  },
  check = function(draft, ctx)
    local ag = draft.agreement
    if json.type(ag) ~= "object" or ag.tier ~= "county" then return end
    local area = d.text(ag.area)
    local districts = 0
    for _, p in ipairs(d.list(draft.partners)) do
      if json.type(p) == "object" and p.type == "district" then
        districts = districts + 1
        if d.is_blank(p.roles) then
          local node, key = d.at(p, "roles")
          ctx.report{
            node = node, key = key,
            messageId = "district-roles-missing", data = { subject = d.subject(d.label(p, "District council")) },
          }
        end
      end
    end
    if ctx.kind == "laa2008" then return end
    if districts == 0 then
      local node, key = d.at(draft, "partners")
      ctx.report{
        node = node, key = key,
        severity = ctx.kind == "lpsa2" and "error" or "warning",
        messageId = "no-district-partner",
        data = {
          area = area or ctx.text("this-area"),
          lpsa2_note = ctx.kind == "lpsa2" and ctx.text("lpsa2-note") or "",
        },
      }
    end
    -- The statements section belongs to LAAs; an LPSA2 has none.
    if ctx.kind == "laa" then
      local st = a.section(draft, "statements")
      local gov = a.section(draft, "governance")
      if d.is_blank(st and st.district_involvement) and d.is_blank(gov and gov.district_roles) then
        local node, key = d.at(draft, "statements")
        ctx.report{
          node = node, key = key,
          messageId = "no-district-statement",
        }
      end
    end
  end,
}
