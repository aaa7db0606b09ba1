local d = require("draft")
local a = require("arrangements")

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
  params = { "arrangement_wording", "hedge_wording", "negation_wording", "decision_wording", "forum_wording" },
  messages = {
    ["no-decision-plan"] = {
      message = "{subject} is not yet pooled or aligned, and the draft does not say when and how that decision "
        .. "will be made.",
      suggestion = "{advice}",
    },
    ["no-forum"] = {
      message = "{subject} is not yet pooled or aligned, and the draft gives a date for the decision but not "
        .. "where it will be made.",
      suggestion = "{advice}",
    },
    ["no-date"] = {
      message = "{subject} is not yet pooled or aligned, and the draft says where the decision will be made but "
        .. "not by when.",
      suggestion = "{advice}",
    },
    ["date-passed"] = {
      message = "{subject} is not yet pooled or aligned, and the draft gives {date} for the decision, which had "
        .. "passed when the draft was submitted.",
      suggestion = "{advice}",
    },
    ["streams-without-plans"] = {
      message = "{open} funding streams are not yet pooled or aligned, and for {which} the draft does not say when "
        .. "and how the decision will be made: {names}.",
      suggestion = "{advice}",
    },
    ["some-of-them"] = "{count} of them",
    ["both"] = "both",
    ["all-of-them"] = "all of them",
    ["tag-forum"] = " (no forum)",
    ["tag-date"] = " (no date)",
    ["tag-past"] = " (date passed)",
    ["plan-advice"] = "For each stream still undecided, say by what date and in which partnership or group the "
      .. "decision to pool or align it will be made, so that we can plan negotiations with the government "
      .. "departments concerned.",
  },
  check = function(draft, ctx)
    local submitted = json.type(draft.submission) == "object" and d.text(draft.submission.date) or nil
    local open, lacking = 0, {} -- lacking: { s = stream, gap = "plan", "forum", "date" or "past" }
    for _, s in ipairs(d.list(draft.funding_streams)) do
      if json.type(s) == "object" and not a.arrangement(s, ctx.params) then
        open = open + 1
        -- A date and a body written in the stream's notes count as the plan.
        local by, forum = a.decision_plan(s, ctx.params)
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

    local advice = ctx.text("plan-advice")
    -- The message for each gap, when one stream lacks a plan; the tag after its name among several.
    local one = { plan = "no-decision-plan", forum = "no-forum", date = "no-date", past = "date-passed" }
    if #lacking == 1 then
      local l = lacking[1]
      local node, key = l.s, nil
      if l.gap ~= "plan" then node, key = d.at(l.s, "decision_plan") end
      ctx.report{
        node = node, key = key,
        messageId = one[l.gap],
        data = {
          subject = d.subject(d.label(l.s, "Funding stream")), date = d.date_words(l.by or ""), advice = advice,
        },
      }
      return
    end
    local names = {}
    for _, l in ipairs(lacking) do
      names[#names + 1] = a.name_of(l.s) .. (l.gap == "plan" and "" or ctx.text("tag-" .. l.gap))
    end
    ctx.report{
      node = draft.funding_streams,
      messageId = "streams-without-plans",
      data = {
        open = open, names = a.some(names), advice = advice,
        which = #lacking < open and ctx.text("some-of-them", { count = #lacking })
          or ctx.text(#lacking == 2 and "both" or "all-of-them"),
      },
    }
  end,
}
