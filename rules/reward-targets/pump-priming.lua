local d = require("draft")
local r = require("reward")
local prose = require("prose")

return {
  id = "reward-targets.pump-priming",
  title = "Pump priming allocated to reward targets stays within the amount offered",
  section = "reward-targets",
  severity = "error",
  kinds = { "lpsa2", "laa" },
  guidance = "R17 (guidance-research.md, High): seed001 Implications 1.2 ('The Government will clearly not be "
    .. "prepared to allocate pump priming funding unless the Council has made a commitment to use it to deliver "
    .. "improvements to services specifically in support of these targets'); seed004 §23 (£1.3m 'to pump prime "
    .. "the achievement of the reward targets only'). The format attaches pump priming only to reward targets, "
    .. "so pump priming for other work is looked for in words: a funding stream's notes, or a target's own rationale "
    .. "or notes saying its pump priming pays for something the whole authority will use (general_purpose_wording).",
  rationale = "Pump priming is a fixed grant offered by government to help achieve the reward targets; "
    .. "allocations beyond it are money the partnership does not have.",
  params = { "pump_priming_wording", "reward_wording", "negation_wording", "general_purpose_wording" },
  messages = {
    ["over-allocated"] = {
      message = "The pump priming allocated to the reward targets adds up to {sum} across {targets}, {excess} "
        .. "more than the {offered} offered.",
      suggestion = "Reduce the allocations to the pump priming offered, or say where the rest of the money will "
        .. "come from (for example partners' own budgets or earlier reward grant) without calling it pump "
        .. "priming.",
    },
    ["for-other-work"] = {
      message = "{subject} says pump priming will pay for work that is not a reward target: {quote}.",
      suggestion = "Pump priming is for achieving the reward targets only. Fund this from partners' own budgets or "
        .. "another stream, or say which reward target it serves and how.",
    },
    ["for-general-use"] = {
      message = "{subject} says its pump priming will pay for something the whole authority will use, not "
        .. "specifically for this target: {quote}.",
      suggestion = "Pump priming is for improvements specifically in support of the reward targets. Fund shared or "
        .. "corporate work from the partners' own budgets, and say what this target's pump priming will buy for it.",
    },
    ["one-target"] = "1 target",
    ["targets"] = "{count} targets",
  },
  check = function(draft, ctx)
    -- Pump priming said to pay for something that is no reward target: funding streams' notes are
    -- where drafts write what a pot of money pays for ("£200,000 of pump priming towards the festival").
    for _, s in ipairs(d.list(draft.funding_streams)) do
      if json.type(s) == "object" then
        -- In a stream that is itself the pump priming, any sentence saying what money will pay for counts.
        local wording = ctx.params.pump_priming_wording
        if r.pump_priming_stream(s, wording) then wording = r.spending_wording(wording) end
        for _, hit in ipairs(prose.find_all(d.text(s.notes), wording, ctx.params.negation_wording)) do
          -- "which is not a reward target" does not tie the money to one.
          if not prose.find(hit[2], ctx.params.reward_wording, ctx.params.negation_wording) then
            ctx.report{
              node = s, key = "notes",
              messageId = "for-other-work",
              data = { subject = d.subject(d.label(s, "Funding stream")), quote = prose.quote(hit[2]) },
            }
            break
          end
        end
      end
    end

    -- A reward target's own rationale or notes saying its pump priming pays for shared or corporate work.
    for ti, t in ipairs(d.list(draft.reward_targets)) do
      if json.type(t) == "object" then
        for _, field in ipairs({ "rationale", "notes" }) do
          local hit = nil
          for _, h in ipairs(prose.find_all(d.text(t[field]), ctx.params.pump_priming_wording, ctx.params.negation_wording)) do
            if prose.find(h[2], ctx.params.general_purpose_wording, ctx.params.negation_wording) then hit = h break end
          end
          if hit then
            ctx.report{
              node = t, key = field,
              messageId = "for-general-use",
              data = { subject = d.subject(d.label(t, "Reward target", ti)), quote = prose.quote(hit[2]) },
            }
            break
          end
        end
      end
    end

    local offered = r.number(draft.agreement.pump_priming_offered)
    if not offered then return end
    local sum, count = 0, 0
    for _, t in ipairs(d.list(draft.reward_targets)) do
      local amount = json.type(t) == "object" and r.number(t.pump_priming)
      if amount then sum, count = sum + amount, count + 1 end
    end
    -- Pounds are whole numbers in practice; half a pound absorbs floating-point sums.
    if sum > offered + 0.5 then
      ctx.report{
        node = draft.reward_targets,
        messageId = "over-allocated",
        data = {
          sum = r.money(sum), excess = r.money(sum - offered), offered = r.money(offered),
          targets = ctx.text(count == 1 and "one-target" or "targets", { count = count }),
        },
      }
    end
  end,
}
