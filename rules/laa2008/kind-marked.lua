local d = require("draft")

return {
  id = "laa2008.kind-marked",
  title = "Every target says whether it is designated, statutory or local",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R62 (guidance-research.md, High): Bracknell LAA 2008 (designated, statutory and 3 local "
    .. "targets listed apart); Hansard, Lords debate on the LGPIH Bill (local targets are not designated). "
    .. "R59 and R61 depend on the mark to count the 35.",
  rationale = "Designated targets carry a duty on partner authorities to have regard to them and count "
    .. "towards the 35; local targets do not. A target that is not marked cannot be counted or kept apart, "
    .. "and partners cannot tell what they are signing up to.",
  params = {},
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for _, ind in ipairs(d.list(draft.indicators)) do
      if json.type(ind) == "object" and d.is_blank(ind.kind) then
        local code = d.text(ind.ni_code)
        -- "Indicator ind-ni30, 'Re-offending rate' (NI 30)": the code says which list it may belong to.
        local name = d.label(ind, "Indicator")
        name = code and (name .. " (" .. code .. ")") or d.subject(name)
        local node, key = d.at(ind, "kind")
        ctx.report{
          node = node, key = key, block = block_of(ind),
          message = name .. " does not say whether it is a designated, statutory or local target.",
          suggestion = code
            and "Mark it as designated if it is one of the up to 35 improvement targets, as statutory if it is "
              .. "one of the education and early-years targets, or as local, so that it is counted in the "
              .. "right list."
            or "Without a National Indicator code it can only be a local target: mark it as local, so it is "
              .. "kept apart from the designated targets, or give the National Indicator it measures.",
        }
      end
    end
  end,
}
