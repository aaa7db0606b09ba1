local d = require("draft")
local story = require("story")

-- "NI 72, NI 73 and NI 75" from a list of numbers.
local function codes_words(list)
  local words = {}
  for _, n in ipairs(list) do words[#words + 1] = "NI " .. math.floor(n) end
  return d.join(words)
end

return {
  id = "laa2008.statutory-separate",
  title = "The statutory education and early-years targets are listed separately, outside the designated ones",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R61 (guidance-research.md, High that there were 16 statutory targets, listed separately and "
    .. "not counted in the 35): Isle of Wight FAQ; Bracknell LAA 2008 ('16 in number ... marked with a #'). "
    .. "WHICH codes they are is LOW confidence (guidance-research.md §5: recalled, not confirmed): it is "
    .. "params statutory_ni_codes, to be checked against the DCSF list; so a draft listing fewer than "
    .. "statutory_target_count is a warning, and the codes missing from our list are named with that caveat.",
  rationale = "The statutory targets are agreed with the Secretary of State under education law and held "
    .. "alongside the LAA: marked as designated they would take up designated places, and left out "
    .. "altogether the agreement would be incomplete.",
  params = { "statutory_ni_codes", "max_designated_targets", "statutory_target_count" },
  messages = {
    ["not-statutory"] = {
      message = "{subject} is marked as a statutory education or early-years target, but {code} on our list of "
        .. "the statutory targets ({codes}; a list still to be confirmed).",
      suggestion = "Check it against the DCSF's list of statutory targets. If it is not one of them, mark it as "
        .. "designated (within the {max}) or local.",
    },
    ["code-is-not"] = "{code} is not",
    ["no-code"] = "it gives no National Indicator code that is",
    ["statutory-as-designated"] = {
      message = "{subject} is marked as designated, but {code} is one of the statutory education and early-years "
        .. "targets, which are held alongside the LAA and not counted in the {max} (on our list of them, which is "
        .. "still to be confirmed).",
      suggestion = "Mark it as statutory and list it with the other statutory targets, so that it does not take "
        .. "up one of the {max} designated places. If the DCSF list shows it is not statutory, keep it as "
        .. "designated.",
    },
    ["statutory-targets-missing"] = {
      message = "The draft lists {count} statutory education and early-years targets, but there are {expected}.{missing}",
      suggestion = "List every statutory target agreed with the DCSF, marked as statutory, alongside the designated "
        .. "targets: they form part of the agreement but are not counted in the {max}.",
    },
    ["missing-codes"] = " Of those on our list, which is still to be confirmed, {codes} are not in the draft.",
    ["no-statutory-targets"] = {
      message = "The draft does not list the statutory education and early-years targets.",
      suggestion = "List the statutory targets agreed with the DCSF separately, marked as statutory, alongside "
        .. "the designated targets: they form part of the agreement but are not counted in the {max}.",
    },
  },
  check = function(draft, ctx)
    local statutory = {}
    for _, n in ipairs(ctx.params.statutory_ni_codes) do statutory[n] = true end
    local block_of = d.block_finder(draft)
    local max = ctx.params.max_designated_targets
    local indicators, listed, count = d.list(draft.indicators), {}, 0
    for _, ind in ipairs(indicators) do
      if json.type(ind) == "object" then
        local name = d.subject(d.label(ind, "Indicator"))
        local code = d.text(ind.ni_code)
        local n = story.ni_number(code)
        if ind.kind == "statutory" then
          count = count + 1
          if n then listed[n] = true end
          if not statutory[n] then
            local node, key = d.at(ind, "ni_code")
            ctx.report{
              node = node, key = key, severity = "advice", block = block_of(ind),
              messageId = "not-statutory",
              data = {
                subject = name, max = max, codes = codes_words(ctx.params.statutory_ni_codes),
                code = code and ctx.text("code-is-not", { code = code }) or ctx.text("no-code"),
              },
            }
          end
        elseif ind.kind == "designated" and statutory[n] then
          ctx.report{
            node = ind, key = "kind", block = block_of(ind),
            messageId = "statutory-as-designated", data = { subject = name, code = code, max = max },
          }
        end
      end
    end
    -- The count is High (R61); which codes are missing is named from the unconfirmed list.
    local expected = ctx.params.statutory_target_count
    if count > 0 and count < expected then
      local absent = {}
      for _, c in ipairs(ctx.params.statutory_ni_codes) do
        if not listed[c] then absent[#absent + 1] = c end
      end
      ctx.report{
        node = draft.indicators, severity = "warning",
        messageId = "statutory-targets-missing",
        data = {
          count = count, expected = expected, max = max,
          missing = #absent > 0 and ctx.text("missing-codes", { codes = codes_words(absent) }) or "",
        },
      }
    end
    if #indicators > 0 and count == 0 then
      ctx.report{
        node = draft.indicators, severity = "advice",
        messageId = "no-statutory-targets", data = { max = max },
      }
    end
  end,
}
