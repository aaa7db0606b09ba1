-- expect: harmless
-- table.remove on a table built to have a border at 2^40 (keys 1, 2, 4 ... 2^40). Lua 5.4 finds #
-- from the array part first (4 here), so the real function shifts a few slots, and the guard, which
-- charges what # says, charges as few; a rule cannot give a table a __len (no setmetatable).
return {
  id = "hostile.remove-at-huge-border",
  title = "Hostile rule: remove-at-huge-border",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local t = { true }
    for k = 1, 40 do t[1 << k] = true end
    for k = 1, 40 do t[(1 << k) + 1] = nil end
    pcall(table.remove, t, 1)
    table.remove(t, 1)
  end,
}
