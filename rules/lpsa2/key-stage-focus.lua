local d = require("draft")
local story = require("story")

return {
  id = "lpsa2.key-stage-focus",
  title = "Prompt: an education target focused on Key Stage 2 may be questioned",
  section = "reward-targets",
  severity = "advice",
  kinds = { "lpsa2" },
  guidance = "R58 (guidance-research.md, LOW confidence: one case): seed003 §3.2 (ODPM's main issue on "
    .. "Halton's priorities 'was the focus on Key Stage 2 rather than Key Stage 3 or 4'; Halton switched "
    .. "its educational target to Key Stage 4). Not a rule of the guidance; the wording that marks a Key "
    .. "Stage 2 focus is params key_stage_2_wording.",
  rationale = "In the one negotiation on record, government questioned a Key Stage 2 focus. It is worth "
    .. "being ready to explain the choice, but the evidence is too thin to say it will always be raised.",
  params = { "key_stage_2_wording" },
  messages = {
    ["key-stage-2-focus"] = {
      message = "{subject} focuses on Key Stage 2. In Halton's LPSA2, ODPM questioned a Key Stage 2 focus rather "
        .. "than Key Stage 3 or 4, and Halton moved its target to Key Stage 4. This prompt rests on that one "
        .. "case.",
      suggestion = "Be ready to explain why Key Stage 2 is where stretch is most needed and achievable, or "
        .. "consider whether a Key Stage 3 or 4 measure would serve the priority better.",
    },
  },
  check = function(draft, ctx)
    local wording = d.wording_of(ctx.params.key_stage_2_wording)
    for _, hit in ipairs(story.targets_matching(draft, wording, { "title", "target_group" })) do
      ctx.report{
        node = hit.node,
        messageId = "key-stage-2-focus", data = { subject = d.subject(hit.name) },
      }
    end
  end,
}
