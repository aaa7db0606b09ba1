local d = require("draft")
local a = require("arrangements")

-- The arrangements that count as a decision (as in funding.pooled-or-aligned).
local decided = { pooled = true, aligned = true, local_pool = true, mainstream = true }

return {
  id = "funding.decision-plan",
  title = "Undecided funding streams say when and how the decision will be made",
  section = "funding-streams",
  severity = "warning",
  kinds = { "laa" },
  guidance = "R36 (guidance-research.md, Medium): seed004 (GOEM on Leicestershire's note that further "
    .. "work was needed to refine funding streams and agree pooling and/or aligning: 'Do you have a clear "
    .. "idea of when and how this work will be carried out?').",
  rationale = "Pooling has to be negotiated with government departments before sign-off, so a stream that "
    .. "is still undecided needs a date and a forum for the decision, or it will hold the agreement up.",
  params = {},
  check = function(draft, ctx)
    local submitted = json.type(draft.submission) == "object" and d.text(draft.submission.date) or nil
    local open, lacking = 0, {} -- lacking: { s = stream, gap = "plan", "forum", "date" or "past" }
    for _, s in ipairs(d.list(draft.funding_streams)) do
      if json.type(s) == "object" and not decided[d.value(s.arrangement)] then
        open = open + 1
        local plan = json.type(s.decision_plan) == "object" and s.decision_plan or {}
        local by, forum = d.text(plan.by), d.text(plan.forum)
        local gap
        if not by and not forum then gap = "plan"
        elseif not forum then gap = "forum"
        elseif not by then gap = "date"
        elseif submitted and by < submitted and by:match("^%d%d%d%d%-%d%d%-%d%d$") then
          gap = "past" -- YYYY-MM-DD dates compare as text
        end
        if gap then lacking[#lacking + 1] = { s = s, gap = gap, by = by } end
      end
    end
    if #lacking == 0 then return end

    local suggestion = "For each stream still undecided, say by what date and in which partnership or "
      .. "group the decision to pool or align it will be made, so that we can plan negotiations with "
      .. "the government departments concerned."
    if #lacking == 1 then
      local l = lacking[1]
      local said = {
        plan = "does not say when and how that decision will be made.",
        forum = "gives a date for the decision but not where it will be made.",
        date = "says where the decision will be made but not by when.",
        past = "gives " .. d.date_words(l.by or "") .. " for the decision, which had passed when the draft was submitted.",
      }
      local node, key = l.s, nil
      if l.gap ~= "plan" then key = "decision_plan" end
      ctx.report{
        node = node, key = key,
        message = d.subject(d.label(l.s, "Funding stream")) .. " is not yet pooled or aligned, and the draft "
          .. said[l.gap],
        suggestion = suggestion,
      }
      return
    end
    local tag = { plan = "", forum = " (no forum)", date = " (no date)", past = " (date passed)" }
    local names = {}
    for _, l in ipairs(lacking) do names[#names + 1] = a.short(l.s) .. tag[l.gap] end
    ctx.report{
      node = draft.funding_streams,
      message = string.format("%d funding streams are not yet pooled or aligned, and for %s the draft "
        .. "does not say when and how the decision will be made: %s.", open,
        #lacking < open and (#lacking .. " of them") or (#lacking == 2 and "both" or "all of them"),
        a.some(names)),
      suggestion = suggestion,
    }
  end,
}
