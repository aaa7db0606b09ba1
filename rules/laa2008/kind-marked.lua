local d = require("draft")
local given = require("given")

return given.rule{
  id = "laa2008.kind-marked",
  title = "Every target says whether it is designated, statutory or local",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R62 (guidance-research.md, High): Bracknell LAA 2008 (designated, statutory and 3 local "
    .. "targets listed apart); Hansard, Lords debate on the LGPIH Bill (local targets are not designated). "
    .. "R59 and R61 depend on the mark to count the designated targets (params max_designated_targets).",
  rationale = "Designated targets carry a duty on partner authorities to have regard to them and count "
    .. "towards the limit on them; local targets do not. A target that is not marked cannot be counted or "
    .. "kept apart, and partners cannot tell what they are signing up to.",
  params = { "max_designated_targets" },
  messages = {
    ["kind-not-marked"] = {
      message = "{subject} does not say whether it is a designated, statutory or local target.",
      suggestion = "{advice}",
    },
    ["advice-with-code"] = "Mark it as designated if it is one of the up to {max} improvement targets, as "
      .. "statutory if it is one of the education and early-years targets, or as local, so that it is counted "
      .. "in the right list.",
    ["advice-without-code"] = "Without a National Indicator code it can only be a local target: mark it as "
      .. "local, so it is kept apart from the designated targets, or give the National Indicator it measures.",
  },
  given = "indicators[*]",
  noun = "Indicator",
  must = { field = "kind", test = "present", message = "kind-not-marked" },
  data = function(indicator, ctx)
    local code = d.text(indicator.ni_code)
    if not code then return { advice = ctx.text("advice-without-code") } end
    -- "Indicator ind-ni30, 'Re-offending rate' (NI 30)": the code says which list it may belong to.
    return {
      subject = d.label(indicator, "Indicator") .. " (" .. code .. ")",
      advice = ctx.text("advice-with-code", { max = ctx.params.max_designated_targets }),
    }
  end,
}
