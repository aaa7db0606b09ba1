local d = require("draft")
local a = require("arrangements")
local prose = require("prose")

return {
  id = "funding.pooled-or-aligned",
  title = "Every funding stream is pooled, aligned, locally pooled or mainstream",
  section = "funding-streams",
  severity = "error",
  -- 2005-08 LAAs only: LPSA2 has no funding streams, and from April 2008 most grants went into the
  -- non-ring-fenced Area Based Grant, so a 2008-11 LAA negotiates no pooling with departments and
  -- R34 is recorded for LAA05 alone.
  kinds = { "laa" },
  guidance = "R34 (guidance-research.md, High): seed004 (GOEM key issue 'agreeing funding streams and "
    .. "whether these will be pooled or aligned'; 'We will need to have these details as soon as "
    .. "possible in order to negotiate pooling of funding with central Government departments, e.g. Sure "
    .. "Start, Supporting People and Connexions'; penultimate draft to be 'effectively agreed'). R35 "
    .. "(High) for the owning department of a pooled stream.",
  rationale = "The Government Office has to negotiate pooling with the department that owns each stream, "
    .. "so it needs each stream's arrangement, and for pooled streams its owner, early. An undecided "
    .. "stream is expected in early drafts but blocks sign-off from the penultimate draft. A stream labelled "
    .. "pooled or aligned whose notes say the partner has not agreed to it is still undecided. 2008-11 LAAs "
    .. "are left out: their money came mostly through the non-ring-fenced Area Based Grant.",
  params = { "undecided_error_stages", "arrangement_wording", "hedge_wording", "negation_wording",
    "decision_wording", "forum_wording" },
  messages = {
    ["undecided"] = {
      message = "{subject} does not yet say whether it will be pooled or aligned{said}{late}",
      suggestion = "Agree with the partners concerned whether the stream will be pooled, aligned, locally pooled "
        .. "or stay mainstream, so that we can negotiate with the department that owns it.{plan}",
    },
    ["it-says"] = " (it says '{arrangement}')",
    ["notes-say"] = ": it is marked {arrangement}, but its notes say {quote}",
    ["needed-by-stage"] = ", and by the {stage} draft this needs to be agreed.",
    ["full-stop"] = ".",
    ["planned"] = " You plan to settle this by {when}; please let us know if that changes.",
    ["at-forum"] = "{date} at {forum}",
    ["no-plan"] = " If it cannot be settled yet, say when and how the decision will be made.",
    ["pooled-no-owner"] = {
      message = "{subject} is to be pooled, but the draft does not say which government department or agency "
        .. "owns it.",
      suggestion = "Name the department or agency that owns the stream (for example the DfES for Sure Start or "
        .. "the ODPM for Supporting People), with the amount for each year, so that we can negotiate pooling "
        .. "with them in time for sign-off.",
    },
  },
  check = function(draft, ctx)
    local late = d.contains(ctx.params.undecided_error_stages, ctx.stage)
    local block_of = d.block_finder(draft)
    for _, stream in ipairs(d.list(draft.funding_streams)) do
      if json.type(stream) == "object" then
        local name = d.label(stream, "Funding stream")
        -- An arrangement stated in the notes ("to be pooled, agreed by the Board") counts as decided.
        local arrangement = a.arrangement(stream, ctx.params) or d.value(stream.arrangement)
        -- A label its own notes contradict ("aligned", but "the PCT has not yet agreed to align it").
        local against = a.contradicted(stream, ctx.params)
        if against or not a.DECIDED[arrangement] then
          -- Say what the draft wrote when it is something other than "undecided" or nothing.
          local said = ""
          if against then
            said = ctx.text("notes-say", { arrangement = arrangement, quote = prose.quote(against) })
          elseif type(arrangement) == "string" and arrangement ~= "undecided" then
            said = ctx.text("it-says", { arrangement = arrangement })
          end
          local when, forum = a.decision_plan(stream, ctx.params)
          if when then
            when = forum and ctx.text("at-forum", { date = d.date_words(when), forum = forum }) or d.date_words(when)
          end
          local node, key = d.at(stream, "arrangement")
          ctx.report{
            node = node, key = key,
            severity = late and "error" or "warning",
            block = block_of(stream),
            messageId = "undecided",
            data = {
              subject = d.subject(name), said = said,
              late = late and ctx.text("needed-by-stage", { stage = ctx.stage }) or ctx.text("full-stop"),
              plan = when and ctx.text("planned", { when = when }) or ctx.text("no-plan"),
            },
          }
        elseif arrangement == "pooled" and d.is_blank(stream.owner) then
          local node, key = d.at(stream, "owner")
          ctx.report{
            node = node, key = key,
            severity = "error",
            block = block_of(stream),
            messageId = "pooled-no-owner", data = { subject = d.subject(name) },
          }
        end
      end
    end
  end,
}
