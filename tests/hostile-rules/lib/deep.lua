-- A helper library returning a table nested 50,000 levels deep, for hostile/require-deep-library.lua.
local t = {}
for _ = 1, 50000 do t = { t } end
return t
