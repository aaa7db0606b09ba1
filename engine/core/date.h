#pragma once
// Calendar dates as drafts and exceptions files write them (YYYY-MM-DD, "format": "date" in
// schemas/), compared as dates: as text, "2006-3-1" would come after "2006-10-01".
#include <compare>
#include <optional>
#include <string_view>

namespace draftcheck {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;
};

// The date `text` names, or nothing unless it is exactly YYYY-MM-DD and a day that exists
// ("2006-3-1" and "2006-02-30" are not). The schemas report such a value at its line and column.
std::optional<Date> parse_date(std::string_view text);

}  // namespace draftcheck
