local a = require("arrangements")
local given = require("given")

return given.rule{
  id = "funding.capital-to-revenue",
  title = "Requests that would move capital into revenue are high risk",
  section = "funding-streams",
  severity = "warning",
  -- The Treasury rule is not tied to one kind of agreement, so every kind with freedoms is checked.
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "R37 (guidance-research.md, Medium): seed004 (Leicestershire's own request to relax the "
    .. "capital/revenue split of Building Safer Communities: 'It is recognised that the Treasury does not "
    .. "allow capital provision to be switched into revenue budgets'). Only freedoms carry "
    .. "moves_capital_to_revenue in the draft format; funding streams do not.",
  rationale = "The Treasury does not allow capital provision to be switched into revenue budgets, so such "
    .. "a request is very unlikely to be agreed and can delay sign-off of the block that depends on it.",
  params = {},
  messages = {
    ["capital-to-revenue"] = {
      message = "{subject} would move capital funding into revenue. The Treasury does not allow capital provision "
        .. "to be switched into revenue budgets, so this request is high risk and unlikely to be agreed.",
      suggestion = "Consider whether the aim can be met within the rules, for example by combining small capital "
        .. "allocations across partners or years so that they fund worthwhile capital schemes, and make sure that "
        .. "no outcome or target depends on the request being agreed.",
    },
  },
  given = "freedoms[*]",
  where = a.open_freedom, -- an agreed or refused request needs no more warning
  noun = "Freedom or flexibility",
  must = { field = "moves_capital_to_revenue", test = { is_not = true }, message = "capital-to-revenue" },
}
