-- A helper library that keeps what one rule hands it, for the next rule of the same draft to use,
-- for hostile/kept-*.lua.
local kept = {}
return {
  keep = function(name, value) kept[name] = value end,
  get = function(name) return kept[name] end,
}
