-- expect: stack overflow
return {
  id = "hostile.deep-recursion",
  title = "Hostile rule: deep-recursion",
  section = "structure",
  severity = "error",
  kinds = { "lpsa2", "laa", "laa2008" },
  guidance = "tests/hostile-rules: an attack on the sandbox, not guidance",
  rationale = "Proves the sandbox contains this attack.",
  check = function(draft, ctx)
    local function f(n) return f(n + 1) + 1 end f(1)
  end,
}
