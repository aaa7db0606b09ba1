-- A helper library that keeps what every rule gives it for the rest of the draft, for hoard/*.lua:
-- each rule stays under its own cap, but together they would hold ever more.
local kept = {}
return {
  keep = function(mib)
    for _ = 1, mib do
      kept[#kept + 1] = string.rep(string.char(65 + #kept % 26), (1 << 20) - 64) .. #kept
    end
  end,
}
