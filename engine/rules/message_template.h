#pragma once
// A rule's wording kept apart from its logic, as ESLint's meta.messages: a template such as
// "{subject} is one of {count} reward targets, more than the {max} allowed." whose placeholders a
// rule fills with named values when it reports. Pure functions; safe from any thread.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace draftcheck {

// What is wrong with a template's placeholders, in words for a rule editor ("'{ count}' is not a
// placeholder: write {name} with letters, digits and _"), or "" when every '{' opens a placeholder.
std::string template_problem(std::string_view text);

// `text` with every {name} replaced by lookup(name). When lookup has no value for a name, returns
// nullopt and sets `missing` to that name. `text` must have passed template_problem.
std::optional<std::string> fill_template(std::string_view text,
                                         const std::function<std::optional<std::string>(std::string_view)>& lookup,
                                         std::string& missing);

// Whether `id` is a message id: lower-case words joined by hyphens, naming the kind of finding
// ("missing-baseline"), as the response letter groups findings by it.
bool is_message_id(std::string_view id);

}  // namespace draftcheck
