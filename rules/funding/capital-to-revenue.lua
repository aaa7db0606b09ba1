local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

return {
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
  params = { "capital_to_revenue_wording", "negation_wording" },
  messages = {
    ["capital-to-revenue"] = {
      message = "{subject} would move capital funding into revenue{quoted}. The Treasury does not allow capital "
        .. "provision to be switched into revenue budgets, so this request is high risk and unlikely to be agreed.",
      suggestion = "Consider whether the aim can be met within the rules, for example by combining small capital "
        .. "allocations across partners or years so that they fund worthwhile capital schemes, and make sure that "
        .. "no outcome or target depends on the request being agreed.",
    },
    ["stream-capital-as-revenue"] = {
      message = "{subject} would spend capital as revenue (its notes say {quote}). The Treasury does not allow "
        .. "capital provision to be switched into revenue budgets, so this is high risk.",
      suggestion = "Consider whether the aim can be met within the rules, for example by combining small capital "
        .. "allocations across partners or years so that they fund worthwhile capital schemes, and make sure that "
        .. "no outcome or target depends on the stream being spent this way.",
    },
    ["it-says"] = " (it says {quote})",
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    local wording, negation = ctx.params.capital_to_revenue_wording, ctx.params.negation_wording

    for _, f in ipairs(d.list(draft.freedoms)) do
      -- An agreed or refused request needs no more warning.
      if a.open_freedom(f) then
        -- Said in words when not flagged: "use capital receipts to meet running costs".
        local texts = { d.text(f.title) }
        local bc = json.type(f.business_case) == "object" and f.business_case or {}
        for _, v in pairs(bc) do texts[#texts + 1] = d.text(v) end
        local sentence = f.moves_capital_to_revenue ~= true and f.moves_capital_to_revenue ~= false
          and select(2, prose.find(texts, wording, negation))
        if f.moves_capital_to_revenue == true or sentence then
          ctx.report{
            node = f, key = f.moves_capital_to_revenue == true and "moves_capital_to_revenue" or nil,
            block = block_of(f),
            messageId = "capital-to-revenue",
            data = {
              subject = d.subject(d.label(f, "Freedom or flexibility")),
              quoted = sentence and ctx.text("it-says", { quote = prose.quote(sentence) }) or "",
            },
          }
        end
      end
    end

    -- Funding streams have no flag: a plan to spend capital as revenue is written in their notes.
    for _, s in ipairs(d.list(draft.funding_streams)) do
      local sentence = json.type(s) == "object" and select(2, prose.find(d.text(s.notes), wording, negation))
      if sentence then
        ctx.report{
          node = s, key = "notes", block = block_of(s),
          messageId = "stream-capital-as-revenue",
          data = { subject = d.subject(d.label(s, "Funding stream")), quote = prose.quote(sentence) },
        }
      end
    end
  end,
}
