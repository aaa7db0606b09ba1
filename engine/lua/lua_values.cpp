#include "lua/lua_values.h"

namespace draftcheck {

void push_json_value(lua_State* L, const nlohmann::json& value) {
    luaL_checkstack(L, 3, "parameters nested too deeply");
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            lua_createtable(L, 0, static_cast<int>(value.size()));
            for (const auto& item : value.items()) {
                push_json_value(L, item.value());
                lua_setfield(L, -2, item.key().c_str());
            }
            return;
        case nlohmann::json::value_t::array:
            lua_createtable(L, static_cast<int>(value.size()), 0);
            for (std::size_t i = 0; i < value.size(); ++i) {
                push_json_value(L, value[i]);
                lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
            }
            return;
        case nlohmann::json::value_t::string: lua_pushstring(L, value.get_ref<const std::string&>().c_str()); return;
        case nlohmann::json::value_t::boolean: lua_pushboolean(L, value.get<bool>()); return;
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned: lua_pushinteger(L, value.get<lua_Integer>()); return;
        case nlohmann::json::value_t::number_float: lua_pushnumber(L, value.get<double>()); return;
        default: lua_pushlightuserdata(L, nullptr); return;
    }
}

}  // namespace draftcheck
