local d = require("draft")
local prose = require("prose")
local story = require("story")

-- The entry of the ni_titles reference data that holds National Indicator number `n`, or nil.
local function entry_for(n, titles)
  for _, e in ipairs(titles) do
    if d.contains(e.codes, n) then return e end
  end
  return nil
end

return {
  id = "laa2008.ni-title",
  title = "An indicator's National Indicator code matches its title",
  section = "indicators",
  severity = "warning",
  kinds = { "laa2008" },
  guidance = "R60 (guidance-research.md, High): designated targets reference NI codes 'checked against a reference "
    .. "table' (NI handbook of definitions). The table is params ni_titles: each entry gives the codes, what they "
    .. "measure and the words their titles use, with its own source and confidence; an entry of high confidence "
    .. "makes a mismatch an error, any other a warning.",
  rationale = "A code that does not match its title means either the wrong National Indicator is designated, or "
    .. "the right one under the wrong name: either way the handbook definition, the data and the target cannot be "
    .. "agreed until it is put right.",
  params = { "ni_titles" },
  messages = {
    ["code-title-mismatch"] = {
      message = "{subject} gives {code}, one of the National Indicators for {about}, but its title is not about "
        .. "that.",
      suggestion = "Check the code against the National Indicator handbook: give the code of the indicator the "
        .. "title describes, or the handbook title and definition of {code}.",
    },
  },
  check = function(draft, ctx)
    local block_of = d.block_finder(draft)
    for _, i in ipairs(d.list(draft.indicators)) do
      local code = json.type(i) == "object" and d.text(i.ni_code)
      local e = code and entry_for(story.ni_number(code), ctx.params.ni_titles)
      local title = e and d.text(i.title)
      if title and not prose.find(title, e.title_wording) then
        ctx.report{
          node = i, key = "ni_code", block = block_of(i),
          severity = e.confidence == "high" and "error" or "warning",
          messageId = "code-title-mismatch",
          data = { subject = d.subject(d.label(i, "Indicator")), code = code, about = e.about },
        }
      end
    end
  end,
}
