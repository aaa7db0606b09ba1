-- expect: the section "nowhere" is not one of those
return {
  id = "hostile.bad-metadata",
  title = "Metadata with an unknown section and no citation",
  section = "nowhere",
  severity = "error",
  kinds = { "laa" },
  rationale = "r",
  check = function() end,
}
