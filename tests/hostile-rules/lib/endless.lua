-- A helper library that never returns, for hostile/endless-library.lua.
while true do end
return {}
