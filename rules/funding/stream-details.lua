local d = require("draft")
local prose = require("prose")
local r = require("reward")
local a = require("arrangements")

-- The financial year (its starting calendar year) in which a stream's notes say it ends ("the allocation
-- ends in March 2008" -> 2007), or nil: the years after it need no amount.
local function last_year(notes, ends_wording)
  for _, hit in ipairs(prose.find_all(notes, ends_wording)) do
    local date = prose.date(hit[2])
    if date and date.year then
      local month = date.month or 3
      return month < 4 and date.year - 1 or date.year
    end
  end
  return nil
end

-- The financial years ("2006/07") the agreement's period covers, or nil when it does not say.
local function years_of(period)
  if json.type(period) ~= "object" then return nil end
  local function year(date)
    local y, m = (d.text(date) or ""):match("^(%d%d%d%d)-(%d%d)-%d%d$")
    if not y then return nil end
    return tonumber(m) < 4 and tonumber(y) - 1 or tonumber(y) -- January-March belong to the year before
  end
  local first, last = year(period.start), year(period["end"])
  if not first or not last or last < first or last - first > 10 then return nil end
  local out = {}
  for y = first, last do out[#out + 1] = string.format("%d/%02d", y, (y + 1) % 100) end
  return out
end

-- Ids in `list` that name an entity of `known`, and those that do not.
local function resolve(list, known)
  local found, unknown = 0, {}
  for _, id in ipairs(d.list(list)) do
    if known[id] then found = found + 1 elseif d.text(id) then unknown[#unknown + 1] = d.text(id) end
  end
  return found, unknown
end

return {
  id = "funding.stream-details",
  title = "Every funding stream gives its owner, yearly amounts, capital or revenue, and what it supports",
  section = "funding-streams",
  severity = "warning",
  -- 2005-08 LAAs only, as funding.pooled-or-aligned: 2008-11 money came mostly as Area Based Grant.
  kinds = { "laa" },
  guidance = "R35 (guidance-research.md, High): seed004 (GOEM: 'We will need to have these details as "
    .. "soon as possible in order to negotiate pooling of funding with central Government departments, "
    .. "e.g. Sure Start, Supporting People and Connexions'). Penultimate draft to be 'effectively agreed' "
    .. "(params sign_off_stages).",
  rationale = "The Government Office negotiates pooling with the department that owns each stream and "
    .. "records the money in the agreement, so it needs each stream's owner, amount by year, capital or "
    .. "revenue, and what it pays for. Pooled streams and streams still being decided are needed first.",
  params = { "sign_off_stages", "ends_wording", "owner_wording", "money_type_wording", "arrangement_wording",
    "hedge_wording", "negation_wording", "pump_priming_wording" },
  messages = {
    ["details-missing"] = {
      message = "{subject} does not give {gaps}.{unknown}",
      suggestion = "For each funding stream, give the department or agency that owns it (or the partner, for "
        .. "local money), the amount for each year of the agreement split into capital and revenue, and the "
        .. "blocks or outcomes the money supports.{why}",
    },
    ["owner"] = "the department, agency or partner that owns it",
    ["amounts"] = "the amount for each year",
    ["amount-for"] = "the amount for {years}",
    ["capital-or-revenue"] = "whether each amount is capital or revenue",
    ["supports"] = "the blocks or outcomes it supports",
    ["unknown-id"] = " It lists {ids}, but the draft has no block or outcome with that id.",
    ["unknown-ids"] = " It lists {ids}, but the draft has no block or outcome with those ids.",
    ["why-kept"] = " This lets partners and government see what the money will achieve.",
    ["why-pooling"] = " We need these details as soon as possible to negotiate pooling with the government "
      .. "departments concerned.",
  },
  check = function(draft, ctx)
    local late = a.late(ctx)
    local block_of = d.block_finder(draft)
    local years = years_of(json.type(draft.agreement) == "object" and draft.agreement.period or nil)
    local blocks = d.index_by_id(draft.blocks)
    local outcomes = d.index_by_id(draft.outcomes)
    for _, s in ipairs(d.list(draft.funding_streams)) do
      if json.type(s) == "object" then
        local arrangement = a.arrangement(s, ctx.params) or d.value(s.arrangement)
        local notes = d.text(s.notes)
        local gaps, fields = {}, {}
        local function gap(words, field) gaps[#gaps + 1], fields[#fields + 1] = words, field end

        -- A pooled stream's owner is already an error in funding.pooled-or-aligned.
        if arrangement ~= "pooled" and d.is_blank(s.owner) and not prose.find(notes, ctx.params.owner_wording) then
          gap(ctx.text("owner"), "owner")
        end

        local given, untyped = {}, false
        for _, amt in ipairs(d.list(s.amounts)) do
          if json.type(amt) == "object" and type(amt.value) == "number" then
            if d.text(amt.year) then given[amt.year] = true end
            if d.is_blank(amt.type) then untyped = true end
          end
        end
        if next(given) == nil then
          gap(ctx.text("amounts"), "amounts")
        else
          local absent = {}
          -- Pump priming is "an up-front grant paid when the agreement is signed" (guidance-research.md
          -- glossary): the years it is not paid in need no amount.
          local ends = last_year(notes, ctx.params.ends_wording)
          if r.pump_priming_stream(s, ctx.params.pump_priming_wording) then ends = -1 end
          for _, y in ipairs(years or {}) do
            if not given[y] and not (ends and tonumber(y:sub(1, 4)) > ends) then absent[#absent + 1] = y end
          end
          if #absent > 0 then gap(ctx.text("amount-for", { years = d.join(absent) }), "amounts") end
          if untyped and not prose.find(notes, ctx.params.money_type_wording) then
            gap(ctx.text("capital-or-revenue"), "amounts")
          end
        end

        local b_found, b_unknown = resolve(s.blocks, blocks)
        local o_found, o_unknown = resolve(s.outcomes, outcomes)
        local unknown_note = ""
        if b_found + o_found == 0 then
          gap(ctx.text("supports"), #b_unknown > 0 and "blocks" or "outcomes")
          local unknown = {}
          for _, id in ipairs(b_unknown) do unknown[#unknown + 1] = id end
          for _, id in ipairs(o_unknown) do unknown[#unknown + 1] = id end
          if #unknown > 0 then
            unknown_note = ctx.text(#unknown == 1 and "unknown-id" or "unknown-ids", { ids = d.join(unknown) })
          end
        end

        if #gaps > 0 then
          -- Point at the one field concerned when it is written; else at the stream.
          local node, key = s, nil
          local only = fields[1]
          for _, f in ipairs(fields) do
            if f ~= only then only = nil end
          end
          if only then node, key = d.at(s, only) end
          local kept = arrangement == "aligned" or arrangement == "local_pool" or arrangement == "mainstream"
          local severity = "warning" -- still undecided: a candidate for pooling, needed early
          if arrangement == "pooled" then
            severity = late and "error" or "warning"
          elseif kept then
            -- A stream that gives no amount at all cannot be recorded in the agreement, whatever its arrangement.
            severity = (late or next(given) == nil) and "warning" or "advice"
          end
          ctx.report{
            node = node, key = key,
            severity = severity,
            block = block_of(s),
            messageId = "details-missing",
            data = {
              subject = d.subject(d.label(s, "Funding stream")), gaps = d.join(gaps, "or"), unknown = unknown_note,
              why = ctx.text(kept and "why-kept" or "why-pooling"),
            },
          }
        end
      end
    end
  end,
}
