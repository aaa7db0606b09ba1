#include "core/nearest_name.h"

#include <algorithm>
#include <cctype>

namespace draftcheck {
namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::optional<std::string> nearest_name(const std::string& given, const std::vector<std::string>& known) {
    for (const auto& name : known)
        if (name.ends_with("." + given)) return name;
    const std::size_t allowed = std::max<std::size_t>(2, given.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const auto& name : known) {
        const std::size_t d = edit_distance(given, name);
        if (d < best_distance) best = name, best_distance = d;
    }
    return best;
}

}  // namespace draftcheck
